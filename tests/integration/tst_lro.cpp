// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "TestServer.h"
#include "net/ApiClient.h"
#include "net/RestJob.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace csc;
using csc::test::TestServer;

namespace {
template <typename T> QString describe(const Result<T> &r)
{
    return r.ok() ? QString() : r.error().detailedText();
}

class Catcher : public QObject
{
public:
    explicit Catcher(LroJob *job)
    {
        connect(job, &LroJob::finished, this, [this](const RestResult &r) {
            ++count;
            result = r;
        });
        connect(job, &LroJob::progressed, this, [this](const QString &status, int percent) {
            statuses.append(status);
            percents.append(percent);
        });
    }
    int count = 0;
    std::optional<RestResult> result;
    QStringList statuses;
    QList<int> percents;
};

const QString kAccount = QStringLiteral(
    "/subscriptions/s1/resourceGroups/rg/providers/Microsoft.DocumentDB/databaseAccounts/acct1");
const QString kOperation = QStringLiteral(
    "/subscriptions/s1/providers/Microsoft.DocumentDB/locations/westeurope/operationsStatus/op1");

QJsonObject account(const QString &state)
{
    return {{QStringLiteral("name"), QStringLiteral("acct1")},
            {QStringLiteral("properties"), QJsonObject{{QStringLiteral("provisioningState"), state},
                                                       {QStringLiteral("disableLocalAuth"), true}}}};
}

QJsonObject operation(const QString &status, int percent = -1)
{
    QJsonObject o{{QStringLiteral("name"), QStringLiteral("op1")}, {QStringLiteral("status"), status}};
    if (percent >= 0)
        o.insert(QStringLiteral("percentComplete"), percent);
    return o;
}
} // namespace

class TestLro : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void asyncOperationSucceededThenFinalGet();
    void asyncOperationFailed();
    void locationPolling();
    void provisioningStateOnResource();
    void synchronousCompletion();
    void abortWhilePolling();

private:
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ApiClient> m_client;
};

void TestLro::initTestCase()
{
    // One server (and one ephemeral CA) for the whole test case; routes and records are reset per test.
    m_server = std::make_unique<TestServer>();
    QVERIFY(m_server->isListening());
}

void TestLro::cleanupTestCase()
{
    m_server.reset();
}

void TestLro::init()
{
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_server->clearRoutes();
    m_server->clearRequests();
    m_client = std::make_unique<ApiClient>(m_nam.get());
    QVERIFY(m_client->setExtraTrustedCaFile(m_server->caCertificatePath()).ok());
}

void TestLro::cleanup()
{
    m_client.reset();
    m_nam.reset();
}

void TestLro::asyncOperationSucceededThenFinalGet()
{
    const QByteArray opUrl =
        m_server->url(kOperation + QStringLiteral("?api-version=2025-10-15")).toEncoded();
    m_server->routeJson("PATCH", kAccount, 200, account(QStringLiteral("Updating")),
                        {{"Azure-AsyncOperation", opUrl}, {"Retry-After", "0"}});
    auto clock = std::make_shared<QElapsedTimer>();
    auto arrivals = std::make_shared<QList<qint64>>();
    auto queue = std::make_shared<QList<emu::HttpResponse>>(QList<emu::HttpResponse>{
        emu::HttpResponse::json(200, operation(QStringLiteral("InProgress"), 40), {{"Retry-After", "1"}}),
        emu::HttpResponse::json(200, operation(QStringLiteral("Succeeded")))});
    clock->start();
    m_server->route("GET", kOperation, [clock, arrivals, queue](const emu::HttpRequest &, emu::Responder r) {
        arrivals->append(clock->nsecsElapsed() / 1000000);
        r.send(queue->size() > 1 ? queue->takeFirst() : queue->first());
    });
    m_server->routeJson("GET", kAccount, 200, account(QStringLiteral("Succeeded")));

    RestRequest req("PATCH", m_server->url(kAccount + QStringLiteral("?api-version=2025-10-15")));
    req.body = R"({"properties":{"disableLocalAuth":true}})";
    LroJob *job = m_client->sendLongRunning(req);
    job->setDefaultPollIntervalMs(10000); // the service's Retry-After must win
    Catcher c(job);
    QTRY_COMPARE_WITH_TIMEOUT(c.count, 1, 15000);
    QVERIFY2(c.result->ok(), qPrintable(describe(*c.result)));
    QCOMPARE(c.result->value()
                 .json()
                 .value(QLatin1String("properties"))
                 .toObject()
                 .value(QLatin1String("provisioningState"))
                 .toString(),
             QStringLiteral("Succeeded"));
    QCOMPARE(m_server->requestCount("PATCH", kAccount), 1);
    QCOMPARE(m_server->requestCount("GET", kOperation), 2);
    QCOMPARE(m_server->requestCount("GET", kAccount), 1);
    QVERIFY(c.statuses.contains(QStringLiteral("InProgress")));
    QCOMPARE(c.statuses.last(), QStringLiteral("Succeeded"));
    QVERIFY(c.percents.contains(40));
    // Retry-After: 1 on the InProgress answer was honoured before the next poll.
    QCOMPARE(arrivals->size(), 2);
    QVERIFY2(arrivals->at(1) - arrivals->at(0) >= 1000,
             qPrintable(QString::number(arrivals->at(1) - arrivals->at(0))));
    // The final GET is the last request.
    QCOMPARE(m_server->requests().last().method, QByteArrayLiteral("GET"));
    QCOMPARE(m_server->requests().last().url.path(), kAccount);
}

void TestLro::asyncOperationFailed()
{
    const QByteArray opUrl = m_server->url(kOperation).toEncoded();
    m_server->routeJson("PUT", kAccount, 201, account(QStringLiteral("Creating")),
                        {{"Azure-AsyncOperation", opUrl}, {"Retry-After", "0"}});
    QJsonObject failed = operation(QStringLiteral("Failed"));
    failed.insert(
        QStringLiteral("error"),
        QJsonObject{{QStringLiteral("code"), QStringLiteral("KeyVaultAccessDenied")},
                    {QStringLiteral("message"), QStringLiteral("The identity cannot unwrap the key.")}});
    m_server->routeSequence(
        "GET", kOperation,
        {emu::HttpResponse::json(200, operation(QStringLiteral("InProgress")), {{"Retry-After", "0"}}),
         emu::HttpResponse::json(200, failed, {{"x-ms-request-id", "op-req"}})});
    LroJob *job = m_client->sendLongRunning(RestRequest("PUT", m_server->url(kAccount)));
    Catcher c(job);
    QTRY_COMPARE_WITH_TIMEOUT(c.count, 1, 10000);
    QVERIFY(!c.result->ok());
    QCOMPARE(c.result->error().kind, ApiError::Kind::Http);
    QCOMPARE(c.result->error().code, QStringLiteral("KeyVaultAccessDenied"));
    QCOMPARE(c.result->error().message, QStringLiteral("The identity cannot unwrap the key."));
    QCOMPARE(c.result->error().requestId, QStringLiteral("op-req"));
    QCOMPARE(c.statuses.last(), QStringLiteral("Failed"));
    QCOMPARE(m_server->requestCount("GET", kAccount), 0); // no final GET after a failure
}

void TestLro::locationPolling()
{
    const QString action = kAccount + QStringLiteral("/regenerateKey");
    const QString location = QStringLiteral(
        "/subscriptions/s1/providers/Microsoft.DocumentDB/locations/westeurope/operationResults/op2");
    m_server->routeJson("POST", action, 202, {},
                        {{"Location", m_server->url(location).toEncoded()}, {"Retry-After", "0"}});
    m_server->routeSequence("GET", location,
                            {emu::HttpResponse::empty(202, {{"Retry-After", "0"}}),
                             emu::HttpResponse::empty(202, {{"Retry-After", "0"}}),
                             emu::HttpResponse::json(200, QJsonObject{{QStringLiteral("done"), true}})});
    LroJob *job =
        m_client->sendLongRunning(RestRequest::post(m_server->url(action), R"({"keyKind":"primary"})"));
    Catcher c(job);
    QTRY_COMPARE_WITH_TIMEOUT(c.count, 1, 10000);
    QVERIFY2(c.result->ok(), qPrintable(describe(*c.result)));
    QCOMPARE(c.result->value().status, 200);
    QCOMPARE(c.result->value().json().value(QLatin1String("done")).toBool(), true);
    QCOMPARE(m_server->requestCount("GET", location), 3);
    QCOMPARE(m_server->requestCount("POST", action), 1);
    QCOMPARE(m_server->requests().size(), 4); // no final GET for a POST
}

void TestLro::provisioningStateOnResource()
{
    m_server->routeJson("PUT", kAccount, 200, account(QStringLiteral("Updating")));
    m_server->routeSequence("GET", kAccount,
                            {emu::HttpResponse::json(200, account(QStringLiteral("Updating"))),
                             emu::HttpResponse::json(200, account(QStringLiteral("Succeeded")))});
    LroJob *job = m_client->sendLongRunning(RestRequest("PUT", m_server->url(kAccount)));
    job->setDefaultPollIntervalMs(20);
    Catcher c(job);
    QTRY_COMPARE_WITH_TIMEOUT(c.count, 1, 10000);
    QVERIFY2(c.result->ok(), qPrintable(describe(*c.result)));
    QCOMPARE(m_server->requestCount("GET", kAccount), 2);
    QCOMPARE(c.statuses.last(), QStringLiteral("Succeeded"));
}

void TestLro::synchronousCompletion()
{
    m_server->routeJson("PUT", kAccount, 200, account(QStringLiteral("Succeeded")));
    Catcher c(m_client->sendLongRunning(RestRequest("PUT", m_server->url(kAccount))));
    QTRY_COMPARE_WITH_TIMEOUT(c.count, 1, 10000);
    QVERIFY(c.result->ok());
    QCOMPARE(m_server->requests().size(), 1);
}

void TestLro::abortWhilePolling()
{
    const QByteArray opUrl = m_server->url(kOperation).toEncoded();
    m_server->routeJson("DELETE", kAccount, 202, {}, {{"Azure-AsyncOperation", opUrl}, {"Retry-After", "0"}});
    m_server->routeJson("GET", kOperation, 200, operation(QStringLiteral("InProgress")),
                        {{"Retry-After", "1"}});
    LroJob *job = m_client->sendLongRunning(RestRequest("DELETE", m_server->url(kAccount)));
    QPointer<LroJob> guard(job);
    Catcher c(job);
    QSignalSpy ended(job, &AbstractJob::ended);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount("GET", kOperation), 1, 10000);
    QTRY_VERIFY(c.statuses.contains(QStringLiteral("InProgress")));
    job->abort();
    QCOMPARE(c.count, 1);
    QVERIFY(c.result->error().isCancelled());
    QCOMPARE(ended.count(), 1);
    QVERIFY(!ended.wait(1500)); // longer than Retry-After: no further poll happens
    QCOMPARE(m_server->requestCount("GET", kOperation), 1);
    QCOMPARE(c.count, 1);
    QTRY_VERIFY(guard.isNull());
}

QTEST_GUILESS_MAIN(TestLro)
#include "tst_lro.moc"
