// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "inspect/Base64Url.h"
#include "inspect/Jwt.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace csc;

namespace {

QByteArray b64u(const QByteArray &bytes)
{
    return Base64Url::encode(bytes);
}

QByteArray randomBytes(int n)
{
    QByteArray b(n, Qt::Uninitialized);
    for (int i = 0; i < n; ++i)
        b[i] = char(QRandomGenerator::global()->bounded(256));
    return b;
}

const QByteArray kHeader =
    R"({"typ":"JWT","alg":"RS256","x5t":"kWbkaa6qs8wsTnBwiiNYOhHbnAw","kid":"kWbkaa6qs8wsTnBwiiNYOhHbnAw"})";
const QByteArray kPayload =
    R"({"aud":"https://cosmos.azure.com","iss":"https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/","iat":1764406800,"nbf":1764406800,"exp":1764411000,"oid":"6b1f0c1e-1f45-4c1e-9e0f-7e3a1c2d9b10","tid":"72f988bf-86f1-41af-91ab-2d7cd011db47","ver":"1.0"})";

QByteArray token(const QByteArray &header, const QByteArray &payload, const QByteArray &signature)
{
    return b64u(header) + '.' + b64u(payload) + '.' + b64u(signature);
}

} // namespace

class TestJwt : public QObject
{
    Q_OBJECT

private slots:
    void base64UrlRoundTrip();
    void base64UrlDecode_data();
    void base64UrlDecode();
    void parsesEntraToken();
    void toleratesSurroundingWhitespace();
    void acceptsUnsignedOnlyForAlgNone();
    void refuses_data();
    void refuses();
};

void TestJwt::base64UrlRoundTrip()
{
    for (int n = 0; n < 70; ++n) {
        const QByteArray bytes = randomBytes(n);
        const QByteArray text = Base64Url::encode(bytes);
        QVERIFY(!text.contains('='));
        QVERIFY(!text.contains('+'));
        QVERIFY(!text.contains('/'));
        QCOMPARE(text, bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        const auto back = Base64Url::decode(text);
        QVERIFY(back.has_value());
        QCOMPARE(*back, bytes);
    }
}

void TestJwt::base64UrlDecode_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("empty") << QByteArray() << true << QByteArray();
    QTest::newRow("unpadded") << QByteArray("eyJhIjoxfQ") << true << QByteArray(R"({"a":1})");
    QTest::newRow("padded") << QByteArray("eyJhIjoxfQ==") << true << QByteArray(R"({"a":1})");
    QTest::newRow("url alphabet") << QByteArray("-_8") << true << QByteArray("\xfb\xff");
    QTest::newRow("standard plus") << QByteArray("+_8") << false << QByteArray();
    QTest::newRow("standard slash") << QByteArray("-/8") << false << QByteArray();
    QTest::newRow("length 1 mod 4") << QByteArray("eyJhI") << false << QByteArray();
    QTest::newRow("wrong padding") << QByteArray("eyJhIjoxfQ=") << false << QByteArray();
    QTest::newRow("three pads") << QByteArray("QQ===") << false << QByteArray();
    QTest::newRow("padding inside") << QByteArray("QQ==QQ==") << false << QByteArray();
    QTest::newRow("space") << QByteArray("QQ Q") << false << QByteArray();
    QTest::newRow("nul") << QByteArray("QQ\0Q", 4) << false << QByteArray();
    QTest::newRow("non-canonical bits") << QByteArray("QR") << false << QByteArray();
    QTest::newRow("canonical") << QByteArray("QQ") << true << QByteArray("A");
}

void TestJwt::base64UrlDecode()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, ok);
    QFETCH(QByteArray, expected);
    const auto decoded = Base64Url::decode(text);
    QCOMPARE(decoded.has_value(), ok);
    if (ok)
        QCOMPARE(*decoded, expected);
}

void TestJwt::parsesEntraToken()
{
    const QByteArray signature = randomBytes(256);
    const QByteArray text = token(kHeader, kPayload, signature);
    const Result<Jwt> jwt = Jwt::parse(text);
    QVERIFY2(jwt.ok(), qPrintable(jwt.ok() ? QString() : jwt.error().message));
    QCOMPARE(jwt.value().alg(), QStringLiteral("RS256"));
    QCOMPARE(jwt.value().kid(), QStringLiteral("kWbkaa6qs8wsTnBwiiNYOhHbnAw"));
    QCOMPARE(jwt.value().typ(), QStringLiteral("JWT"));
    QCOMPARE(jwt.value().payload.value(QStringLiteral("aud")).toString(),
             QStringLiteral("https://cosmos.azure.com"));
    QCOMPARE(jwt.value().signature, signature);
    QCOMPARE(jwt.value().signingInput(), text.left(text.lastIndexOf('.')));
    QCOMPARE(jwt.value().encodedSignature, b64u(signature));
}

void TestJwt::toleratesSurroundingWhitespace()
{
    const QByteArray text = "\r\n  " + token(kHeader, kPayload, randomBytes(256)) + " \n";
    QVERIFY(Jwt::parse(text).ok());
}

void TestJwt::acceptsUnsignedOnlyForAlgNone()
{
    const Result<Jwt> none = Jwt::parse(b64u(R"({"alg":"none"})") + '.' + b64u(kPayload) + '.');
    QVERIFY(none.ok());
    QCOMPARE(none.value().alg(), QStringLiteral("none"));
    QVERIFY(none.value().signature.isEmpty());
    const Result<Jwt> rs = Jwt::parse(b64u(kHeader) + '.' + b64u(kPayload) + '.');
    QVERIFY(!rs.ok());
    QCOMPARE(rs.error().kind, ApiError::Kind::Validation);
    QVERIFY2(rs.error().message.contains(QLatin1String("signature (part 3 of the JWT) is empty")),
             qPrintable(rs.error().message));
}

void TestJwt::refuses_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");
    const QByteArray h = b64u(kHeader);
    const QByteArray p = b64u(kPayload);
    const QByteArray s = b64u(randomBytes(256));

    QTest::newRow("empty") << QByteArray("  \n") << QStringLiteral("The token is empty.");
    QTest::newRow("one part") << QByteArray(h) << QStringLiteral("this input has 1 part(s)");
    QTest::newRow("two parts") << QByteArray(h + '.' + p) << QStringLiteral("this input has 2 part(s)");
    QTest::newRow("four parts") << QByteArray(h + '.' + p + '.' + s + '.' + s)
                                << QStringLiteral("this input has 4 part(s)");
    QTest::newRow("many parts") << QByteArray(100, '.') << QStringLiteral("more than six");
    QTest::newRow("jwe")
        << QByteArray(b64u(R"({"alg":"RSA-OAEP","enc":"A256GCM"})") + '.' + s + '.' + s + '.' + s + '.' + s)
        << QStringLiteral("encrypted token (JWE) cannot be read without the recipient's key");
    QTest::newRow("jwe header with three parts")
        << QByteArray(b64u(R"({"alg":"dir","enc":"A256GCM"})") + '.' + p + '.' + s)
        << QStringLiteral("encrypted token (JWE) cannot be read without the recipient's key");
    QTest::newRow("empty header") << QByteArray('.' + p + '.' + s)
                                  << QStringLiteral("The header (part 1 of the JWT) is empty.");
    QTest::newRow("empty payload") << QByteArray(h + ".." + s)
                                   << QStringLiteral("The payload (part 2 of the JWT) is empty.");
    QTest::newRow("bad base64url in payload")
        << QByteArray(h + ".eyJ!" + p + '.' + s)
        << QStringLiteral("payload (part 2 of the JWT) is not valid base64url");
    QTest::newRow("bad base64url in signature")
        << QByteArray(h + '.' + p + ".abcde")
        << QStringLiteral("signature (part 3 of the JWT) is not valid base64url");
    QTest::newRow("standard alphabet")
        << QByteArray(h + '.' + p + '.' + QByteArray("ab+/cd")) << QStringLiteral("standard base64 alphabet");
    QTest::newRow("header not json") << QByteArray(b64u("hello") + '.' + p + '.' + s)
                                     << QStringLiteral("The header (part 1 of the JWT) is not JSON");
    QTest::newRow("payload array") << QByteArray(h + '.' + b64u("[1,2]") + '.' + s)
                                   << QStringLiteral("payload (part 2 of the JWT) is JSON but not an object");
    QTest::newRow("payload not utf-8") << QByteArray(h + '.' + b64u("{\"a\":\"\xff\xfe\"}") + '.' + s)
                                       << QStringLiteral("payload (part 2 of the JWT) is not UTF-8 text");
    QTest::newRow("header not utf-8") << QByteArray(b64u("{\"alg\":\"\xc3\"}") + '.' + p + '.' + s)
                                      << QStringLiteral("header (part 1 of the JWT) is not UTF-8 text");
    QTest::newRow("duplicate alg") << QByteArray(b64u(R"({"alg":"RS256","alg":"none"})") + '.' + p + '.' + s)
                                   << QStringLiteral(
                                          "header (part 1 of the JWT) names the same member twice");
    QTest::newRow("duplicate by escape")
        << QByteArray(h + '.' + b64u(R"({"aud":"a","\u0061ud":"b"})") + '.' + s)
        << QStringLiteral("payload (part 2 of the JWT) names the same member twice");
    QTest::newRow("duplicate nested") << QByteArray(h + '.' + b64u(R"({"x":{"a":1,"a":2}})") + '.' + s)
                                      << QStringLiteral("names the same member twice");
    QTest::newRow("deep nesting") << QByteArray(h + '.' +
                                                b64u("{\"a\":" + QByteArray(5000, '[') +
                                                     QByteArray(5000, ']') + "}") +
                                                '.' + s)
                                  << QStringLiteral("payload (part 2 of the JWT) is JSON nested too deeply");
    QTest::newRow("too large") << QByteArray(h + '.' + QByteArray(Jwt::kMaxLength, 'A') + '.' + s)
                               << QStringLiteral("The token is too large");
    QTest::newRow("nul byte") << QByteArray(h + '.' + p + QByteArray(1, '\0') + '.' + s)
                              << QStringLiteral("binary data");
    QTest::newRow("inner space") << QByteArray(h + ". " + p + '.' + s)
                                 << QStringLiteral("contains a space or line break at position");
    QTest::newRow("bearer prefix") << QByteArray("Bearer " + h + '.' + p + '.' + s)
                                   << QStringLiteral("contains a space or line break at position 7");
    QTest::newRow("no alg") << QByteArray(b64u(R"({"typ":"JWT"})") + '.' + p + '.' + s)
                            << QStringLiteral("The header has no \"alg\"");
    QTest::newRow("alg not string") << QByteArray(b64u(R"({"alg":256})") + '.' + p + '.' + s)
                                    << QStringLiteral("The header has no \"alg\"");
    QTest::newRow("nested jwt") << QByteArray(b64u(R"({"alg":"RS256","cty":"JWT"})") + '.' +
                                              b64u(h + '.' + p + '.' + s) + '.' + s)
                                << QStringLiteral("nested JWT");
}

void TestJwt::refuses()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, message);
    const Result<Jwt> jwt = Jwt::parse(input);
    QVERIFY(!jwt.ok());
    QCOMPARE(jwt.error().kind, ApiError::Kind::Validation);
    QVERIFY2(jwt.error().message.contains(message), qPrintable(jwt.error().message));
}

QTEST_GUILESS_MAIN(TestJwt)
#include "tst_jwt.moc"
