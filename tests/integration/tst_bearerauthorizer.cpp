// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "EntraTestTokens.h"
#include "TestServer.h"

#include "net/ApiClient.h"
#include "net/ClientSecretCredential.h"
#include "net/RestJob.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace csc;

namespace {
const QString kTenant = QStringLiteral("contoso.onmicrosoft.com");
const QString kClientId = QStringLiteral("5c1f0d3e-6a2b-4b8e-9f47-0a1b2c3d4e5f");
} // namespace

class TestBearerAuthorizer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void addsBearerHeader();
    void invalidateDropsCachedToken();
    void credentialGone();
    void tokenErrorIsPassedOn();
    void retryAfter401WithNewToken();
    void persistent401FailsAfterOneRenewal();

private:
    QString tokenPath() const { return QStringLiteral("/%1/oauth2/v2.0/token").arg(kTenant); }
    int tokenRequests() const { return m_server->requestCount("POST", tokenPath()); }
    QString scope() const { return m_server->url().toString() + QStringLiteral("/.default"); }
    std::optional<Result<HeaderList>> authorizeNow(RequestAuthorizer &authorizer);

    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ClientSecretCredential> m_credential;
    QList<QByteArray> m_tokens; ///< issued, in order
};

void TestBearerAuthorizer::initTestCase()
{
    // One server (and CA) for all test functions; init() clears its routes and recorded requests.
    m_server = std::make_unique<test::TestServer>();
    QVERIFY(m_server->isListening());
}

void TestBearerAuthorizer::cleanupTestCase()
{
    m_server.reset();
}

void TestBearerAuthorizer::init()
{
    m_server->clearRoutes();
    m_server->clearRequests();
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_nam.get());
    QVERIFY(m_client->setExtraTrustedCaFile(m_server->caCertificatePath()).ok());
    RetryPolicy fast;
    fast.baseDelayMs = 10;
    fast.maxDelayMs = 20;
    m_client->setRetryPolicy(fast);
    m_credential = std::make_unique<ClientSecretCredential>(
        m_client.get(), CloudEnvironment::custom(m_server->url(), m_server->url()), kTenant, kClientId,
        SecureBytes(QByteArray("app-secret~value")));
    m_tokens.clear();
    m_server->route("POST", tokenPath(), [this](const emu::HttpRequest &, emu::Responder r) {
        const QByteArray jwt = test::makeJwt({{QStringLiteral("aud"), m_server->url().toString()},
                                              {QStringLiteral("n"), int(m_tokens.size() + 1)}});
        m_tokens << jwt;
        r.send(test::entraTokenResponse(jwt));
    });
}

void TestBearerAuthorizer::cleanup()
{
    m_credential.reset();
    m_client.reset();
    m_nam.reset();
}

std::optional<Result<HeaderList>> TestBearerAuthorizer::authorizeNow(RequestAuthorizer &authorizer)
{
    std::optional<Result<HeaderList>> out;
    int calls = 0;
    authorizer.authorize(RestRequest::get(m_server->url(QStringLiteral("/subscriptions"))), this,
                         [&](const Result<HeaderList> &r) {
                             ++calls;
                             out.emplace(r);
                         });
    if (!QTest::qWaitFor([&] { return calls > 0; }, 10000))
        return std::nullopt;
    if (calls != 1)
        return std::nullopt;
    return out;
}

void TestBearerAuthorizer::addsBearerHeader()
{
    BearerAuthorizer authorizer(m_credential.get(), scope());
    const auto r = authorizeNow(authorizer);
    QVERIFY(r.has_value());
    QVERIFY(r->ok());
    QCOMPARE(m_tokens.size(), 1);
    const HeaderList expected{{QByteArray("Authorization"), QByteArray("Bearer ") + m_tokens.at(0)}};
    QCOMPARE(r->value(), expected);

    // The token request asked for the authorizer's scope.
    const QList<emu::HttpRequest> requests = m_server->requests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(test::decodeForm(requests.at(0).body).value(QStringLiteral("scope")), scope());

    // Cached: a second authorization does not ask again.
    const auto again = authorizeNow(authorizer);
    QVERIFY(again.has_value() && again->ok());
    QCOMPARE(again->value(), expected);
    QCOMPARE(tokenRequests(), 1);
}

void TestBearerAuthorizer::invalidateDropsCachedToken()
{
    BearerAuthorizer authorizer(m_credential.get(), scope());
    const auto first = authorizeNow(authorizer);
    QVERIFY(first.has_value() && first->ok());
    QVERIFY(authorizer.invalidate());
    const auto second = authorizeNow(authorizer);
    QVERIFY(second.has_value() && second->ok());
    QCOMPARE(tokenRequests(), 2);
    QCOMPARE(second->value().at(0).second, QByteArray("Bearer ") + m_tokens.at(1));
    QVERIFY(first->value() != second->value());
}

void TestBearerAuthorizer::credentialGone()
{
    BearerAuthorizer authorizer(m_credential.get(), scope());
    m_credential.reset();
    const auto r = authorizeNow(authorizer);
    QVERIFY(r.has_value());
    QVERIFY(!r->ok());
    QCOMPARE(r->error().kind, ApiError::Kind::Auth);
    QVERIFY(!authorizer.invalidate());
    QCOMPARE(m_server->requests().size(), 0);
}

void TestBearerAuthorizer::tokenErrorIsPassedOn()
{
    m_server->route("POST", tokenPath(), [](const emu::HttpRequest &, emu::Responder r) {
        r.send(test::entraErrorResponse(
            400, QStringLiteral("invalid_request"), 900023,
            QStringLiteral("Specified tenant identifier is neither a valid DNS name, "
                           "nor a valid external domain."),
            QStringLiteral("trace-x")));
    });
    BearerAuthorizer authorizer(m_credential.get(), scope());
    const auto r = authorizeNow(authorizer);
    QVERIFY(r.has_value());
    QVERIFY(!r->ok());
    QCOMPARE(r->error().httpStatus, 400);
    QCOMPARE(r->error().code, QStringLiteral("invalid_request"));
}

void TestBearerAuthorizer::retryAfter401WithNewToken()
{
    // The resource accepts only the second token issued (the first one "was revoked").
    QList<QByteArray> seen;
    m_server->route(
        "GET", QStringLiteral("/subscriptions"),
        [this, &seen](const emu::HttpRequest &req, emu::Responder r) {
            seen << req.header("Authorization");
            if (m_tokens.size() >= 2 &&
                req.header("Authorization") == QByteArray("Bearer ") + m_tokens.at(1)) {
                r.send(emu::HttpResponse::json(200, QJsonObject{{QStringLiteral("value"), QJsonArray{}}}));
                return;
            }
            r.send(emu::HttpResponse::json(
                401,
                QJsonObject{
                    {QStringLiteral("error"),
                     QJsonObject{
                         {QStringLiteral("code"), QStringLiteral("InvalidAuthenticationToken")},
                         {QStringLiteral("message"), QStringLiteral("The access token is invalid.")}}}},
                {{"WWW-Authenticate",
                  "Bearer authorization_uri=\"https://login.microsoftonline.com/common\", "
                  "error=\"invalid_token\""}}));
        });

    RestRequest request =
        RestRequest::get(m_server->url(QStringLiteral("/subscriptions?api-version=2022-12-01")));
    request.authorizer = std::make_shared<BearerAuthorizer>(m_credential.get(), scope());
    RestJob *job = m_client->send(request);
    QSignalSpy finished(job, &RestJob::finished);
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.size(), 1);
    const RestResult *resultPtr = test::variantValue<RestResult>(finished.at(0).at(0));
    QVERIFY(resultPtr);
    const RestResult &result = *resultPtr;
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().summary()));
    QCOMPARE(result.value().status, 200);

    QCOMPARE(tokenRequests(), 2);
    QCOMPARE(seen.size(), 2);
    QCOMPARE(seen.at(0), QByteArray("Bearer ") + m_tokens.at(0));
    QCOMPARE(seen.at(1), QByteArray("Bearer ") + m_tokens.at(1));
}

void TestBearerAuthorizer::persistent401FailsAfterOneRenewal()
{
    m_server->routeJson(
        "GET", QStringLiteral("/subscriptions"), 401,
        QJsonObject{
            {QStringLiteral("error"),
             QJsonObject{{QStringLiteral("code"), QStringLiteral("InvalidAuthenticationTokenAudience")},
                         {QStringLiteral("message"), QStringLiteral("The access token has been obtained for "
                                                                    "wrong audience or resource.")}}}});
    RestRequest request =
        RestRequest::get(m_server->url(QStringLiteral("/subscriptions?api-version=2022-12-01")));
    request.authorizer = std::make_shared<BearerAuthorizer>(m_credential.get(), scope());
    RestJob *job = m_client->send(request);
    QSignalSpy finished(job, &RestJob::finished);
    QVERIFY(finished.wait(15000));
    const RestResult *resultPtr = test::variantValue<RestResult>(finished.at(0).at(0));
    QVERIFY(resultPtr);
    const RestResult &result = *resultPtr;
    QVERIFY(!result.ok());
    QCOMPARE(result.error().httpStatus, 401);
    QCOMPARE(result.error().code, QStringLiteral("InvalidAuthenticationTokenAudience"));
    QCOMPARE(tokenRequests(), 2);
    QCOMPARE(m_server->requestCount("GET", QStringLiteral("/subscriptions")), 2);
    // No secret or token in the error shown to the user.
    QVERIFY(!result.error().detailedText().contains(QString::fromLatin1(m_tokens.at(0))));
}

QTEST_GUILESS_MAIN(TestBearerAuthorizer)
#include "tst_bearerauthorizer.moc"
