// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "TestServer.h"
#include "emulator/HttpsServer.h"
#include "emulator/LocalCa.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTest>
#include <QTimer>

using namespace csc::emu;

namespace {

struct Reply
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QList<QSslError> sslErrors;
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    int headerCount(const QByteArray &name) const
    {
        int n = 0;
        for (const auto &h : headers)
            n += h.first.compare(name, Qt::CaseInsensitive) == 0 ? 1 : 0;
        return n;
    }
};

/// One real HTTPS request with QNetworkAccessManager; trusts `ca` unless it is null. Never ignores SSL
/// errors.
Reply fetch(const QByteArray &method, const QUrl &url, const QSslCertificate &ca, const QByteArray &body = {},
            QList<std::pair<QByteArray, QByteArray>> headers = {},
            QSsl::SslProtocol protocol = QSsl::SecureProtocols)
{
    QNetworkAccessManager nam;
    QNetworkRequest req(url);
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    if (!ca.isNull())
        conf.addCaCertificate(ca);
    conf.setProtocol(protocol);
    req.setSslConfiguration(conf);
    for (const auto &h : headers)
        req.setRawHeader(h.first, h.second);
    QNetworkReply *reply = nam.sendCustomRequest(req, method, body);
    Reply out;
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                     [&out](const QList<QSslError> &errors) { out.sslErrors = errors; });
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(20000))
        qWarning("request to %s did not finish", qPrintable(url.toString()));
    out.error = reply->error();
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.headers = reply->rawHeaderPairs();
    delete reply;
    return out;
}

QUrl urlFor(const QHostAddress &host, quint16 port, const QString &pathAndQuery)
{
    return QUrl(QStringLiteral("https://%1:%2%3").arg(host.toString()).arg(port).arg(pathAndQuery));
}

bool addressIsLocal(const QHostAddress &a)
{
    return QNetworkInterface::allAddresses().contains(a);
}

} // namespace

class TestHttpsServer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void roundTripCarriesEverything();
    void pathSegmentsAreDecodedPerSegment_data();
    void pathSegmentsAreDecodedPerSegment();
    void asyncAnswerAndCustomStatus();
    void headRequestHasNoBody();
    void responderAnswersOnlyOnce();
    void untrustedClientIsRefused();
    void tls13ServerRefusesTls12Client();
    void tls12ClientAcceptedByDefault();
    void nonLoopbackListenRefused_data();
    void nonLoopbackListenRefused();
    void secondLoopbackAddressReportsLocalAddress();
    void testServerRoutesAndRecords();

private:
    TlsMaterial m_tls;
};

void TestHttpsServer::initTestCase()
{
    auto tls = LocalCa::createEphemeral();
    QVERIFY2(tls.ok(), qPrintable(tls.ok() ? QString() : tls.error().message));
    m_tls = tls.value();
}

void TestHttpsServer::roundTripCarriesEverything()
{
    HttpsServer server(m_tls);
    HttpRequest seen;
    server.setHandler([&seen](const HttpRequest &r, Responder responder) {
        seen = r;
        HttpResponse resp = HttpResponse::json(201, QJsonObject{{QStringLiteral("ok"), true}},
                                               {{"x-ms-request-charge", "1.23"}});
        resp.setHeader("Location", "https://127.0.0.1/next");
        responder.send(resp);
    });
    const auto port = server.listen(QHostAddress::LocalHost);
    QVERIFY(port.ok());
    QVERIFY(port.value() != 0);

    const Reply r = fetch("PATCH",
                          urlFor(QHostAddress::LocalHost, port.value(),
                                 QStringLiteral("/a/b?api%2Dversion=2025-10-15&x=1%2B2")),
                          m_tls.caCertificate, R"({"properties":{}})",
                          {{"Authorization", "Bearer abc"}, {"Content-Type", "application/json"}});
    QCOMPARE(r.error, QNetworkReply::NoError);
    QCOMPARE(r.status, 201);
    QCOMPARE(r.body, QByteArray(R"({"ok":true})"));
    QCOMPARE(r.header("x-ms-request-charge"), QByteArray("1.23"));
    QCOMPARE(r.header("Location"), QByteArray("https://127.0.0.1/next"));
    QCOMPARE(r.headerCount("Content-Type"), 1);
    QCOMPARE(r.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
    QCOMPARE(r.header("Content-Length"), QByteArray("11"));

    QCOMPARE(seen.method, QByteArray("PATCH"));
    QCOMPARE(seen.url.path(), QStringLiteral("/a/b"));
    QCOMPARE(seen.query(QStringLiteral("api-version")), QStringLiteral("2025-10-15"));
    QCOMPARE(seen.query(QStringLiteral("x")), QStringLiteral("1+2"));
    QCOMPARE(seen.header("authorization"), QByteArray("Bearer abc"));
    QCOMPARE(seen.header("AUTHORIZATION"), QByteArray("Bearer abc"));
    QVERIFY(seen.header("x-absent").isEmpty());
    QCOMPARE(seen.body, QByteArray(R"({"properties":{}})"));
    QCOMPARE(seen.remoteAddress, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(seen.localAddress, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(seen.localPort, port.value());
}

void TestHttpsServer::pathSegmentsAreDecodedPerSegment_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("segments");
    QTest::newRow("plain") << QStringLiteral("/subscriptions/s1/resourceGroups/rg")
                           << QStringList{QStringLiteral("subscriptions"), QStringLiteral("s1"),
                                          QStringLiteral("resourceGroups"), QStringLiteral("rg")};
    QTest::newRow("encoded slash stays inside")
        << QStringLiteral("/dbs/a%2Fb/colls/c%20d")
        << QStringList{QStringLiteral("dbs"), QStringLiteral("a/b"), QStringLiteral("colls"),
                       QStringLiteral("c d")};
    QTest::newRow("root") << QStringLiteral("/") << QStringList{};
    QTest::newRow("double slash and trailing")
        << QStringLiteral("//metadata/endpoints/")
        << QStringList{QStringLiteral("metadata"), QStringLiteral("endpoints")};
    QTest::newRow("utf8 and plus") << QStringLiteral("/keys/k%C3%A9y+1")
                                   << QStringList{QStringLiteral("keys"), QString::fromUtf8("k\xc3\xa9y+1")};
}

void TestHttpsServer::pathSegmentsAreDecodedPerSegment()
{
    QFETCH(QString, path);
    QFETCH(QStringList, segments);
    HttpsServer server(m_tls);
    QStringList seen;
    server.setHandler([&seen](const HttpRequest &r, Responder responder) {
        seen = r.pathSegments();
        responder.send(HttpResponse::empty(204));
    });
    const auto port = server.listen(QHostAddress::LocalHost);
    QVERIFY(port.ok());
    const Reply r = fetch(
        "GET", QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(port.value()).arg(path), QUrl::StrictMode),
        m_tls.caCertificate);
    QCOMPARE(r.error, QNetworkReply::NoError);
    QCOMPARE(r.status, 204);
    QCOMPARE(seen, segments);
}

void TestHttpsServer::asyncAnswerAndCustomStatus()
{
    HttpsServer server(m_tls);
    server.setHandler([](const HttpRequest &, Responder responder) {
        QTimer::singleShot(50, [responder] {
            responder.send(
                HttpResponse::json(449, QJsonObject{{QStringLiteral("code"), QStringLiteral("RetryWith")}},
                                   {{"x-ms-retry-after-ms", "50"}}));
        });
    });
    const auto port = server.listen(QHostAddress::LocalHost);
    QVERIFY(port.ok());
    const Reply r = fetch("GET", urlFor(QHostAddress::LocalHost, port.value(), QStringLiteral("/later")),
                          m_tls.caCertificate);
    QCOMPARE(r.status, 449);
    QCOMPARE(r.header("x-ms-retry-after-ms"), QByteArray("50"));
    QCOMPARE(r.body, QByteArray(R"({"code":"RetryWith"})"));
}

void TestHttpsServer::headRequestHasNoBody()
{
    HttpsServer server(m_tls);
    server.setHandler([](const HttpRequest &, Responder responder) {
        responder.send(HttpResponse::json(200, QJsonObject{{QStringLiteral("a"), 1}}));
    });
    const auto port = server.listen(QHostAddress::LocalHost);
    QVERIFY(port.ok());
    const Reply r = fetch("HEAD", urlFor(QHostAddress::LocalHost, port.value(), QStringLiteral("/x")),
                          m_tls.caCertificate);
    QCOMPARE(r.error, QNetworkReply::NoError);
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.isEmpty());
    QCOMPARE(r.header("Content-Length"), QByteArray("7"));
}

void TestHttpsServer::responderAnswersOnlyOnce()
{
    HttpsServer server(m_tls);
    bool sentBefore = true, sentAfter = false;
    server.setHandler([&](const HttpRequest &, Responder responder) {
        sentBefore = responder.isSent();
        responder.send(HttpResponse::json(200, QJsonObject{{QStringLiteral("n"), 1}}));
        const Responder copy = responder; // copies share the state
        QTest::ignoreMessage(QtWarningMsg,
                             "a response was sent twice for one request; the second one is dropped");
        copy.send(HttpResponse::json(500, QJsonObject{{QStringLiteral("n"), 2}}));
        sentAfter = copy.isSent();
    });
    const auto port = server.listen(QHostAddress::LocalHost);
    QVERIFY(port.ok());
    const Reply r =
        fetch("GET", urlFor(QHostAddress::LocalHost, port.value(), QStringLiteral("/")), m_tls.caCertificate);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray(R"({"n":1})"));
    QVERIFY(!sentBefore);
    QVERIFY(sentAfter);
    // The connection is still usable for a second request (keep-alive is not corrupted by the dropped
    // answer).
    const Reply again =
        fetch("GET", urlFor(QHostAddress::LocalHost, port.value(), QStringLiteral("/")), m_tls.caCertificate);
    QCOMPARE(again.status, 200);
}

void TestHttpsServer::untrustedClientIsRefused()
{
    HttpsServer server(m_tls);
    int calls = 0;
    server.setHandler([&calls](const HttpRequest &, Responder responder) {
        ++calls;
        responder.send(HttpResponse::empty(200));
    });
    const auto port = server.listen(QHostAddress::LocalHost);
    QVERIFY(port.ok());
    const Reply r =
        fetch("GET", urlFor(QHostAddress::LocalHost, port.value(), QStringLiteral("/")), QSslCertificate());
    QCOMPARE(r.error, QNetworkReply::SslHandshakeFailedError);
    QVERIFY(!r.sslErrors.isEmpty());
    QCOMPARE(calls, 0);

    // A different CA is not good enough either.
    const auto other = LocalCa::createEphemeral();
    QVERIFY(other.ok());
    const Reply r2 = fetch("GET", urlFor(QHostAddress::LocalHost, port.value(), QStringLiteral("/")),
                           other.value().caCertificate);
    QCOMPARE(r2.error, QNetworkReply::SslHandshakeFailedError);
    QCOMPARE(calls, 0);
}

void TestHttpsServer::tls13ServerRefusesTls12Client()
{
    HttpsServer server(m_tls);
    int calls = 0;
    server.setHandler([&calls](const HttpRequest &, Responder responder) {
        ++calls;
        responder.send(HttpResponse::empty(200));
    });
    server.setProtocol(QSsl::TlsV1_3OrLater);
    const auto port = server.listen(QHostAddress::LocalHost);
    QVERIFY(port.ok());
    const Reply r = fetch("GET", urlFor(QHostAddress::LocalHost, port.value(), QStringLiteral("/")),
                          m_tls.caCertificate, {}, {}, QSsl::TlsV1_2);
    QVERIFY2(r.error != QNetworkReply::NoError, "a TLS 1.2-only client got through a TLS 1.3-only server");
    QCOMPARE(calls, 0);
    // ...while a TLS 1.3 client is served.
    const Reply ok = fetch("GET", urlFor(QHostAddress::LocalHost, port.value(), QStringLiteral("/")),
                           m_tls.caCertificate, {}, {}, QSsl::TlsV1_3);
    QCOMPARE(ok.error, QNetworkReply::NoError);
    QCOMPARE(calls, 1);
}

void TestHttpsServer::tls12ClientAcceptedByDefault()
{
    HttpsServer server(m_tls);
    server.setHandler(
        [](const HttpRequest &, Responder responder) { responder.send(HttpResponse::empty(204)); });
    const auto port = server.listen(QHostAddress::LocalHost);
    QVERIFY(port.ok());
    const Reply r = fetch("GET", urlFor(QHostAddress::LocalHost, port.value(), QStringLiteral("/")),
                          m_tls.caCertificate, {}, {}, QSsl::TlsV1_2);
    QCOMPARE(r.error, QNetworkReply::NoError);
    QCOMPARE(r.status, 204);
}

void TestHttpsServer::nonLoopbackListenRefused_data()
{
    QTest::addColumn<QHostAddress>("address");
    QTest::newRow("any") << QHostAddress(QHostAddress::Any);
    QTest::newRow("any ipv4") << QHostAddress(QHostAddress::AnyIPv4);
    QTest::newRow("any ipv6") << QHostAddress(QHostAddress::AnyIPv6);
    QTest::newRow("private lan") << QHostAddress(QStringLiteral("192.168.1.10"));
    QTest::newRow("public") << QHostAddress(QStringLiteral("8.8.8.8"));
    QTest::newRow("null") << QHostAddress();
}

void TestHttpsServer::nonLoopbackListenRefused()
{
    QFETCH(QHostAddress, address);
    HttpsServer server(m_tls);
    const auto port = server.listen(address);
    QVERIFY(!port.ok());
    QCOMPARE(port.error().kind, csc::ApiError::Kind::Validation);
    // The same server still listens on loopback afterwards.
    QVERIFY(server.listen(QHostAddress::LocalHost).ok());
}

void TestHttpsServer::secondLoopbackAddressReportsLocalAddress()
{
    const QHostAddress second(QStringLiteral("127.0.0.2"));
    HttpsServer server(m_tls);
    QList<QHostAddress> locals;
    server.setHandler([&locals](const HttpRequest &r, Responder responder) {
        locals << r.localAddress;
        responder.send(
            HttpResponse::json(200, QJsonObject{{QStringLiteral("local"), r.localAddress.toString()}}));
    });
    const auto p1 = server.listen(QHostAddress::LocalHost);
    QVERIFY(p1.ok());
    const auto p2 = server.listen(second, p1.value());
    // 127.0.0.0/8 is loopback on Linux; if this machine had no 127.0.0.2 we would have to skip, but it must
    // not fail.
    if (!p2.ok() && !addressIsLocal(second))
        QSKIP("127.0.0.2 is not configured on this machine");
    QVERIFY2(p2.ok(), qPrintable(p2.ok() ? QString() : p2.error().message));
    QCOMPARE(p2.value(), p1.value());

    const Reply a = fetch("GET", urlFor(second, p2.value(), QStringLiteral("/")), m_tls.caCertificate);
    QCOMPARE(a.error, QNetworkReply::NoError);
    QCOMPARE(a.body, QByteArray(R"({"local":"127.0.0.2"})"));
    const Reply b =
        fetch("GET", urlFor(QHostAddress::LocalHost, p1.value(), QStringLiteral("/")), m_tls.caCertificate);
    QCOMPARE(b.body, QByteArray(R"({"local":"127.0.0.1"})"));
    QCOMPARE(locals, (QList<QHostAddress>{second, QHostAddress(QHostAddress::LocalHost)}));
}

void TestHttpsServer::testServerRoutesAndRecords()
{
    csc::test::TestServer server;
    QVERIFY(server.isListening());
    QVERIFY(QFileInfo::exists(server.caCertificatePath()));
    QCOMPARE(QSslCertificate::fromPath(server.caCertificatePath()).value(0), server.caCertificate());
    server.routeJson("GET", QStringLiteral("/ok"), 200, QJsonObject{{QStringLiteral("v"), 1}});
    server.routeSequence("POST", QStringLiteral("/seq"),
                         {HttpResponse::empty(429, {{"Retry-After", "0"}}), HttpResponse::empty(202)});

    Reply r = fetch("GET", server.url(QStringLiteral("/ok?api-version=1")), server.caCertificate());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray(R"({"v":1})"));
    QCOMPARE(fetch("POST", server.url(QStringLiteral("/seq")), server.caCertificate()).status, 429);
    QCOMPARE(fetch("POST", server.url(QStringLiteral("/seq")), server.caCertificate()).status, 202);
    QCOMPARE(fetch("POST", server.url(QStringLiteral("/seq")), server.caCertificate()).status, 202);

    r = fetch("DELETE", server.url(QStringLiteral("/missing")), server.caCertificate());
    QCOMPARE(r.status, 404);
    const QJsonObject err =
        QJsonDocument::fromJson(r.body).object().value(QStringLiteral("error")).toObject();
    QCOMPARE(err.value(QStringLiteral("code")).toString(), QStringLiteral("NotFound"));
    QVERIFY(!err.value(QStringLiteral("message")).toString().isEmpty());

    QCOMPARE(server.requests().size(), 5);
    QCOMPARE(server.requestCount("POST", QStringLiteral("/seq")), 3);
    QCOMPARE(server.requestCount("get", QStringLiteral("/ok")), 1);
    QCOMPARE(server.requests().first().query(QStringLiteral("api-version")), QStringLiteral("1"));
    server.clearRequests();
    QVERIFY(server.requests().isEmpty());
    server.clearRoutes();
    QCOMPARE(fetch("GET", server.url(QStringLiteral("/ok")), server.caCertificate()).status, 404);
}

QTEST_GUILESS_MAIN(TestHttpsServer)
#include "tst_httpsserver.moc"
