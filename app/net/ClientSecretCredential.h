// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/CloudEnvironment.h"
#include "net/EntraTokenClient.h"
#include "net/TokenCredential.h"

#include <QHash>
#include <QPointer>

namespace csc {

class ApiClient;
class RestJob;

/**
 * @brief Entra ID client-credentials grant with a client secret:
 * `POST {authority}/{tenant}/oauth2/v2.0/token` with client_id, client_secret, scope,
 * grant_type=client_credentials.
 *
 * Uses `client` (not owned) to send; the form body is never logged. Tokens are cached per scope and refreshed
 * after `refreshAfter` (expires_in minus 5 minutes, or half the lifetime for short tokens). Entra errors
 * (`error`, `error_description`, `error_codes`, `trace_id`, `correlation_id`) become ApiErrors of kind Http
 * with `code` = `error`; they are not retried (except 408/429/5xx). An empty secret fails at once with an
 * Auth error.
 *
 * Concurrent getToken() calls for one scope share a single HTTP request. Times come from csc::Clock::now(),
 * so tests can move time. The form post and response parsing live in EntraTokenClient, which later
 * credentials (certificate assertion, auth code + PKCE, device code) reuse with their own grant parameters.
 * Lives on the ApiClient's thread; destroying it answers waiting callers with Cancelled.
 */
class ClientSecretCredential : public TokenCredential
{
    Q_OBJECT
public:
    ClientSecretCredential(ApiClient *client, CloudEnvironment cloud, QString tenantId, QString clientId,
                           SecureBytes clientSecret, QObject *parent = nullptr);
    ~ClientSecretCredential() override;

    void getToken(const QString &scope, QObject *context, Done done) override;
    void invalidate(const QString &scope = {}) override;
    QString description() const override;

    QString tenantId() const { return m_tenantId; }
    QString clientId() const { return m_clientId; }
    /// Where tokens are requested: {authority}/{tenant}/oauth2/v2.0/token.
    QUrl tokenEndpoint() const { return m_tokens.tokenEndpoint(); }

private:
    struct Pending;
    void requestToken(const QString &scope);
    void complete(const QString &scope, const Result<AccessToken> &result);

    ApiClient *m_client;
    CloudEnvironment m_cloud;
    QString m_tenantId;
    QString m_clientId;
    SecureBytes m_secret;
    QHash<QString, AccessToken> m_cache;
    QHash<QString, QList<std::pair<QPointer<QObject>, Done>>> m_waiting;
    EntraTokenClient m_tokens;
    QHash<QString, QPointer<RestJob>> m_jobs; ///< the request in flight per scope
};

} // namespace csc
