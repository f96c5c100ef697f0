// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "SyncHttps.h"
#include "emulator/DemoSeed.h"
#include "emulator/Emulator.h"
#include "emulator/EntraService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

using namespace csc::emu;
using csc::test::HttpsReply;
using csc::test::httpsRequest;

namespace {

QByteArray b64url(const QString &s)
{
    return QByteArray::fromBase64(s.toLatin1(), QByteArray::Base64UrlEncoding);
}

/// Verifies an RS256 JWS with the public key given as JWKS n/e, independently of the emulator's code.
bool verifyWithJwk(const QByteArray &jwt, const QJsonObject &jwk)
{
    const QList<QByteArray> parts = jwt.split('.');
    if (parts.size() != 3)
        return false;
    const QByteArray n = b64url(jwk.value(QStringLiteral("n")).toString());
    const QByteArray e = b64url(jwk.value(QStringLiteral("e")).toString());
    BIGNUM *bn = BN_bin2bn(reinterpret_cast<const unsigned char *>(n.constData()), int(n.size()), nullptr);
    BIGNUM *be = BN_bin2bn(reinterpret_cast<const unsigned char *>(e.constData()), int(e.size()), nullptr);
    OSSL_PARAM_BLD *bld = OSSL_PARAM_BLD_new();
    OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_N, bn);
    OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_E, be);
    OSSL_PARAM *params = OSSL_PARAM_BLD_to_param(bld);
    EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr);
    EVP_PKEY *key = nullptr;
    EVP_PKEY_fromdata_init(pctx);
    EVP_PKEY_fromdata(pctx, &key, EVP_PKEY_PUBLIC_KEY, params);
    const QByteArray input = parts[0] + '.' + parts[1];
    const QByteArray sig = QByteArray::fromBase64(parts[2], QByteArray::Base64UrlEncoding);
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    const bool ok =
        key && EVP_DigestVerifyInit(md, nullptr, EVP_sha256(), nullptr, key) == 1 &&
        EVP_DigestVerify(md, reinterpret_cast<const unsigned char *>(sig.constData()), size_t(sig.size()),
                         reinterpret_cast<const unsigned char *>(input.constData()),
                         size_t(input.size())) == 1;
    EVP_MD_CTX_free(md);
    EVP_PKEY_free(key);
    EVP_PKEY_CTX_free(pctx);
    OSSL_PARAM_free(params);
    OSSL_PARAM_BLD_free(bld);
    BN_free(bn);
    BN_free(be);
    return ok;
}

QJsonObject jwtPart(const QByteArray &jwt, int index)
{
    return QJsonDocument::fromJson(
               QByteArray::fromBase64(jwt.split('.').value(index), QByteArray::Base64UrlEncoding))
        .object();
}

QByteArray form(const QList<std::pair<QString, QString>> &items)
{
    QByteArrayList parts;
    for (const auto &kv : items)
        parts << QUrl::toPercentEncoding(kv.first) + '=' + QUrl::toPercentEncoding(kv.second);
    return parts.join('&');
}

const QString kTenant = QLatin1String(DemoSeed::kTenantId);
const DemoSeed::DemoPrincipal &kOwner = DemoSeed::kPrincipals[0];

} // namespace

class TestEmuIdentity : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void openIdConfiguration_data();
    void openIdConfiguration();
    void unknownTenantDiscovery();
    void tokenIsSignedWithTheJwksKey();
    void tokenClaimsAreV1ForArm();
    void tokenViaDomainAndBasicAuth();
    void v1TokenEndpoint();
    void tokenErrors_data();
    void tokenErrors();
    void secretWithPlusSign();
    void v2ResourceGetsV2Claims();

private:
    QUrl url(const QString &path) const { return QUrl(m_emu.baseUrl().toString() + path); }
    HttpsReply token(const QByteArray &body, const QString &tenant = kTenant,
                     const QList<std::pair<QByteArray, QByteArray>> &headers = {})
    {
        QList<std::pair<QByteArray, QByteArray>> h{{"Content-Type", "application/x-www-form-urlencoded"}};
        h << headers;
        return httpsRequest("POST", url(u'/' + tenant + QStringLiteral("/oauth2/v2.0/token")),
                            m_emu.tls().caCertificate, body, h);
    }
    QTemporaryDir m_dir;
    Emulator m_emu;
};

void TestEmuIdentity::initTestCase()
{
    QVERIFY(m_dir.isValid());
    EmulatorOptions o;
    o.dataDir = m_dir.filePath(QStringLiteral("data"));
    o.seed = QStringLiteral("demo");
    const auto started = m_emu.start(o);
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
    QCOMPARE(m_emu.tenantId(), kTenant);
}

void TestEmuIdentity::openIdConfiguration_data()
{
    QTest::addColumn<QString>("tenant");
    QTest::newRow("guid") << kTenant;
    QTest::newRow("domain") << QStringLiteral("contosodemo.onmicrosoft.com");
}

void TestEmuIdentity::openIdConfiguration()
{
    QFETCH(QString, tenant);
    const auto r =
        httpsRequest("GET", url(u'/' + tenant + QStringLiteral("/v2.0/.well-known/openid-configuration")),
                     m_emu.tls().caCertificate);
    QCOMPARE(r.status, 200);
    const QJsonObject doc = r.json();
    const QString base = m_emu.baseUrl().toString();
    QCOMPARE(doc.value(QStringLiteral("issuer")).toString(), base + u'/' + kTenant + QStringLiteral("/v2.0"));
    // Like Entra, the endpoints name the tenant by its id even when discovery used the domain.
    QCOMPARE(doc.value(QStringLiteral("token_endpoint")).toString(),
             base + u'/' + kTenant + QStringLiteral("/oauth2/v2.0/token"));
    QVERIFY(doc.value(QStringLiteral("jwks_uri")).toString().startsWith(base + u'/'));
    QCOMPARE(doc.value(QStringLiteral("id_token_signing_alg_values_supported")).toArray(),
             QJsonArray{QStringLiteral("RS256")});
    QVERIFY(doc.value(QStringLiteral("token_endpoint_auth_methods_supported"))
                .toArray()
                .contains(QStringLiteral("client_secret_post")));
    // JWKS at jwks_uri.
    const auto keys = httpsRequest("GET", QUrl(doc.value(QStringLiteral("jwks_uri")).toString()),
                                   m_emu.tls().caCertificate);
    QCOMPARE(keys.status, 200);
    const QJsonObject jwk = keys.json().value(QStringLiteral("keys")).toArray().first().toObject();
    QCOMPARE(jwk.value(QStringLiteral("kty")).toString(), QStringLiteral("RSA"));
    QCOMPARE(jwk.value(QStringLiteral("use")).toString(), QStringLiteral("sig"));
    QCOMPARE(jwk.value(QStringLiteral("e")).toString(), QStringLiteral("AQAB"));
    QVERIFY(!jwk.value(QStringLiteral("kid")).toString().isEmpty());
    QVERIFY(!jwk.value(QStringLiteral("x5c")).toArray().isEmpty());
}

void TestEmuIdentity::unknownTenantDiscovery()
{
    const auto r = httpsRequest("GET",
                                url(QStringLiteral("/00000000-1111-4222-8333-444444444444/v2.0/.well-known/"
                                                   "openid-configuration")),
                                m_emu.tls().caCertificate);
    QCOMPARE(r.status, 400);
    QVERIFY(r.json()
                .value(QStringLiteral("error_description"))
                .toString()
                .startsWith(QLatin1String("AADSTS90002:")));
}

void TestEmuIdentity::tokenIsSignedWithTheJwksKey()
{
    const auto r =
        token(form({{QStringLiteral("client_id"), QLatin1String(kOwner.clientId)},
                    {QStringLiteral("client_secret"), QLatin1String(kOwner.secret)},
                    {QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                    {QStringLiteral("scope"), m_emu.baseUrl().toString() + QStringLiteral("/.default")}}));
    QCOMPARE(r.status, 200);
    const QJsonObject body = r.json();
    QCOMPARE(body.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    QCOMPARE(body.value(QStringLiteral("expires_in")).toInt(), 3599);
    QVERIFY(r.header("Cache-Control").contains("no-store"));
    const QByteArray jwt = body.value(QStringLiteral("access_token")).toString().toLatin1();
    const QJsonObject header = jwtPart(jwt, 0);
    QCOMPARE(header.value(QStringLiteral("alg")).toString(), QStringLiteral("RS256"));
    QCOMPARE(header.value(QStringLiteral("typ")).toString(), QStringLiteral("JWT"));

    const auto keys = httpsRequest("GET", url(u'/' + kTenant + QStringLiteral("/discovery/v2.0/keys")),
                                   m_emu.tls().caCertificate);
    const QJsonObject jwk = keys.json().value(QStringLiteral("keys")).toArray().first().toObject();
    QCOMPARE(header.value(QStringLiteral("kid")).toString(), jwk.value(QStringLiteral("kid")).toString());
    QVERIFY(verifyWithJwk(jwt, jwk));
    // A changed payload no longer verifies.
    QList<QByteArray> parts = jwt.split('.');
    QJsonObject claims = jwtPart(jwt, 1);
    claims.insert(QStringLiteral("oid"), QStringLiteral("someone-else"));
    parts[1] = QJsonDocument(claims)
                   .toJson(QJsonDocument::Compact)
                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QVERIFY(!verifyWithJwk(parts.join('.'), jwk));
}

void TestEmuIdentity::tokenClaimsAreV1ForArm()
{
    const QString scopes[] = {m_emu.baseUrl().toString() + QStringLiteral("/.default"),
                              QStringLiteral("https://management.azure.com/.default"),
                              QStringLiteral("https://management.core.windows.net//.default")};
    const QString auds[] = {m_emu.baseUrl().toString() + u'/',
                            QStringLiteral("https://management.azure.com/"),
                            QStringLiteral("https://management.core.windows.net/")};
    for (int i = 0; i < 3; ++i) {
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        const auto r = token(form({{QStringLiteral("client_id"), QLatin1String(kOwner.clientId)},
                                   {QStringLiteral("client_secret"), QLatin1String(kOwner.secret)},
                                   {QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                                   {QStringLiteral("scope"), scopes[i]}}));
        QCOMPARE(r.status, 200);
        const QJsonObject c =
            jwtPart(r.json().value(QStringLiteral("access_token")).toString().toLatin1(), 1);
        QCOMPARE(c.value(QStringLiteral("aud")).toString(), auds[i]);
        QCOMPARE(c.value(QStringLiteral("iss")).toString(),
                 m_emu.baseUrl().toString() + u'/' + kTenant + u'/');
        QCOMPARE(c.value(QStringLiteral("ver")).toString(), QStringLiteral("1.0"));
        QCOMPARE(c.value(QStringLiteral("tid")).toString(), kTenant);
        QCOMPARE(c.value(QStringLiteral("oid")).toString(), QLatin1String(kOwner.objectId));
        QCOMPARE(c.value(QStringLiteral("appid")).toString(), QLatin1String(kOwner.clientId));
        QCOMPARE(c.value(QStringLiteral("appidacr")).toString(), QStringLiteral("1"));
        QCOMPARE(c.value(QStringLiteral("idtyp")).toString(), QStringLiteral("app"));
        QVERIFY(!c.contains(QStringLiteral("azp")));
        const qint64 iat = qint64(c.value(QStringLiteral("iat")).toDouble());
        const qint64 nbf = qint64(c.value(QStringLiteral("nbf")).toDouble());
        const qint64 exp = qint64(c.value(QStringLiteral("exp")).toDouble());
        QVERIFY(nbf <= before);
        QVERIFY(iat <= before);
        QVERIFY(exp >= before + 3599);
        QVERIFY(exp <= QDateTime::currentSecsSinceEpoch() + 3600);
    }
}

void TestEmuIdentity::tokenViaDomainAndBasicAuth()
{
    const QByteArray basic =
        "Basic " + (QByteArray(kOwner.clientId) + ':' + QByteArray(kOwner.secret)).toBase64();
    const auto r =
        token(form({{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                    {QStringLiteral("scope"), QStringLiteral("https://management.azure.com/.default")}}),
              QStringLiteral("contosodemo.onmicrosoft.com"), {{"Authorization", basic}});
    QCOMPARE(r.status, 200);
    const QJsonObject c = jwtPart(r.json().value(QStringLiteral("access_token")).toString().toLatin1(), 1);
    QCOMPARE(c.value(QStringLiteral("tid")).toString(), kTenant);
}

void TestEmuIdentity::v1TokenEndpoint()
{
    const auto r = httpsRequest(
        "POST", url(u'/' + kTenant + QStringLiteral("/oauth2/token")), m_emu.tls().caCertificate,
        form({{QStringLiteral("client_id"), QLatin1String(kOwner.clientId)},
              {QStringLiteral("client_secret"), QLatin1String(kOwner.secret)},
              {QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
              {QStringLiteral("resource"), QStringLiteral("https://management.core.windows.net/")}}),
        {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(r.status, 200);
    const QJsonObject body = r.json();
    QCOMPARE(body.value(QStringLiteral("expires_in")).toString(), QStringLiteral("3599"));
    QCOMPARE(body.value(QStringLiteral("resource")).toString(),
             QStringLiteral("https://management.core.windows.net/"));
    QVERIFY(body.value(QStringLiteral("expires_on")).toString().toLongLong() >
            QDateTime::currentSecsSinceEpoch());
}

void TestEmuIdentity::tokenErrors_data()
{
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("code");

    const QString arm = QStringLiteral("https://management.azure.com/.default");
    const QString id = QLatin1String(kOwner.clientId);
    const QString secret = QLatin1String(kOwner.secret);
    const QString cc = QStringLiteral("client_credentials");
    QTest::newRow("wrong secret") << kTenant
                                  << form(
                                         {{QStringLiteral("client_id"), id},
                                          {QStringLiteral("client_secret"), QStringLiteral("not-the-secret")},
                                          {QStringLiteral("grant_type"), cc},
                                          {QStringLiteral("scope"), arm}})
                                  << 401 << QStringLiteral("invalid_client") << 7000215;
    QTest::newRow("other principal's secret")
        << kTenant
        << form({{QStringLiteral("client_id"), id},
                 {QStringLiteral("client_secret"), QLatin1String(DemoSeed::kPrincipals[2].secret)},
                 {QStringLiteral("grant_type"), cc},
                 {QStringLiteral("scope"), arm}})
        << 401 << QStringLiteral("invalid_client") << 7000215;
    QTest::newRow("no secret") << kTenant
                               << form({{QStringLiteral("client_id"), id},
                                        {QStringLiteral("grant_type"), cc},
                                        {QStringLiteral("scope"), arm}})
                               << 401 << QStringLiteral("invalid_client") << 7000216;
    QTest::newRow("unknown client") << kTenant
                                    << form({{QStringLiteral("client_id"),
                                              QStringLiteral("99999999-0000-4000-8000-000000000000")},
                                             {QStringLiteral("client_secret"), secret},
                                             {QStringLiteral("grant_type"), cc},
                                             {QStringLiteral("scope"), arm}})
                                    << 400 << QStringLiteral("unauthorized_client") << 700016;
    QTest::newRow("scope without .default")
        << kTenant
        << form(
               {{QStringLiteral("client_id"), id},
                {QStringLiteral("client_secret"), secret},
                {QStringLiteral("grant_type"), cc},
                {QStringLiteral("scope"), QStringLiteral("https://management.azure.com/user_impersonation")}})
        << 400 << QStringLiteral("invalid_scope") << 1002012;
    QTest::newRow("two resources") << kTenant
                                   << form({{QStringLiteral("client_id"), id},
                                            {QStringLiteral("client_secret"), secret},
                                            {QStringLiteral("grant_type"), cc},
                                            {QStringLiteral("scope"),
                                             arm + QStringLiteral(" https://vault.azure.net/.default")}})
                                   << 400 << QStringLiteral("invalid_scope") << 1002012;
    QTest::newRow("missing scope") << kTenant
                                   << form({{QStringLiteral("client_id"), id},
                                            {QStringLiteral("client_secret"), secret},
                                            {QStringLiteral("grant_type"), cc}})
                                   << 400 << QStringLiteral("invalid_request") << 90014;
    QTest::newRow("unknown resource")
        << kTenant
        << form({{QStringLiteral("client_id"), id},
                 {QStringLiteral("client_secret"), secret},
                 {QStringLiteral("grant_type"), cc},
                 {QStringLiteral("scope"), QStringLiteral("https://unknown.example.com/.default")}})
        << 400 << QStringLiteral("invalid_resource") << 500011;
    QTest::newRow("unsupported grant") << kTenant
                                       << form({{QStringLiteral("client_id"), id},
                                                {QStringLiteral("client_secret"), secret},
                                                {QStringLiteral("grant_type"), QStringLiteral("password")},
                                                {QStringLiteral("scope"), arm}})
                                       << 400 << QStringLiteral("unsupported_grant_type") << 70003;
    QTest::newRow("no grant type") << kTenant
                                   << form({{QStringLiteral("client_id"), id},
                                            {QStringLiteral("client_secret"), secret},
                                            {QStringLiteral("scope"), arm}})
                                   << 400 << QStringLiteral("invalid_request") << 900144;
    QTest::newRow("unknown tenant") << QStringLiteral("00000000-1111-4222-8333-444444444444")
                                    << form({{QStringLiteral("client_id"), id},
                                             {QStringLiteral("client_secret"), secret},
                                             {QStringLiteral("grant_type"), cc},
                                             {QStringLiteral("scope"), arm}})
                                    << 400 << QStringLiteral("invalid_request") << 90002;
    QTest::newRow("common tenant") << QStringLiteral("common")
                                   << form({{QStringLiteral("client_id"), id},
                                            {QStringLiteral("client_secret"), secret},
                                            {QStringLiteral("grant_type"), cc},
                                            {QStringLiteral("scope"), arm}})
                                   << 400 << QStringLiteral("invalid_request") << 50059;
}

void TestEmuIdentity::tokenErrors()
{
    QFETCH(QString, tenant);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, error);
    QFETCH(int, code);
    const auto r = token(body, tenant, {{"client-request-id", "11111111-2222-4333-8444-555555555555"}});
    QCOMPARE(r.status, status);
    const QJsonObject e = r.json();
    QCOMPARE(e.value(QStringLiteral("error")).toString(), error);
    QCOMPARE(e.value(QStringLiteral("error_codes")).toArray(), QJsonArray{code});
    const QString description = e.value(QStringLiteral("error_description")).toString();
    QVERIFY2(description.startsWith(QStringLiteral("AADSTS%1: ").arg(code)), qPrintable(description));
    QVERIFY(description.contains(QLatin1String("Trace ID: ")));
    QVERIFY(description.contains(QLatin1String("Correlation ID: 11111111-2222-4333-8444-555555555555")));
    QCOMPARE(e.value(QStringLiteral("correlation_id")).toString(),
             QStringLiteral("11111111-2222-4333-8444-555555555555"));
    QVERIFY(!e.value(QStringLiteral("trace_id")).toString().isEmpty());
    QVERIFY(!e.value(QStringLiteral("timestamp")).toString().isEmpty());
    QVERIFY(!e.contains(QStringLiteral("access_token")));
    // The secret is never echoed back.
    QVERIFY(!r.body.contains(QByteArray(kOwner.secret)));
}

void TestEmuIdentity::secretWithPlusSign()
{
    // Form encoding: a literal '+' is a space, so "a+b" must arrive as %2B to match. A secret sent with a raw
    // '+' (i.e. a space) is a different secret.
    const QByteArray raw =
        "client_id=" + QByteArray(kOwner.clientId) +
        "&client_secret=" + QByteArray(kOwner.secret).replace('~', '+') +
        "&grant_type=client_credentials&scope=https%3A%2F%2Fmanagement.azure.com%2F.default";
    QCOMPARE(token(raw).status, 401);
    const QByteArray encoded =
        "client_id=" + QByteArray(kOwner.clientId) +
        "&client_secret=" + QUrl::toPercentEncoding(QLatin1String(kOwner.secret)) +
        "&grant_type=client_credentials&scope=https%3A%2F%2Fmanagement.azure.com%2F.default";
    QCOMPARE(token(encoded).status, 200);
}

void TestEmuIdentity::v2ResourceGetsV2Claims()
{
    // Later services register their APIs; one that accepts v2 tokens gets the v2 issuer and azp.
    m_emu.entra()->addResource(
        ResourceApp{QStringLiteral("Test API"),
                    [](const QString &resource, const EmuContext &) -> std::optional<QString> {
                        if (resource == QLatin1String("api://csc-test-api"))
                            return QStringLiteral("api://csc-test-api");
                        return std::nullopt;
                    },
                    2});
    const auto r = token(form({{QStringLiteral("client_id"), QLatin1String(kOwner.clientId)},
                               {QStringLiteral("client_secret"), QLatin1String(kOwner.secret)},
                               {QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                               {QStringLiteral("scope"), QStringLiteral("api://csc-test-api/.default")}}));
    QCOMPARE(r.status, 200);
    const QJsonObject c = jwtPart(r.json().value(QStringLiteral("access_token")).toString().toLatin1(), 1);
    QCOMPARE(c.value(QStringLiteral("aud")).toString(), QStringLiteral("api://csc-test-api"));
    QCOMPARE(c.value(QStringLiteral("iss")).toString(),
             m_emu.baseUrl().toString() + u'/' + kTenant + QStringLiteral("/v2.0"));
    QCOMPARE(c.value(QStringLiteral("ver")).toString(), QStringLiteral("2.0"));
    QCOMPARE(c.value(QStringLiteral("azp")).toString(), QLatin1String(kOwner.clientId));
    QCOMPARE(c.value(QStringLiteral("azpacr")).toString(), QStringLiteral("1"));
    QVERIFY(!c.contains(QStringLiteral("appid")));
    // ARM refuses a token for another API.
    const auto arm = httpsRequest(
        "GET", url(QStringLiteral("/subscriptions?api-version=2022-12-01")), m_emu.tls().caCertificate, {},
        {{"Authorization",
          "Bearer " + r.json().value(QStringLiteral("access_token")).toString().toLatin1()}});
    QCOMPARE(arm.status, 401);
    QCOMPARE(arm.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("InvalidAuthenticationTokenAudience"));
}

QTEST_GUILESS_MAIN(TestEmuIdentity)
#include "tst_emuidentity.moc"
