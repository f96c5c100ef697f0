// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "TestServer.h"
#include "emulator/LocalCa.h"
#include "net/ApiClient.h"
#include "net/RequestAuthorizer.h"
#include "net/RestJob.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <optional>

using namespace csc;
using csc::test::TestServer;

namespace {
template <typename T> QString describe(const Result<T> &r)
{
    return r.ok() ? QString() : r.error().detailedText();
}

/// Collects the finished(...) results of one job; lives on the test's stack so late signals cannot dangle.
class Catcher : public QObject
{
public:
    explicit Catcher(RestJob *job)
    {
        connect(job, &RestJob::finished, this, [this](const RestResult &r) {
            ++count;
            result = r;
        });
    }
    int count = 0;
    std::optional<RestResult> result;
};

/// Authorizer that hands out "Bearer token-<n>" and counts invalidations.
class CountingAuthorizer : public RequestAuthorizer
{
public:
    void authorize(const RestRequest &, QObject *, Done done) override
    {
        ++authorizeCalls;
        done(HeaderList{{"Authorization", "Bearer token-" + QByteArray::number(authorizeCalls)},
                        {"x-ms-date", "Sun, 29 Nov 2026 00:00:00 GMT"}});
    }
    bool invalidate() override
    {
        ++invalidateCalls;
        return true;
    }
    int authorizeCalls = 0;
    int invalidateCalls = 0;
};

/// Records when (monotonic, at the server) each request arrived, then answers from a queue. A header value
/// "<http-date+2s>" is replaced, when answering, by the HTTP-date two seconds ahead (whole seconds, so at
/// least 1 s).
struct TimedRoute
{
    std::shared_ptr<QElapsedTimer> clock = std::make_shared<QElapsedTimer>();
    std::shared_ptr<QList<qint64>> arrivals = std::make_shared<QList<qint64>>();
};

TimedRoute routeTimed(TestServer &server, const QByteArray &method, const QString &path,
                      QList<emu::HttpResponse> responses)
{
    TimedRoute t;
    t.clock->start();
    auto queue = std::make_shared<QList<emu::HttpResponse>>(std::move(responses));
    server.route(method, path, [t, queue](const emu::HttpRequest &, emu::Responder responder) {
        t.arrivals->append(t.clock->nsecsElapsed() / 1000000);
        emu::HttpResponse next = queue->size() > 1 ? queue->takeFirst() : queue->first();
        for (auto &[name, value] : next.headers) {
            if (value == "<http-date+2s>")
                value = QLocale::c()
                            .toString(QDateTime::currentDateTimeUtc().addSecs(2),
                                      QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                            .toLatin1();
        }
        responder.send(next);
    });
    return t;
}

QJsonObject armError(const QString &code, const QString &message)
{
    return QJsonObject{{QStringLiteral("error"),
                        QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}};
}

} // namespace

class TestRestJob : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void success();
    void defaultHeaders();
    void retriesHonourServerDelay_data();
    void retriesHonourServerDelay();
    void nonIdempotentRetries_data();
    void nonIdempotentRetries();
    void throttlingExhausted();
    void timeout();
    void abortExactlyOnce();
    void abortDuringRetryWait();
    void untrustedCertificateRefused();
    void tls11ServerRefused();
    void errorBodies_data();
    void errorBodies();
    void authorizerHeadersAndReauthorization();
    void unauthorizedTwiceIsNotLooped();
    void connectionRefusedIsRetriedEvenForPost();
    void plainHttpRefused();
    void extraTrustedCa();
    void abortAllCancelsEveryJob();

private:
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ApiClient> m_client;
};

void TestRestJob::initTestCase()
{
    // One server (and one ephemeral CA) for the whole test case; routes and records are reset per test.
    m_server = std::make_unique<TestServer>();
    QVERIFY(m_server->isListening());
}

void TestRestJob::cleanupTestCase()
{
    m_server.reset();
}

void TestRestJob::init()
{
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_server->clearRoutes();
    m_server->clearRequests();
    m_client = std::make_unique<ApiClient>(m_nam.get());
    QVERIFY(m_client->setExtraTrustedCaFile(m_server->caCertificatePath()).ok());
    RetryPolicy policy;
    policy.baseDelayMs = 20;
    policy.maxDelayMs = 100;
    m_client->setRetryPolicy(policy);
}

void TestRestJob::cleanup()
{
    m_client.reset();
    m_nam.reset();
}

void TestRestJob::success()
{
    m_server->routeJson("GET", QStringLiteral("/subscriptions"), 200,
                        {{QStringLiteral("value"), QJsonArray{QStringLiteral("s1")}}},
                        {{"x-ms-request-id", "req-123"}});
    RestJob *job = m_client->send(
        RestRequest::get(m_server->url(QStringLiteral("/subscriptions?api-version=2022-12-01"))));
    Catcher c(job);
    QSignalSpy ended(job, &AbstractJob::ended);
    QTRY_COMPARE_WITH_TIMEOUT(c.count, 1, 10000);
    QVERIFY(c.result->ok());
    const RestResponse &r = c.result->value();
    QCOMPARE(r.status, 200);
    QCOMPARE(r.attempts, 1);
    QCOMPARE(r.requestId(), QStringLiteral("req-123"));
    QCOMPARE(r.json().value(QLatin1String("value")).toArray().first().toString(), QStringLiteral("s1"));
    QCOMPARE(ended.count(), 1);
    QCOMPARE(m_server->requestCount("GET", QStringLiteral("/subscriptions")), 1);
    QCOMPARE(m_server->requests().first().query(QStringLiteral("api-version")), QStringLiteral("2022-12-01"));
}

void TestRestJob::defaultHeaders()
{
    m_server->routeJson("POST", QStringLiteral("/echo"), 200, {});
    RestJob *json = m_client->send(RestRequest::post(m_server->url(QStringLiteral("/echo")), "{\"a\":1}"));
    const QString clientRequestId = json->clientRequestId();
    Catcher c1(json);
    RestRequest form = RestRequest::post(m_server->url(QStringLiteral("/echo")), "a=b");
    form.setHeader("Content-Type", "application/x-www-form-urlencoded");
    Catcher c2(m_client->send(form));
    QTRY_COMPARE_WITH_TIMEOUT(c1.count + c2.count, 2, 10000);
    QVERIFY(c1.result->ok() && c2.result->ok());

    const QList<emu::HttpRequest> reqs = m_server->requests();
    QCOMPARE(reqs.size(), 2);
    for (const emu::HttpRequest &r : reqs) {
        QCOMPARE(r.header("User-Agent"), QByteArrayLiteral("cosmos-security-console/" CSC_VERSION));
        QVERIFY(!QUuid::fromString(QString::fromLatin1(r.header("x-ms-client-request-id"))).isNull());
        if (r.body == "a=b")
            QCOMPARE(r.header("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded"));
        else
            QCOMPARE(r.header("Content-Type"), QByteArrayLiteral("application/json"));
    }
    QVERIFY(reqs.at(0).header("x-ms-client-request-id") != reqs.at(1).header("x-ms-client-request-id"));
    bool found = false;
    for (const emu::HttpRequest &r : reqs)
        found = found || r.header("x-ms-client-request-id") == clientRequestId.toLatin1();
    QVERIFY(found);

    // TLS 1.2 or later, verification on: what every request uses.
    QCOMPARE(m_client->sslConfiguration().protocol(), QSsl::TlsV1_2OrLater);
    QCOMPARE(m_client->sslConfiguration().peerVerifyMode(), QSslSocket::VerifyPeer);
}

void TestRestJob::retriesHonourServerDelay_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("delayMs");
    QTest::newRow("Retry-After seconds")
        << QByteArrayLiteral("Retry-After") << QByteArrayLiteral("1") << 1000;
    QTest::newRow("x-ms-retry-after-ms")
        << QByteArrayLiteral("x-ms-retry-after-ms") << QByteArrayLiteral("400") << 400;
    QTest::newRow("Retry-After HTTP date")
        << QByteArrayLiteral("Retry-After") << QByteArrayLiteral("<http-date+2s>") << 1000;
}

void TestRestJob::retriesHonourServerDelay()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, value);
    QFETCH(int, delayMs);
    const TimedRoute t = routeTimed(
        *m_server, "GET", QStringLiteral("/flaky"),
        {emu::HttpResponse::json(503, armError(QStringLiteral("ServiceUnavailable"), QStringLiteral("busy")),
                                 {{header, value}}),
         emu::HttpResponse::json(200, QJsonObject{{QStringLiteral("ok"), true}})});
    RestJob *job = m_client->send(RestRequest::get(m_server->url(QStringLiteral("/flaky"))));
    QSignalSpy retrying(job, &RestJob::retrying);
    Catcher c(job);
    QTRY_COMPARE_WITH_TIMEOUT(c.count, 1, 15000);
    QVERIFY2(c.result->ok(), qPrintable(describe(*c.result)));
    QCOMPARE(c.result->value().attempts, 2);
    QCOMPARE(t.arrivals->size(), 2);
    const qint64 gap = t.arrivals->at(1) - t.arrivals->at(0);
    QVERIFY2(gap >= delayMs, qPrintable(QStringLiteral("server saw the retry after %1 ms").arg(gap)));
    QCOMPARE(retrying.count(), 1);
    QCOMPARE(retrying.at(0).at(0).toInt(), 1);
    if (!value.startsWith('<'))
        QCOMPARE(retrying.at(0).at(1).toInt(), delayMs);
    QCOMPARE(retrying.at(0).at(2).value<ApiError>().httpStatus, 503);
}

void TestRestJob::nonIdempotentRetries_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<bool>("retryNonIdempotent");
    QTest::addColumn<int>("expectedRequests");
    QTest::newRow("POST not retried") << QByteArrayLiteral("POST") << false << 1;
    QTest::newRow("PATCH not retried") << QByteArrayLiteral("PATCH") << false << 1;
    QTest::newRow("POST retried when allowed") << QByteArrayLiteral("POST") << true << 2;
    QTest::newRow("PUT retried (idempotent)") << QByteArrayLiteral("PUT") << false << 2;
}

void TestRestJob::nonIdempotentRetries()
{
    QFETCH(QByteArray, method);
    QFETCH(bool, retryNonIdempotent);
    QFETCH(int, expectedRequests);
    m_server->routeSequence(
        method, QStringLiteral("/action"),
        {emu::HttpResponse::json(503, armError(QStringLiteral("Busy"), QStringLiteral("later")),
                                 {{"x-ms-retry-after-ms", "10"}}),
         emu::HttpResponse::json(200, QJsonObject{{QStringLiteral("done"), true}})});
    RestRequest req(method, m_server->url(QStringLiteral("/action")));
    req.body = "{}";
    req.retryNonIdempotent = retryNonIdempotent;
    Catcher c(m_client->send(req));
    QTRY_COMPARE_WITH_TIMEOUT(c.count, 1, 10000);
    QCOMPARE(m_server->requestCount(method, QStringLiteral("/action")), expectedRequests);
    if (expectedRequests == 1) {
        QVERIFY(!c.result->ok());
        QCOMPARE(c.result->error().kind, ApiError::Kind::Http);
        QCOMPARE(c.result->error().httpStatus, 503);
        QCOMPARE(c.result->error().code, QStringLiteral("Busy"));
    } else {
        QVERIFY(c.result->ok());
    }
}

void TestRestJob::throttlingExhausted()
{
    m_server->routeJson("GET", QStringLiteral("/throttled"), 429,
                        armError(QStringLiteral("TooManyRequests"), QStringLiteral("slow down")),
                        {{"x-ms-retry-after-ms", "10"}, {"x-ms-request-id", "thr-1"}});
    RestRequest req = RestRequest::get(m_server->url(QStringLiteral("/throttled")));
    req.maxRetries = 2;
    RestJob *job = m_client->send(req);
    QSignalSpy retrying(job, &RestJob::retrying);
    Catcher c(job);
    QTRY_COMPARE_WITH_TIMEOUT(c.count, 1, 10000);
    QVERIFY(!c.result->ok());
    const ApiError &e = c.result->error();
    QCOMPARE(e.kind, ApiError::Kind::Http);
    QCOMPARE(e.httpStatus, 429);
    QCOMPARE(e.code, QStringLiteral("TooManyRequests"));
    QCOMPARE(e.requestId, QStringLiteral("thr-1"));
    QCOMPARE(m_server->requestCount("GET", QStringLiteral("/throttled")), 3);
    QCOMPARE(retrying.count(), 2);
}

void TestRestJob::timeout()
{
    auto held = std::make_shared<QList<emu::Responder>>(); // never answered while the test runs
    m_server->route("GET", QStringLiteral("/silent"),
                    [held](const emu::HttpRequest &, emu::Responder r) { held->append(r); });
    RestRequest req = RestRequest::get(m_server->url(QStringLiteral("/silent")));
    req.timeoutMs = 1000; // generous: the TLS handshake must fit in, even on a busy machine
    req.maxRetries = 1;
    RestJob *job = m_client->send(req);
    QSignalSpy retrying(job, &RestJob::retrying);
    Catcher c(job);
    QTRY_COMPARE_WITH_TIMEOUT(c.count, 1, 10000);
    QVERIFY(!c.result->ok());
    QCOMPARE(c.result->error().kind, ApiError::Kind::Timeout);
    QCOMPARE(c.result->error().httpStatus, 0);
    QCOMPARE(retrying.count(), 1);
    QTRY_COMPARE(m_server->requestCount("GET", QStringLiteral("/silent")), 2);
}

void TestRestJob::abortExactlyOnce()
{
    auto held = std::make_shared<QList<emu::Responder>>();
    m_server->route("GET", QStringLiteral("/slow"),
                    [held](const emu::HttpRequest &, emu::Responder r) { held->append(r); });
    RestJob *job = m_client->send(RestRequest::get(m_server->url(QStringLiteral("/slow"))));
    QPointer<RestJob> guard(job);
    Catcher c(job);
    QSignalSpy ended(job, &AbstractJob::ended);
    QSignalSpy retrying(job, &RestJob::retrying);
    QCOMPARE(m_client->activeJobs().size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount("GET", QStringLiteral("/slow")), 1, 10000);
    job->abort();
    QCOMPARE(c.count, 1);
    QVERIFY(!c.result->ok());
    QVERIFY(c.result->error().isCancelled());
    QCOMPARE(ended.count(), 1);
    job->abort(); // a second abort is harmless
    QCOMPARE(c.count, 1);
    QVERIFY(m_client->activeJobs().isEmpty());
    // Answering now must not revive the job.
    held->first().send(emu::HttpResponse::json(200, QJsonObject{}));
    QVERIFY(!ended.wait(300));
    QCOMPARE(c.count, 1);
    QCOMPARE(retrying.count(), 0);
    QTRY_VERIFY(guard.isNull()); // deleted later
}

void TestRestJob::abortDuringRetryWait()
{
    m_server->routeJson("GET", QStringLiteral("/busy"), 503,
                        armError(QStringLiteral("Busy"), QStringLiteral("x")), {{"Retry-After", "30"}});
    RestJob *job = m_client->send(RestRequest::get(m_server->url(QStringLiteral("/busy"))));
    QSignalSpy retrying(job, &RestJob::retrying);
    Catcher c(job);
    QVERIFY(retrying.wait(10000));
    QCOMPARE(retrying.at(0).at(1).toInt(), 30000);
    job->abort();
    QCOMPARE(c.count, 1);
    QVERIFY(c.result->error().isCancelled());
    QCOMPARE(m_server->requestCount("GET", QStringLiteral("/busy")), 1);
}

void TestRestJob::untrustedCertificateRefused()
{
    m_server->routeJson("GET", QStringLiteral("/x"), 200, {});
    QNetworkAccessManager nam;
    ApiClient plain(&nam); // system CAs only: the test CA is unknown
    RestRequest req = RestRequest::get(m_server->url(QStringLiteral("/x")));
    Catcher c(plain.send(req));
    QTRY_COMPARE_WITH_TIMEOUT(c.count, 1, 10000);
    QVERIFY(!c.result->ok());
    QCOMPARE(c.result->error().kind, ApiError::Kind::Tls);
    QVERIFY(!c.result->error().message.isEmpty());
    QCOMPARE(m_server->requestCount("GET", QStringLiteral("/x")), 0);
}

void TestRestJob::tls11ServerRefused()
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    QVERIFY2(!openssl.isEmpty(), "the openssl command line tool is required");
    auto material = emu::LocalCa::createEphemeral();
    QVERIFY(material.ok());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto write = [&dir](const QString &name, const QByteArray &data) {
        QFile f(dir.filePath(name));
        return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
    };
    QVERIFY(write(QStringLiteral("server.crt"), material.value().serverCertificate.toPem()));
    QVERIFY(write(QStringLiteral("server.key"), material.value().serverKey.toPem()));
    QVERIFY(write(QStringLiteral("ca.crt"), material.value().caCertificate.toPem()));

    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();

    QProcess server;
    server.setProcessChannelMode(QProcess::MergedChannels);
    QByteArray serverOutput;
    connect(&server, &QProcess::readyRead, this, [&] { serverOutput += server.readAll(); });
    server.start(openssl, {QStringLiteral("s_server"), QStringLiteral("-tls1_1"), QStringLiteral("-cipher"),
                           QStringLiteral("DEFAULT@SECLEVEL=0"), QStringLiteral("-cert"),
                           dir.filePath(QStringLiteral("server.crt")), QStringLiteral("-key"),
                           dir.filePath(QStringLiteral("server.key")), QStringLiteral("-accept"),
                           QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("-www")});
    QVERIFY(server.waitForStarted());
    auto stopServer = qScopeGuard([&server] {
        server.kill();
        server.waitForFinished(5000);
    });
    QTRY_VERIFY_WITH_TIMEOUT(serverOutput.contains("ACCEPT"), 10000);

    // The server really speaks TLS 1.1 here: OpenSSL's own client gets through with TLS 1.1.
    QProcess client;
    client.setProcessChannelMode(QProcess::MergedChannels);
    client.start(openssl, {QStringLiteral("s_client"), QStringLiteral("-tls1_1"), QStringLiteral("-cipher"),
                           QStringLiteral("DEFAULT@SECLEVEL=0"), QStringLiteral("-CAfile"),
                           dir.filePath(QStringLiteral("ca.crt")), QStringLiteral("-connect"),
                           QStringLiteral("127.0.0.1:%1").arg(port)});
    QVERIFY(client.waitForStarted());
    client.write("GET / HTTP/1.0\r\n\r\n");
    client.closeWriteChannel();
    QVERIFY(client.waitForFinished(10000));
    const QByteArray clientOutput = client.readAll();
    QVERIFY2(clientOutput.contains("TLSv1.1"), clientOutput.constData());

    // Our client requires TLS 1.2 or later and refuses it.
    QNetworkAccessManager nam;
    ApiClient api(&nam);
    api.setExtraTrustedCa(material.value().caCertificate);
    RestRequest req = RestRequest::get(QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(port)));
    req.maxRetries = 0;
    Catcher c(api.send(req));
    QTRY_COMPARE_WITH_TIMEOUT(c.count, 1, 15000);
    QVERIFY(!c.result->ok());
    QVERIFY2(c.result->error().kind == ApiError::Kind::Tls, qPrintable(describe(*c.result)));
}

void TestRestJob::errorBodies_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<emu::Headers>("headers");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("subStatus");
    QTest::addColumn<QString>("requestId");

    QTest::newRow("arm") << 403
                         << QByteArray(R"({"error":{"code":"AuthorizationFailed","message":"no listKeys",)"
                                       R"("details":[{"code":"D1","message":"m1"}]}})")
                         << emu::Headers{{"x-ms-request-id", "arm-1"}}
                         << QStringLiteral("AuthorizationFailed") << QStringLiteral("no listKeys") << 0
                         << QStringLiteral("arm-1");
    QTest::newRow("cosmos") << 401
                            << QByteArray(
                                   R"({"code":"Unauthorized","message":"Local Authorization is disabled."})")
                            << emu::Headers{{"x-ms-substatus", "5202"}, {"x-ms-activity-id", "act-9"}}
                            << QStringLiteral("Unauthorized")
                            << QStringLiteral("Local Authorization is disabled.") << 5202
                            << QStringLiteral("act-9");
    QTest::newRow("entra") << 400
                           << QByteArray(
                                  R"({"error":"invalid_scope","error_description":"AADSTS70011: bad scope",)"
                                  R"("error_codes":[70011],"trace_id":"tr-5","correlation_id":"co-5"})")
                           << emu::Headers{} << QStringLiteral("invalid_scope")
                           << QStringLiteral("AADSTS70011: bad scope") << 0 << QStringLiteral("tr-5");
    QTest::newRow("key vault")
        << 404
        << QByteArray(R"({"error":{"code":"KeyNotFound","message":"A key with (name/id) cmk was not found",)"
                      R"("innererror":{"code":"KeyNotFound"}}})")
        << emu::Headers{{"x-ms-request-id", "kv-3"}} << QStringLiteral("KeyNotFound")
        << QStringLiteral("A key with (name/id) cmk was not found") << 0 << QStringLiteral("kv-3");
}

void TestRestJob::errorBodies()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(emu::Headers, headers);
    emu::HttpResponse response;
    response.status = status;
    response.body = body;
    response.headers = headers;
    response.setHeader("Content-Type", "application/json");
    m_server->route("GET", QStringLiteral("/err"),
                    [response](const emu::HttpRequest &, emu::Responder r) { r.send(response); });
    Catcher c(m_client->send(RestRequest::get(m_server->url(QStringLiteral("/err?sig=UrlSecret1")))));
    QTRY_COMPARE_WITH_TIMEOUT(c.count, 1, 10000);
    QVERIFY(!c.result->ok());
    const ApiError &e = c.result->error();
    QCOMPARE(e.kind, ApiError::Kind::Http);
    QCOMPARE(e.httpStatus, status);
    QTEST(e.code, "code");
    QTEST(e.message, "message");
    QTEST(e.subStatus, "subStatus");
    QTEST(e.requestId, "requestId");
    QCOMPARE(e.method, QStringLiteral("GET"));
    QVERIFY(e.url.path().endsWith(QLatin1String("/err")));
    QVERIFY(!e.detailedText().contains(QLatin1String("UrlSecret1")));
}

void TestRestJob::authorizerHeadersAndReauthorization()
{
    m_server->route("GET", QStringLiteral("/secure"), [](const emu::HttpRequest &req, emu::Responder r) {
        if (req.header("Authorization") == "Bearer token-2")
            r.send(emu::HttpResponse::json(200, QJsonObject{{QStringLiteral("ok"), true}}));
        else
            r.send(emu::HttpResponse::json(
                401, armError(QStringLiteral("ExpiredAuthenticationToken"), QStringLiteral("expired"))));
    });
    auto auth = std::make_shared<CountingAuthorizer>();
    RestRequest req = RestRequest::get(m_server->url(QStringLiteral("/secure")));
    req.authorizer = auth;
    Catcher c(m_client->send(req));
    QTRY_COMPARE_WITH_TIMEOUT(c.count, 1, 10000);
    QVERIFY2(c.result->ok(), qPrintable(describe(*c.result)));
    QCOMPARE(auth->authorizeCalls, 2);
    QCOMPARE(auth->invalidateCalls, 1);
    const QList<emu::HttpRequest> reqs = m_server->requests();
    QCOMPARE(reqs.size(), 2);
    QCOMPARE(reqs.at(0).header("Authorization"), QByteArrayLiteral("Bearer token-1"));
    QCOMPARE(reqs.at(1).header("Authorization"), QByteArrayLiteral("Bearer token-2"));
    QCOMPARE(reqs.at(1).header("x-ms-date"), QByteArrayLiteral("Sun, 29 Nov 2026 00:00:00 GMT"));
}

void TestRestJob::unauthorizedTwiceIsNotLooped()
{
    m_server->routeJson("GET", QStringLiteral("/denied"), 401,
                        armError(QStringLiteral("InvalidAuthenticationToken"), QStringLiteral("no")));
    auto auth = std::make_shared<CountingAuthorizer>();
    RestRequest req = RestRequest::get(m_server->url(QStringLiteral("/denied")));
    req.authorizer = auth;
    Catcher c(m_client->send(req));
    QTRY_COMPARE_WITH_TIMEOUT(c.count, 1, 10000);
    QVERIFY(!c.result->ok());
    QCOMPARE(c.result->error().httpStatus, 401);
    QCOMPARE(c.result->error().code, QStringLiteral("InvalidAuthenticationToken"));
    QCOMPARE(auth->invalidateCalls, 1);
    QCOMPARE(m_server->requestCount("GET", QStringLiteral("/denied")), 2);
}

void TestRestJob::connectionRefusedIsRetriedEvenForPost()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there now

    RestRequest req = RestRequest::post(QUrl(QStringLiteral("https://127.0.0.1:%1/x").arg(port)), "{}");
    req.maxRetries = 2;
    RestJob *job = m_client->send(req);
    QSignalSpy retrying(job, &RestJob::retrying);
    Catcher c(job);
    QTRY_COMPARE_WITH_TIMEOUT(c.count, 1, 10000);
    QVERIFY(!c.result->ok());
    QCOMPARE(c.result->error().kind, ApiError::Kind::Network);
    // Nothing was sent, so even a POST may be repeated.
    QCOMPARE(retrying.count(), 2);
}

void TestRestJob::plainHttpRefused()
{
    Catcher c(m_client->send(
        RestRequest::get(QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(m_server->port())))));
    QTRY_COMPARE_WITH_TIMEOUT(c.count, 1, 10000);
    QVERIFY(!c.result->ok());
    QCOMPARE(c.result->error().kind, ApiError::Kind::Validation);
    QCOMPARE(m_server->requests().size(), 0);
}

void TestRestJob::extraTrustedCa()
{
    const QSslCertificate ca = m_server->caCertificate();
    QVERIFY(!ca.isNull());
    const int system = int(QSslConfiguration::systemCaCertificates().size());
    QCOMPARE(m_client->sslConfiguration().caCertificates().count(ca), 1);
    QCOMPARE(m_client->sslConfiguration().caCertificates().size(), system + 1);

    // At most one extra CA: a second one replaces the first.
    auto other = emu::LocalCa::createEphemeral();
    QVERIFY(other.ok());
    m_client->setExtraTrustedCa(other.value().caCertificate);
    QCOMPARE(m_client->sslConfiguration().caCertificates().count(ca), 0);
    QCOMPARE(m_client->sslConfiguration().caCertificates().size(), system + 1);
    m_client->setExtraTrustedCa(QSslCertificate());
    QCOMPARE(m_client->sslConfiguration().caCertificates().size(), system);

    QTemporaryDir dir;
    QFile junk(dir.filePath(QStringLiteral("junk.pem")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("not a certificate\n");
    junk.close();
    const Result<void> r = m_client->setExtraTrustedCaFile(junk.fileName());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ApiError::Kind::Validation);
    QVERIFY(!m_client->setExtraTrustedCaFile(dir.filePath(QStringLiteral("missing.pem"))).ok());
}

void TestRestJob::abortAllCancelsEveryJob()
{
    auto held = std::make_shared<QList<emu::Responder>>();
    m_server->route("GET", QStringLiteral("/slow"),
                    [held](const emu::HttpRequest &, emu::Responder r) { held->append(r); });
    QSignalSpy started(m_client.get(), &ApiClient::jobStarted);
    QSignalSpy counts(m_client.get(), &ApiClient::activeJobCountChanged);
    Catcher a(m_client->send(RestRequest::get(m_server->url(QStringLiteral("/slow")))));
    Catcher b(m_client->send(RestRequest::get(m_server->url(QStringLiteral("/slow?b=1")))));
    PagedJob *paged = m_client->sendPaged(RestRequest::get(m_server->url(QStringLiteral("/slow?c=1"))));
    int pagedFinished = 0;
    bool pagedCancelled = false;
    connect(paged, &PagedJob::finished, this, [&](const Result<QJsonArray> &r) {
        ++pagedFinished;
        pagedCancelled = !r.ok() && r.error().isCancelled();
    });
    QCOMPARE(started.count(), 3);
    QCOMPARE(m_client->activeJobs().size(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount("GET", QStringLiteral("/slow")), 3, 10000);
    m_client->abortAll();
    QCOMPARE(a.count, 1);
    QCOMPARE(b.count, 1);
    QCOMPARE(pagedFinished, 1);
    QVERIFY(a.result->error().isCancelled() && b.result->error().isCancelled() && pagedCancelled);
    QVERIFY(m_client->activeJobs().isEmpty());
    QCOMPARE(counts.last().at(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestRestJob)
#include "tst_restjob.moc"
