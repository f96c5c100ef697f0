// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "EntraTestTokens.h"
#include "TestServer.h"

#include "core/Clock.h"
#include "net/ApiClient.h"
#include "net/ClientSecretCredential.h"
#include "net/RequestLog.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTest>

#include <memory>
#include <optional>
#include <vector>

using namespace csc;

namespace {
const QString kTenant = QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47");
const QString kClientId = QStringLiteral("5c1f0d3e-6a2b-4b8e-9f47-0a1b2c3d4e5f");
const QString kArmScope = QStringLiteral("https://management.azure.com/.default");
const QString kVaultScope = QStringLiteral("https://vault.azure.net/.default");
// Characters that break naive form encoding: + & = % / space, non-ASCII.
const QByteArray kSecret = QByteArray("Q~8Xq.a+b&c=d%2F/e f_\xc3\xbc~zz");

/// Collects what getToken() hands back.
struct TokenWaiter
{
    std::vector<Result<AccessToken>> results;
    TokenCredential::Done done()
    {
        return [this](const Result<AccessToken> &r) { results.push_back(r); };
    }
    const AccessToken &token(size_t i = 0) const { return results.at(i).value(); }
};

QStringList g_messages;
void captureMessages(QtMsgType, const QMessageLogContext &, const QString &text)
{
    g_messages << text;
}
} // namespace

class TestClientSecretCredential : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void formFieldsExact();
    void secondCallIsCached();
    void refreshAfterClockMoves_data();
    void refreshAfterClockMoves();
    void concurrentCallsShareOneRequest();
    void scopesAreCachedSeparately();
    void invalidateForcesNewRequest();
    void invalidClient();
    void badRequestNotRetried();
    void serverErrorIsRetried();
    void failureIsNotCached();
    void missingSecretFailsFast();
    void destroyedContextIsNotCalled();
    void destroyedCredentialCancelsWaiters();
    void tokenUrlPerCloud_data();
    void tokenUrlPerCloud();
    void descriptionHasNoSecret();

private:
    QString tokenPath() const { return QStringLiteral("/%1/oauth2/v2.0/token").arg(kTenant); }
    int tokenRequests() const { return m_server->requestCount("POST", tokenPath()); }
    std::unique_ptr<ClientSecretCredential> makeCredential(const QByteArray &secret = kSecret);
    /// Token route that issues a fresh JWT per request with the given lifetime.
    void routeTokens(qint64 expiresIn = 3599, bool asString = false);

    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<RequestLog> m_log;
    std::unique_ptr<ApiClient> m_client;
    ManualClock m_clock{QDateTime(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC)};
    int m_issued = 0;
    std::vector<std::pair<QByteArray, emu::Responder>> m_held;
};

void TestClientSecretCredential::initTestCase()
{
    // One server (and CA) for all test functions; init() clears its routes and recorded requests.
    m_server = std::make_unique<test::TestServer>();
    QVERIFY(m_server->isListening());
    QLoggingCategory::setFilterRules(QStringLiteral("csc.*=true"));
}

void TestClientSecretCredential::cleanupTestCase()
{
    m_server.reset();
}

void TestClientSecretCredential::init()
{
    m_clock.set(QDateTime(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC));
    Clock::setInstance(&m_clock);
    m_server->clearRoutes();
    m_server->clearRequests();
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_log = std::make_unique<RequestLog>();
    m_client = std::make_unique<ApiClient>(m_nam.get());
    QVERIFY(m_client->setExtraTrustedCaFile(m_server->caCertificatePath()).ok());
    m_client->setRequestLog(m_log.get());
    RetryPolicy fast;
    fast.baseDelayMs = 10;
    fast.maxDelayMs = 20;
    m_client->setRetryPolicy(fast);
    m_issued = 0;
    m_held.clear();
}

void TestClientSecretCredential::cleanup()
{
    m_held.clear();
    m_client.reset();
    m_log.reset();
    m_nam.reset();
    Clock::setInstance(nullptr);
}

std::unique_ptr<ClientSecretCredential> TestClientSecretCredential::makeCredential(const QByteArray &secret)
{
    return std::make_unique<ClientSecretCredential>(
        m_client.get(), CloudEnvironment::custom(m_server->url(), m_server->url()), kTenant, kClientId,
        SecureBytes(secret));
}

void TestClientSecretCredential::routeTokens(qint64 expiresIn, bool asString)
{
    m_server->route(
        "POST", tokenPath(), [this, expiresIn, asString](const emu::HttpRequest &, emu::Responder r) {
            ++m_issued;
            const QByteArray jwt =
                test::makeJwt({{QStringLiteral("tid"), kTenant},
                               {QStringLiteral("appid"), kClientId},
                               {QStringLiteral("uti"), QStringLiteral("token-%1").arg(m_issued)}});
            r.send(test::entraTokenResponse(jwt, expiresIn, asString));
        });
}

void TestClientSecretCredential::formFieldsExact()
{
    routeTokens();
    g_messages.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureMessages);
    auto cred = makeCredential();
    TokenWaiter w;
    cred->getToken(kArmScope, this, w.done());
    QTRY_COMPARE(w.results.size(), size_t(1));
    qInstallMessageHandler(previous);
    QVERIFY(w.results.at(0).ok());

    const QList<emu::HttpRequest> requests = m_server->requests();
    QCOMPARE(requests.size(), 1);
    const emu::HttpRequest &req = requests.at(0);
    QCOMPARE(req.method, QByteArray("POST"));
    QCOMPARE(req.url.path(), tokenPath());
    QVERIFY(!req.url.hasQuery());
    QVERIFY(req.header("Content-Type").startsWith("application/x-www-form-urlencoded"));
    QVERIFY(req.header("Authorization").isEmpty());

    int duplicates = -1;
    const QMap<QString, QString> form = test::decodeForm(req.body, &duplicates);
    QCOMPARE(duplicates, 0);
    const QMap<QString, QString> expected{
        {QStringLiteral("client_id"), kClientId},
        {QStringLiteral("scope"), kArmScope},
        {QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
        {QStringLiteral("client_secret"), QString::fromUtf8(kSecret)}};
    QCOMPARE(form, expected);
    QVERIFY(!req.body.contains(' ')); // every value is percent-encoded
    QVERIFY(!req.body.contains("a+b"));

    // Neither the request log nor any log message shows the secret or the token.
    const QByteArray token = w.token().token.bytes();
    QVERIFY(!m_log->entries().isEmpty());
    const RequestLogEntry &entry = m_log->entries().constLast();
    QCOMPARE(entry.method, QStringLiteral("POST"));
    QCOMPARE(entry.status, 200);
    for (const RequestLogEntry &e : m_log->entries()) {
        for (const QString &text : {e.url, e.error, e.requestId, e.clientRequestId}) {
            QVERIFY(!text.contains(QString::fromUtf8(kSecret)));
            QVERIFY(!text.contains(QStringLiteral("client_secret")));
            QVERIFY(!text.contains(QString::fromLatin1(token)));
        }
    }
    QVERIFY(!g_messages.isEmpty()); // csc.* debug output was on
    for (const QString &m : std::as_const(g_messages)) {
        QVERIFY2(!m.contains(QString::fromUtf8(kSecret)), qPrintable(m));
        QVERIFY2(!m.contains(QString::fromLatin1(QByteArray(kSecret).toPercentEncoding())), qPrintable(m));
        QVERIFY2(!m.contains(QString::fromLatin1(token)), qPrintable(m));
    }
}

void TestClientSecretCredential::secondCallIsCached()
{
    routeTokens();
    auto cred = makeCredential();
    TokenWaiter w;
    cred->getToken(kArmScope, this, w.done());
    QTRY_COMPARE(w.results.size(), size_t(1));
    QVERIFY(w.results.at(0).ok());
    QCOMPARE(w.token().scope, kArmScope);
    QCOMPARE(w.token().expiresOn, m_clock.utcNow().addSecs(3599));

    m_clock.advance(600);
    cred->getToken(kArmScope, this, w.done());
    QTRY_COMPARE(w.results.size(), size_t(2));
    QVERIFY(w.results.at(1).ok());
    QCOMPARE(w.token(1).token, w.token(0).token);
    QCOMPARE(tokenRequests(), 1);
}

void TestClientSecretCredential::refreshAfterClockMoves_data()
{
    QTest::addColumn<qint64>("expiresIn");
    QTest::addColumn<bool>("asString");
    QTest::addColumn<qint64>("refreshAfter");
    QTest::newRow("one-hour-number") << qint64(3600) << false << qint64(3300);
    QTest::newRow("one-hour-string") << qint64(3600) << true << qint64(3300);
    QTest::newRow("short-lived-half-life") << qint64(400) << false << qint64(200);
}

void TestClientSecretCredential::refreshAfterClockMoves()
{
    QFETCH(qint64, expiresIn);
    QFETCH(bool, asString);
    QFETCH(qint64, refreshAfter);
    routeTokens(expiresIn, asString);
    auto cred = makeCredential();
    const QDateTime start = m_clock.utcNow();

    TokenWaiter w;
    cred->getToken(kArmScope, this, w.done());
    QTRY_COMPARE(w.results.size(), size_t(1));
    QVERIFY(w.results.at(0).ok());
    QCOMPARE(w.token(0).expiresOn, start.addSecs(expiresIn));
    QCOMPARE(w.token(0).refreshAfter, start.addSecs(refreshAfter));

    m_clock.set(start.addSecs(refreshAfter - 1));
    cred->getToken(kArmScope, this, w.done());
    QTRY_COMPARE(w.results.size(), size_t(2));
    QCOMPARE(w.token(1).token, w.token(0).token);
    QCOMPARE(tokenRequests(), 1);

    m_clock.set(start.addSecs(refreshAfter));
    cred->getToken(kArmScope, this, w.done());
    QTRY_COMPARE(w.results.size(), size_t(3));
    QVERIFY(w.results.at(2).ok());
    QCOMPARE(tokenRequests(), 2);
    QVERIFY(!(w.token(2).token == w.token(0).token));
    QCOMPARE(w.token(2).expiresOn, start.addSecs(refreshAfter + expiresIn));
}

void TestClientSecretCredential::concurrentCallsShareOneRequest()
{
    m_server->route("POST", tokenPath(), [this](const emu::HttpRequest &req, emu::Responder r) {
        m_held.emplace_back(req.body, r);
    });
    auto cred = makeCredential();
    TokenWaiter a, b, c, vault;
    QObject ctxA, ctxB;
    cred->getToken(kArmScope, &ctxA, a.done());
    cred->getToken(kArmScope, &ctxB, b.done());
    cred->getToken(kVaultScope, this, vault.done());
    QTRY_COMPARE(m_held.size(), size_t(2));
    cred->getToken(kArmScope, nullptr, c.done()); // joins the request in flight

    int armIndex = test::decodeForm(m_held.at(0).first).value(QStringLiteral("scope")) == kArmScope ? 0 : 1;
    QCOMPARE(test::decodeForm(m_held.at(armIndex).first).value(QStringLiteral("scope")), kArmScope);
    QCOMPARE(test::decodeForm(m_held.at(1 - armIndex).first).value(QStringLiteral("scope")), kVaultScope);
    QVERIFY(a.results.empty() && b.results.empty() && c.results.empty());

    const QByteArray armJwt =
        test::makeJwt({{QStringLiteral("aud"), QStringLiteral("https://management.azure.com/")}});
    m_held.at(armIndex).second.send(test::entraTokenResponse(armJwt));
    QTRY_COMPARE(c.results.size(), size_t(1));
    QTRY_COMPARE(a.results.size(), size_t(1));
    QTRY_COMPARE(b.results.size(), size_t(1));
    for (const TokenWaiter *w : {&a, &b, &c}) {
        QVERIFY(w->results.at(0).ok());
        QCOMPARE(w->token().token.bytes(), armJwt);
    }
    QVERIFY(vault.results.empty());

    const QByteArray vaultJwt =
        test::makeJwt({{QStringLiteral("aud"), QStringLiteral("https://vault.azure.net")}});
    m_held.at(1 - armIndex).second.send(test::entraTokenResponse(vaultJwt));
    QTRY_COMPARE(vault.results.size(), size_t(1));
    QCOMPARE(vault.token().token.bytes(), vaultJwt);
    QCOMPARE(vault.token().scope, kVaultScope);
    QCOMPARE(tokenRequests(), 2);
    // Nobody got called twice.
    QCOMPARE(a.results.size() + b.results.size() + c.results.size(), size_t(3));
}

void TestClientSecretCredential::scopesAreCachedSeparately()
{
    routeTokens();
    auto cred = makeCredential();
    TokenWaiter w;
    cred->getToken(kArmScope, this, w.done());
    QTRY_COMPARE(w.results.size(), size_t(1));
    cred->getToken(kVaultScope, this, w.done());
    QTRY_COMPARE(w.results.size(), size_t(2));
    cred->getToken(kArmScope, this, w.done());
    cred->getToken(kVaultScope, this, w.done());
    QTRY_COMPARE(w.results.size(), size_t(4));
    QCOMPARE(tokenRequests(), 2);
    QCOMPARE(w.token(2).token, w.token(0).token);
    QCOMPARE(w.token(3).token, w.token(1).token);
    QVERIFY(!(w.token(0).token == w.token(1).token));
}

void TestClientSecretCredential::invalidateForcesNewRequest()
{
    routeTokens();
    auto cred = makeCredential();
    TokenWaiter w;
    cred->getToken(kArmScope, this, w.done());
    cred->getToken(kVaultScope, this, w.done());
    QTRY_COMPARE(w.results.size(), size_t(2));
    QCOMPARE(tokenRequests(), 2);

    cred->invalidate(kArmScope); // one scope
    cred->getToken(kVaultScope, this, w.done());
    QTRY_COMPARE(w.results.size(), size_t(3));
    QCOMPARE(tokenRequests(), 2);
    cred->getToken(kArmScope, this, w.done());
    QTRY_COMPARE(w.results.size(), size_t(4));
    QCOMPARE(tokenRequests(), 3);

    cred->invalidate(); // all scopes
    cred->getToken(kArmScope, this, w.done());
    cred->getToken(kVaultScope, this, w.done());
    QTRY_COMPARE(w.results.size(), size_t(6));
    QCOMPARE(tokenRequests(), 5);
}

void TestClientSecretCredential::invalidClient()
{
    const QString traceId = QStringLiteral("0c3e5f2a-1b2c-4d5e-8f90-a1b2c3d4e5f6");
    m_server->route("POST", tokenPath(), [traceId](const emu::HttpRequest &, emu::Responder r) {
        r.send(test::entraErrorResponse(
            401, QStringLiteral("invalid_client"), 7000215,
            QStringLiteral("Invalid client secret provided. Ensure the secret being sent "
                           "in the request is the client secret value, not the client "
                           "secret ID, for a secret added to app '%1'.")
                .arg(kClientId),
            traceId));
    });
    auto cred = makeCredential();
    TokenWaiter w;
    cred->getToken(kArmScope, this, w.done());
    QTRY_COMPARE(w.results.size(), size_t(1));
    QVERIFY(!w.results.at(0).ok());
    const ApiError &e = w.results.at(0).error();
    QCOMPARE(e.kind, ApiError::Kind::Http);
    QCOMPARE(e.httpStatus, 401);
    QCOMPARE(e.code, QStringLiteral("invalid_client"));
    QVERIFY2(e.message.startsWith(QStringLiteral("AADSTS7000215: Invalid client secret provided.")),
             qPrintable(e.message));
    QCOMPARE(e.requestId, traceId);
    QCOMPARE(e.details, QStringList{QStringLiteral("AADSTS7000215")});
    QVERIFY(!e.correlationId.isEmpty());
    QVERIFY(e.summary().contains(QStringLiteral("Microsoft Entra ID")));
    QVERIFY(!e.remedy().isEmpty());
    QVERIFY(!e.detailedText().contains(QString::fromUtf8(kSecret)));
    QCOMPARE(tokenRequests(), 1); // finished means no retry follows
}

void TestClientSecretCredential::badRequestNotRetried()
{
    m_server->route("POST", tokenPath(), [](const emu::HttpRequest &, emu::Responder r) {
        r.send(test::entraErrorResponse(
            400, QStringLiteral("invalid_scope"), 70011,
            QStringLiteral("The provided value for the input parameter 'scope' is not "
                           "valid."),
            QStringLiteral("trace-400")));
    });
    auto cred = makeCredential();
    TokenWaiter w;
    cred->getToken(QStringLiteral("https://unknown.example/.default"), this, w.done());
    QTRY_COMPARE(w.results.size(), size_t(1));
    QVERIFY(!w.results.at(0).ok());
    QCOMPARE(w.results.at(0).error().httpStatus, 400);
    QCOMPARE(w.results.at(0).error().code, QStringLiteral("invalid_scope"));
    QCOMPARE(w.results.at(0).error().details, QStringList{QStringLiteral("AADSTS70011")});
    QCOMPARE(tokenRequests(), 1);
}

void TestClientSecretCredential::serverErrorIsRetried()
{
    // A POST is retried only when marked safe to repeat: token requests are.
    m_server->routeSequence(
        "POST", tokenPath(),
        {emu::HttpResponse::json(
             503, QJsonObject{{QStringLiteral("error"), QStringLiteral("temporarily_unavailable")}}),
         test::entraTokenResponse(test::makeJwt({{QStringLiteral("tid"), kTenant}}))});
    auto cred = makeCredential();
    TokenWaiter w;
    cred->getToken(kArmScope, this, w.done());
    QTRY_COMPARE(w.results.size(), size_t(1));
    QVERIFY2(w.results.at(0).ok(),
             qPrintable(w.results.at(0).ok() ? QString() : w.results.at(0).error().summary()));
    QCOMPARE(tokenRequests(), 2);
}

void TestClientSecretCredential::failureIsNotCached()
{
    m_server->routeSequence(
        "POST", tokenPath(),
        {test::entraErrorResponse(400, QStringLiteral("unauthorized_client"), 700016,
                                  QStringLiteral("Application not found in the directory."),
                                  QStringLiteral("trace-1")),
         test::entraTokenResponse(test::makeJwt({{QStringLiteral("tid"), kTenant}}))});
    auto cred = makeCredential();
    TokenWaiter w;
    cred->getToken(kArmScope, this, w.done());
    QTRY_COMPARE(w.results.size(), size_t(1));
    QVERIFY(!w.results.at(0).ok());
    cred->getToken(kArmScope, this, w.done());
    QTRY_COMPARE(w.results.size(), size_t(2));
    QVERIFY(w.results.at(1).ok());
    QCOMPARE(tokenRequests(), 2);
}

void TestClientSecretCredential::missingSecretFailsFast()
{
    routeTokens();
    auto cred = makeCredential(QByteArray());
    TokenWaiter w;
    cred->getToken(kArmScope, this, w.done());
    QVERIFY(w.results.empty()); // never re-entrant
    QTRY_COMPARE(w.results.size(), size_t(1));
    QVERIFY(!w.results.at(0).ok());
    QCOMPARE(w.results.at(0).error().kind, ApiError::Kind::Auth);
    QVERIFY(!w.results.at(0).error().message.isEmpty());
    QCOMPARE(m_server->requests().size(), 0);
}

void TestClientSecretCredential::destroyedContextIsNotCalled()
{
    m_server->route("POST", tokenPath(), [this](const emu::HttpRequest &req, emu::Responder r) {
        m_held.emplace_back(req.body, r);
    });
    auto cred = makeCredential();
    TokenWaiter gone, alive;
    auto ctx = std::make_unique<QObject>();
    cred->getToken(kArmScope, ctx.get(), gone.done());
    cred->getToken(kArmScope, this, alive.done());
    QTRY_COMPARE(m_held.size(), size_t(1));
    ctx.reset();
    m_held.at(0).second.send(test::entraTokenResponse(test::makeJwt({{QStringLiteral("tid"), kTenant}})));
    QTRY_COMPARE(alive.results.size(), size_t(1));
    QVERIFY(alive.results.at(0).ok());
    QVERIFY(gone.results.empty());
}

void TestClientSecretCredential::destroyedCredentialCancelsWaiters()
{
    m_server->route("POST", tokenPath(), [this](const emu::HttpRequest &req, emu::Responder r) {
        m_held.emplace_back(req.body, r);
    });
    auto cred = makeCredential();
    TokenWaiter w;
    cred->getToken(kArmScope, this, w.done());
    cred->getToken(kArmScope, this, w.done());
    QTRY_COMPARE(m_held.size(), size_t(1));
    cred.reset();
    QCOMPARE(w.results.size(), size_t(2));
    QCOMPARE(w.results.at(0).error().kind, ApiError::Kind::Cancelled);
    QCOMPARE(w.results.at(1).error().kind, ApiError::Kind::Cancelled);
    QTRY_VERIFY(m_client->activeJobs().isEmpty());
}

void TestClientSecretCredential::tokenUrlPerCloud_data()
{
    QTest::addColumn<int>("cloud");
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<QString>("url");
    QTest::newRow("AzureCloud")
        << int(CloudEnvironment::Id::AzureCloud) << kTenant
        << QStringLiteral("https://login.microsoftonline.com/%1/oauth2/v2.0/token").arg(kTenant);
    QTest::newRow("AzureChinaCloud") << int(CloudEnvironment::Id::AzureChinaCloud)
                                     << QStringLiteral("contoso.partner.onmschina.cn")
                                     << QStringLiteral(
                                            "https://login.chinacloudapi.cn/contoso.partner.onmschina.cn/"
                                            "oauth2/v2.0/token");
    QTest::newRow("AzureUSGovernment")
        << int(CloudEnvironment::Id::AzureUSGovernment) << QStringLiteral("contoso.onmicrosoft.us")
        << QStringLiteral("https://login.microsoftonline.us/contoso.onmicrosoft.us/"
                          "oauth2/v2.0/token");
    QTest::newRow("Custom") << int(CloudEnvironment::Id::Custom) << kTenant
                            << QStringLiteral("https://127.0.0.1:7443/%1/oauth2/v2.0/token").arg(kTenant);
}

void TestClientSecretCredential::tokenUrlPerCloud()
{
    QFETCH(int, cloud);
    QFETCH(QString, tenant);
    QFETCH(QString, url);
    const auto id = CloudEnvironment::Id(cloud);
    const CloudEnvironment env =
        id == CloudEnvironment::Id::Custom
            ? CloudEnvironment::custom(QUrl(QStringLiteral("https://127.0.0.1:7443/")),
                                       QUrl(QStringLiteral("https://127.0.0.1:7444")))
            : CloudEnvironment::byId(id);
    const ClientSecretCredential cred(m_client.get(), env, tenant, kClientId, SecureBytes(kSecret));
    QCOMPARE(cred.tokenEndpoint().toString(), url);
    QCOMPARE(cred.tenantId(), tenant);
    QCOMPARE(cred.clientId(), kClientId);
    QCOMPARE(m_server->requests().size(), 0);
}

void TestClientSecretCredential::descriptionHasNoSecret()
{
    auto cred = makeCredential();
    const QString d = cred->description();
    QVERIFY(d.contains(kClientId));
    QVERIFY(d.contains(kTenant));
    QVERIFY(!d.contains(QString::fromUtf8(kSecret)));
}

QTEST_GUILESS_MAIN(TestClientSecretCredential)
#include "tst_clientsecretcredential.moc"
