// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "TestServer.h"

#include "core/Clock.h"
#include "core/MasterKeySigner.h"
#include "net/ApiClient.h"
#include "net/CosmosDataClient.h"
#include "net/MasterKeyAuthorizer.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTest>
#include <QUuid>

#include <memory>
#include <optional>

using namespace csc;

namespace {
const QByteArray kPrimary =
    "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==";
const QByteArray kSecondary =
    "dsZQi3KtZmCv1ljt3VNWNm7sQUF1y5rJfC6kv5JiwvW0EndXdDku/dkKBp8/ufDToSxLzR4y+O/0H/t4bQtVNw==";
const QByteArray kOther =
    "SB1mrDcsPfPnHN2lCLYLTXDJMEqXsjvWqS2BXbvBbro94dxVHem3gyXKLPruSeMVE7ZKf36EGC5ArCkJqJaoOg==";

emu::HttpResponse cosmosError(int status, int subStatus, const QString &code, const QString &message)
{
    const QString activity = QUuid::createUuid().toString(QUuid::WithoutBraces);
    emu::HttpResponse r = emu::HttpResponse::json(
        status, QJsonObject{{QStringLiteral("code"), code},
                            {QStringLiteral("message"),
                             QStringLiteral("%1\r\nActivityId: %2, Microsoft.Azure.Documents.Common/2.14.0")
                                 .arg(message, activity)}});
    r.setHeader("x-ms-substatus", QByteArray::number(subStatus));
    r.setHeader("x-ms-activity-id", activity.toLatin1());
    return r;
}

/// What the simulated account enforces.
struct AccountState
{
    QList<QByteArray> keys{kPrimary, kSecondary};
    bool localAuthDisabled = false;
    QString blockedIp; ///< non-empty: the firewall refuses everything
    qint64 maxSkewSecs = 15 * 60;
    QDateTime serverNow;
};
} // namespace

class TestCosmosDataClient : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void primaryAndSecondaryKeysWork_data();
    void primaryAndSecondaryKeysWork();
    void wrongKeyIs401();
    void regeneratedKeyStopsWorking();
    void localAuthDisabledIs5202();
    void clockSkewIsExplained();
    void firewallIsExplained();
    void invalidKeySendsNothing();
    void cancelTest();
    void explanations_data();
    void explanations();

private:
    /// Verifies the request like the service: parse the header, recompute the HMAC for every key.
    void serve(const emu::HttpRequest &req, const emu::Responder &r, const QJsonObject &okBody);
    Result<DataPlaneTestReport> runTest(const QByteArray &key);

    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<CosmosDataClient> m_data;
    AccountState m_state;
    QList<QByteArray> m_rawAuthorizations;
};

void TestCosmosDataClient::initTestCase()
{
    m_server = std::make_unique<test::TestServer>();
    QVERIFY(m_server->isListening());
}

void TestCosmosDataClient::cleanupTestCase()
{
    m_server.reset();
}

void TestCosmosDataClient::init()
{
    m_state = AccountState();
    m_rawAuthorizations.clear();
    m_server->clearRoutes();
    m_server->clearRequests();
    const QJsonObject account{
        {QStringLiteral("id"), QStringLiteral("acct1")},
        {QStringLiteral("_rid"), QStringLiteral("acct1.documents.azure.com")},
        {QStringLiteral("writableLocations"),
         QJsonArray{QJsonObject{
             {QStringLiteral("name"), QStringLiteral("West Europe")},
             {QStringLiteral("databaseAccountEndpoint"), m_server->url(QStringLiteral("/")).toString()}}}},
        {QStringLiteral("readableLocations"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("West Europe")}},
                    QJsonObject{{QStringLiteral("name"), QStringLiteral("North Europe")}}}},
        {QStringLiteral("enableMultipleWriteLocations"), false},
        {QStringLiteral("userConsistencyPolicy"),
         QJsonObject{{QStringLiteral("defaultConsistencyLevel"), QStringLiteral("Session")}}}};
    const QJsonObject dbs{{QStringLiteral("_rid"), QString()},
                          {QStringLiteral("Databases"),
                           QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("ToDoList")}},
                                      QJsonObject{{QStringLiteral("id"), QStringLiteral("Orders")}}}},
                          {QStringLiteral("_count"), 2}};
    m_server->route(
        "GET", QStringLiteral("/"),
        [this, account](const emu::HttpRequest &req, emu::Responder r) { serve(req, r, account); });
    m_server->route("GET", QStringLiteral("/dbs"),
                    [this, dbs](const emu::HttpRequest &req, emu::Responder r) { serve(req, r, dbs); });
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_nam.get());
    QVERIFY(m_client->setExtraTrustedCaFile(m_server->caCertificatePath()).ok());
    m_data = std::make_unique<CosmosDataClient>(m_client.get(), m_server->url(QStringLiteral("/")));
}

void TestCosmosDataClient::cleanup()
{
    Clock::setInstance(nullptr);
    m_data.reset();
    m_client.reset();
    m_nam.reset();
}

void TestCosmosDataClient::serve(const emu::HttpRequest &req, const emu::Responder &r,
                                 const QJsonObject &okBody)
{
    m_rawAuthorizations << req.header("authorization");
    if (!m_state.blockedIp.isEmpty()) {
        r.send(cosmosError(
            403, 0, QStringLiteral("Forbidden"),
            QStringLiteral("Request originated from IP %1 through public internet. This is blocked by "
                           "your Cosmos DB account firewall settings. More info: "
                           "https://aka.ms/cosmosdb-tsg-forbidden")
                .arg(m_state.blockedIp)));
        return;
    }
    const Result<CosmosAuthorization> auth = MasterKeySigner::parseAuthorization(req.header("authorization"));
    if (!auth.ok()) {
        r.send(cosmosError(401, 5001, QStringLiteral("Unauthorized"),
                           QStringLiteral("Invalid authorization header.")));
        return;
    }
    if (m_state.localAuthDisabled) {
        r.send(cosmosError(
            401, 5202, QStringLiteral("Unauthorized"),
            QStringLiteral("Local Authorization is disabled. Use an AAD token to authorize all requests.")));
        return;
    }
    const QString date = QString::fromLatin1(req.header("x-ms-date"));
    const QDateTime sent = MasterKeySigner::parseHttpDate(date);
    const QDateTime now = m_state.serverNow.isValid() ? m_state.serverNow : QDateTime::currentDateTimeUtc();
    if (!sent.isValid() || qAbs(sent.secsTo(now)) > m_state.maxSkewSecs) {
        r.send(cosmosError(
            401, 0, QStringLiteral("Unauthorized"),
            QStringLiteral("The authorization token is not valid at the current time. Please create "
                           "another token and retry (token start time: %1, token expiry time: %2, "
                           "current server time: %3).")
                .arg(date, date, MasterKeySigner::httpDate(now))));
        return;
    }
    const CosmosResource resource = MasterKeySigner::resourceFromPath(req.url.path(QUrl::FullyDecoded));
    bool ok = false;
    for (const QByteArray &key : std::as_const(m_state.keys))
        ok = ok ||
             MasterKeySigner::verify(SecureBytes(key), req.method, resource, date, auth.value().signature);
    if (!ok) {
        r.send(cosmosError(
            401, 0, QStringLiteral("Unauthorized"),
            QStringLiteral("The input authorization token can't serve the request. The wrong key is "
                           "being used or the expected payload is not built as per the protocol. "
                           "Server used the following payload to sign: '%1'")
                .arg(QString::fromUtf8(MasterKeySigner::stringToSign(req.method, resource.resourceType,
                                                                     resource.resourceLink, date))
                         .replace(QLatin1Char('\n'), QStringLiteral("\\n")))));
        return;
    }
    r.send(emu::HttpResponse::json(200, okBody, {{"x-ms-request-charge", "1"}}));
}

Result<DataPlaneTestReport> TestCosmosDataClient::runTest(const QByteArray &key)
{
    std::optional<Result<DataPlaneTestReport>> result;
    int calls = 0;
    m_data->testKey(SecureBytes(key), this, [&](const Result<DataPlaneTestReport> &r) {
        ++calls;
        result = r;
    });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 15000))
        return ApiError::make(ApiError::Kind::Timeout, QStringLiteral("test did not finish"));
    if (calls != 1)
        return ApiError::make(ApiError::Kind::Process, QStringLiteral("done called %1 times").arg(calls));
    return *result;
}

void TestCosmosDataClient::primaryAndSecondaryKeysWork_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::newRow("primary") << kPrimary;
    QTest::newRow("secondary") << kSecondary;
}

void TestCosmosDataClient::primaryAndSecondaryKeysWork()
{
    QFETCH(QByteArray, key);
    const Result<DataPlaneTestReport> r = runTest(key);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detailedText()));
    QCOMPARE(r.value().account.id, QStringLiteral("acct1"));
    QCOMPARE(r.value().account.writableRegions, QStringList{QStringLiteral("West Europe")});
    QCOMPARE(r.value().account.readableRegions,
             (QStringList{QStringLiteral("West Europe"), QStringLiteral("North Europe")}));
    QCOMPARE(r.value().account.consistencyLevel, QStringLiteral("Session"));
    QCOMPARE(r.value().databases, (QStringList{QStringLiteral("ToDoList"), QStringLiteral("Orders")}));
    QCOMPARE(r.value().databaseCount, 2);

    QCOMPARE(m_server->requestCount("GET", QStringLiteral("/")), 1);
    QCOMPARE(m_server->requestCount("GET", QStringLiteral("/dbs")), 1);
    for (const emu::HttpRequest &req : m_server->requests()) {
        QCOMPARE(req.header("x-ms-version"), QByteArray("2020-07-15"));
        QVERIFY(MasterKeySigner::parseHttpDate(QString::fromLatin1(req.header("x-ms-date"))).isValid());
    }
    // Sent percent-encoded the way the SDKs do: no raw '+', '/', '=' or '&'.
    for (const QByteArray &raw : std::as_const(m_rawAuthorizations)) {
        QVERIFY(raw.startsWith("type%3Dmaster%26ver%3D1.0%26sig%3D"));
        QVERIFY(!raw.contains('+') && !raw.contains('/') && !raw.contains('=') && !raw.contains('&'));
    }
}

void TestCosmosDataClient::wrongKeyIs401()
{
    const Result<DataPlaneTestReport> r = runTest(kOther);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().httpStatus, 401);
    QCOMPARE(r.error().subStatus, 0);
    QCOMPARE(r.error().code, QStringLiteral("Unauthorized"));
    QVERIFY(r.error().message.contains(QLatin1String("can't serve the request")));
    QVERIFY(!r.error().requestId.isEmpty());
    // The first request already failed; the second was not sent.
    QCOMPARE(m_server->requestCount("GET", QStringLiteral("/")), 1);
    QCOMPARE(m_server->requestCount("GET", QStringLiteral("/dbs")), 0);
    const QString text = explainDataPlaneError(r.error());
    QVERIFY2(text.contains(QLatin1String("regenerated")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("401")));
}

void TestCosmosDataClient::regeneratedKeyStopsWorking()
{
    QVERIFY(runTest(kSecondary).ok());
    m_state.keys = {kPrimary, kOther}; // the secondary key was regenerated
    const Result<DataPlaneTestReport> old = runTest(kSecondary);
    QVERIFY(!old.ok());
    QCOMPARE(old.error().httpStatus, 401);
    QVERIFY(runTest(kOther).ok());
}

void TestCosmosDataClient::localAuthDisabledIs5202()
{
    m_state.localAuthDisabled = true;
    for (const QByteArray &key : {kPrimary, kSecondary}) {
        const Result<DataPlaneTestReport> r = runTest(key);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().httpStatus, 401);
        QCOMPARE(r.error().subStatus, 5202);
        QVERIFY(r.error().message.contains(QLatin1String("Local Authorization is disabled")));
        const QString text = explainDataPlaneError(r.error());
        QVERIFY2(text.contains(QLatin1String("disableLocalAuth")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("5202")));
        QVERIFY(text.contains(QLatin1String("Microsoft Entra ID")));
    }
}

void TestCosmosDataClient::clockSkewIsExplained()
{
    // This computer's clock is 40 minutes behind the service's.
    m_state.serverNow = QDateTime::currentDateTimeUtc();
    ManualClock clock(m_state.serverNow.addSecs(-40 * 60));
    Clock::setInstance(&clock);
    const Result<DataPlaneTestReport> r = runTest(kPrimary);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().httpStatus, 401);
    const QString text = explainDataPlaneError(r.error());
    QVERIFY2(text.contains(QLatin1String("clock")), qPrintable(text));
    QVERIFY(!text.contains(QLatin1String("regenerated")));

    // Within the window the same key works.
    clock.set(m_state.serverNow.addSecs(-5 * 60));
    QVERIFY(runTest(kPrimary).ok());
}

void TestCosmosDataClient::firewallIsExplained()
{
    m_state.blockedIp = QStringLiteral("203.0.113.7");
    const Result<DataPlaneTestReport> r = runTest(kPrimary);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().httpStatus, 403);
    QCOMPARE(r.error().subStatus, 0);
    const QString text = explainDataPlaneError(r.error());
    QVERIFY2(text.contains(QLatin1String("203.0.113.7")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("firewall")));
}

void TestCosmosDataClient::invalidKeySendsNothing()
{
    const Result<DataPlaneTestReport> r = runTest("this is not base64!");
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ApiError::Kind::Validation);
    QCOMPARE(m_server->requests().size(), 0);
}

void TestCosmosDataClient::cancelTest()
{
    // The account document never answers until released.
    std::optional<emu::Responder> pending;
    m_server->route("GET", QStringLiteral("/"),
                    [&pending](const emu::HttpRequest &, emu::Responder r) { pending = r; });
    std::optional<Result<DataPlaneTestReport>> result;
    m_data->testKey(SecureBytes(kPrimary), this,
                    [&result](const Result<DataPlaneTestReport> &r) { result = r; });
    QVERIFY(m_data->isTesting());
    QTRY_VERIFY_WITH_TIMEOUT(pending.has_value(), 15000);
    m_data->cancelTest();
    QVERIFY(result.has_value());
    QVERIFY(result->error().isCancelled());
    QVERIFY(!m_data->isTesting());
    QCOMPARE(explainDataPlaneError(result->error()), QStringLiteral("The test was cancelled."));
    pending->send(emu::HttpResponse::empty(204));
    QCOMPARE(m_server->requestCount("GET", QStringLiteral("/dbs")), 0);
}

void TestCosmosDataClient::explanations_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("subStatus");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("mustContain");

    QTest::newRow("401 wrong key") << 401 << 0
                                   << QStringLiteral("The input authorization token can't serve the request.")
                                   << QStringLiteral("regenerated");
    QTest::newRow("401/5202 local auth off")
        << 401 << 5202 << QString() << QStringLiteral("disableLocalAuth");
    QTest::newRow("401 by message only")
        << 401 << 0 << QStringLiteral("Local Authorization is disabled. Use an AAD token.")
        << QStringLiteral("5202");
    QTest::newRow("401 clock") << 401 << 0
                               << QStringLiteral("The authorization token is not valid at the current time.")
                               << QStringLiteral("clock");
    QTest::newRow("403 firewall") << 403 << 0
                                  << QStringLiteral(
                                         "Request originated from IP 198.51.100.20 through public "
                                         "internet. This is blocked by your Cosmos DB account firewall "
                                         "settings.")
                                  << QStringLiteral("198.51.100.20");
    QTest::newRow("403 client IP wording")
        << 403 << 0
        << QStringLiteral("Request originated from client IP 198.51.100.21 "
                          "through public internet.")
        << QStringLiteral("198.51.100.21");
    QTest::newRow("403 private endpoint")
        << 403 << 0
        << QStringLiteral("Request originated from client VNET through private "
                          "endpoint. This is blocked.")
        << QStringLiteral("network rules");
    QTest::newRow("403/5301 RBAC") << 403 << 5301 << QStringLiteral("Request blocked by Auth acct1")
                                   << QStringLiteral("role assignment");
    QTest::newRow("403/5300 metadata writes")
        << 403 << 5300 << QStringLiteral("Operation 'POST' is not allowed")
        << QStringLiteral("Azure Resource Manager");
}

void TestCosmosDataClient::explanations()
{
    QFETCH(int, status);
    QFETCH(int, subStatus);
    QFETCH(QString, message);
    QFETCH(QString, mustContain);
    ApiError e = ApiError::make(ApiError::Kind::Http, message);
    e.httpStatus = status;
    e.subStatus = subStatus;
    e.code = status == 401 ? QStringLiteral("Unauthorized") : QStringLiteral("Forbidden");
    const QString text = explainDataPlaneError(e);
    QVERIFY2(text.contains(mustContain), qPrintable(text));
    QVERIFY(!text.contains(QLatin1String("sig=")));
}

QTEST_GUILESS_MAIN(TestCosmosDataClient)
#include "tst_cosmosdataclient.moc"
