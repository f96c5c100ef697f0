// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "EntraTestTokens.h"
#include "TestServer.h"

#include "net/ApiClient.h"
#include "net/AzureSession.h"
#include "net/ClientSecretCredential.h"
#include "net/RequestLog.h"

#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace csc;

namespace {
const QString kTenant = QStringLiteral("contoso.onmicrosoft.com");
const QString kClientId = QStringLiteral("5c1f0d3e-6a2b-4b8e-9f47-0a1b2c3d4e5f");
} // namespace

class TestAzureSession : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void createsClientCredentialAndArmAuthorizer();
    void authorizersAreCachedPerScope();
    void armRequestUsesProfileCa();
    void rejectsInvalidProfile();
    void rejectsCaFileWithoutCertificate();
    void destroyingSessionCancelsJobs();

private:
    ConnectionProfile profile() const;
    QString tokenPath() const { return QStringLiteral("/%1/oauth2/v2.0/token").arg(kTenant); }

    std::unique_ptr<test::TestServer> m_server;
    QNetworkAccessManager m_nam;
    RequestLog m_log;
    QTemporaryDir m_dir;
};

void TestAzureSession::initTestCase()
{
    m_server = std::make_unique<test::TestServer>();
    QVERIFY(m_server->isListening());
    QVERIFY(m_dir.isValid());
}

void TestAzureSession::cleanupTestCase()
{
    m_server.reset();
}

void TestAzureSession::init()
{
    m_server->clearRoutes();
    m_server->clearRequests();
    m_log.clear();
    m_server->route("POST", tokenPath(), [](const emu::HttpRequest &req, emu::Responder r) {
        const QString scope = test::decodeForm(req.body).value(QStringLiteral("scope"));
        r.send(test::entraTokenResponse(test::makeJwt({{QStringLiteral("scp"), scope}})));
    });
}

ConnectionProfile TestAzureSession::profile() const
{
    ConnectionProfile p = ConnectionProfile::create();
    p.name = QStringLiteral("Local");
    p.cloud = CloudEnvironment::Id::Custom;
    p.customAuthorityHost = m_server->url();
    p.customResourceManager = m_server->url();
    p.tenantId = kTenant;
    p.clientId = kClientId;
    p.trustedCaFile = m_server->caCertificatePath();
    return p;
}

void TestAzureSession::createsClientCredentialAndArmAuthorizer()
{
    const ConnectionProfile p = profile();
    auto created = AzureSession::create(p, SecureBytes(QByteArray("s")), &m_nam, &m_log);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    const std::unique_ptr<AzureSession> session = std::move(created).value();
    QCOMPARE(session->profile(), p);
    QCOMPARE(session->environment().id, CloudEnvironment::Id::Custom);
    QVERIFY(session->client());
    QCOMPARE(session->client()->networkAccessManager(), &m_nam);
    QCOMPARE(session->client()->requestLog(), &m_log);
    QVERIFY(session->client()->sslConfiguration().caCertificates().contains(m_server->caCertificate()));

    auto *cred = qobject_cast<ClientSecretCredential *>(session->credential());
    QVERIFY(cred);
    QCOMPARE(cred->tenantId(), kTenant);
    QCOMPARE(cred->clientId(), kClientId);
    QCOMPARE(cred->tokenEndpoint(), m_server->url(tokenPath()));
    QVERIFY(session->armAuthorizer());
}

void TestAzureSession::authorizersAreCachedPerScope()
{
    auto created = AzureSession::create(profile(), SecureBytes(QByteArray("s")), &m_nam, &m_log);
    QVERIFY(created.ok());
    const std::unique_ptr<AzureSession> session = std::move(created).value();
    const QString armScope = session->environment().resourceManagerScope;
    QCOMPARE(armScope, m_server->url().toString() + QStringLiteral("/.default"));
    QCOMPARE(session->authorizerFor(armScope), session->armAuthorizer());
    const auto vault = session->authorizerFor(session->environment().keyVaultScope);
    QVERIFY(vault);
    QVERIFY(vault != session->armAuthorizer());
    QCOMPARE(session->authorizerFor(session->environment().keyVaultScope), vault);

    // Each authorizer asks for its own scope.
    std::vector<QByteArray> headers;
    auto collect = [&headers](const Result<HeaderList> &r) {
        headers.push_back(r.ok() && !r.value().isEmpty() ? r.value().at(0).second : QByteArray());
    };
    session->armAuthorizer()->authorize(RestRequest::get(m_server->url()), this, collect);
    vault->authorize(RestRequest::get(m_server->url()), this, collect);
    QTRY_COMPARE(headers.size(), size_t(2));
    QCOMPARE(m_server->requestCount("POST", tokenPath()), 2);
    QSet<QString> scopes;
    for (const emu::HttpRequest &req : m_server->requests())
        scopes.insert(test::decodeForm(req.body).value(QStringLiteral("scope")));
    QCOMPARE(scopes, (QSet<QString>{armScope, session->environment().keyVaultScope}));
    QVERIFY(headers.at(0).startsWith("Bearer ") && headers.at(1).startsWith("Bearer "));
    QVERIFY(headers.at(0) != headers.at(1));
}

void TestAzureSession::armRequestUsesProfileCa()
{
    m_server->routeJson("GET", QStringLiteral("/subscriptions"), 200,
                        QJsonObject{{QStringLiteral("value"), QJsonArray{}}});
    auto created = AzureSession::create(profile(), SecureBytes(QByteArray("s")), &m_nam, &m_log);
    QVERIFY(created.ok());
    const std::unique_ptr<AzureSession> session = std::move(created).value();
    RestRequest request = RestRequest::get(
        session->environment().armUrl(QStringLiteral("/subscriptions"), QStringLiteral("2022-12-01")));
    request.authorizer = session->armAuthorizer();
    RestJob *job = session->client()->send(request);
    QSignalSpy finished(job, &RestJob::finished);
    QVERIFY(finished.wait(15000));
    const RestResult *result = test::variantValue<RestResult>(finished.at(0).at(0));
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().detailedText()));
    QCOMPARE(m_log.entries().size(), 2); // token + subscriptions
}

void TestAzureSession::rejectsInvalidProfile()
{
    ConnectionProfile p = profile();
    p.clientId = QStringLiteral("not-a-guid");
    auto created = AzureSession::create(p, SecureBytes(QByteArray("s")), &m_nam, &m_log);
    QVERIFY(!created.ok());
    QCOMPARE(created.error().kind, ApiError::Kind::Validation);
}

void TestAzureSession::rejectsCaFileWithoutCertificate()
{
    const QString path = m_dir.filePath(QStringLiteral("not-a-ca.pem"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("this is not a certificate\n");
    f.close();
    ConnectionProfile p = profile();
    p.trustedCaFile = path;
    auto created = AzureSession::create(p, SecureBytes(QByteArray("s")), &m_nam, &m_log);
    QVERIFY(!created.ok());
    QCOMPARE(created.error().kind, ApiError::Kind::Validation);
}

void TestAzureSession::destroyingSessionCancelsJobs()
{
    std::vector<emu::Responder> held;
    m_server->route("GET", QStringLiteral("/subscriptions"),
                    [&held](const emu::HttpRequest &, emu::Responder r) { held.push_back(r); });
    auto created = AzureSession::create(profile(), SecureBytes(QByteArray("s")), &m_nam, &m_log);
    QVERIFY(created.ok());
    std::unique_ptr<AzureSession> session = std::move(created).value();
    RestRequest request = RestRequest::get(
        session->environment().armUrl(QStringLiteral("/subscriptions"), QStringLiteral("2022-12-01")));
    request.authorizer = session->armAuthorizer();
    RestJob *job = session->client()->send(request);
    QSignalSpy finished(job, &RestJob::finished);
    QTRY_COMPARE_WITH_TIMEOUT(held.size(), size_t(1), 15000);
    session.reset();
    QCOMPARE(finished.size(), 1);
    const RestResult *result = test::variantValue<RestResult>(finished.at(0).at(0));
    QVERIFY(result);
    QVERIFY(!result->ok());
    QVERIFY(result->error().isCancelled());
}

QTEST_GUILESS_MAIN(TestAzureSession)
#include "tst_azuresession.moc"
