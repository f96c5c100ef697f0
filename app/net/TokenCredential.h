// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Result.h"
#include "core/SecureBytes.h"
#include "net/RequestAuthorizer.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <functional>

namespace csc {

/// An OAuth access token for one scope. `token` is secret: never log it.
struct AccessToken
{
    SecureBytes token;
    QDateTime expiresOn;    ///< UTC
    QDateTime refreshAfter; ///< UTC; the cache fetches a new token after this (before expiry)
    QString scope;
};

/**
 * @brief Source of Entra ID access tokens, one per scope (`https://management.azure.com/.default`, ...).
 *
 * Implementations: ClientSecretCredential now; later certificate assertion, interactive auth code + PKCE,
 * device code, managed identity. Tokens are cached per scope and refreshed before expiry; concurrent requests
 * for one scope share a single token request. `done` is called exactly once unless `context` is destroyed
 * first.
 */
class TokenCredential : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    using Done = std::function<void(Result<AccessToken>)>;
    virtual void getToken(const QString &scope, QObject *context, Done done) = 0;
    /// Drops cached tokens (all scopes, or one); the next getToken asks the token endpoint.
    virtual void invalidate(const QString &scope = {}) = 0;
    /// Translated, non-secret: "Service principal 0000… (client secret) in tenant …"
    virtual QString description() const = 0;
};

/**
 * @brief Adds `Authorization: Bearer <token>` for one scope, from a TokenCredential (not owned; must outlive
 * it, or requests fail with an Auth error).
 */
class BearerAuthorizer : public RequestAuthorizer
{
public:
    BearerAuthorizer(TokenCredential *credential, QString scope);
    void authorize(const RestRequest &request, QObject *context, Done done) override;
    bool invalidate() override;

private:
    QPointer<TokenCredential> m_credential;
    QString m_scope;
};

} // namespace csc
