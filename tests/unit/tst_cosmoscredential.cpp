// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "core/MasterKeySigner.h"
#include "emulator/ResourceTokens.h"
#include "inspect/Base64Url.h"
#include "inspect/CosmosCredential.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace csc;

namespace {

const QByteArray kEmulatorKey =
    "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==";
constexpr qint64 kIssued = 1764406800; // 2025-11-29 09:00:00 UTC

QByteArray masterSignature()
{
    const Result<QByteArray> sig = MasterKeySigner::signature(
        SecureBytes(kEmulatorKey), "GET", QStringLiteral("dbs"), QStringLiteral("dbs/ToDoList"),
        QStringLiteral("Thu, 27 Apr 2017 00:51:12 GMT"));
    return sig.value();
}

QByteArray jwt()
{
    const QByteArray header = R"({"typ":"JWT","alg":"RS256","kid":"k1"})";
    const QByteArray payload =
        R"({"aud":"https://cosmos.azure.com","iss":"https://sts.windows.net/t/","exp":1764410400})";
    return Base64Url::encode(header) + '.' + Base64Url::encode(payload) + '.' +
           Base64Url::encode(QByteArray(256, 'x'));
}

emu::ResourceTokenClaims claims()
{
    emu::ResourceTokenClaims c;
    c.account = QStringLiteral("contoso");
    c.database = QStringLiteral("shop");
    c.userRid = QStringLiteral("Sn1aAKH9bwA=");
    c.permissionRid = QStringLiteral("Sn1aAKH9bwDnY3o8XE8WAA==");
    c.permissionEtag = QStringLiteral("\"00000e00-0000-0000-0000-566736980000\"");
    c.resource = QStringLiteral("dbs/shop/colls/orders");
    c.mode = QStringLiteral("Read");
    c.partitionKey = QStringLiteral("[\"tenant-42\"]");
    c.issuedAt = kIssued;
    c.expiresAt = kIssued + 3600;
    return c;
}

QByteArray localResourceToken()
{
    return emu::ResourceTokens::ephemeral().mint(claims());
}

/// Shaped like Azure's: 16-byte signature, sealed binary blob.
QByteArray azureResourceToken()
{
    QByteArray sig(16, Qt::Uninitialized);
    QByteArray blob(420, Qt::Uninitialized);
    for (int i = 0; i < sig.size(); ++i)
        sig[i] = char(i * 13 + 7);
    for (int i = 0; i < blob.size(); ++i)
        blob[i] = char((i * 101 + 17) & 0xff);
    return "type=resource&ver=1&sig=" + sig.toBase64() + ';' + blob.toBase64() + ';';
}

} // namespace

class TestCosmosCredential : public QObject
{
    Q_OBJECT

private slots:
    void authValue_data();
    void authValue();
    void authValueRefuses_data();
    void authValueRefuses();
    void localResourceTokenIsReadable();
    void azureResourceTokenIsSealed();
    void resourceTokenRefuses_data();
    void resourceTokenRefuses();
    void permissionDocument();
    void permissionRefuses_data();
    void permissionRefuses();
};

void TestCosmosCredential::authValue_data()
{
    const QByteArray sig = masterSignature();
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("version");
    QTest::addColumn<int>("layers");
    QTest::addColumn<int>("signatureBytes");

    QTest::newRow("master, as the SDKs send it")
        << MasterKeySigner::authorizationHeader(sig) << QStringLiteral("master") << QStringLiteral("1.0") << 1
        << 32;
    QTest::newRow("master, raw") << MasterKeySigner::masterToken(sig) << QStringLiteral("master")
                                 << QStringLiteral("1.0") << 0 << 32;
    QTest::newRow("master, double-encoded")
        << MasterKeySigner::encodeToken(MasterKeySigner::authorizationHeader(sig)) << QStringLiteral("master")
        << QStringLiteral("1.0") << 2 << 32;
    QTest::newRow("master, with header name")
        << QByteArray("Authorization: " + MasterKeySigner::authorizationHeader(sig) + "\r\n")
        << QStringLiteral("master") << QStringLiteral("1.0") << 1 << 32;
    QTest::newRow("master, published lower-case hex")
        << QByteArray("type%3dmaster%26ver%3d1.0%26sig%3dc09PEVJrgp2uQRkr934kFbTqhByc7TVr3OHyqlu%2bc%2bc%3d")
        << QStringLiteral("master") << QStringLiteral("1.0") << 1 << 32;
    QTest::newRow("aad") << MasterKeySigner::encodeToken("type=aad&ver=1.0&sig=" + jwt())
                         << QStringLiteral("aad") << QStringLiteral("1.0") << 1 << 0;
    QTest::newRow("resource") << MasterKeySigner::encodeToken(azureResourceToken())
                              << QStringLiteral("resource") << QStringLiteral("1") << 1 << 16;
}

void TestCosmosCredential::authValue()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, type);
    QFETCH(QString, version);
    QFETCH(int, layers);
    QFETCH(int, signatureBytes);
    const Result<CosmosAuthValue> v = CosmosAuthValue::parse(text);
    QVERIFY2(v.ok(), qPrintable(v.ok() ? QString() : v.error().message));
    QCOMPARE(v.value().parts.type, type);
    QCOMPARE(v.value().parts.version, version);
    QCOMPARE(v.value().encodingLayers, layers);
    QCOMPARE(v.value().wasPercentEncoded, layers > 0);
    QCOMPARE(v.value().signatureBytes, signatureBytes);
    if (type == QLatin1String("master"))
        QCOMPARE(QByteArray::fromBase64(v.value().parts.signature).size(), 32);
    if (type == QLatin1String("resource"))
        QCOMPARE(v.value().parts.token, azureResourceToken());
    if (type == QLatin1String("aad"))
        QCOMPARE(v.value().parts.signature, jwt());
}

void TestCosmosCredential::authValueRefuses_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("message");
    const QByteArray sig = masterSignature();
    QByteArray fiveTimes = MasterKeySigner::masterToken(sig);
    for (int i = 0; i < 5; ++i)
        fiveTimes = MasterKeySigner::encodeToken(fiveTimes);

    QTest::newRow("empty") << QByteArray(" ") << QStringLiteral("The authorization value is empty.");
    QTest::newRow("header name only")
        << QByteArray("authorization:") << QStringLiteral("The authorization value is empty.");
    QTest::newRow("too large") << QByteArray("type=master&ver=1.0&sig=" +
                                             QByteArray(CosmosAuthValue::kMaxLength, 'A'))
                               << QStringLiteral("too large");
    QTest::newRow("nul") << QByteArray("type=master&ver=1.0&sig=\0abc", 28) << QStringLiteral("binary data");
    QTest::newRow("not utf-8") << QByteArray("type=master&ver=1.0&sig=\xc3") << QStringLiteral("not UTF-8");
    QTest::newRow("bearer") << QByteArray("Bearer " + jwt()) << QStringLiteral("This is a Bearer header");
    QTest::newRow("not cosmos") << QByteArray("hello world")
                                << QStringLiteral("does not start with type=master");
    QTest::newRow("encoded five times") << fiveTimes << QStringLiteral("percent-decoding up to 4 times");
    QTest::newRow("no sig") << QByteArray("type=master&ver=1.0")
                            << QStringLiteral("not of the form type=...&ver=...&sig=...");
    QTest::newRow("empty sig") << QByteArray("type=master&ver=1.0&sig=") << QStringLiteral("not of the form");
    QTest::newRow("unknown type") << QByteArray("type=bearer&ver=1.0&sig=abc")
                                  << QStringLiteral("Unknown authorization type \"bearer\"");
    QTest::newRow("master version") << QByteArray("type=master&ver=2.0&sig=" + sig)
                                    << QStringLiteral("master-key signatures use ver=1.0");
    QTest::newRow("master not base64") << QByteArray("type=master&ver=1.0&sig=abc!")
                                       << QStringLiteral("The master-key signature is not base64.");
    QTest::newRow("master short") << QByteArray("type=master&ver=1.0&sig=" + QByteArray(16, 'k').toBase64())
                                  << QStringLiteral("decodes to 16 bytes; an HMAC-SHA256 signature has 32");
    QTest::newRow("master plus became space")
        << QByteArray("type=master&ver=1.0&sig=" + QByteArray(sig).replace('+', ' ').replace('/', ' '))
        << QStringLiteral("contains spaces");
    QTest::newRow("aad not a jwt") << QByteArray("type=aad&ver=1.0&sig=notajwt")
                                   << QStringLiteral("does not carry a readable JWT");
    QTest::newRow("aad jwe") << QByteArray("type=aad&ver=1.0&sig=a.b.c.d.e")
                             << QStringLiteral("encrypted token (JWE) cannot be read");
    QTest::newRow("resource cut off")
        << MasterKeySigner::encodeToken("type=resource&ver=1&sig=" + QByteArray(16, 's').toBase64())
        << QStringLiteral("is not of the form type=resource&ver=1&sig=<signature>;<data>;");
}

void TestCosmosCredential::authValueRefuses()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, message);
    const Result<CosmosAuthValue> v = CosmosAuthValue::parse(text);
    QVERIFY(!v.ok());
    QCOMPARE(v.error().kind, ApiError::Kind::Validation);
    QVERIFY2(v.error().message.contains(message), qPrintable(v.error().message));
    QVERIFY(!v.error().message.contains(QString::fromLatin1(masterSignature().left(12))));
}

void TestCosmosCredential::localResourceTokenIsReadable()
{
    const QByteArray token = localResourceToken();
    for (const QByteArray &form :
         {token, MasterKeySigner::encodeToken(token), QByteArray("  " + token + "\n")}) {
        const Result<ResourceTokenInfo> info = ResourceTokenInfo::parse(form);
        QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().message));
        const ResourceTokenInfo &i = info.value();
        QVERIFY(i.readable);
        QCOMPARE(i.version, QStringLiteral("1"));
        QCOMPARE(i.signatureBytes, 32);
        QVERIFY(i.blobBytes > 100);
        QCOMPARE(i.account, QStringLiteral("contoso"));
        QCOMPARE(i.database, QStringLiteral("shop"));
        QCOMPARE(i.userRid, QStringLiteral("Sn1aAKH9bwA="));
        QCOMPARE(i.permissionRid, QStringLiteral("Sn1aAKH9bwDnY3o8XE8WAA=="));
        QCOMPARE(i.resource, QStringLiteral("dbs/shop/colls/orders"));
        QCOMPARE(i.mode, QStringLiteral("Read"));
        QCOMPARE(i.partitionKey, QStringLiteral("[\"tenant-42\"]"));
        QCOMPARE(i.issuedAt, QDateTime::fromSecsSinceEpoch(kIssued, QTimeZone::utc()));
        QCOMPARE(i.expiresAt, QDateTime::fromSecsSinceEpoch(kIssued + 3600, QTimeZone::utc()));
    }
}

void TestCosmosCredential::azureResourceTokenIsSealed()
{
    const Result<ResourceTokenInfo> info = ResourceTokenInfo::parse(azureResourceToken());
    QVERIFY(info.ok());
    QVERIFY(!info.value().readable);
    QCOMPARE(info.value().signatureBytes, 16);
    QCOMPARE(info.value().blobBytes, 420);
    QVERIFY(info.value().resource.isEmpty());
    QVERIFY(!info.value().expiresAt.isValid());

    // ver=1.0 (seen in SDK fixtures) and a JSON blob that is not the local cloud's are fine, but not
    // readable.
    const QByteArray other = "type=resource&ver=1.0&sig=" + QByteArray(16, 's').toBase64() + ';' +
                             QByteArray(R"({"foo":1})").toBase64() + ';';
    const Result<ResourceTokenInfo> otherInfo = ResourceTokenInfo::parse(other);
    QVERIFY(otherInfo.ok());
    QCOMPARE(otherInfo.value().version, QStringLiteral("1.0"));
    QVERIFY(!otherInfo.value().readable);
}

void TestCosmosCredential::resourceTokenRefuses_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("message");
    const QByteArray sig = QByteArray(16, 's').toBase64();
    const QByteArray blob = QByteArray(64, 'b').toBase64();
    QTest::newRow("empty") << QByteArray() << QStringLiteral("The resource token is empty.");
    QTest::newRow("master") << MasterKeySigner::masterToken(masterSignature())
                            << QStringLiteral("This is not a resource token");
    QTest::newRow("no sig") << QByteArray("type=resource&ver=1;" + blob)
                            << QStringLiteral("has no sig= part");
    QTest::newRow("version") << QByteArray("type=resource&ver=7&sig=" + sig + ';' + blob + ';')
                             << QStringLiteral("version is \"7\"");
    QTest::newRow("no data") << QByteArray("type=resource&ver=1&sig=" + sig + ';')
                             << QStringLiteral(
                                    "is not of the form type=resource&ver=1&sig=<signature>;<data>;");
    QTest::newRow("extra part") << QByteArray("type=resource&ver=1&sig=" + sig + ';' + blob + ";x;")
                                << QStringLiteral("is not of the form");
    QTest::newRow("sig not base64") << QByteArray("type=resource&ver=1&sig=s!g;" + blob + ';')
                                    << QStringLiteral("signature is not base64");
    QTest::newRow("data not base64") << QByteArray("type=resource&ver=1&sig=" + sig + ";d@ta;")
                                     << QStringLiteral("data part is not base64");
    QTest::newRow("too large") << QByteArray("type=resource&ver=1&sig=" + sig + ';' +
                                             QByteArray(ResourceTokenInfo::kMaxLength, 'A') + ';')
                               << QStringLiteral("too large");
}

void TestCosmosCredential::resourceTokenRefuses()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, message);
    const Result<ResourceTokenInfo> info = ResourceTokenInfo::parse(text);
    QVERIFY(!info.ok());
    QVERIFY2(info.error().message.contains(message), qPrintable(info.error().message));
}

void TestCosmosCredential::permissionDocument()
{
    const QByteArray token = localResourceToken();
    const QJsonObject o{
        {QStringLiteral("id"), QStringLiteral("read-orders")},
        {QStringLiteral("permissionMode"), QStringLiteral("Read")},
        {QStringLiteral("resource"), QStringLiteral("dbs/shop/colls/orders")},
        {QStringLiteral("resourcePartitionKey"), QJsonArray{QStringLiteral("tenant-42")}},
        {QStringLiteral("_rid"), QStringLiteral("Sn1aAKH9bwDnY3o8XE8WAA==")},
        {QStringLiteral("_ts"), double(kIssued)},
        {QStringLiteral("_self"), QStringLiteral("dbs/Sn1aAA==/users/Sn1aAKH9bwA=/permissions/"
                                                 "Sn1aAKH9bwDnY3o8XE8WAA==/")},
        {QStringLiteral("_etag"), QStringLiteral("\"00000e00-0000-0000-0000-566736980000\"")},
        {QStringLiteral("_token"), QString::fromLatin1(token)}};
    const Result<PermissionDocument> p = PermissionDocument::parse(QJsonDocument(o).toJson());
    QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().message));
    QCOMPARE(p.value().id, QStringLiteral("read-orders"));
    QCOMPARE(p.value().permissionMode, QStringLiteral("Read"));
    QCOMPARE(p.value().resource, QStringLiteral("dbs/shop/colls/orders"));
    QCOMPARE(p.value().resourcePartitionKey.toArray().at(0).toString(), QStringLiteral("tenant-42"));
    QCOMPARE(p.value().rid, QStringLiteral("Sn1aAKH9bwDnY3o8XE8WAA=="));
    QCOMPARE(p.value().etag, QStringLiteral("\"00000e00-0000-0000-0000-566736980000\""));
    QCOMPARE(p.value().timestamp, QDateTime::fromSecsSinceEpoch(kIssued, QTimeZone::utc()));
    QCOMPARE(p.value().token, token);
    QVERIFY(p.value().tokenInfo.readable);
    QCOMPARE(p.value().tokenInfo.resource, QStringLiteral("dbs/shop/colls/orders"));
}

void TestCosmosCredential::permissionRefuses_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("not json") << QByteArray("{id: 1}") << QStringLiteral("is not valid JSON");
    QTest::newRow("array") << QByteArray("[1]") << QStringLiteral("not a JSON object");
    QTest::newRow("no token") << QByteArray(R"({"id":"p","permissionMode":"All","resource":"dbs/d"})")
                              << QStringLiteral("The JSON has no _token");
    QTest::newRow("id not string") << QByteArray(R"({"id":5,"_token":"type=resource&ver=1&sig=AA==;AA==;"})")
                                   << QStringLiteral("member of the wrong type");
    QTest::newRow("token not a resource token")
        << QByteArray(R"({"id":"p","_token":"type=master&ver=1.0&sig=x"})")
        << QStringLiteral("The permission's _token is not a resource token");
    QTest::newRow("deep") << QByteArray("{\"a\":" + QByteArray(3000, '[') + QByteArray(3000, ']') + "}")
                          << QStringLiteral("nested too deeply");
    QTest::newRow("binary") << QByteArray("{\"id\":\"\0\"}", 9) << QStringLiteral("binary data");
}

void TestCosmosCredential::permissionRefuses()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, message);
    const Result<PermissionDocument> p = PermissionDocument::parse(text);
    QVERIFY(!p.ok());
    QVERIFY2(p.error().message.contains(message), qPrintable(p.error().message));
}

QTEST_GUILESS_MAIN(TestCosmosCredential)
#include "tst_cosmoscredential.moc"
