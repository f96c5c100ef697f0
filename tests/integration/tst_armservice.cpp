// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "ArmTestData.h"
#include "TestServer.h"

#include "net/ApiClient.h"
#include "net/ArmService.h"
#include "net/AzureSession.h"
#include "net/RequestLog.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace csc;

namespace {
const QString kSub = QStringLiteral("8f0c3e2a-1111-4a5b-9c6d-000000000001");

/// Collects the answers of one ArmService call.
template <typename T> struct Answer
{
    int calls = 0;
    std::optional<Result<T>> result;
    ArmService::Callback<T> callback()
    {
        return [this](const Result<T> &r) {
            ++calls;
            result.emplace(r);
        };
    }
};
} // namespace

class TestArmService : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void listsSubscriptions();
    void listsResourceGroups();
    void listsAccountsAcrossPages();
    void skipsUnreadableItems();
    void listsAccountsOfResourceGroup();
    void getsOneAccount();
    void rejectsIdsThatAreNotAccounts_data();
    void rejectsIdsThatAreNotAccounts();
    void reportsAuthorizationFailed();
    void reportsBodyThatIsNotAnAccount();
    void abortAnswersCancelledOnce();
    void destroyedContextGetsNoAnswer();
    void withoutSessionAnswersLater();

private:
    std::unique_ptr<test::TestServer> m_server;
    QNetworkAccessManager m_nam;
    RequestLog m_log;
    std::unique_ptr<AzureSession> m_session;
    std::unique_ptr<ArmService> m_service;
};

void TestArmService::initTestCase()
{
    m_server = std::make_unique<test::TestServer>();
    QVERIFY(m_server->isListening());
}

void TestArmService::init()
{
    m_server->clearRoutes();
    m_server->clearRequests();
    test::routeArmToken(*m_server);
    auto created =
        AzureSession::create(test::armTestProfile(*m_server), SecureBytes(QByteArray("s")), &m_nam, &m_log);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().detailedText()));
    m_session = std::move(created).value();
    m_service = std::make_unique<ArmService>(m_session.get());
}

void TestArmService::cleanup()
{
    m_service.reset();
    m_session.reset();
}

void TestArmService::listsSubscriptions()
{
    m_server->routeJson("GET", QStringLiteral("/subscriptions"), 200,
                        {{QStringLiteral("value"),
                          QJsonArray{test::subscriptionJson(kSub, QStringLiteral("Contoso")),
                                     test::subscriptionJson(QStringLiteral("s2"), QStringLiteral("Fabrikam"),
                                                            QStringLiteral("Disabled"))}}});
    Answer<QList<Subscription>> answer;
    QVERIFY(m_service->listSubscriptions(this, answer.callback()));
    QTRY_VERIFY_WITH_TIMEOUT(answer.result.has_value(), 15000);
    QCOMPARE(answer.calls, 1);
    QVERIFY(answer.result->ok());
    const QList<Subscription> subs = answer.result->value();
    QCOMPARE(subs.size(), 2);
    QCOMPARE(subs.at(0).subscriptionId, kSub);
    QCOMPARE(subs.at(0).displayName, QStringLiteral("Contoso"));
    QCOMPARE(subs.at(1).state, QStringLiteral("Disabled"));

    const QList<emu::HttpRequest> reqs = m_server->requests();
    const auto arm =
        std::find_if(reqs.cbegin(), reqs.cend(), [](const emu::HttpRequest &r) { return r.method == "GET"; });
    QVERIFY(arm != reqs.cend());
    QCOMPARE(arm->url.path(), QStringLiteral("/subscriptions"));
    QCOMPARE(arm->query(QStringLiteral("api-version")), QStringLiteral("2022-12-01"));
    QVERIFY(arm->header("Authorization").startsWith("Bearer "));
}

void TestArmService::listsResourceGroups()
{
    const QString path = QStringLiteral("/subscriptions/%1/resourcegroups").arg(kSub);
    m_server->routeJson(
        "GET", path, 200,
        {{QStringLiteral("value"), QJsonArray{test::resourceGroupJson(kSub, QStringLiteral("rg-orders"),
                                                                      QStringLiteral("westeurope"))}}});
    Answer<QList<ResourceGroup>> answer;
    m_service->listResourceGroups(kSub, this, answer.callback());
    QTRY_VERIFY_WITH_TIMEOUT(answer.result.has_value(), 15000);
    QVERIFY2(answer.result->ok(),
             qPrintable(answer.result->ok() ? QString() : answer.result->error().detailedText()));
    QCOMPARE(answer.result->value().size(), 1);
    QCOMPARE(answer.result->value().at(0).name, QStringLiteral("rg-orders"));
    QCOMPARE(answer.result->value().at(0).location, QStringLiteral("westeurope"));
    QCOMPARE(answer.result->value().at(0).subscriptionId, kSub);
    QCOMPARE(m_server->requestCount("GET", path), 1);
    QCOMPARE(m_server->requests().constLast().query(QStringLiteral("api-version")),
             QStringLiteral("2021-04-01"));
}

void TestArmService::listsAccountsAcrossPages()
{
    const QString path =
        QStringLiteral("/subscriptions/%1/providers/Microsoft.DocumentDB/databaseAccounts").arg(kSub);
    QJsonArray items;
    for (int i = 0; i < 7; ++i)
        items.append(
            test::accountJson(kSub, QStringLiteral("rg-%1").arg(i % 2), QStringLiteral("acct-%1").arg(i)));
    test::routePagedList(*m_server, path, items, 3);
    Answer<QList<CosmosAccount>> answer;
    m_service->listAccounts(kSub, this, answer.callback());
    QTRY_VERIFY_WITH_TIMEOUT(answer.result.has_value(), 15000);
    QVERIFY2(answer.result->ok(),
             qPrintable(answer.result->ok() ? QString() : answer.result->error().detailedText()));
    QCOMPARE(answer.calls, 1);
    QCOMPARE(m_server->requestCount("GET", path), 3);
    const QList<CosmosAccount> accounts = answer.result->value();
    QCOMPARE(accounts.size(), 7);
    for (int i = 0; i < 7; ++i) {
        QCOMPARE(accounts.at(i).name, QStringLiteral("acct-%1").arg(i));
        QCOMPARE(accounts.at(i).resourceGroup, QStringLiteral("rg-%1").arg(i % 2));
        QCOMPARE(accounts.at(i).subscriptionId, kSub);
    }
    for (const emu::HttpRequest &r : m_server->requests()) {
        if (r.url.path() == path)
            QCOMPARE(r.query(QStringLiteral("api-version")), QStringLiteral("2025-10-15"));
    }
}

void TestArmService::skipsUnreadableItems()
{
    const QString path =
        QStringLiteral("/subscriptions/%1/providers/Microsoft.DocumentDB/databaseAccounts").arg(kSub);
    m_server->routeJson(
        "GET", path, 200,
        {{QStringLiteral("value"),
          QJsonArray{test::accountJson(kSub, QStringLiteral("rg"), QStringLiteral("good")),
                     QJsonObject{{QStringLiteral("name"), QStringLiteral("no-id")}}, 42,
                     test::accountJson(kSub, QStringLiteral("rg"), QStringLiteral("also-good"))}}});
    Answer<QList<CosmosAccount>> answer;
    m_service->listAccounts(kSub, this, answer.callback());
    QTRY_VERIFY_WITH_TIMEOUT(answer.result.has_value(), 15000);
    QVERIFY(answer.result->ok());
    QCOMPARE(answer.result->value().size(), 2);
    QCOMPARE(answer.result->value().at(1).name, QStringLiteral("also-good"));
}

void TestArmService::listsAccountsOfResourceGroup()
{
    const QString path = QStringLiteral("/subscriptions/%1/resourceGroups/rg-orders/providers/"
                                        "Microsoft.DocumentDB/databaseAccounts")
                             .arg(kSub);
    m_server->routeJson(
        "GET", path, 200,
        {{QStringLiteral("value"),
          QJsonArray{test::accountJson(kSub, QStringLiteral("rg-orders"), QStringLiteral("a"))}}});
    Answer<QList<CosmosAccount>> answer;
    m_service->listAccountsInResourceGroup(kSub, QStringLiteral("rg-orders"), this, answer.callback());
    QTRY_VERIFY_WITH_TIMEOUT(answer.result.has_value(), 15000);
    QVERIFY(answer.result->ok());
    QCOMPARE(answer.result->value().size(), 1);
    QCOMPARE(m_server->requestCount("GET", path), 1);
}

void TestArmService::getsOneAccount()
{
    const QJsonObject json =
        test::accountJson(kSub, QStringLiteral("rg-orders"), QStringLiteral("orders-prod"),
                          test::hardenedProperties(), test::systemIdentity());
    const QString id = json.value(QLatin1String("id")).toString();
    m_server->routeJson("GET", id, 200, json);
    Answer<CosmosAccount> answer;
    // The id as another tool may spell it: lower-case segment names.
    QString spelled = id;
    spelled.replace(QLatin1String("resourceGroups"), QLatin1String("resourcegroups"));
    m_service->getAccount(spelled, this, answer.callback());
    QTRY_VERIFY_WITH_TIMEOUT(answer.result.has_value(), 15000);
    QVERIFY2(answer.result->ok(),
             qPrintable(answer.result->ok() ? QString() : answer.result->error().detailedText()));
    QCOMPARE(answer.result->value().name, QStringLiteral("orders-prod"));
    QVERIFY(answer.result->value().disableLocalAuth);
    QCOMPARE(answer.result->value().raw, json);
    QCOMPARE(m_server->requestCount("GET", id), 1);
    QCOMPARE(m_server->requests().constLast().query(QStringLiteral("api-version")),
             QStringLiteral("2025-10-15"));
}

void TestArmService::rejectsIdsThatAreNotAccounts_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("empty") << QString();
    QTest::newRow("subscription") << QStringLiteral("/subscriptions/s");
    QTest::newRow("resource group") << QStringLiteral("/subscriptions/s/resourceGroups/g");
    QTest::newRow("key vault") << QStringLiteral(
        "/subscriptions/s/resourceGroups/g/providers/Microsoft.KeyVault/vaults/v");
    QTest::newRow("child resource") << QStringLiteral(
        "/subscriptions/s/resourceGroups/g/providers/Microsoft.DocumentDB/"
        "databaseAccounts/a/sqlDatabases/d");
}

void TestArmService::rejectsIdsThatAreNotAccounts()
{
    QFETCH(QString, id);
    Answer<CosmosAccount> answer;
    QVERIFY(!m_service->getAccount(id, this, answer.callback()));
    QCOMPARE(answer.calls, 0); // answered later, never inside the call
    QTRY_VERIFY(answer.result.has_value());
    QVERIFY(!answer.result->ok());
    QCOMPARE(answer.result->error().kind, ApiError::Kind::Validation);
    QCOMPARE(m_server->requests().size(), 0);
}

void TestArmService::reportsAuthorizationFailed()
{
    const QString path =
        QStringLiteral("/subscriptions/%1/providers/Microsoft.DocumentDB/databaseAccounts").arg(kSub);
    const QString action = QStringLiteral("Microsoft.DocumentDB/databaseAccounts/read");
    m_server->route("GET", path, [&](const emu::HttpRequest &, emu::Responder r) {
        r.send(test::armError(
            403, QStringLiteral("AuthorizationFailed"),
            test::authorizationFailedMessage(action, QStringLiteral("/subscriptions/") + kSub)));
    });
    Answer<QList<CosmosAccount>> answer;
    m_service->listAccounts(kSub, this, answer.callback());
    QTRY_VERIFY_WITH_TIMEOUT(answer.result.has_value(), 15000);
    QVERIFY(!answer.result->ok());
    const ApiError &e = answer.result->error();
    QCOMPARE(e.kind, ApiError::Kind::Http);
    QVERIFY(e.isForbidden());
    QCOMPARE(e.code, QStringLiteral("AuthorizationFailed"));
    QVERIFY(e.message.contains(action));
    QCOMPARE(e.requestId, QStringLiteral("5a4c8b1e-0000-4000-8000-00000000e403"));
}

void TestArmService::reportsBodyThatIsNotAnAccount()
{
    const QString id = QStringLiteral("/subscriptions/%1/resourceGroups/g/providers/Microsoft.DocumentDB/"
                                      "databaseAccounts/broken")
                           .arg(kSub);
    m_server->routeJson("GET", id, 200, {{QStringLiteral("name"), QStringLiteral("broken")}});
    Answer<CosmosAccount> answer;
    m_service->getAccount(id, this, answer.callback());
    QTRY_VERIFY_WITH_TIMEOUT(answer.result.has_value(), 15000);
    QVERIFY(!answer.result->ok());
    QCOMPARE(answer.result->error().kind, ApiError::Kind::Parse);
    QCOMPARE(answer.result->error().url.path(), id);
}

void TestArmService::abortAnswersCancelledOnce()
{
    std::vector<emu::Responder> held;
    m_server->route("GET", QStringLiteral("/subscriptions"),
                    [&held](const emu::HttpRequest &, emu::Responder r) { held.push_back(r); });
    Answer<QList<Subscription>> answer;
    AbstractJob *job = m_service->listSubscriptions(this, answer.callback());
    QVERIFY(job);
    QTRY_COMPARE_WITH_TIMEOUT(held.size(), size_t(1), 15000);
    job->abort();
    QCOMPARE(answer.calls, 1);
    QVERIFY(!answer.result->ok());
    QVERIFY(answer.result->error().isCancelled());
    held.front().send(emu::HttpResponse::json(200, QJsonObject{{QStringLiteral("value"), QJsonArray{}}}));
    // A later call on the same connection finishes after the late answer was read: still one callback.
    m_server->routeJson("GET", QStringLiteral("/subscriptions"), 200,
                        {{QStringLiteral("value"), QJsonArray{}}});
    Answer<QList<Subscription>> second;
    m_service->listSubscriptions(this, second.callback());
    QTRY_VERIFY_WITH_TIMEOUT(second.result.has_value(), 15000);
    QCOMPARE(answer.calls, 1);
}

void TestArmService::destroyedContextGetsNoAnswer()
{
    std::vector<emu::Responder> held;
    m_server->route("GET", QStringLiteral("/subscriptions"),
                    [&held](const emu::HttpRequest &, emu::Responder r) { held.push_back(r); });
    Answer<QList<Subscription>> answer;
    auto context = std::make_unique<QObject>();
    AbstractJob *job = m_service->listSubscriptions(context.get(), answer.callback());
    QSignalSpy ended(job, &AbstractJob::ended);
    QTRY_COMPARE_WITH_TIMEOUT(held.size(), size_t(1), 15000);
    context.reset();
    QCOMPARE(ended.size(), 1); // the job was aborted with its context
    QCOMPARE(answer.calls, 0);
}

void TestArmService::withoutSessionAnswersLater()
{
    ArmService orphan(nullptr);
    QVERIFY(orphan.subscriptionsUrl().isEmpty());
    Answer<QList<Subscription>> answer;
    QVERIFY(!orphan.listSubscriptions(this, answer.callback()));
    QCOMPARE(answer.calls, 0);
    QTRY_COMPARE(answer.calls, 1);
    QCOMPARE(answer.result->error().kind, ApiError::Kind::Validation);
}

QTEST_GUILESS_MAIN(TestArmService)
#include "tst_armservice.moc"
