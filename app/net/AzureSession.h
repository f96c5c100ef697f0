// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/ConnectionProfile.h"
#include "core/SecureBytes.h"
#include "net/RestJob.h"
#include "net/TokenCredential.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>

#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace csc {

class ApiClient;
class RequestLog;

/**
 * @brief One signed-in connection: a profile, its ApiClient (with the profile's extra CA), its credential,
 * and authorizers per service. Panels get their services from here. Owns the ApiClient and credential.
 *
 * The NAM and RequestLog are not owned and must outlive the session. Destroying the session aborts its jobs
 * (they finish with Cancelled). Lives on the NAM's thread.
 */
class AzureSession : public QObject
{
    Q_OBJECT
public:
    /// Validates the profile, loads the trusted CA file, builds the credential from `secret`.
    static Result<std::unique_ptr<AzureSession>> create(const ConnectionProfile &profile,
                                                        const SecureBytes &secret, QNetworkAccessManager *nam,
                                                        RequestLog *log);
    ~AzureSession() override;

    const ConnectionProfile &profile() const { return m_profile; }
    CloudEnvironment environment() const { return m_env; }
    ApiClient *client() const { return m_client; }
    TokenCredential *credential() const { return m_credential; }
    std::shared_ptr<RequestAuthorizer> armAuthorizer() const { return m_armAuthorizer; }
    /// Authorizer for any scope (Key Vault, Cosmos AAD, Log Analytics ...), created on first use.
    std::shared_ptr<RequestAuthorizer> authorizerFor(const QString &scope);

private:
    AzureSession(const ConnectionProfile &profile, QObject *parent = nullptr);
    ConnectionProfile m_profile;
    CloudEnvironment m_env;
    ApiClient *m_client = nullptr;
    TokenCredential *m_credential = nullptr;
    std::shared_ptr<RequestAuthorizer> m_armAuthorizer;
    QHash<QString, std::shared_ptr<RequestAuthorizer>> m_authorizers;
};

/// What a successful connection test found.
struct ConnectionTestReport
{
    QString tenantId;      ///< tid of the token
    QString objectId;      ///< oid of the principal
    QString applicationId; ///< appid/azp
    QDateTime tokenExpiresOn;
    QStringList subscriptions; ///< "Name (id)"
};

/**
 * @brief "Test connection" for the profile dialog: sign in (token for ARM), then list subscriptions
 * (`GET /subscriptions?api-version=2022-12-01`, following nextLink). Reports each step; cancel() stops and
 * finishes with Cancelled.
 *
 * Each start() builds its own AzureSession and ends with exactly one finished(); start() while running
 * cancels the running test first. The token's claims (tid, oid, appid/azp) are read without verification,
 * only for the report. Lives on the NAM's thread.
 */
class ConnectionTester : public QObject
{
    Q_OBJECT
public:
    ConnectionTester(QNetworkAccessManager *nam, RequestLog *log, QObject *parent = nullptr);
    ~ConnectionTester() override;
    void start(const ConnectionProfile &profile, const SecureBytes &secret);
    bool isRunning() const;
public slots:
    void cancel();
signals:
    void stepChanged(const QString &text); ///< translated ("Signing in to Microsoft Entra ID…")
    void finished(const csc::Result<csc::ConnectionTestReport> &result);

private:
    void onSignedIn(const AccessToken &token);
    /// Emits finished() once per run and drops the session.
    void finish(const Result<ConnectionTestReport> &result);

    QNetworkAccessManager *m_nam;
    RequestLog *m_log;
    std::unique_ptr<AzureSession> m_session;
    QPointer<AbstractJob> m_job;
    bool m_running = false;
    quint64 m_run = 0; ///< answers of an earlier (cancelled) run are ignored
    ConnectionTestReport m_report;
};

} // namespace csc
