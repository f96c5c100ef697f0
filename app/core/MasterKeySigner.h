// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Result.h"
#include "core/SecureBytes.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

namespace csc {

/// The two values a Cosmos DB signature covers besides verb and date, derived from a request path.
struct CosmosResource
{
    QString resourceType; ///< e.g. "dbs", "colls", "docs"; empty for the account root
    QString resourceLink; ///< unencoded id path without leading/trailing '/', e.g. "dbs/ToDoList"
    bool operator==(const CosmosResource &) const = default;
};

/// An `authorization` header of the Cosmos DB data plane, split into its parts (see
/// MasterKeySigner::parseAuthorization).
struct CosmosAuthorization
{
    QString type;         ///< "master", "resource", "aad"
    QString version;      ///< "1.0" (resource tokens also use "1")
    QByteArray signature; ///< base64 HMAC for master keys; secret: never log it
    /// For `type=resource`, the whole decoded token (`type=resource&ver=1&sig=...;...;`); empty otherwise.
    QByteArray token;
};

/**
 * @brief Cosmos DB master-key ("shared key") authorization: HMAC-SHA256 over
 * `{verb}\n{resourceType}\n{resourceLink}\n{x-ms-date}\n\n` (verb, type and date lower-cased) with the
 * base64-decoded account key, sent as the percent-encoded token `type=master&ver=1.0&sig=<base64>`.
 *
 * Also the pieces a server needs to verify such a header (parse, recompute, constant-time compare), so the
 * local cloud uses the same code. Pure static functions on OpenSSL, thread-safe. Decoded keys and HMAC
 * outputs are wiped with OPENSSL_cleanse after use; nothing here logs.
 */
class MasterKeySigner
{
public:
    /// Length of a decoded Cosmos account key.
    static constexpr int kKeyLength = 64;

    /// Decodes a base64 account key (standard alphabet, padding required, surrounding whitespace ignored). A
    /// Validation error when it is empty or not base64. The result owns the only copy of the raw bytes.
    static Result<SecureBytes> decodeKey(const SecureBytes &base64Key);

    /// The exact bytes signed: `verb\ntype\nlink\ndate\n\n` with verb, resourceType and date lower-cased and
    /// the link as is (UTF-8).
    static QByteArray stringToSign(const QByteArray &verb, const QString &resourceType,
                                   const QString &resourceLink, const QString &date);

    /// base64(HMAC-SHA256(decodedKey, stringToSign(...))). The decoded key comes from decodeKey().
    static QByteArray signatureWithDecodedKey(const SecureBytes &decodedKey, const QByteArray &verb,
                                              const QString &resourceType, const QString &resourceLink,
                                              const QString &date);
    /// Same with a base64 account key; a Validation error if the key does not decode.
    static Result<QByteArray> signature(const SecureBytes &base64Key, const QByteArray &verb,
                                        const QString &resourceType, const QString &resourceLink,
                                        const QString &date);

    /// `type=master&ver=1.0&sig=<signature>` (not encoded).
    static QByteArray masterToken(const QByteArray &signature);
    /// The `authorization` header value: masterToken(signature) percent-encoded like JavaScript's
    /// encodeURIComponent (upper-case hex: `type%3Dmaster%26ver%3D1.0%26sig%3D...%2B...%3D`).
    static QByteArray authorizationHeader(const QByteArray &signature);
    /// Signs and encodes in one step with a decoded key.
    static QByteArray authorizationHeaderWithDecodedKey(const SecureBytes &decodedKey, const QByteArray &verb,
                                                        const CosmosResource &resource, const QString &date);
    /// Percent-encodes any token like encodeURIComponent (unreserved characters and `!'()*` stay as they
    /// are).
    static QByteArray encodeToken(const QByteArray &token);

    /// Derives resourceType/resourceLink from a decoded request path as the SDKs do: strip the slashes, split
    /// on
    /// '/'; an even number of segments names a resource (type = second-to-last segment, link = whole path),
    /// an odd number a feed (type = last segment, link = the parent path). `/` gives two empty strings. For
    /// `offers` the link is the lower-cased offer id.
    static CosmosResource resourceFromPath(const QString &decodedPath);
    /// resourceFromPath of the URL's fully decoded path.
    static CosmosResource resourceFromUrl(const QUrl &url);

    /// RFC 7231 IMF-fixdate in English whatever the locale, e.g. `Thu, 27 Apr 2017 00:51:12 GMT`.
    static QString httpDate(const QDateTime &time);
    /// Parses an IMF-fixdate (the only form the SDKs send); an invalid QDateTime when malformed.
    static QDateTime parseHttpDate(const QString &text);

    /// Splits an incoming `authorization` header: percent-decodes it once (a literal '+' stays '+', `%2B` and
    /// `%2b` become '+'), then splits on '&' and the first '=' of each pair by hand (a form decoder would
    /// turn
    /// '+' into a space). Needs `type`, `ver` and `sig`; a Validation error otherwise. For resource tokens
    /// the signature is everything after `sig=` and the decoded token is kept whole.
    static Result<CosmosAuthorization> parseAuthorization(const QByteArray &headerValue);

    /// Constant-time equality (CRYPTO_memcmp); different lengths compare unequal without looking at content.
    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

    /// Recomputes the signature with `decodedKey` and compares it in constant time with `providedSignature`.
    static bool verifyWithDecodedKey(const SecureBytes &decodedKey, const QByteArray &verb,
                                     const CosmosResource &resource, const QString &date,
                                     const QByteArray &providedSignature);
    /// Same with a base64 account key; false when the key does not decode.
    static bool verify(const SecureBytes &base64Key, const QByteArray &verb, const CosmosResource &resource,
                       const QString &date, const QByteArray &providedSignature);
};

} // namespace csc
