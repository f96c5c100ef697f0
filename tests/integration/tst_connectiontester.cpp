// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "EntraTestTokens.h"
#include "TestServer.h"

#include "core/Clock.h"
#include "net/AzureSession.h"
#include "net/RequestLog.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace csc;

namespace {
const QString kTenant = QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47");
const QString kClientId = QStringLiteral("5c1f0d3e-6a2b-4b8e-9f47-0a1b2c3d4e5f");
const QString kObjectId = QStringLiteral("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");
const QByteArray kSecret("console~secret.value");

QJsonObject subscription(const QString &id, const QString &name)
{
    return {{QStringLiteral("id"), QStringLiteral("/subscriptions/") + id},
            {QStringLiteral("subscriptionId"), id},
            {QStringLiteral("tenantId"), kTenant},
            {QStringLiteral("displayName"), name},
            {QStringLiteral("state"), QStringLiteral("Enabled")}};
}

Result<ConnectionTestReport> resultAt(const QSignalSpy &spy, int i)
{
    const auto *r = test::variantValue<Result<ConnectionTestReport>>(spy.at(i).at(0));
    return r ? *r
             : Result<ConnectionTestReport>(
                   ApiError::make(ApiError::Kind::Parse, QStringLiteral("no result")));
}
} // namespace

class TestConnectionTester : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void reportsTokenAndAllPages_data();
    void reportsTokenAndAllPages();
    void forbiddenSubscriptions();
    void signInRefused();
    void invalidProfile();
    void missingSecret();
    void cancel_data();
    void cancel();
    void destroyWhileRunning();

private:
    ConnectionProfile profile() const;
    QString tokenPath() const { return QStringLiteral("/%1/oauth2/v2.0/token").arg(kTenant); }
    void routeToken(const QJsonObject &claims);
    void routeSubscriptions();

    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<RequestLog> m_log;
    ManualClock m_clock{QDateTime(QDate(2026, 2, 1), QTime(9, 30), Qt::UTC)};
    QByteArray m_token;
    std::optional<emu::Responder> m_held;
};

void TestConnectionTester::initTestCase()
{
    // One server (and CA) for all test functions; init() clears its routes and recorded requests.
    m_server = std::make_unique<test::TestServer>();
    QVERIFY(m_server->isListening());
}

void TestConnectionTester::cleanupTestCase()
{
    m_server.reset();
}

void TestConnectionTester::init()
{
    Clock::setInstance(&m_clock);
    m_server->clearRoutes();
    m_server->clearRequests();
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_log = std::make_unique<RequestLog>();
    m_held.reset();
    m_token.clear();
}

void TestConnectionTester::cleanup()
{
    m_held.reset();
    m_log.reset();
    m_nam.reset();
    Clock::setInstance(nullptr);
}

ConnectionProfile TestConnectionTester::profile() const
{
    ConnectionProfile p = ConnectionProfile::create();
    p.name = QStringLiteral("Local test cloud");
    p.cloud = CloudEnvironment::Id::Custom;
    p.customAuthorityHost = m_server->url();
    p.customResourceManager = m_server->url();
    p.tenantId = kTenant;
    p.clientId = kClientId;
    p.trustedCaFile = m_server->caCertificatePath();
    return p;
}

void TestConnectionTester::routeToken(const QJsonObject &claims)
{
    m_token = test::makeJwt(claims);
    m_server->route("POST", tokenPath(), [this](const emu::HttpRequest &, emu::Responder r) {
        r.send(test::entraTokenResponse(m_token));
    });
}

void TestConnectionTester::routeSubscriptions()
{
    m_server->route(
        "GET", QStringLiteral("/subscriptions"), [this](const emu::HttpRequest &req, emu::Responder r) {
            if (req.header("Authorization") != QByteArray("Bearer ") + m_token ||
                req.query(QStringLiteral("api-version")) != QLatin1String("2022-12-01")) {
                r.send(emu::HttpResponse::json(
                    401,
                    QJsonObject{
                        {QStringLiteral("error"),
                         QJsonObject{{QStringLiteral("code"), QStringLiteral("AuthenticationFailed")},
                                     {QStringLiteral("message"), QStringLiteral("Bad token or version")}}}}));
                return;
            }
            if (req.query(QStringLiteral("$skiptoken")).isEmpty()) {
                const QString next =
                    m_server->url(QStringLiteral("/subscriptions?api-version=2022-12-01&$skiptoken=p2"))
                        .toString();
                r.send(emu::HttpResponse::json(
                    200, QJsonObject{
                             {QStringLiteral("value"),
                              QJsonArray{subscription(QStringLiteral("11111111-1111-1111-1111-111111111111"),
                                                      QStringLiteral("Production")),
                                         subscription(QStringLiteral("22222222-2222-2222-2222-222222222222"),
                                                      QStringLiteral("Staging"))}},
                             {QStringLiteral("nextLink"), next}}));
                return;
            }
            r.send(emu::HttpResponse::json(
                200,
                QJsonObject{{QStringLiteral("value"),
                             QJsonArray{subscription(QStringLiteral("33333333-3333-3333-3333-333333333333"),
                                                     QStringLiteral("Sandbox"))}}}));
        });
}

void TestConnectionTester::reportsTokenAndAllPages_data()
{
    QTest::addColumn<QString>("appClaim");
    QTest::newRow("v1-appid") << QStringLiteral("appid");
    QTest::newRow("v2-azp") << QStringLiteral("azp");
}

void TestConnectionTester::reportsTokenAndAllPages()
{
    QFETCH(QString, appClaim);
    routeToken({{QStringLiteral("aud"), QStringLiteral("https://management.azure.com/")},
                {QStringLiteral("tid"), kTenant},
                {QStringLiteral("oid"), kObjectId},
                {appClaim, kClientId},
                {QStringLiteral("idtyp"), QStringLiteral("app")}});
    routeSubscriptions();

    ConnectionTester tester(m_nam.get(), m_log.get());
    QSignalSpy steps(&tester, &ConnectionTester::stepChanged);
    QSignalSpy finished(&tester, &ConnectionTester::finished);
    const QDateTime start = m_clock.utcNow();
    tester.start(profile(), SecureBytes(kSecret));
    QVERIFY(tester.isRunning());
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.size(), 1);
    QVERIFY(!tester.isRunning());

    const auto result = resultAt(finished, 0);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().detailedText()));
    const ConnectionTestReport &report = result.value();
    QCOMPARE(report.tenantId, kTenant);
    QCOMPARE(report.objectId, kObjectId);
    QCOMPARE(report.applicationId, kClientId);
    QCOMPARE(report.tokenExpiresOn, start.addSecs(3599));
    const QStringList expected{QStringLiteral("Production (11111111-1111-1111-1111-111111111111)"),
                               QStringLiteral("Staging (22222222-2222-2222-2222-222222222222)"),
                               QStringLiteral("Sandbox (33333333-3333-3333-3333-333333333333)")};
    QCOMPARE(report.subscriptions, expected);

    QCOMPARE(steps.size(), 2);
    QCOMPARE(steps.at(0).at(0).toString(), QStringLiteral("Signing in to Microsoft Entra ID…"));
    QCOMPARE(steps.at(1).at(0).toString(), QStringLiteral("Listing subscriptions…"));

    QCOMPARE(m_server->requestCount("POST", tokenPath()), 1);
    QCOMPARE(m_server->requestCount("GET", QStringLiteral("/subscriptions")), 2);
    // The request log saw all three requests, none with the secret or token.
    QCOMPARE(m_log->entries().size(), 3);
    for (const RequestLogEntry &e : m_log->entries()) {
        QCOMPARE(e.status, 200);
        QVERIFY(!e.url.contains(QString::fromLatin1(kSecret)));
        QVERIFY(!e.url.contains(QString::fromLatin1(m_token)));
    }
}

void TestConnectionTester::forbiddenSubscriptions()
{
    routeToken({{QStringLiteral("tid"), kTenant}, {QStringLiteral("oid"), kObjectId}});
    m_server->routeJson(
        "GET", QStringLiteral("/subscriptions"), 403,
        QJsonObject{
            {QStringLiteral("error"),
             QJsonObject{{QStringLiteral("code"), QStringLiteral("AuthorizationFailed")},
                         {QStringLiteral("message"),
                          QStringLiteral("The client '%1' with object id '%1' does not have authorization to "
                                         "perform action 'Microsoft.Resources/subscriptions/read' over scope "
                                         "'/subscriptions' or the scope is invalid.")
                              .arg(kObjectId)}}}},
        {{"x-ms-request-id", "3f1c2b9e-0000-4000-8000-000000000403"}});

    ConnectionTester tester(m_nam.get(), m_log.get());
    QSignalSpy finished(&tester, &ConnectionTester::finished);
    tester.start(profile(), SecureBytes(kSecret));
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.size(), 1);
    const auto result = resultAt(finished, 0);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ApiError::Kind::Http);
    QCOMPARE(result.error().httpStatus, 403);
    QCOMPARE(result.error().code, QStringLiteral("AuthorizationFailed"));
    QCOMPARE(result.error().requestId, QStringLiteral("3f1c2b9e-0000-4000-8000-000000000403"));
    QVERIFY(result.error().summary().contains(QStringLiteral("Azure Resource Manager")));
    QCOMPARE(m_server->requestCount("GET", QStringLiteral("/subscriptions")), 1);
}

void TestConnectionTester::signInRefused()
{
    m_server->route("POST", tokenPath(), [](const emu::HttpRequest &, emu::Responder r) {
        r.send(test::entraErrorResponse(401, QStringLiteral("invalid_client"), 7000215,
                                        QStringLiteral("Invalid client secret provided."),
                                        QStringLiteral("trace-9")));
    });
    ConnectionTester tester(m_nam.get(), m_log.get());
    QSignalSpy steps(&tester, &ConnectionTester::stepChanged);
    QSignalSpy finished(&tester, &ConnectionTester::finished);
    tester.start(profile(), SecureBytes(kSecret));
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.size(), 1);
    const auto result = resultAt(finished, 0);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("invalid_client"));
    QCOMPARE(result.error().requestId, QStringLiteral("trace-9"));
    QCOMPARE(steps.size(), 1);
    QCOMPARE(m_server->requestCount("GET", QStringLiteral("/subscriptions")), 0);
}

void TestConnectionTester::invalidProfile()
{
    ConnectionProfile p = profile();
    p.tenantId = QStringLiteral("not a tenant");
    ConnectionTester tester(m_nam.get(), m_log.get());
    QSignalSpy finished(&tester, &ConnectionTester::finished);
    tester.start(p, SecureBytes(kSecret));
    QCOMPARE(finished.size(), 0); // answered from the event loop, never inside start()
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(resultAt(finished, 0).error().kind, ApiError::Kind::Validation);
    QVERIFY(!tester.isRunning());
    QCOMPARE(m_server->requests().size(), 0);
}

void TestConnectionTester::missingSecret()
{
    routeToken({{QStringLiteral("tid"), kTenant}});
    ConnectionTester tester(m_nam.get(), m_log.get());
    QSignalSpy finished(&tester, &ConnectionTester::finished);
    tester.start(profile(), SecureBytes());
    QVERIFY(finished.wait(5000));
    QCOMPARE(resultAt(finished, 0).error().kind, ApiError::Kind::Auth);
    QCOMPARE(m_server->requests().size(), 0);
}

void TestConnectionTester::cancel_data()
{
    QTest::addColumn<bool>("duringSignIn");
    QTest::newRow("during-sign-in") << true;
    QTest::newRow("during-subscriptions") << false;
}

void TestConnectionTester::cancel()
{
    QFETCH(bool, duringSignIn);
    routeToken({{QStringLiteral("tid"), kTenant}});
    routeSubscriptions();
    auto hold = [this](const emu::HttpRequest &, emu::Responder r) { m_held = r; };
    if (duringSignIn)
        m_server->route("POST", tokenPath(), hold);
    else
        m_server->route("GET", QStringLiteral("/subscriptions"), hold);

    ConnectionTester tester(m_nam.get(), m_log.get());
    QSignalSpy steps(&tester, &ConnectionTester::stepChanged);
    QSignalSpy finished(&tester, &ConnectionTester::finished);
    tester.start(profile(), SecureBytes(kSecret));
    QTRY_VERIFY_WITH_TIMEOUT(m_held.has_value(), 15000);
    QCOMPARE(steps.size(), duringSignIn ? 1 : 2);
    QVERIFY(tester.isRunning());

    tester.cancel();
    QCOMPARE(finished.size(), 1);
    QVERIFY(resultAt(finished, 0).error().isCancelled());
    QVERIFY(!tester.isRunning());
    tester.cancel(); // a second cancel does nothing
    QCOMPARE(finished.size(), 1);

    // The late answer of the cancelled run must not surface. Run again to completion: exactly one more
    // finished.
    m_held->send(duringSignIn
                     ? test::entraTokenResponse(m_token)
                     : emu::HttpResponse::json(200, QJsonObject{{QStringLiteral("value"), QJsonArray{}}}));
    routeToken({{QStringLiteral("tid"), kTenant}});
    routeSubscriptions();
    tester.start(profile(), SecureBytes(kSecret));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 15000);
    const auto second = resultAt(finished, 1);
    QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error().detailedText()));
    QCOMPARE(second.value().subscriptions.size(), 3);
    QVERIFY(!tester.isRunning());
    QCOMPARE(finished.size(), 2);
}

void TestConnectionTester::destroyWhileRunning()
{
    routeToken({{QStringLiteral("tid"), kTenant}});
    m_server->route("GET", QStringLiteral("/subscriptions"),
                    [this](const emu::HttpRequest &, emu::Responder r) { m_held = r; });
    QSignalSpy replies(m_nam.get(), &QNetworkAccessManager::finished);
    auto tester = std::make_unique<ConnectionTester>(m_nam.get(), m_log.get());
    QSignalSpy finished(tester.get(), &ConnectionTester::finished);
    tester->start(profile(), SecureBytes(kSecret));
    QTRY_VERIFY_WITH_TIMEOUT(m_held.has_value(), 15000);
    tester.reset(); // aborts the listing; must not crash nor call back
    QCOMPARE(finished.size(), 0);
    m_held->send(emu::HttpResponse::json(200, QJsonObject{{QStringLiteral("value"), QJsonArray{}}}));
    // Both replies (token, aborted listing) are done; deferred deletions run without touching the tester.
    QTRY_COMPARE(replies.size(), 2);
}

QTEST_GUILESS_MAIN(TestConnectionTester)
#include "tst_connectiontester.moc"
