// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Result.h"
#include "inspect/Jwt.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace csc {

/// One key of a JSON Web Key Set (RFC 7517) as Entra ID publishes them.
struct Jwk
{
    QString kid;
    QString kty; ///< "RSA" is the only type used for verification
    QString use; ///< "sig"
    QString alg; ///< often absent
    QString n;   ///< base64url modulus
    QString e;   ///< base64url exponent
    QString x5t;
    QStringList x5c; ///< base64 DER certificates
    QString issuer;  ///< Entra's non-standard "issuer" member, when present
};

/// A parsed JWKS document. parse() is hardened (size limit, at most kMaxKeys keys, every member type-checked;
/// keys with a missing kid or an unknown kty are kept but never match).
struct Jwks
{
    static constexpr qsizetype kMaxLength = 512 * 1024;
    static constexpr int kMaxKeys = 100;

    QList<Jwk> keys;

    const Jwk *find(const QString &kid) const; ///< nullptr when absent
    static Result<Jwks> parse(QByteArrayView json);
};

/// The outcome of verifying a JWT's signature, with the exact reason when it failed.
struct JwtVerification
{
    enum class Outcome
    {
        Verified,
        AlgNone,          ///< `alg: none`: unsigned, never acceptable
        AlgNotAllowed,    ///< anything but RS256 (HS256 would let a public key act as a shared secret)
        IssuerNotTrusted, ///< iss is not on a known authority host: nothing was fetched
        DiscoveryFailed,  ///< the OpenID configuration or JWKS could not be fetched or read
        UnknownKid,       ///< no key with the token's kid, even after refetching the JWKS
        BadKey,           ///< the key is not a usable RSA key (wrong kty, modulus under 2048 bits, bad n/e)
        BadSignature,     ///< the signature does not match: the token was altered or signed by someone else
        Malformed         ///< the token could not be parsed
    };

    Outcome outcome = Outcome::Malformed;
    QString message; ///< translated, exact reason or confirmation ("Signed by key 'abc' of https://…")
    QString kid;
    QUrl jwksUri; ///< where the keys came from (empty when nothing was fetched)
    bool keysFromCache = false;

    bool ok() const { return outcome == Outcome::Verified; }
    static QString outcomeName(Outcome outcome); ///< stable, e.g. "bad-signature" (CLI JSON)
};

/**
 * @brief RS256 verification with OpenSSL (EVP_DigestVerify over Jwt::signingInput() with the RSA public key
 * built from the JWK's n/e). Checks in this order: alg none → AlgNone; alg other than RS256 → AlgNotAllowed;
 * kid not in `keys` → UnknownKid; unusable key → BadKey; signature → BadSignature or Verified. Pure and
 * thread-safe; never throws, never fetches.
 */
class JwtSignatureVerifier
{
public:
    static JwtVerification verify(const Jwt &jwt, const Jwks &keys);
};

} // namespace csc
