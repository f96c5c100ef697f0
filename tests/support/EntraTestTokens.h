// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "emulator/HttpsServer.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QVariant>

namespace csc::test {

/// An unsigned-looking JWT (`header.payload.signature`, base64url) with the given claims; enough for code
/// that only reads claims. The signature part is random bytes, not a real signature.
QByteArray makeJwt(const QJsonObject &claims);

/// 200 answer of the Entra token endpoint: token_type Bearer, expires_in (as a number, or a string when
/// `expiresInAsString`), ext_expires_in and access_token.
emu::HttpResponse entraTokenResponse(const QByteArray &accessToken, qint64 expiresIn = 3599,
                                     bool expiresInAsString = false);

/// An Entra error answer as the token endpoint sends it: `error`, `error_description` (with AADSTS code,
/// trace and correlation ids), `error_codes`, `timestamp`, `trace_id`, `correlation_id`, `error_uri`.
emu::HttpResponse entraErrorResponse(int status, const QString &error, int aadsts, const QString &description,
                                     const QString &traceId);

/// Decodes an application/x-www-form-urlencoded body ('+' = space, %XX). Later duplicates win; `duplicates`
/// (optional) counts names that appeared more than once.
QMap<QString, QString> decodeForm(const QByteArray &body, int *duplicates = nullptr);

/// The value of a QSignalSpy argument of a type without default constructor (Result<T>): nullptr when the
/// variant holds something else. QVariant::value<T>() needs a default-constructible T.
template <typename T> const T *variantValue(const QVariant &v)
{
    return v.metaType() == QMetaType::fromType<T>() ? static_cast<const T *>(v.constData()) : nullptr;
}

} // namespace csc::test
