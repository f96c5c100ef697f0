// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "TestServer.h"
#include "net/ApiClient.h"
#include "net/RestJob.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

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
    explicit Catcher(PagedJob *job)
    {
        connect(job, &PagedJob::finished, this, [this](const Result<QJsonArray> &r) {
            ++count;
            result = r;
        });
        connect(job, &PagedJob::pageReceived, this, [this](const QJsonArray &items, int page) {
            pages.append(page);
            pageSizes.append(int(items.size()));
        });
    }
    int count = 0;
    std::optional<Result<QJsonArray>> result;
    QList<int> pages;
    QList<int> pageSizes;
};

QJsonArray numbers(int from, int to)
{
    QJsonArray a;
    for (int i = from; i <= to; ++i)
        a.append(QJsonObject{{QStringLiteral("id"), QString::number(i)}});
    return a;
}
} // namespace

class TestPaging : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void armNextLink();
    void cosmosContinuation();
    void maxPagesGuard();
    void repeatedNextLinkStops();
    void nextLinkToAnotherHostRefused();
    void errorOnSecondPage();
    void abortBetweenPages();

private:
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ApiClient> m_client;
};

void TestPaging::initTestCase()
{
    // One server (and one ephemeral CA) for the whole test case; routes and records are reset per test.
    m_server = std::make_unique<TestServer>();
    QVERIFY(m_server->isListening());
}

void TestPaging::cleanupTestCase()
{
    m_server.reset();
}

void TestPaging::init()
{
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_server->clearRoutes();
    m_server->clearRequests();
    m_client = std::make_unique<ApiClient>(m_nam.get());
    QVERIFY(m_client->setExtraTrustedCaFile(m_server->caCertificatePath()).ok());
}

void TestPaging::cleanup()
{
    m_client.reset();
    m_nam.reset();
}

void TestPaging::armNextLink()
{
    TestServer *server = m_server.get();
    m_server->route(
        "GET", QStringLiteral("/subscriptions/s1/providers/Microsoft.DocumentDB/databaseAccounts"),
        [server](const emu::HttpRequest &req, emu::Responder r) {
            const QString token = req.query(QStringLiteral("$skiptoken"));
            QJsonObject body;
            const QString base = QStringLiteral(
                "/subscriptions/s1/providers/Microsoft.DocumentDB/databaseAccounts?api-version=2025-10-15");
            if (token.isEmpty()) {
                body = {
                    {QStringLiteral("value"), numbers(1, 2)},
                    {QStringLiteral("nextLink"),
                     server->url(base + QStringLiteral("&$skiptoken=p%2B2")).toString(QUrl::FullyEncoded)}};
            } else if (token == QLatin1String("p+2")) {
                body = {{QStringLiteral("value"), numbers(3, 5)},
                        {QStringLiteral("nextLink"),
                         server->url(base + QStringLiteral("&$skiptoken=p3")).toString(QUrl::FullyEncoded)}};
            } else {
                body = {{QStringLiteral("value"), numbers(6, 6)}, {QStringLiteral("nextLink"), QJsonValue()}};
            }
            r.send(emu::HttpResponse::json(200, body));
        });
    RestRequest first = RestRequest::get(m_server->url(QStringLiteral(
        "/subscriptions/s1/providers/Microsoft.DocumentDB/databaseAccounts?api-version=2025-10-15")));
    first.setHeader("x-custom", "kept");
    Catcher c(m_client->sendPaged(first));
    QTRY_COMPARE_WITH_TIMEOUT(c.count, 1, 10000);
    QVERIFY2(c.result->ok(), qPrintable(describe(*c.result)));
    const QJsonArray all = c.result->value();
    QCOMPARE(all.size(), 6);
    for (int i = 0; i < 6; ++i)
        QCOMPARE(all.at(i).toObject().value(QLatin1String("id")).toString(), QString::number(i + 1));
    QCOMPARE(c.pages, (QList<int>{1, 2, 3}));
    QCOMPARE(c.pageSizes, (QList<int>{2, 3, 1}));
    const QList<emu::HttpRequest> reqs = m_server->requests();
    QCOMPARE(reqs.size(), 3);
    // nextLink followed verbatim: api-version and the encoded skiptoken arrive unchanged.
    QCOMPARE(reqs.at(1).query(QStringLiteral("$skiptoken")), QStringLiteral("p+2"));
    QCOMPARE(reqs.at(2).query(QStringLiteral("api-version")), QStringLiteral("2025-10-15"));
    QCOMPARE(reqs.at(2).header("x-custom"), QByteArrayLiteral("kept"));
}

void TestPaging::cosmosContinuation()
{
    m_server->route(
        "GET", QStringLiteral("/dbs/db1/users"), [](const emu::HttpRequest &req, emu::Responder r) {
            const QByteArray cont = req.header("x-ms-continuation");
            emu::Headers headers{{"x-ms-item-count", "2"}};
            QJsonArray users;
            if (cont.isEmpty()) {
                users = numbers(1, 2);
                headers.append(std::pair<QByteArray, QByteArray>(
                    "x-ms-continuation", R"({"token":"-RID:~abc#RT:1","range":{"min":"","max":"FF"}})"));
            } else if (cont.contains("RT:1")) {
                users = numbers(3, 4);
                headers.append(std::pair<QByteArray, QByteArray>("x-ms-continuation", "c2"));
            } else if (cont == "c2") {
                users = numbers(5, 5);
            }
            r.send(emu::HttpResponse::json(200,
                                           QJsonObject{{QStringLiteral("_rid"), QStringLiteral("db1rid")},
                                                       {QStringLiteral("Users"), users},
                                                       {QStringLiteral("_count"), users.size()}},
                                           headers));
        });
    RestRequest first = RestRequest::get(m_server->url(QStringLiteral("/dbs/db1/users")));
    first.setHeader("x-ms-version", "2020-07-15");
    first.setHeader("x-ms-max-item-count", "2");
    Catcher c(m_client->sendPaged(first, PagedJob::Mode::CosmosContinuation, QStringLiteral("Users")));
    QTRY_COMPARE_WITH_TIMEOUT(c.count, 1, 10000);
    QVERIFY2(c.result->ok(), qPrintable(describe(*c.result)));
    QCOMPARE(c.result->value().size(), 5);
    QCOMPARE(c.pages, (QList<int>{1, 2, 3}));
    const QList<emu::HttpRequest> reqs = m_server->requests();
    QCOMPARE(reqs.size(), 3);
    QVERIFY(reqs.at(0).header("x-ms-continuation").isEmpty());
    QCOMPARE(reqs.at(1).header("x-ms-continuation"),
             QByteArray(R"({"token":"-RID:~abc#RT:1","range":{"min":"","max":"FF"}})"));
    QCOMPARE(reqs.at(2).header("x-ms-continuation"), QByteArrayLiteral("c2"));
    for (const emu::HttpRequest &r : reqs) {
        QCOMPARE(r.header("x-ms-version"), QByteArrayLiteral("2020-07-15"));
        QCOMPARE(r.header("x-ms-max-item-count"), QByteArrayLiteral("2"));
    }
}

void TestPaging::maxPagesGuard()
{
    TestServer *server = m_server.get();
    auto page = std::make_shared<int>(0);
    m_server->route(
        "GET", QStringLiteral("/endless"), [server, page](const emu::HttpRequest &, emu::Responder r) {
            ++*page;
            r.send(emu::HttpResponse::json(
                200, QJsonObject{{QStringLiteral("value"), numbers(1, 1)},
                                 {QStringLiteral("nextLink"),
                                  server->url(QStringLiteral("/endless?page=%1").arg(*page)).toString()}}));
        });
    Catcher c(m_client->sendPaged(RestRequest::get(m_server->url(QStringLiteral("/endless"))),
                                  PagedJob::Mode::ArmNextLink, QStringLiteral("value"), 3));
    QTRY_COMPARE_WITH_TIMEOUT(c.count, 1, 10000);
    QVERIFY(!c.result->ok());
    QCOMPARE(c.result->error().kind, ApiError::Kind::Parse);
    QCOMPARE(c.pages.size(), 3);
    QCOMPARE(m_server->requestCount("GET", QStringLiteral("/endless")), 3);
}

void TestPaging::repeatedNextLinkStops()
{
    TestServer *server = m_server.get();
    m_server->route("GET", QStringLiteral("/loop"), [server](const emu::HttpRequest &, emu::Responder r) {
        r.send(emu::HttpResponse::json(
            200, QJsonObject{{QStringLiteral("value"), numbers(1, 1)},
                             {QStringLiteral("nextLink"),
                              server->url(QStringLiteral("/loop?page=same")).toString()}}));
    });
    Catcher c(m_client->sendPaged(RestRequest::get(m_server->url(QStringLiteral("/loop"))),
                                  PagedJob::Mode::ArmNextLink, QStringLiteral("value"), 1000));
    QTRY_COMPARE_WITH_TIMEOUT(c.count, 1, 10000);
    QVERIFY(!c.result->ok());
    QCOMPARE(c.result->error().kind, ApiError::Kind::Parse);
    // page 1 (no query) and page 2 (?page=same) are read; the second ?page=same is not requested.
    QCOMPARE(c.pages.size(), 2);
    QCOMPARE(m_server->requestCount("GET", QStringLiteral("/loop")), 2);
}

void TestPaging::nextLinkToAnotherHostRefused()
{
    const quint16 port = m_server->port();
    m_server->route("GET", QStringLiteral("/list"), [port](const emu::HttpRequest &, emu::Responder r) {
        r.send(emu::HttpResponse::json(
            200, QJsonObject{{QStringLiteral("value"), numbers(1, 1)},
                             {QStringLiteral("nextLink"),
                              QStringLiteral("https://127.0.0.2:%1/list?p=2").arg(port)}}));
    });
    Catcher c(m_client->sendPaged(RestRequest::get(m_server->url(QStringLiteral("/list")))));
    QTRY_COMPARE_WITH_TIMEOUT(c.count, 1, 10000);
    QVERIFY(!c.result->ok());
    QCOMPARE(m_server->requests().size(), 1);
}

void TestPaging::errorOnSecondPage()
{
    TestServer *server = m_server.get();
    m_server->route("GET", QStringLiteral("/list"), [server](const emu::HttpRequest &req, emu::Responder r) {
        if (req.query(QStringLiteral("p")).isEmpty())
            r.send(emu::HttpResponse::json(
                200, QJsonObject{
                         {QStringLiteral("value"), numbers(1, 1)},
                         {QStringLiteral("nextLink"), server->url(QStringLiteral("/list?p=2")).toString()}}));
        else
            r.send(emu::HttpResponse::json(
                403, QJsonObject{{QStringLiteral("error"),
                                  QJsonObject{{QStringLiteral("code"), QStringLiteral("AuthorizationFailed")},
                                              {QStringLiteral("message"), QStringLiteral("no")}}}}));
    });
    Catcher c(m_client->sendPaged(RestRequest::get(m_server->url(QStringLiteral("/list")))));
    QTRY_COMPARE_WITH_TIMEOUT(c.count, 1, 10000);
    QVERIFY(!c.result->ok());
    QCOMPARE(c.result->error().httpStatus, 403);
    QCOMPARE(c.result->error().code, QStringLiteral("AuthorizationFailed"));
    QCOMPARE(c.pages, QList<int>{1});
}

void TestPaging::abortBetweenPages()
{
    TestServer *server = m_server.get();
    auto held = std::make_shared<QList<emu::Responder>>();
    m_server->route("GET", QStringLiteral("/list"),
                    [server, held](const emu::HttpRequest &req, emu::Responder r) {
                        if (req.query(QStringLiteral("p")).isEmpty())
                            r.send(emu::HttpResponse::json(
                                200, QJsonObject{{QStringLiteral("value"), numbers(1, 1)},
                                                 {QStringLiteral("nextLink"),
                                                  server->url(QStringLiteral("/list?p=2")).toString()}}));
                        else
                            held->append(r);
                    });
    PagedJob *job = m_client->sendPaged(RestRequest::get(m_server->url(QStringLiteral("/list"))));
    Catcher c(job);
    QSignalSpy ended(job, &AbstractJob::ended);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requests().size(), 2, 10000);
    job->abort();
    QCOMPARE(c.count, 1);
    QVERIFY(c.result->error().isCancelled());
    QCOMPARE(ended.count(), 1);
    QVERIFY(!ended.wait(200));
    QCOMPARE(c.count, 1);
}

QTEST_GUILESS_MAIN(TestPaging)
#include "tst_paging.moc"
