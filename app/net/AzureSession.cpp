// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "net/AzureSession.h"

#include "core/Logging.h"
#include "net/ApiClient.h"
#include "net/ClientSecretCredential.h"
#include "net/RestJob.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace csc {

// ---------------------------------------------------------------------------------------------------------------
// AzureSession

AzureSession::AzureSession(const ConnectionProfile &profile, QObject *parent)
    : QObject(parent), m_profile(profile), m_env(profile.environment())
{}

AzureSession::~AzureSession()
{
    // Cancel what is still running while the credential can still answer its waiters, then drop the
    // credential before the client it sends through.
    if (m_client)
        m_client->abortAll();
    m_authorizers.clear();
    m_armAuthorizer.reset();
    delete m_credential;
    m_credential = nullptr;
}

Result<std::unique_ptr<AzureSession>> AzureSession::create(const ConnectionProfile &profile,
                                                           const SecureBytes &secret,
                                                           QNetworkAccessManager *nam, RequestLog *log)
{
    if (const Result<void> valid = profile.validate(); !valid.ok())
        return valid.error();

    std::unique_ptr<AzureSession> session(new AzureSession(profile));
    session->m_client = new ApiClient(nam, session.get());
    if (!profile.trustedCaFile.isEmpty()) {
        if (const Result<void> ca = session->m_client->setExtraTrustedCaFile(profile.trustedCaFile); !ca.ok())
            return ca.error();
    }
    session->m_client->setRequestLog(log);

    session->m_credential = new ClientSecretCredential(session->m_client, session->m_env, profile.tenantId,
                                                       profile.clientId, secret, session.get());
    session->m_armAuthorizer =
        std::make_shared<BearerAuthorizer>(session->m_credential, session->m_env.resourceManagerScope);
    session->m_authorizers.insert(session->m_env.resourceManagerScope, session->m_armAuthorizer);
    return session;
}

std::shared_ptr<RequestAuthorizer> AzureSession::authorizerFor(const QString &scope)
{
    auto it = m_authorizers.constFind(scope);
    if (it != m_authorizers.constEnd())
        return *it;
    auto authorizer = std::make_shared<BearerAuthorizer>(m_credential, scope);
    m_authorizers.insert(scope, authorizer);
    return authorizer;
}

// ---------------------------------------------------------------------------------------------------------------
// ConnectionTester

namespace {

/// The claims of a JWT's payload, without verifying anything (the token came straight from the token endpoint
/// over verified TLS). Empty when the token is not a JWT.
QJsonObject jwtClaims(const SecureBytes &token)
{
    QList<QByteArray> parts = token.bytes().split('.');
    QJsonObject claims;
    if (parts.size() == 3) {
        const auto decoded = QByteArray::fromBase64Encoding(
            parts.at(1), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        if (decoded)
            claims = QJsonDocument::fromJson(*decoded).object();
    }
    for (QByteArray &p : parts)
        SecureBytes::wipe(p);
    return claims;
}

} // namespace

ConnectionTester::ConnectionTester(QNetworkAccessManager *nam, RequestLog *log, QObject *parent)
    : QObject(parent), m_nam(nam), m_log(log)
{}

ConnectionTester::~ConnectionTester()
{
    m_running = false;
    if (m_job)
        m_job->disconnect(this);
    m_session.reset();
}

bool ConnectionTester::isRunning() const
{
    return m_running;
}

void ConnectionTester::start(const ConnectionProfile &profile, const SecureBytes &secret)
{
    if (m_running)
        cancel();
    m_running = true;
    const quint64 run = ++m_run;

    auto created = AzureSession::create(profile, secret, m_nam, m_log);
    if (!created.ok()) {
        QTimer::singleShot(0, this, [this, run, error = created.error()] {
            if (run == m_run)
                finish(error);
        });
        return;
    }
    m_session = std::move(created).value();

    emit stepChanged(tr("Signing in to Microsoft Entra ID…"));
    const QString scope = m_session->environment().resourceManagerScope;
    m_session->credential()->getToken(scope, this, [this, run](const Result<AccessToken> &token) {
        if (run != m_run || !m_running)
            return;
        if (!token.ok()) {
            finish(token.error());
            return;
        }
        onSignedIn(token.value());
    });
}

void ConnectionTester::onSignedIn(const AccessToken &token)
{
    const QJsonObject claims = jwtClaims(token.token);
    m_report = ConnectionTestReport{};
    m_report.tenantId = claims.value(QLatin1String("tid")).toString();
    m_report.objectId = claims.value(QLatin1String("oid")).toString();
    m_report.applicationId = claims.value(QLatin1String("appid")).toString();
    if (m_report.applicationId.isEmpty())
        m_report.applicationId = claims.value(QLatin1String("azp")).toString();
    m_report.tokenExpiresOn = token.expiresOn;

    emit stepChanged(tr("Listing subscriptions…"));
    RestRequest request = RestRequest::get(
        m_session->environment().armUrl(QStringLiteral("/subscriptions"), QStringLiteral("2022-12-01")));
    request.authorizer = m_session->armAuthorizer();
    request.description = tr("List subscriptions");
    const quint64 run = m_run;
    PagedJob *job = m_session->client()->sendPaged(request, PagedJob::Mode::ArmNextLink);
    m_job = job;
    connect(job, &PagedJob::finished, this, [this, run](const Result<QJsonArray> &items) {
        if (run != m_run || !m_running)
            return;
        m_job = nullptr;
        if (!items.ok()) {
            finish(items.error());
            return;
        }
        for (const QJsonValue &v : items.value()) {
            const QJsonObject s = v.toObject();
            m_report.subscriptions << tr("%1 (%2)").arg(s.value(QLatin1String("displayName")).toString(),
                                                        s.value(QLatin1String("subscriptionId")).toString());
        }
        finish(m_report);
    });
}

void ConnectionTester::cancel()
{
    if (!m_running)
        return;
    finish(ApiError::cancelled());
}

void ConnectionTester::finish(const Result<ConnectionTestReport> &result)
{
    if (!m_running)
        return;
    m_running = false;
    ++m_run;
    if (m_job) {
        AbstractJob *job = m_job;
        m_job = nullptr;
        job->disconnect(this);
        if (!job->isEnded())
            job->abort();
    }
    // Callers may be inside one of the session's jobs: delete it later, never from here.
    if (m_session)
        m_session.release()->deleteLater();
    if (result.ok())
        qCInfo(lcAuth) << "connection test succeeded:" << result.value().subscriptions.size()
                       << "subscriptions";
    else if (!result.error().isCancelled())
        qCInfo(lcAuth) << "connection test failed:" << result.error().summary();
    emit finished(result);
}

} // namespace csc
