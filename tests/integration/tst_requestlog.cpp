// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "TestServer.h"
#include "core/Logging.h"
#include "net/ApiClient.h"
#include "net/RequestAuthorizer.h"
#include "net/RequestLog.h"
#include "net/RestJob.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace csc;
using csc::test::TestServer;

namespace {

// Secret strings used by this test; none may appear in the log entries or the debug output.
const QByteArray kBearer = "BearerSecret-7f3a9c.eyJzdWIiOiJzZWNyZXQifQ";
const QByteArray kSig = "SasSignatureSecret%2B9x%3D";
const QByteArray kPrimaryKey = "UHJpbWFyeU1hc3RlcktleVNlY3JldA==";
const QByteArray kSecondaryKey = "U2Vjb25kYXJ5TWFzdGVyS2V5U2VjcmV0";
const QByteArray kConnectionKey = "Q29ubmVjdGlvblN0cmluZ0tleQ==";
const QByteArray kClientSecret = "Client~Secret.Value_1234";
const QByteArray kErrorSig = "ErrorTextSigSecret";

QMutex g_mutex;
QStringList g_messages;
QtMessageHandler g_previous = nullptr;

void captureMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_mutex);
        g_messages.append(message);
    }
    if (g_previous && type != QtDebugMsg)
        g_previous(type, context, message);
}

class FixedAuthorizer : public RequestAuthorizer
{
public:
    void authorize(const RestRequest &, QObject *, Done done) override
    {
        done(HeaderList{{"Authorization", "Bearer " + kBearer}});
    }
};

class Catcher : public QObject
{
public:
    explicit Catcher(RestJob *job)
    {
        connect(job, &RestJob::finished, this, [this](const RestResult &r) {
            ++count;
            ok = r.ok();
        });
    }
    int count = 0;
    bool ok = false;
};

QList<QByteArray> allSecrets()
{
    return {kBearer,     "BearerSecret-7f3a9c", "eyJzdWIiOiJzZWNyZXQifQ", kSig,          "SasSignatureSecret",
            kPrimaryKey, kSecondaryKey,         kConnectionKey,           kClientSecret, kErrorSig};
}

} // namespace

class TestRequestLog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void capacityAndSignals();
    void appendRedactsDefensively();
    void realRequestsAreLoggedRedacted();
};

void TestRequestLog::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("csc.net.debug=true"));
    g_previous = qInstallMessageHandler(captureMessages);
}

void TestRequestLog::cleanupTestCase()
{
    qInstallMessageHandler(g_previous);
}

void TestRequestLog::capacityAndSignals()
{
    RequestLog log(3);
    QSignalSpy appended(&log, &RequestLog::entryAppended);
    QSignalSpy dropped(&log, &RequestLog::entriesDropped);
    QSignalSpy cleared(&log, &RequestLog::cleared);
    for (int i = 1; i <= 5; ++i) {
        RequestLogEntry e;
        e.method = QStringLiteral("GET");
        e.url = QStringLiteral("https://h/%1").arg(i);
        e.status = 200;
        log.append(e);
    }
    QCOMPARE(appended.count(), 5);
    QCOMPARE(log.entries().size(), 3);
    QCOMPARE(log.capacity(), 3);
    QCOMPARE(log.entries().first().url, QStringLiteral("https://h/3"));
    QCOMPARE(log.entries().last().url, QStringLiteral("https://h/5"));
    int droppedTotal = 0;
    for (const QList<QVariant> &args : dropped)
        droppedTotal += args.at(0).toInt();
    QCOMPARE(droppedTotal, 2);
    QVERIFY(log.entries().first().time.isValid());
    log.clear();
    QCOMPARE(cleared.count(), 1);
    QVERIFY(log.entries().isEmpty());
}

void TestRequestLog::appendRedactsDefensively()
{
    RequestLog log;
    RequestLogEntry e;
    e.method = QStringLiteral("GET");
    e.url = QStringLiteral("https://sa.blob.core.windows.net/c?sv=1&sig=") + QString::fromLatin1(kSig);
    e.error = QStringLiteral("refused: Authorization: Bearer ") + QString::fromLatin1(kBearer);
    log.append(e);
    const RequestLogEntry &stored = log.entries().first();
    QVERIFY(!stored.url.contains(QLatin1String("SasSignatureSecret")));
    QVERIFY(stored.url.contains(QLatin1String("sv=1")));
    QVERIFY(!stored.error.contains(QLatin1String("BearerSecret")));
}

void TestRequestLog::realRequestsAreLoggedRedacted()
{
    {
        QMutexLocker lock(&g_mutex);
        g_messages.clear();
    }
    QNetworkAccessManager nam;
    TestServer server;
    QVERIFY(server.isListening());
    ApiClient client(&nam);
    QVERIFY(client.setExtraTrustedCaFile(server.caCertificatePath()).ok());
    RequestLog log;
    client.setRequestLog(&log);

    const QString account = QStringLiteral(
        "/subscriptions/s1/resourceGroups/rg/providers/Microsoft.DocumentDB/databaseAccounts/a1");
    server.routeJson("GET", QStringLiteral("/secure"), 200, {{QStringLiteral("ok"), true}},
                     {{"x-ms-request-id", "req-secure"}});
    server.routeJson("GET", QStringLiteral("/blob"), 200, {});
    server.routeJson("POST", account + QStringLiteral("/listKeys"), 200,
                     {{QStringLiteral("primaryMasterKey"), QString::fromLatin1(kPrimaryKey)},
                      {QStringLiteral("secondaryMasterKey"), QString::fromLatin1(kSecondaryKey)}},
                     {{"x-ms-request-id", "req-keys"}});
    server.routeJson("POST", account + QStringLiteral("/listConnectionStrings"), 200,
                     {{QStringLiteral("connectionStrings"),
                       QJsonArray{QJsonObject{{QStringLiteral("connectionString"),
                                               QStringLiteral("AccountEndpoint=https://a1/;AccountKey=%1;")
                                                   .arg(QString::fromLatin1(kConnectionKey))}}}}});
    server.routeJson("POST", QStringLiteral("/tenant/oauth2/v2.0/token"), 401,
                     {{QStringLiteral("error"), QStringLiteral("invalid_client")},
                      {QStringLiteral("error_description"),
                       QStringLiteral("AADSTS7000215: Invalid client secret provided. sig=%1")
                           .arg(QString::fromLatin1(kErrorSig))},
                      {QStringLiteral("trace_id"), QStringLiteral("trace-77")}});

    QList<RestJob *> jobs;
    RestRequest secure = RestRequest::get(server.url(QStringLiteral("/secure")));
    secure.authorizer = std::make_shared<FixedAuthorizer>();
    jobs << client.send(secure);
    jobs << client.send(RestRequest::get(QUrl::fromEncoded(server.url(QStringLiteral("/blob")).toEncoded() +
                                                           "?sv=2022-11-02&sp=r&sig=" + kSig)));
    jobs << client.send(RestRequest::post(server.url(account + QStringLiteral("/listKeys"))));
    RestRequest sensitive = RestRequest::post(server.url(account + QStringLiteral("/listConnectionStrings")));
    sensitive.sensitiveResponse = true;
    jobs << client.send(sensitive);
    RestRequest token =
        RestRequest::post(server.url(QStringLiteral("/tenant/oauth2/v2.0/token")),
                          "client_id=c1&grant_type=client_credentials&client_secret=" + kClientSecret);
    token.setHeader("Content-Type", "application/x-www-form-urlencoded");
    jobs << client.send(token);

    QList<std::shared_ptr<Catcher>> catchers;
    for (RestJob *job : jobs)
        catchers << std::make_shared<Catcher>(job);
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(catchers.cbegin(), catchers.cend(),
                                         [](const std::shared_ptr<Catcher> &c) { return c->count == 1; }),
                             10000);
    QCOMPARE(catchers.at(4)->ok, false);

    // The server did receive the secrets: the test would notice a leak.
    bool sawBearer = false;
    bool sawSig = false;
    bool sawClientSecret = false;
    for (const emu::HttpRequest &r : server.requests()) {
        sawBearer = sawBearer || r.header("Authorization").contains(kBearer);
        sawSig = sawSig || r.url.toEncoded().contains("SasSignatureSecret");
        sawClientSecret = sawClientSecret || r.body.contains(kClientSecret);
    }
    QVERIFY(sawBearer && sawSig && sawClientSecret);

    // One entry per attempt, with method, redacted URL, status, duration, ids.
    QCOMPARE(log.entries().size(), 5);
    for (const RequestLogEntry &e : log.entries()) {
        QVERIFY(!e.method.isEmpty());
        QVERIFY(e.url.startsWith(QLatin1String("https://127.0.0.1:")));
        QVERIFY(e.status > 0);
        QVERIFY(e.durationMs >= 0);
        QVERIFY(e.time.isValid());
        QCOMPARE(e.attempt, 1);
        QVERIFY(!QUuid::fromString(e.clientRequestId).isNull());
        const QString all = QStringList{e.method, e.url, e.requestId, e.clientRequestId, e.error}.join(u'|');
        for (const QByteArray &secret : allSecrets())
            QVERIFY2(!all.contains(QString::fromLatin1(secret)), qPrintable(all));
    }
    bool sawSecureId = false;
    bool sawTokenError = false;
    for (const RequestLogEntry &e : log.entries()) {
        sawSecureId = sawSecureId || e.requestId == QLatin1String("req-secure");
        if (e.status == 401) {
            sawTokenError =
                e.error.contains(QLatin1String("invalid_client")) && e.requestId == QLatin1String("trace-77");
        }
        if (e.url.contains(QLatin1String("/blob")))
            QVERIFY2(e.url.contains(QLatin1String("sv=2022-11-02")) &&
                         e.url.contains(QLatin1String("[redacted]")),
                     qPrintable(e.url));
    }
    QVERIFY(sawSecureId);
    QVERIFY(sawTokenError);

    // Debug output: present (csc.net debug on), useful, and free of secrets.
    QStringList messages;
    {
        QMutexLocker lock(&g_mutex);
        messages = g_messages;
    }
    const QString joined = messages.join(u'\n');
    QVERIFY2(joined.contains(QLatin1String("listKeys")), qPrintable(joined));
    QVERIFY2(joined.contains(QLatin1String("Bearer [redacted]")), qPrintable(joined));
    QVERIFY2(joined.contains(QLatin1String("primaryMasterKey")), qPrintable(joined)); // names stay, values go
    for (const QByteArray &secret : allSecrets())
        QVERIFY2(!joined.contains(QString::fromLatin1(secret)), qPrintable(QString::fromLatin1(secret)));
}

QTEST_GUILESS_MAIN(TestRequestLog)
#include "tst_requestlog.moc"
