// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace csc {

/**
 * @brief Strict base64url (RFC 4648 §5) as JWTs use it: alphabet `A-Z a-z 0-9 - _`, padding optional but
 * only when correct, no whitespace, no standard-alphabet `+`/`/`. nullopt for anything else, including
 * a length of 1 mod 4. Pure, allocation bounded by the input size.
 */
class Base64Url
{
public:
    static std::optional<QByteArray> decode(QByteArrayView text);
    static QByteArray encode(QByteArrayView bytes); ///< without padding
};

} // namespace csc
