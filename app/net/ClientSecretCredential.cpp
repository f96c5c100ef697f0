// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "net/ClientSecretCredential.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "net/RestJob.h"

#include <QTimer>

namespace csc {

ClientSecretCredential::ClientSecretCredential(ApiClient *client, CloudEnvironment cloud, QString tenantId,
                                               QString clientId, SecureBytes clientSecret, QObject *parent)
    : TokenCredential(parent), m_client(client), m_cloud(cloud), m_tenantId(tenantId),
      m_clientId(std::move(clientId)), m_secret(std::move(clientSecret)),
      m_tokens(client, std::move(cloud), std::move(tenantId))
{}

ClientSecretCredential::~ClientSecretCredential()
{
    // Stop listening to the requests in flight, then tell whoever still waits that no token will come.
    const auto jobs = std::exchange(m_jobs, {});
    for (const QPointer<RestJob> &job : jobs) {
        if (job) {
            job->disconnect(this);
            job->abort();
        }
    }
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto &waiters : waiting) {
        for (const auto &[context, done] : waiters) {
            if (context)
                done(ApiError::cancelled());
        }
    }
}

void ClientSecretCredential::getToken(const QString &scope, QObject *context, Done done)
{
    QObject *guard = context ? context : this;
    if (m_secret.isEmpty()) {
        QTimer::singleShot(0, guard, [done = std::move(done)] {
            done(ApiError::make(
                ApiError::Kind::Auth,
                tr("No client secret is stored for this connection. Enter the client secret of "
                   "the app registration.")));
        });
        return;
    }
    const auto cached = m_cache.constFind(scope);
    if (cached != m_cache.constEnd() && Clock::now() < cached->refreshAfter) {
        QTimer::singleShot(0, guard, [done = std::move(done), token = *cached] { done(token); });
        return;
    }
    auto &waiters = m_waiting[scope];
    waiters.append({QPointer<QObject>(guard), std::move(done)});
    if (waiters.size() == 1)
        requestToken(scope);
}

void ClientSecretCredential::invalidate(const QString &scope)
{
    if (scope.isEmpty())
        m_cache.clear();
    else
        m_cache.remove(scope);
}

QString ClientSecretCredential::description() const
{
    return tr("Service principal %1 (client secret) in tenant %2").arg(m_clientId, m_tenantId);
}

void ClientSecretCredential::requestToken(const QString &scope)
{
    const EntraTokenClient::Form form{
        EntraTokenClient::field("client_id", m_clientId),
        EntraTokenClient::field("scope", scope),
        EntraTokenClient::field("grant_type", QStringLiteral("client_credentials")),
        EntraTokenClient::secretField("client_secret", m_secret),
    };
    RestJob *job = m_tokens.requestToken(scope, form, this,
                                         [this, scope](const Result<AccessToken> &r) { complete(scope, r); });
    if (job)
        m_jobs.insert(scope, job);
}

void ClientSecretCredential::complete(const QString &scope, const Result<AccessToken> &result)
{
    m_jobs.remove(scope);
    if (result.ok()) {
        m_cache.insert(scope, result.value());
        qCDebug(lcAuth) << "token received for" << scope << "valid until" << result.value().expiresOn;
    } else {
        m_cache.remove(scope);
        qCInfo(lcAuth) << "token request for" << scope << "failed:" << result.error().summary();
    }
    const auto waiters = m_waiting.take(scope);
    for (const auto &[context, done] : waiters) {
        if (context)
            done(result);
    }
}

} // namespace csc
