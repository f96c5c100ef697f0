// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>

namespace csc::emu {

/**
 * @brief The local Entra ID's token signing identity: an RSA 2048 key with a self-signed certificate (for the
 * JWKS `x5c`/`x5t`), persisted in the data folder as token-signing.key (0600) and token-signing.crt. Signs
 * and verifies compact RS256 JWS. Copies share the key.
 */
class TokenSigner
{
public:
    enum class Check
    {
        Ok,
        Malformed,
        UnknownKey,
        BadSignature
    };

    static Result<TokenSigner> loadOrCreate(const QString &dir);
    static Result<TokenSigner> createEphemeral();

    /// `kid` and `x5t` of tokens (base64url SHA-1 of the certificate, as Entra does).
    QString keyId() const { return m_kid; }
    /// One JWKS entry (kty, use, kid, x5t, n, e, x5c, issuer).
    QJsonObject jwk(const QString &issuer) const;
    /// header.payload.signature with header {typ: JWT, alg: RS256, kid, x5t}.
    QByteArray sign(const QJsonObject &claims) const;
    /// Checks structure, alg, kid and signature; fills `claims` when the result is Ok.
    Check verify(const QByteArray &token, QJsonObject *claims) const;

    static QByteArray base64Url(const QByteArray &data);

private:
    struct Impl;
    std::shared_ptr<Impl> m_impl;
    QString m_kid;
};

} // namespace csc::emu
