// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "inspect/Jwks.h"
#include "inspect/TrustedAuthorities.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>

#include <memory>

using namespace csc;
using Outcome = JwtVerification::Outcome;

namespace {

struct PkeyFree
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;

QByteArray b64u(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

/// A fresh RSA key of `bits` (generated here: no key material in the repository).
Pkey generateRsa(int bits, unsigned exponent = 65537)
{
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr);
    EVP_PKEY *key = nullptr;
    BIGNUM *e = BN_new();
    BN_set_word(e, exponent);
    if (ctx && EVP_PKEY_keygen_init(ctx) > 0 && EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, bits) > 0 &&
        EVP_PKEY_CTX_set1_rsa_keygen_pubexp(ctx, e) > 0)
        EVP_PKEY_generate(ctx, &key);
    BN_free(e);
    EVP_PKEY_CTX_free(ctx);
    return Pkey(key);
}

QByteArray bnParam(EVP_PKEY *key, const char *name)
{
    BIGNUM *bn = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &bn) != 1)
        return {};
    QByteArray out(BN_num_bytes(bn), Qt::Uninitialized);
    BN_bn2bin(bn, reinterpret_cast<unsigned char *>(out.data()));
    BN_free(bn);
    return out;
}

QJsonObject jwkOf(EVP_PKEY *key, const QString &kid)
{
    return QJsonObject{{QStringLiteral("kty"), QStringLiteral("RSA")},
                       {QStringLiteral("use"), QStringLiteral("sig")},
                       {QStringLiteral("kid"), kid},
                       {QStringLiteral("x5t"), kid},
                       {QStringLiteral("n"), QString::fromLatin1(b64u(bnParam(key, OSSL_PKEY_PARAM_RSA_N)))},
                       {QStringLiteral("e"), QString::fromLatin1(b64u(bnParam(key, OSSL_PKEY_PARAM_RSA_E)))}};
}

QByteArray jwksOf(const QJsonArray &keys)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("keys"), keys}}).toJson(QJsonDocument::Compact);
}

QByteArray rs256(EVP_PKEY *key, const QByteArray &input)
{
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    size_t len = 0;
    QByteArray sig;
    if (EVP_DigestSignInit_ex(md, nullptr, "SHA256", nullptr, nullptr, key, nullptr) == 1 &&
        EVP_DigestSign(md, nullptr, &len, reinterpret_cast<const unsigned char *>(input.constData()),
                       size_t(input.size())) == 1) {
        sig.resize(qsizetype(len));
        if (EVP_DigestSign(md, reinterpret_cast<unsigned char *>(sig.data()), &len,
                           reinterpret_cast<const unsigned char *>(input.constData()),
                           size_t(input.size())) == 1)
            sig.resize(qsizetype(len));
        else
            sig.clear();
    }
    EVP_MD_CTX_free(md);
    return sig;
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject claims()
{
    return QJsonObject{
        {QStringLiteral("iss"),
         QStringLiteral("https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0")},
        {QStringLiteral("aud"), QStringLiteral("https://cosmos.azure.com")},
        {QStringLiteral("exp"), 1900000000},
        {QStringLiteral("oid"), QStringLiteral("00000000-0000-4000-8000-000000000001")}};
}

/// header.payload.signature signed with `key` (RS256) under `kid`.
QByteArray signedToken(EVP_PKEY *key, const QString &kid, const QJsonObject &payload = claims())
{
    const QJsonObject header{{QStringLiteral("typ"), QStringLiteral("JWT")},
                             {QStringLiteral("alg"), QStringLiteral("RS256")},
                             {QStringLiteral("kid"), kid}};
    const QByteArray input = b64u(compact(header)) + '.' + b64u(compact(payload));
    return input + '.' + b64u(rs256(key, input));
}

Jwt parsed(const QByteArray &token)
{
    const Result<Jwt> r = Jwt::parse(token);
    if (!r) {
        qWarning() << "test token does not parse:" << r.error().message;
        return {};
    }
    return r.value();
}

Jwks keySet(const QByteArray &json)
{
    const Result<Jwks> r = Jwks::parse(json);
    if (!r) {
        qWarning() << "test key set does not parse:" << r.error().message;
        return {};
    }
    return r.value();
}

} // namespace

class TestJwks : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void verifies();
    void verifiesWithLeadingZeroModulus();
    void tamperedPayloadIsBadSignature();
    void signatureOfAnotherKeyIsBadSignature();
    void truncatedSignatureIsBadSignature();
    void unknownKid();
    void missingKid();
    void algorithms_data();
    void algorithms();
    void checkOrder();
    void badKeys_data();
    void badKeys();
    void smallKeyIsBadKey();
    void findIgnoresUnknownKeyTypes();
    void parsesEntraShapedSet();
    void malformedSets_data();
    void malformedSets();
    void outcomeNames();
    void trustedIssuers_data();
    void trustedIssuers();
    void extraAuthorityHosts();

private:
    Pkey m_key;
    Pkey m_other;
    QString m_kid = QStringLiteral("kGx1");
};

void TestJwks::initTestCase()
{
    m_key = generateRsa(2048);
    m_other = generateRsa(2048);
    QVERIFY(m_key);
    QVERIFY(m_other);
}

void TestJwks::verifies()
{
    const Jwt jwt = parsed(signedToken(m_key.get(), m_kid));
    const Jwks keys =
        keySet(jwksOf({jwkOf(m_other.get(), QStringLiteral("other")), jwkOf(m_key.get(), m_kid)}));
    QCOMPARE(keys.keys.size(), 2);
    const JwtVerification v = JwtSignatureVerifier::verify(jwt, keys);
    QCOMPARE(v.outcome, Outcome::Verified);
    QVERIFY(v.ok());
    QCOMPARE(v.kid, m_kid);
    QVERIFY2(v.message.contains(m_kid), qPrintable(v.message));
    QVERIFY(!v.keysFromCache);
    QVERIFY(v.jwksUri.isEmpty());
}

void TestJwks::verifiesWithLeadingZeroModulus()
{
    // Some publishers encode n as a signed big-endian integer: a leading zero byte.
    QJsonObject jwk = jwkOf(m_key.get(), m_kid);
    jwk.insert(QStringLiteral("n"),
               QString::fromLatin1(b64u(QByteArray(1, '\0') + bnParam(m_key.get(), OSSL_PKEY_PARAM_RSA_N))));
    const JwtVerification v =
        JwtSignatureVerifier::verify(parsed(signedToken(m_key.get(), m_kid)), keySet(jwksOf({jwk})));
    QCOMPARE(v.outcome, Outcome::Verified);
}

void TestJwks::tamperedPayloadIsBadSignature()
{
    const QByteArray token = signedToken(m_key.get(), m_kid);
    QList<QByteArray> parts = token.split('.');
    QJsonObject payload = claims();
    payload.insert(QStringLiteral("oid"), QStringLiteral("00000000-0000-4000-8000-0000000000ff"));
    parts[1] = b64u(compact(payload));
    const JwtVerification v =
        JwtSignatureVerifier::verify(parsed(parts.join('.')), keySet(jwksOf({jwkOf(m_key.get(), m_kid)})));
    QCOMPARE(v.outcome, Outcome::BadSignature);
    QVERIFY(!v.ok());
    QCOMPARE(JwtVerification::outcomeName(v.outcome), QStringLiteral("bad-signature"));
    QVERIFY2(v.message.contains(QStringLiteral("altered")), qPrintable(v.message));
}

void TestJwks::signatureOfAnotherKeyIsBadSignature()
{
    // Signed by someone else under the published kid.
    const JwtVerification v = JwtSignatureVerifier::verify(parsed(signedToken(m_other.get(), m_kid)),
                                                           keySet(jwksOf({jwkOf(m_key.get(), m_kid)})));
    QCOMPARE(v.outcome, Outcome::BadSignature);
}

void TestJwks::truncatedSignatureIsBadSignature()
{
    QList<QByteArray> parts = signedToken(m_key.get(), m_kid).split('.');
    parts[2] = b64u(QByteArray::fromBase64(parts[2], QByteArray::Base64UrlEncoding).left(200));
    const JwtVerification v =
        JwtSignatureVerifier::verify(parsed(parts.join('.')), keySet(jwksOf({jwkOf(m_key.get(), m_kid)})));
    QCOMPARE(v.outcome, Outcome::BadSignature);
    QVERIFY2(v.message.contains(QStringLiteral("200")), qPrintable(v.message));
}

void TestJwks::unknownKid()
{
    const JwtVerification v =
        JwtSignatureVerifier::verify(parsed(signedToken(m_key.get(), QStringLiteral("rotated"))),
                                     keySet(jwksOf({jwkOf(m_key.get(), m_kid)})));
    QCOMPARE(v.outcome, Outcome::UnknownKid);
    QCOMPARE(v.kid, QStringLiteral("rotated"));
    QVERIFY2(v.message.contains(QStringLiteral("rotated")), qPrintable(v.message));
    QCOMPARE(JwtVerification::outcomeName(v.outcome), QStringLiteral("unknown-kid"));
    // And against an empty set.
    QCOMPARE(JwtSignatureVerifier::verify(parsed(signedToken(m_key.get(), m_kid)), Jwks{}).outcome,
             Outcome::UnknownKid);
}

void TestJwks::missingKid()
{
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("RS256")}};
    const QByteArray input = b64u(compact(header)) + '.' + b64u(compact(claims()));
    const Jwt jwt = parsed(input + '.' + b64u(rs256(m_key.get(), input)));
    // A key without kid in the set must not match a token without kid either.
    QJsonObject anonymous = jwkOf(m_key.get(), m_kid);
    anonymous.remove(QStringLiteral("kid"));
    const JwtVerification v = JwtSignatureVerifier::verify(jwt, keySet(jwksOf({anonymous})));
    QCOMPARE(v.outcome, Outcome::UnknownKid);
    QVERIFY2(v.message.contains(QStringLiteral("kid")), qPrintable(v.message));
}

void TestJwks::algorithms_data()
{
    QTest::addColumn<QString>("alg");
    QTest::addColumn<int>("outcome");
    QTest::newRow("none") << QStringLiteral("none") << int(Outcome::AlgNone);
    QTest::newRow("None") << QStringLiteral("None") << int(Outcome::AlgNone);
    QTest::newRow("NONE") << QStringLiteral("NONE") << int(Outcome::AlgNone);
    QTest::newRow("HS256") << QStringLiteral("HS256") << int(Outcome::AlgNotAllowed);
    QTest::newRow("RS384") << QStringLiteral("RS384") << int(Outcome::AlgNotAllowed);
    QTest::newRow("PS256") << QStringLiteral("PS256") << int(Outcome::AlgNotAllowed);
    QTest::newRow("rs256") << QStringLiteral("rs256") << int(Outcome::AlgNotAllowed);
    QTest::newRow("ES256") << QStringLiteral("ES256") << int(Outcome::AlgNotAllowed);
}

void TestJwks::algorithms()
{
    QFETCH(QString, alg);
    QFETCH(int, outcome);
    const QJsonObject header{{QStringLiteral("alg"), alg}, {QStringLiteral("kid"), m_kid}};
    const QByteArray input = b64u(compact(header)) + '.' + b64u(compact(claims()));
    // HS256 "signed" with the public key's modulus as the shared secret: the classic confusion attack.
    const QByteArray sig = outcome == int(Outcome::AlgNone)
                               ? QByteArray()
                               : b64u(bnParam(m_key.get(), OSSL_PKEY_PARAM_RSA_N).left(32));
    const Result<Jwt> jwt = Jwt::parse(input + '.' + sig);
    QVERIFY2(jwt.ok(), jwt.ok() ? "" : qPrintable(jwt.error().message));
    const JwtVerification v =
        JwtSignatureVerifier::verify(jwt.value(), keySet(jwksOf({jwkOf(m_key.get(), m_kid)})));
    QCOMPARE(int(v.outcome), outcome);
    QVERIFY(!v.ok());
    QVERIFY2(v.message.contains(outcome == int(Outcome::AlgNone) ? QStringLiteral("none") : alg),
             qPrintable(v.message));
}

void TestJwks::checkOrder()
{
    // alg is checked before the kid: an alg-none token with an unknown kid is AlgNone.
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("none")},
                             {QStringLiteral("kid"), QStringLiteral("x")}};
    const Jwt none = parsed(b64u(compact(header)) + '.' + b64u(compact(claims())) + '.');
    QCOMPARE(JwtSignatureVerifier::verify(none, Jwks{}).outcome, Outcome::AlgNone);
    // kid before key: unknown kid with an unusable key in the set is UnknownKid.
    QJsonObject ec{{QStringLiteral("kty"), QStringLiteral("EC")},
                   {QStringLiteral("kid"), QStringLiteral("ec")}};
    QCOMPARE(
        JwtSignatureVerifier::verify(parsed(signedToken(m_key.get(), m_kid)), keySet(jwksOf({ec}))).outcome,
        Outcome::UnknownKid);
    // Key before signature: a tampered token against an EC key under its kid is BadKey.
    QCOMPARE(JwtSignatureVerifier::verify(parsed(signedToken(m_key.get(), QStringLiteral("ec"))),
                                          keySet(jwksOf({ec})))
                 .outcome,
             Outcome::BadKey);
    // An empty token is Malformed.
    QCOMPARE(JwtSignatureVerifier::verify(Jwt{}, Jwks{}).outcome, Outcome::Malformed);
}

void TestJwks::badKeys_data()
{
    QTest::addColumn<QString>("member");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");
    const QByteArray n = bnParam(generateRsa(2048).get(), OSSL_PKEY_PARAM_RSA_N);
    QTest::newRow("kty oct") << QStringLiteral("kty") << QJsonValue(QStringLiteral("oct"))
                             << QStringLiteral("oct");
    QTest::newRow("use enc") << QStringLiteral("use") << QJsonValue(QStringLiteral("enc"))
                             << QStringLiteral("enc");
    QTest::newRow("alg RS512") << QStringLiteral("alg") << QJsonValue(QStringLiteral("RS512"))
                               << QStringLiteral("RS512");
    QTest::newRow("no n") << QStringLiteral("n") << QJsonValue(QString()) << QStringLiteral("missing");
    QTest::newRow("n not base64url") << QStringLiteral("n") << QJsonValue(QStringLiteral("a+b/c=="))
                                     << QStringLiteral("base64url");
    QTest::newRow("e even") << QStringLiteral("e")
                            << QJsonValue(QString::fromLatin1(b64u(QByteArray::fromHex("010000"))))
                            << QStringLiteral("odd");
    QTest::newRow("e one") << QStringLiteral("e")
                           << QJsonValue(QString::fromLatin1(b64u(QByteArray::fromHex("01"))))
                           << QStringLiteral("odd");
    QTest::newRow("e zero") << QStringLiteral("e")
                            << QJsonValue(QString::fromLatin1(b64u(QByteArray::fromHex("0000"))))
                            << QStringLiteral("too large");
    QTest::newRow("e too large") << QStringLiteral("e")
                                 << QJsonValue(QString::fromLatin1(b64u(QByteArray::fromHex("0100000001"))))
                                 << QStringLiteral("too large");
    QByteArray even = n;
    even.back() = char(quint8(even.back()) & 0xfe);
    QTest::newRow("n even") << QStringLiteral("n") << QJsonValue(QString::fromLatin1(b64u(even)))
                            << QStringLiteral("even");
    QTest::newRow("n 16384 bits") << QStringLiteral("n")
                                  << QJsonValue(QString::fromLatin1(b64u(n.repeated(8))))
                                  << QStringLiteral("16384");
}

void TestJwks::badKeys()
{
    QFETCH(QString, member);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    QJsonObject jwk = jwkOf(m_key.get(), m_kid);
    jwk.insert(member, value);
    const JwtVerification v =
        JwtSignatureVerifier::verify(parsed(signedToken(m_key.get(), m_kid)), keySet(jwksOf({jwk})));
    QCOMPARE(v.outcome, Outcome::BadKey);
    QCOMPARE(JwtVerification::outcomeName(v.outcome), QStringLiteral("bad-key"));
    QVERIFY2(v.message.contains(expected), qPrintable(v.message));
}

void TestJwks::smallKeyIsBadKey()
{
    const Pkey small = generateRsa(1024);
    QVERIFY(small);
    const JwtVerification v = JwtSignatureVerifier::verify(parsed(signedToken(small.get(), m_kid)),
                                                           keySet(jwksOf({jwkOf(small.get(), m_kid)})));
    QCOMPARE(v.outcome, Outcome::BadKey);
    QVERIFY2(v.message.contains(QStringLiteral("1024")), qPrintable(v.message));
    QVERIFY2(v.message.contains(QStringLiteral("2048")), qPrintable(v.message));
}

void TestJwks::findIgnoresUnknownKeyTypes()
{
    const Jwks keys =
        keySet(R"({"keys":[{"kid":"a","kty":"weird"},{"kid":"a","kty":"RSA","n":"AQAB","e":"AQAB"},
                                          {"kty":"RSA","n":"AQAB","e":"AQAB"}]})");
    QCOMPARE(keys.keys.size(), 3);
    const Jwk *a = keys.find(QStringLiteral("a"));
    QVERIFY(a);
    QCOMPARE(a->kty, QStringLiteral("RSA"));
    QCOMPARE(keys.find(QString()), nullptr);
    QCOMPARE(keys.find(QStringLiteral("b")), nullptr);
}

void TestJwks::parsesEntraShapedSet()
{
    const QByteArray json =
        R"({"keys":[{"kty":"RSA","use":"sig","kid":"abc","x5t":"abc","n":"sXch","e":"AQAB",
        "x5c":["MIIC"],"issuer":"https://login.microsoftonline.com/{tenantid}/v2.0","cloud_instance_name":"microsoftonline.com"}]})";
    const Result<Jwks> r = Jwks::parse(json);
    QVERIFY(r.ok());
    QCOMPARE(r.value().keys.size(), 1);
    const Jwk &k = r.value().keys.first();
    QCOMPARE(k.kid, QStringLiteral("abc"));
    QCOMPARE(k.use, QStringLiteral("sig"));
    QCOMPARE(k.x5t, QStringLiteral("abc"));
    QCOMPARE(k.x5c, QStringList{QStringLiteral("MIIC")});
    QCOMPARE(k.issuer, QStringLiteral("https://login.microsoftonline.com/{tenantid}/v2.0"));
    QCOMPARE(k.alg, QString());
}

void TestJwks::malformedSets_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("JSON");
    QTest::newRow("not json") << QByteArray("keys") << QStringLiteral("JSON");
    QTest::newRow("truncated") << QByteArray(R"({"keys":[{"kid":"a")") << QStringLiteral("JSON");
    QTest::newRow("array") << QByteArray(R"([{"kid":"a"}])") << QStringLiteral("object");
    QTest::newRow("no keys") << QByteArray(R"({"key":[]})") << QStringLiteral("keys");
    QTest::newRow("keys object") << QByteArray(R"({"keys":{"kid":"a"}})") << QStringLiteral("keys");
    QTest::newRow("key string") << QByteArray(R"({"keys":["abc"]})") << QStringLiteral("Key 1");
    QTest::newRow("kid number") << QByteArray(R"({"keys":[{"kid":5}]})") << QStringLiteral("kid");
    QTest::newRow("n array") << QByteArray(R"({"keys":[{"kid":"a"},{"kid":"b","n":["x"]}]})")
                             << QStringLiteral("Key 2");
    QTest::newRow("x5c string") << QByteArray(R"({"keys":[{"kid":"a","x5c":"MIIC"}]})")
                                << QStringLiteral("x5c");
    QTest::newRow("x5c numbers") << QByteArray(R"({"keys":[{"kid":"a","x5c":[1]}]})")
                                 << QStringLiteral("x5c");
    QByteArray many = "{\"keys\":[";
    for (int i = 0; i <= Jwks::kMaxKeys; ++i)
        many += QByteArray(i ? "," : "") + "{\"kid\":\"k" + QByteArray::number(i) + "\"}";
    many += "]}";
    QTest::newRow("too many keys") << many << QStringLiteral("101");
    QByteArray huge = R"({"keys":[{"kid":")" + QByteArray(Jwks::kMaxLength, 'a') + R"("}]})";
    QTest::newRow("too large") << huge << QStringLiteral("KB");
}

void TestJwks::malformedSets()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const Result<Jwks> r = Jwks::parse(json);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(expected), qPrintable(r.error().message));
}

void TestJwks::outcomeNames()
{
    const QList<std::pair<Outcome, const char *>> names{{Outcome::Verified, "verified"},
                                                        {Outcome::AlgNone, "alg-none"},
                                                        {Outcome::AlgNotAllowed, "alg-not-allowed"},
                                                        {Outcome::IssuerNotTrusted, "issuer-not-trusted"},
                                                        {Outcome::DiscoveryFailed, "discovery-failed"},
                                                        {Outcome::UnknownKid, "unknown-kid"},
                                                        {Outcome::BadKey, "bad-key"},
                                                        {Outcome::BadSignature, "bad-signature"},
                                                        {Outcome::Malformed, "malformed"}};
    for (const auto &[outcome, name] : names)
        QCOMPARE(JwtVerification::outcomeName(outcome), QLatin1String(name));
}

void TestJwks::trustedIssuers_data()
{
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QString>("configuration"); // empty: refused
    const QString tid = QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47");
    QTest::newRow("public v2")
        << QStringLiteral("https://login.microsoftonline.com/%1/v2.0").arg(tid)
        << QStringLiteral("https://login.microsoftonline.com/%1/v2.0/.well-known/openid-configuration")
               .arg(tid);
    QTest::newRow("public v1")
        << QStringLiteral("https://sts.windows.net/%1/").arg(tid)
        << QStringLiteral("https://login.microsoftonline.com/%1/.well-known/openid-configuration").arg(tid);
    QTest::newRow("china v1")
        << QStringLiteral("https://sts.chinacloudapi.cn/%1/").arg(tid)
        << QStringLiteral("https://login.chinacloudapi.cn/%1/.well-known/openid-configuration").arg(tid);
    QTest::newRow("us gov v2")
        << QStringLiteral("https://login.microsoftonline.us/%1/v2.0/").arg(tid)
        << QStringLiteral("https://login.microsoftonline.us/%1/v2.0/.well-known/openid-configuration")
               .arg(tid);
    QTest::newRow("http") << QStringLiteral("http://login.microsoftonline.com/%1/v2.0").arg(tid) << QString();
    QTest::newRow("other host") << QStringLiteral("https://evil.example/%1/v2.0").arg(tid) << QString();
    QTest::newRow("lookalike")
        << QStringLiteral("https://login.microsoftonline.com.evil.example/%1/v2.0").arg(tid) << QString();
    QTest::newRow("user info")
        << QStringLiteral("https://login.microsoftonline.com@evil.example/%1/v2.0").arg(tid) << QString();
    QTest::newRow("port") << QStringLiteral("https://login.microsoftonline.com:8443/%1/v2.0").arg(tid)
                          << QString();
    QTest::newRow("no tenant") << QStringLiteral("https://login.microsoftonline.com/") << QString();
    QTest::newRow("template") << QStringLiteral("https://login.microsoftonline.com/{tenantid}/v2.0")
                              << QString();
    QTest::newRow("traversal") << QStringLiteral("https://login.microsoftonline.com/../v2.0") << QString();
    QTest::newRow("extra path") << QStringLiteral("https://login.microsoftonline.com/%1/oauth2/v2.0").arg(tid)
                                << QString();
    QTest::newRow("v1 host v2 path") << QStringLiteral("https://sts.windows.net/%1/v2.0").arg(tid)
                                     << QString();
    QTest::newRow("query") << QStringLiteral("https://login.microsoftonline.com/%1/v2.0?x=1").arg(tid)
                           << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("local cloud untrusted")
        << QStringLiteral("https://127.0.0.1:4443/%1/v2.0").arg(tid) << QString();
}

void TestJwks::trustedIssuers()
{
    QFETCH(QString, issuer);
    QFETCH(QString, configuration);
    const TrustedAuthorities trusted;
    const Result<QUrl> r = trusted.openIdConfigurationFor(issuer);
    if (configuration.isEmpty()) {
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Validation);
        if (!issuer.isEmpty())
            QVERIFY2(r.error().message.contains(issuer.left(40)), qPrintable(r.error().message));
    } else {
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r.value().toString(), configuration);
        QVERIFY(trusted.isTrusted(r.value()));
    }
}

void TestJwks::extraAuthorityHosts()
{
    TrustedAuthorities trusted;
    const QString tid = QStringLiteral("11111111-2222-4333-8444-555555555555");
    QVERIFY(!trusted.isTrusted(QUrl(QStringLiteral("https://127.0.0.1:4443/x/discovery/v2.0/keys"))));
    trusted.addAuthorityHost(QUrl(QStringLiteral("http://127.0.0.1:4444"))); // not https: ignored
    trusted.addAuthorityHost(QUrl(QStringLiteral("https://127.0.0.1:4443")));
    trusted.addAuthorityHost(QUrl(QStringLiteral("https://127.0.0.1:4443/"))); // same origin once
    QCOMPARE(trusted.authorityHosts().size(), 6);
    QVERIFY(trusted.isTrusted(QUrl(QStringLiteral("https://127.0.0.1:4443/x/discovery/v2.0/keys"))));
    QVERIFY(!trusted.isTrusted(QUrl(QStringLiteral("https://127.0.0.1:4444/x/discovery/v2.0/keys"))));
    QVERIFY(!trusted.isTrusted(QUrl(QStringLiteral("http://127.0.0.1:4443/x/discovery/v2.0/keys"))));
    QVERIFY(!trusted.isTrusted(QUrl(QStringLiteral("https://user@127.0.0.1:4443/x"))));
    QVERIFY(trusted.isTrusted(
        QUrl(QStringLiteral("https://login.microsoftonline.com/common/discovery/v2.0/keys"))));
    QVERIFY(!trusted.isTrusted(QUrl(QStringLiteral("https://sts.windows.net/x/"))));

    Result<QUrl> v2 =
        trusted.openIdConfigurationFor(QStringLiteral("https://127.0.0.1:4443/%1/v2.0").arg(tid));
    QVERIFY(v2.ok());
    QCOMPARE(v2.value().toString(),
             QStringLiteral("https://127.0.0.1:4443/%1/v2.0/.well-known/openid-configuration").arg(tid));
    Result<QUrl> v1 = trusted.openIdConfigurationFor(QStringLiteral("https://127.0.0.1:4443/%1/").arg(tid));
    QVERIFY(v1.ok());
    QCOMPARE(v1.value().toString(),
             QStringLiteral("https://127.0.0.1:4443/%1/.well-known/openid-configuration").arg(tid));
    QVERIFY(!trusted.openIdConfigurationFor(QStringLiteral("https://127.0.0.1:4444/%1/").arg(tid)).ok());
}

QTEST_GUILESS_MAIN(TestJwks)
#include "tst_jwks.moc"
