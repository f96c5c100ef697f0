// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "LocalCloudFixture.h"
#include "emulator/EntraService.h"
#include "emulator/Store.h"
#include "emulator/TokenSigner.h"
#include "inspect/Jwt.h"
#include "net/ApiClient.h"
#include "net/JwtSignatureService.h"
#include "net/RequestLog.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace csc;
using Outcome = JwtVerification::Outcome;

namespace {

QByteArray b64u(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

/// The token with one segment replaced (0 header, 1 payload) by the JSON `o`.
QByteArray withSegment(const QByteArray &token, int index, const QJsonObject &o)
{
    QList<QByteArray> parts = token.split('.');
    parts[index] = b64u(QJsonDocument(o).toJson(QJsonDocument::Compact));
    return parts.join('.');
}

Jwt parsed(const QByteArray &token)
{
    const Result<Jwt> r = Jwt::parse(token);
    if (!r)
        qWarning() << "token does not parse:" << r.error().message;
    return r ? r.value() : Jwt{};
}

const QString kTestApi = QStringLiteral("api://csc-verify-test");

} // namespace

class TestJwtSignature : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void verifiesRealToken();
    void secondVerifyUsesCache();
    void expiredCacheRefetches();
    void tamperedIsBadSignature();
    void untrustedIssuerFetchesNothing_data();
    void untrustedIssuerFetchesNothing();
    void refusedAlgorithmsFetchNothing_data();
    void refusedAlgorithmsFetchNothing();
    void unknownKidRefetchesOnce();
    void v1AndV2Issuers();
    void unknownTenantIsDiscoveryFailed();
    void configurationOfAnotherIssuerIsRefused();
    void abortIsCancelled();
    void destroyedContextGetsNoAnswer();

private:
    /// A token from the local cloud's token endpoint for `scope`, through the session's credential.
    QByteArray token(const QString &scope);
    /// Runs one verification to the end.
    JwtVerification verify(const QByteArray &token, AbstractJob **job = nullptr);
    int requestsMade() const { return int(m_log->entries().size()); }

    test::LocalCloudFixture m_cloud;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<RequestLog> m_log;
    std::unique_ptr<AzureSession> m_session;
    std::unique_ptr<JwtSignatureService> m_service;
    QUrl m_authority;
    QByteArray m_armToken;
};

void TestJwtSignature::initTestCase()
{
    emu::EmulatorOptions options;
    options.lroDelayMs = 0;
    const Result<void> started = m_cloud.start(options);
    QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().summary()));
    // An API that gets v2.0 tokens, so both issuer forms are exercised (Azure's own APIs get v1).
    m_cloud.emulator().entra()->addResource(
        emu::ResourceApp{QStringLiteral("Verify test API"),
                         [](const QString &resource, const emu::EmuContext &) -> std::optional<QString> {
                             return resource == kTestApi ? std::optional<QString>(kTestApi) : std::nullopt;
                         },
                         2});
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_log = std::make_unique<RequestLog>();
    m_session = m_cloud.session(m_nam.get(), m_log.get(), test::DemoOwner);
    QVERIFY(m_session);
    m_authority = m_session->environment().authorityHost;
    QVERIFY(m_authority.scheme() == QLatin1String("https"));
    m_armToken = token(m_session->environment().resourceManagerScope);
    QVERIFY(!m_armToken.isEmpty());
}

void TestJwtSignature::init()
{
    TrustedAuthorities trusted;
    trusted.addAuthorityHost(m_authority);
    m_service = std::make_unique<JwtSignatureService>(m_session->client(), trusted);
}

QByteArray TestJwtSignature::token(const QString &scope)
{
    std::optional<Result<AccessToken>> got;
    m_session->credential()->getToken(scope, nullptr, [&got](Result<AccessToken> r) { got = std::move(r); });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 20000); }();
    if (!got || !got->ok()) {
        qWarning() << "no token:" << (got ? got->error().summary() : QStringLiteral("timeout"));
        return {};
    }
    return got->value().token.bytes();
}

JwtVerification TestJwtSignature::verify(const QByteArray &token, AbstractJob **job)
{
    std::optional<JwtVerification> got;
    AbstractJob *running = m_service->verify(parsed(token), this, [&got](const JwtVerification &v) {
        if (got)
            qWarning() << "done() called twice";
        got = v;
    });
    if (job)
        *job = running;
    if (!got.has_value())
        [&] { QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 20000); }();
    // Nothing more arrives afterwards.
    QTest::qWait(0);
    return got.value_or(JwtVerification{});
}

void TestJwtSignature::verifiesRealToken()
{
    QSignalSpy started(m_session->client(), &ApiClient::jobStarted);
    const int before = requestsMade();
    AbstractJob *job = nullptr;
    const JwtVerification v = verify(m_armToken, &job);
    QVERIFY(job); // keys had to be fetched
    QCOMPARE(v.outcome, Outcome::Verified);
    QVERIFY2(v.ok(), qPrintable(v.message));
    QVERIFY(!v.keysFromCache);
    QCOMPARE(v.kid, m_cloud.emulator().context().signer.keyId());
    QCOMPARE(v.jwksUri.host(), m_authority.host());
    QCOMPARE(v.jwksUri.port(), m_authority.port());
    QVERIFY2(v.jwksUri.path().endsWith(QLatin1String("/discovery/keys")), qPrintable(v.jwksUri.toString()));
    QVERIFY2(v.message.contains(v.kid) && v.message.contains(v.jwksUri.host()), qPrintable(v.message));
    // OpenID configuration + JWKS, unauthenticated, and the token is in neither.
    QCOMPARE(started.size(), 2);
    QCOMPARE(requestsMade() - before, 2);
    for (qsizetype i = before; i < requestsMade(); ++i) {
        const RequestLogEntry &e = m_log->entries().at(i);
        QCOMPARE(e.method, QStringLiteral("GET"));
        QCOMPARE(e.status, 200);
        QVERIFY(!e.url.contains(QString::fromLatin1(m_armToken.split('.').at(2))));
    }
    QVERIFY(m_log->entries().at(before).url.contains(QLatin1String("/.well-known/openid-configuration")));
    QCOMPARE(m_service->cachedKeySets(), 1);
}

void TestJwtSignature::secondVerifyUsesCache()
{
    QCOMPARE(verify(m_armToken).outcome, Outcome::Verified);
    const int before = requestsMade();
    AbstractJob *job = reinterpret_cast<AbstractJob *>(1);
    const JwtVerification v = verify(m_armToken, &job);
    QCOMPARE(job, nullptr);
    QCOMPARE(v.outcome, Outcome::Verified);
    QVERIFY(v.keysFromCache);
    QVERIFY(!v.jwksUri.isEmpty());
    QCOMPARE(requestsMade(), before);

    m_service->clearCache();
    QCOMPARE(m_service->cachedKeySets(), 0);
    const JwtVerification again = verify(m_armToken);
    QCOMPARE(again.outcome, Outcome::Verified);
    QVERIFY(!again.keysFromCache);
    QCOMPARE(requestsMade() - before, 2);
}

void TestJwtSignature::expiredCacheRefetches()
{
    m_service->setCacheLifetimeSeconds(0);
    QCOMPARE(verify(m_armToken).outcome, Outcome::Verified);
    const int before = requestsMade();
    const JwtVerification v = verify(m_armToken);
    QCOMPARE(v.outcome, Outcome::Verified);
    QVERIFY(!v.keysFromCache);
    QCOMPARE(requestsMade() - before, 2);
}

void TestJwtSignature::tamperedIsBadSignature()
{
    const Jwt original = parsed(m_armToken);
    QJsonObject payload = original.payload;
    payload.insert(QStringLiteral("oid"), QStringLiteral("00000000-0000-4000-8000-0000000000ff"));
    const JwtVerification v = verify(withSegment(m_armToken, 1, payload));
    QCOMPARE(v.outcome, Outcome::BadSignature);
    QVERIFY(!v.ok());
    QCOMPARE(JwtVerification::outcomeName(v.outcome), QStringLiteral("bad-signature"));
    QVERIFY(!v.jwksUri.isEmpty());
}

void TestJwtSignature::untrustedIssuerFetchesNothing_data()
{
    QTest::addColumn<QString>("issuer");
    const QString tid = m_cloud.emulator().tenantId();
    QTest::newRow("other host") << QStringLiteral("https://evil.example/%1/v2.0").arg(tid);
    QTest::newRow("local cloud over http")
        << QStringLiteral("http://%1:%2/%3/").arg(m_authority.host()).arg(m_authority.port()).arg(tid);
    QTest::newRow("local cloud, other port")
        << QStringLiteral("https://%1:%2/%3/").arg(m_authority.host()).arg(m_authority.port() + 1).arg(tid);
    QTest::newRow("no issuer") << QString();
}

void TestJwtSignature::untrustedIssuerFetchesNothing()
{
    QFETCH(QString, issuer);
    // Properly signed by the local cloud, but claiming an issuer that is not trusted.
    QJsonObject claims = parsed(m_armToken).payload;
    if (issuer.isEmpty())
        claims.remove(QStringLiteral("iss"));
    else
        claims.insert(QStringLiteral("iss"), issuer);
    const QByteArray forged = m_cloud.emulator().context().signer.sign(claims);
    QSignalSpy started(m_session->client(), &ApiClient::jobStarted);
    const int before = requestsMade();
    AbstractJob *job = reinterpret_cast<AbstractJob *>(1);
    const JwtVerification v = verify(forged, &job);
    QCOMPARE(job, nullptr);
    QCOMPARE(v.outcome, Outcome::IssuerNotTrusted);
    QVERIFY(v.jwksUri.isEmpty());
    if (!issuer.isEmpty())
        QVERIFY2(v.message.contains(issuer), qPrintable(v.message));
    QCOMPARE(started.size(), 0);
    QCOMPARE(requestsMade(), before);
    QCOMPARE(m_service->cachedKeySets(), 0);
}

void TestJwtSignature::refusedAlgorithmsFetchNothing_data()
{
    QTest::addColumn<QString>("alg");
    QTest::addColumn<int>("outcome");
    QTest::newRow("none") << QStringLiteral("none") << int(Outcome::AlgNone);
    QTest::newRow("HS256") << QStringLiteral("HS256") << int(Outcome::AlgNotAllowed);
}

void TestJwtSignature::refusedAlgorithmsFetchNothing()
{
    QFETCH(QString, alg);
    QFETCH(int, outcome);
    QJsonObject header = parsed(m_armToken).header;
    header.insert(QStringLiteral("alg"), alg);
    QByteArray token = withSegment(m_armToken, 0, header);
    if (outcome == int(Outcome::AlgNone))
        token = token.left(token.lastIndexOf('.') + 1);
    const int before = requestsMade();
    AbstractJob *job = reinterpret_cast<AbstractJob *>(1);
    const JwtVerification v = verify(token, &job);
    QCOMPARE(job, nullptr);
    QCOMPARE(int(v.outcome), outcome);
    QCOMPARE(requestsMade(), before);
}

void TestJwtSignature::unknownKidRefetchesOnce()
{
    QCOMPARE(verify(m_armToken).outcome, Outcome::Verified); // keys cached
    QJsonObject header = parsed(m_armToken).header;
    header.insert(QStringLiteral("kid"), QStringLiteral("rotated-key"));
    const int before = requestsMade();
    AbstractJob *job = nullptr;
    const JwtVerification v = verify(withSegment(m_armToken, 0, header), &job);
    QVERIFY(job); // the cached set lacks the kid: fetched again
    QCOMPARE(v.outcome, Outcome::UnknownKid);
    QCOMPARE(v.kid, QStringLiteral("rotated-key"));
    QVERIFY(!v.keysFromCache);
    QVERIFY2(v.message.contains(QLatin1String("rotated-key")), qPrintable(v.message));
    // Only the key set again (its address was known), once.
    QCOMPARE(requestsMade() - before, 1);
    QVERIFY(m_log->entries().at(before).url.contains(QLatin1String("/discovery/")));

    // Without cached keys: discovery + keys, no second refetch.
    m_service->clearCache();
    const int before2 = requestsMade();
    QCOMPARE(verify(withSegment(m_armToken, 0, header)).outcome, Outcome::UnknownKid);
    QCOMPARE(requestsMade() - before2, 2);
}

void TestJwtSignature::v1AndV2Issuers()
{
    const Jwt v1 = parsed(m_armToken);
    QCOMPARE(v1.payload.value(QStringLiteral("ver")).toString(), QStringLiteral("1.0"));
    QVERIFY(v1.payload.value(QStringLiteral("iss")).toString().endsWith(u'/'));

    const QByteArray v2Token = token(kTestApi + QStringLiteral("/.default"));
    QVERIFY(!v2Token.isEmpty());
    const Jwt v2 = parsed(v2Token);
    QCOMPARE(v2.payload.value(QStringLiteral("ver")).toString(), QStringLiteral("2.0"));
    QVERIFY(v2.payload.value(QStringLiteral("iss")).toString().endsWith(QLatin1String("/v2.0")));

    const JwtVerification a = verify(m_armToken);
    const JwtVerification b = verify(v2Token);
    QCOMPARE(a.outcome, Outcome::Verified);
    QCOMPARE(b.outcome, Outcome::Verified);
    QVERIFY2(b.jwksUri.path().endsWith(QLatin1String("/discovery/v2.0/keys")),
             qPrintable(b.jwksUri.toString()));
    QVERIFY(a.jwksUri != b.jwksUri);
    QCOMPARE(m_service->cachedKeySets(), 2);

    // The Cosmos data plane's tokens too.
    const QByteArray cosmos = token(m_session->environment().cosmosScope);
    QVERIFY(!cosmos.isEmpty());
    const JwtVerification c = verify(cosmos);
    QCOMPARE(c.outcome, Outcome::Verified);
    QVERIFY(c.keysFromCache); // same issuer as the ARM token
}

void TestJwtSignature::unknownTenantIsDiscoveryFailed()
{
    QJsonObject claims = parsed(m_armToken).payload;
    claims.insert(QStringLiteral("iss"),
                  m_authority.toString() + QStringLiteral("/00000000-1111-4222-8333-444444444444/"));
    const JwtVerification v = verify(m_cloud.emulator().context().signer.sign(claims));
    QCOMPARE(v.outcome, Outcome::DiscoveryFailed);
    QVERIFY2(v.message.contains(QLatin1String("openid-configuration")), qPrintable(v.message));
    QCOMPARE(m_service->cachedKeySets(), 0);
}

void TestJwtSignature::configurationOfAnotherIssuerIsRefused()
{
    // The tenant's domain name also finds its configuration, but that names the GUID issuer: a token whose
    // iss is not exactly the configuration's issuer is not checked against those keys.
    const auto tenant = m_cloud.emulator().store()->tenant(m_cloud.emulator().tenantId());
    QVERIFY(tenant);
    QVERIFY(!tenant->defaultDomain.isEmpty());
    QJsonObject claims = parsed(m_armToken).payload;
    const QString issuer = m_authority.toString() + u'/' + tenant->defaultDomain + u'/';
    claims.insert(QStringLiteral("iss"), issuer);
    const int before = requestsMade();
    const JwtVerification v = verify(m_cloud.emulator().context().signer.sign(claims));
    QCOMPARE(v.outcome, Outcome::DiscoveryFailed);
    QVERIFY2(v.message.contains(issuer) && v.message.contains(tenant->id), qPrintable(v.message));
    QCOMPARE(requestsMade() - before, 1); // the keys were not fetched
    QCOMPARE(m_service->cachedKeySets(), 0);
}

void TestJwtSignature::abortIsCancelled()
{
    std::optional<JwtVerification> got;
    int calls = 0;
    AbstractJob *job = m_service->verify(parsed(m_armToken), this, [&](const JwtVerification &v) {
        ++calls;
        got = v;
    });
    QVERIFY(job);
    QSignalSpy ended(job, &AbstractJob::ended);
    job->abort();
    QVERIFY(!got.has_value()); // answered from the event loop
    QTRY_VERIFY(got.has_value());
    QCOMPARE(got->outcome, Outcome::DiscoveryFailed);
    QVERIFY2(got->message.contains(QLatin1String("cancelled")), qPrintable(got->message));
    QTRY_COMPARE(ended.size(), 1);
    QTest::qWait(50);
    QCOMPARE(calls, 1);
    QCOMPARE(m_service->cachedKeySets(), 0);
}

void TestJwtSignature::destroyedContextGetsNoAnswer()
{
    auto *context = new QObject;
    bool called = false;
    AbstractJob *job =
        m_service->verify(parsed(m_armToken), context, [&called](const JwtVerification &) { called = true; });
    QVERIFY(job);
    QSignalSpy ended(job, &AbstractJob::ended);
    delete context;
    QTRY_COMPARE(ended.size(), 1);
    QTest::qWait(50);
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestJwtSignature)
#include "tst_jwtsignature.moc"
