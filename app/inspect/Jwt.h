// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace csc {

/**
 * @brief A compact-serialised JWS (`header.payload.signature`), split and decoded but not verified.
 *
 * parse() is the only way in and is hardened: input limited to kMaxLength, strict base64url (Base64Url),
 * header and payload must be UTF-8 JSON objects, JWE (five segments) and nested/unsecured forms get their own
 * message. Every failure is a Validation ApiError with a translated, specific message (which segment, what is
 * wrong) — never a crash, never a hang.
 */
struct Jwt
{
    static constexpr qsizetype kMaxLength = 64 * 1024;

    QByteArray encodedHeader;    ///< first segment as given (base64url)
    QByteArray encodedPayload;   ///< second segment as given
    QByteArray encodedSignature; ///< third segment as given (may be empty for alg none)
    QJsonObject header;
    QJsonObject payload;
    QByteArray signature; ///< decoded signature bytes

    QString alg() const; ///< header "alg" ("" when absent or not a string)
    QString kid() const; ///< header "kid"
    QString typ() const; ///< header "typ"
    /// `encodedHeader + '.' + encodedPayload`: the bytes the signature covers.
    QByteArray signingInput() const;

    /// Surrounding whitespace is ignored; anything else that is not a JWS is refused with the reason.
    static Result<Jwt> parse(QByteArrayView token);
};

} // namespace csc
