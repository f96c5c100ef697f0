// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "core/Clock.h"
#include "core/MasterKeySigner.h"
#include "net/MasterKeyAuthorizer.h"
#include "net/ResourceTokenAuthorizer.h"

#include <QTest>
#include <QTimeZone>

#include <optional>

using namespace csc;

namespace {
// Published vector (REST "access control on Cosmos DB resources") and the other vectors of
// /work/shared/reference/cosmos-data-plane.md section 3.
const QByteArray kPublishedKey =
    "dsZQi3KtZmCv1ljt3VNWNm7sQUF1y5rJfC6kv5JiwvW0EndXdDku/dkKBp8/ufDToSxLzR4y+O/0H/t4bQtVNw==";
const QByteArray kOcamlKey =
    "SB1mrDcsPfPnHN2lCLYLTXDJMEqXsjvWqS2BXbvBbro94dxVHem3gyXKLPruSeMVE7ZKf36EGC5ArCkJqJaoOg==";
const QByteArray kEmulatorKey =
    "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==";
const QString kEmulatorDate = QStringLiteral("Tue, 01 Nov 1994 08:12:31 GMT");
const QString kPublishedDate = QStringLiteral("Thu, 27 Apr 2017 00:51:12 GMT");
const QByteArray kPublishedSig = "c09PEVJrgp2uQRkr934kFbTqhByc7TVr3OHyqlu+c+c=";
} // namespace

class TestMasterKeySigner : public QObject
{
    Q_OBJECT
private slots:
    void publishedVectors_data();
    void publishedVectors();
    void publishedStringToSignAndMac();
    void publishedHeaderEncodings();
    void dateIsLowercasedButLinkIsNot();

    void resourceFromPath_data();
    void resourceFromPath();
    void resourceFromUrlDecodesOnce();

    void httpDate_data();
    void httpDate();
    void parseHttpDateRejects_data();
    void parseHttpDateRejects();

    void decodeKeyRejects_data();
    void decodeKeyRejects();
    void decodeKeyLength();

    void parseAuthorization_data();
    void parseAuthorization();
    void parseAuthorizationRejects_data();
    void parseAuthorizationRejects();
    void parseResourceToken();

    void verify_data();
    void verify();
    void constantTimeEquals_data();
    void constantTimeEquals();

    void masterKeyAuthorizerSignsEachAttempt();
    void masterKeyAuthorizerRejectsInvalidKey();
    void resourceTokenAuthorizer();

    void cleanup() { Clock::setInstance(nullptr); }
};

void TestMasterKeySigner::publishedVectors_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QByteArray>("sig");

    QTest::newRow("published: GET dbs/ToDoList")
        << kPublishedKey << QByteArray("GET") << QStringLiteral("dbs") << QStringLiteral("dbs/ToDoList")
        << kPublishedDate << kPublishedSig;
    QTest::newRow("third-party: list databases")
        << kOcamlKey << QByteArray("GET") << QStringLiteral("dbs") << QString()
        << QStringLiteral("Wed, 16 May 2018 19:47:46 GMT")
        << QByteArray("cK0fCpDW9YvCbmmrIVxaGL/q9o/lFlPc8GdCphvow3c=");
    QTest::newRow("emulator: account root")
        << kEmulatorKey << QByteArray("GET") << QString() << QString() << kEmulatorDate
        << QByteArray("N4K9sTh55gXE+YRPcuWlVBBIfFr7vgRBGMdn4Z+Nels=");
    QTest::newRow("emulator: list databases")
        << kEmulatorKey << QByteArray("GET") << QStringLiteral("dbs") << QString() << kEmulatorDate
        << QByteArray("t1rXf5KbqCYq6EqaXtq320dJ4hnLHs3bj+i8xna2++Y=");
    QTest::newRow("emulator: create database")
        << kEmulatorKey << QByteArray("POST") << QStringLiteral("dbs") << QString() << kEmulatorDate
        << QByteArray("PL2tD2U/jXBDd01lxu5oiAjKFIMFIxwPrjDVda7rRlc=");
    QTest::newRow("emulator: list containers")
        << kEmulatorKey << QByteArray("GET") << QStringLiteral("colls") << QStringLiteral("dbs/ToDoList")
        << kEmulatorDate << QByteArray("X6I/TLbRbpBtpsceNYt8iKydGzYq7gsZdzXr/rw4AfQ=");
    QTest::newRow("emulator: create item") << kEmulatorKey << QByteArray("POST") << QStringLiteral("docs")
                                           << QStringLiteral("dbs/ToDoList/colls/Items") << kEmulatorDate
                                           << QByteArray("+IUbj5wbwIy/Z3RV/5G44cLrOQztUiKy6jJvZnERs/I=");
    QTest::newRow("emulator: read item")
        << kEmulatorKey << QByteArray("GET") << QStringLiteral("docs")
        << QStringLiteral("dbs/ToDoList/colls/Items/docs/item1") << kEmulatorDate
        << QByteArray("/hf6JZZNiR2Q0i/0/80I5z1o9zoZpq4fAy0ZvkIY2YY=");
    QTest::newRow("emulator: create permission")
        << kEmulatorKey << QByteArray("POST") << QStringLiteral("permissions")
        << QStringLiteral("dbs/ToDoList/users/alice") << kEmulatorDate
        << QByteArray("qkfSLDfvNtMYVrE4QyQEUoI4os7LontO8DEEW2P/Y+g=");
    QTest::newRow("upper-case type is lowered")
        << kPublishedKey << QByteArray("get") << QStringLiteral("DBS") << QStringLiteral("dbs/ToDoList")
        << kPublishedDate << kPublishedSig;
}

void TestMasterKeySigner::publishedVectors()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, verb);
    QFETCH(QString, type);
    QFETCH(QString, link);
    QFETCH(QString, date);
    QFETCH(QByteArray, sig);

    const Result<QByteArray> s = MasterKeySigner::signature(SecureBytes(key), verb, type, link, date);
    QVERIFY(s.ok());
    QCOMPARE(s.value(), sig);

    const Result<SecureBytes> decoded = MasterKeySigner::decodeKey(SecureBytes(key));
    QVERIFY(decoded.ok());
    QCOMPARE(MasterKeySigner::signatureWithDecodedKey(decoded.value(), verb, type, link, date), sig);
    QVERIFY(MasterKeySigner::verify(SecureBytes(key), verb, {type, link}, date, sig));

    // The header carries the encoded token and parses back to the same signature.
    const QByteArray header =
        MasterKeySigner::authorizationHeaderWithDecodedKey(decoded.value(), verb, {type, link}, date);
    QCOMPARE(header, MasterKeySigner::authorizationHeader(sig));
    const Result<CosmosAuthorization> parsed = MasterKeySigner::parseAuthorization(header);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.value().type, QStringLiteral("master"));
    QCOMPARE(parsed.value().version, QStringLiteral("1.0"));
    QCOMPARE(parsed.value().signature, sig);
}

void TestMasterKeySigner::publishedStringToSignAndMac()
{
    const QByteArray text = MasterKeySigner::stringToSign("GET", QStringLiteral("dbs"),
                                                          QStringLiteral("dbs/ToDoList"), kPublishedDate);
    QCOMPARE(text.toHex(),
             QByteArray("6765740a6462730a6462732f546f446f4c6973740a7468752c2032372061707220323031"
                        "372030303a35313a313220676d740a0a"));
    QCOMPARE(QByteArray::fromBase64(kPublishedSig).toHex(),
             QByteArray("734f4f11526b829dae41192bf77e2415b4ea841c9ced356bdce1f2aa5bbe73e7"));
}

void TestMasterKeySigner::publishedHeaderEncodings()
{
    const QByteArray header = MasterKeySigner::authorizationHeader(kPublishedSig);
    // encodeURIComponent, as @azure/cosmos sends it.
    QCOMPARE(
        header,
        QByteArray("type%3Dmaster%26ver%3D1.0%26sig%3Dc09PEVJrgp2uQRkr934kFbTqhByc7TVr3OHyqlu%2Bc%2Bc%3D"));
    // The documentation's lower-case hex (HttpUtility.UrlEncode) differs only in hex case.
    const QByteArray published =
        "type%3dmaster%26ver%3d1.0%26sig%3dc09PEVJrgp2uQRkr934kFbTqhByc7TVr3OHyqlu%2bc%2bc%3d";
    QCOMPARE(QByteArray::fromPercentEncoding(header), QByteArray::fromPercentEncoding(published));
    const Result<CosmosAuthorization> parsed = MasterKeySigner::parseAuthorization(published);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.value().signature, kPublishedSig);
    QCOMPARE(MasterKeySigner::masterToken(kPublishedSig),
             QByteArray("type=master&ver=1.0&sig=c09PEVJrgp2uQRkr934kFbTqhByc7TVr3OHyqlu+c+c="));
}

void TestMasterKeySigner::dateIsLowercasedButLinkIsNot()
{
    const QByteArray text = MasterKeySigner::stringToSign("GET", QStringLiteral("Docs"),
                                                          QStringLiteral("dbs/MyDb/colls/Items/docs/A"),
                                                          QStringLiteral("Thu, 27 Apr 2017 00:51:12 GMT"));
    QCOMPARE(text, QByteArray("get\ndocs\ndbs/MyDb/colls/Items/docs/A\nthu, 27 apr 2017 00:51:12 gmt\n\n"));
    // Ids are case-sensitive: a different case of the link is a different signature.
    const Result<QByteArray> lower =
        MasterKeySigner::signature(SecureBytes(kPublishedKey), "GET", QStringLiteral("dbs"),
                                   QStringLiteral("dbs/todolist"), kPublishedDate);
    QVERIFY(lower.ok());
    QVERIFY(lower.value() != kPublishedSig);
}

void TestMasterKeySigner::resourceFromPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("link");

    QTest::newRow("account root") << QStringLiteral("/") << QString() << QString();
    QTest::newRow("empty path") << QString() << QString() << QString();
    QTest::newRow("list databases") << QStringLiteral("/dbs") << QStringLiteral("dbs") << QString();
    QTest::newRow("database") << QStringLiteral("/dbs/ToDoList") << QStringLiteral("dbs")
                              << QStringLiteral("dbs/ToDoList");
    QTest::newRow("trailing slash") << QStringLiteral("/dbs/ToDoList/") << QStringLiteral("dbs")
                                    << QStringLiteral("dbs/ToDoList");
    QTest::newRow("containers") << QStringLiteral("/dbs/db1/colls") << QStringLiteral("colls")
                                << QStringLiteral("dbs/db1");
    QTest::newRow("container") << QStringLiteral("/dbs/db1/colls/c1") << QStringLiteral("colls")
                               << QStringLiteral("dbs/db1/colls/c1");
    QTest::newRow("items feed") << QStringLiteral("/dbs/db1/colls/c1/docs") << QStringLiteral("docs")
                                << QStringLiteral("dbs/db1/colls/c1");
    QTest::newRow("item") << QStringLiteral("/dbs/db1/colls/c1/docs/Item 1") << QStringLiteral("docs")
                          << QStringLiteral("dbs/db1/colls/c1/docs/Item 1");
    QTest::newRow("users") << QStringLiteral("/dbs/db1/users") << QStringLiteral("users")
                           << QStringLiteral("dbs/db1");
    QTest::newRow("user") << QStringLiteral("/dbs/db1/users/alice") << QStringLiteral("users")
                          << QStringLiteral("dbs/db1/users/alice");
    QTest::newRow("permissions") << QStringLiteral("/dbs/db1/users/alice/permissions")
                                 << QStringLiteral("permissions") << QStringLiteral("dbs/db1/users/alice");
    QTest::newRow("permission") << QStringLiteral("/dbs/db1/users/alice/permissions/p1")
                                << QStringLiteral("permissions")
                                << QStringLiteral("dbs/db1/users/alice/permissions/p1");
    QTest::newRow("sprocs") << QStringLiteral("/dbs/db1/colls/c1/sprocs") << QStringLiteral("sprocs")
                            << QStringLiteral("dbs/db1/colls/c1");
    QTest::newRow("sproc") << QStringLiteral("/dbs/db1/colls/c1/sprocs/sp1") << QStringLiteral("sprocs")
                           << QStringLiteral("dbs/db1/colls/c1/sprocs/sp1");
    QTest::newRow("udfs") << QStringLiteral("/dbs/db1/colls/c1/udfs") << QStringLiteral("udfs")
                          << QStringLiteral("dbs/db1/colls/c1");
    QTest::newRow("trigger") << QStringLiteral("/dbs/db1/colls/c1/triggers/t1") << QStringLiteral("triggers")
                             << QStringLiteral("dbs/db1/colls/c1/triggers/t1");
    QTest::newRow("pkranges") << QStringLiteral("/dbs/db1/colls/c1/pkranges") << QStringLiteral("pkranges")
                              << QStringLiteral("dbs/db1/colls/c1");
    QTest::newRow("offers feed") << QStringLiteral("/offers") << QStringLiteral("offers") << QString();
    QTest::newRow("offer rid is lower-cased")
        << QStringLiteral("/offers/AbCd") << QStringLiteral("offers") << QStringLiteral("abcd");
}

void TestMasterKeySigner::resourceFromPath()
{
    QFETCH(QString, path);
    QFETCH(QString, type);
    QFETCH(QString, link);
    const CosmosResource r = MasterKeySigner::resourceFromPath(path);
    QCOMPARE(r.resourceType, type);
    QCOMPARE(r.resourceLink, link);
}

void TestMasterKeySigner::resourceFromUrlDecodesOnce()
{
    // The URL is percent-encoded on the wire; the signature covers the unencoded id.
    const QUrl url =
        QUrl::fromEncoded("https://acct.documents.azure.com:443/dbs/My%20Db/colls/a%7Cb/docs/x%2525");
    const CosmosResource r = MasterKeySigner::resourceFromUrl(url);
    QCOMPARE(r.resourceType, QStringLiteral("docs"));
    QCOMPARE(r.resourceLink, QStringLiteral("dbs/My Db/colls/a|b/docs/x%25"));
}

void TestMasterKeySigner::httpDate_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QString>("text");
    QTest::newRow("published") << QDateTime(QDate(2017, 4, 27), QTime(0, 51, 12), QTimeZone::utc())
                               << kPublishedDate;
    QTest::newRow("emulator vectors")
        << QDateTime(QDate(1994, 11, 1), QTime(8, 12, 31), QTimeZone::utc()) << kEmulatorDate;
    QTest::newRow("sunday, december") << QDateTime(QDate(2026, 12, 6), QTime(23, 5, 9), QTimeZone::utc())
                                      << QStringLiteral("Sun, 06 Dec 2026 23:05:09 GMT");
    QTest::newRow("local time converted to UTC")
        << QDateTime(QDate(2026, 1, 1), QTime(1, 0, 0), QTimeZone(3600))
        << QStringLiteral("Thu, 01 Jan 2026 00:00:00 GMT");
}

void TestMasterKeySigner::httpDate()
{
    QFETCH(QDateTime, time);
    QFETCH(QString, text);
    QCOMPARE(MasterKeySigner::httpDate(time), text);
    QCOMPARE(MasterKeySigner::parseHttpDate(text), time.toUTC());
    QCOMPARE(MasterKeySigner::parseHttpDate(text.toLower()), time.toUTC());
}

void TestMasterKeySigner::parseHttpDateRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("wrong weekday") << QStringLiteral("Fri, 27 Apr 2017 00:51:12 GMT");
    QTest::newRow("no GMT") << QStringLiteral("Thu, 27 Apr 2017 00:51:12 UTC");
    QTest::newRow("ISO 8601") << QStringLiteral("2017-04-27T00:51:12Z");
    QTest::newRow("bad month") << QStringLiteral("Thu, 27 Foo 2017 00:51:12 GMT");
    QTest::newRow("bad hour") << QStringLiteral("Thu, 27 Apr 2017 25:51:12 GMT");
    QTest::newRow("single-digit day") << QStringLiteral("Thu, 7 Apr 2017 00:51:12 GMT");
}

void TestMasterKeySigner::parseHttpDateRejects()
{
    QFETCH(QString, text);
    QVERIFY(!MasterKeySigner::parseHttpDate(text).isValid());
}

void TestMasterKeySigner::decodeKeyRejects_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("blank") << QByteArray("   ");
    QTest::newRow("wrong length") << QByteArray("abc");
    QTest::newRow("invalid character") << QByteArray("ab$d");
    QTest::newRow("base64url alphabet") << QByteArray("ab-_");
    QTest::newRow("padding in the middle") << QByteArray("ab=c");
    QTest::newRow("space inside") << QByteArray("ab cdefg");
}

void TestMasterKeySigner::decodeKeyRejects()
{
    QFETCH(QByteArray, key);
    const Result<SecureBytes> r = MasterKeySigner::decodeKey(SecureBytes(key));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ApiError::Kind::Validation);
    QVERIFY(!MasterKeySigner::signature(SecureBytes(key), "GET", {}, {}, kEmulatorDate).ok());
}

void TestMasterKeySigner::decodeKeyLength()
{
    for (const QByteArray &key : {kPublishedKey, kOcamlKey, kEmulatorKey}) {
        const Result<SecureBytes> r = MasterKeySigner::decodeKey(SecureBytes(key));
        QVERIFY(r.ok());
        QCOMPARE(r.value().size(), qsizetype(MasterKeySigner::kKeyLength));
        QCOMPARE(r.value().bytes(), QByteArray::fromBase64(key));
    }
    // Surrounding whitespace (copied from a portal) is ignored; one padding character works too.
    const Result<SecureBytes> spaced = MasterKeySigner::decodeKey(SecureBytes(" " + kEmulatorKey + "\n"));
    QVERIFY(spaced.ok());
    QCOMPARE(spaced.value().bytes(), QByteArray::fromBase64(kEmulatorKey));
    const Result<SecureBytes> onePad = MasterKeySigner::decodeKey(SecureBytes(QByteArray("YWI=")));
    QVERIFY(onePad.ok());
    QCOMPARE(onePad.value().bytes(), QByteArray("ab"));
}

void TestMasterKeySigner::parseAuthorization_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("sig");

    QTest::newRow("encodeURIComponent (%2B)")
        << MasterKeySigner::authorizationHeader(kPublishedSig) << QStringLiteral("master") << kPublishedSig;
    QTest::newRow("lower-case hex (%2b)")
        << QByteArray("type%3dmaster%26ver%3d1.0%26sig%3dc09PEVJrgp2uQRkr934kFbTqhByc7TVr3OHyqlu%2bc%2bc%3d")
        << QStringLiteral("master") << kPublishedSig;
    QTest::newRow("not encoded, literal +")
        << QByteArray("type=master&ver=1.0&sig=c09PEVJrgp2uQRkr934kFbTqhByc7TVr3OHyqlu+c+c=")
        << QStringLiteral("master") << kPublishedSig;
    QTest::newRow("mixed: + literal, = encoded")
        << QByteArray("type%3Dmaster%26ver%3D1.0%26sig%3Dc09PEVJrgp2uQRkr934kFbTqhByc7TVr3OHyqlu+c+c%3D")
        << QStringLiteral("master") << kPublishedSig;
    QTest::newRow("aad token") << QByteArray("type%3Daad%26ver%3D1.0%26sig%3DeyJ0eXAi.eyJvaWQi.c2ln")
                               << QStringLiteral("aad") << QByteArray("eyJ0eXAi.eyJvaWQi.c2ln");
}

void TestMasterKeySigner::parseAuthorization()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, type);
    QFETCH(QByteArray, sig);
    const Result<CosmosAuthorization> r = MasterKeySigner::parseAuthorization(header);
    QVERIFY(r.ok());
    QCOMPARE(r.value().type, type);
    QCOMPARE(r.value().version, QStringLiteral("1.0"));
    QCOMPARE(r.value().signature, sig);
    QVERIFY(r.value().token.isEmpty());
    if (type == QLatin1String("master"))
        QVERIFY(MasterKeySigner::verify(SecureBytes(kPublishedKey), "GET",
                                        {QStringLiteral("dbs"), QStringLiteral("dbs/ToDoList")},
                                        kPublishedDate, r.value().signature));
}

void TestMasterKeySigner::parseAuthorizationRejects_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("bearer") << QByteArray("Bearer eyJ0eXAi");
    QTest::newRow("no sig") << QByteArray("type%3Dmaster%26ver%3D1.0");
    QTest::newRow("empty sig") << QByteArray("type=master&ver=1.0&sig=");
    QTest::newRow("no type") << QByteArray("ver=1.0&sig=abc");
    QTest::newRow("no version") << QByteArray("type=master&sig=abc");
}

void TestMasterKeySigner::parseAuthorizationRejects()
{
    QFETCH(QByteArray, header);
    const Result<CosmosAuthorization> r = MasterKeySigner::parseAuthorization(header);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ApiError::Kind::Validation);
}

void TestMasterKeySigner::parseResourceToken()
{
    const QByteArray token = "type=resource&ver=1&sig=Zm9vK2Jhcg==;YmxvYitibG9i/w==;";
    const Result<CosmosAuthorization> r =
        MasterKeySigner::parseAuthorization(MasterKeySigner::encodeToken(token));
    QVERIFY(r.ok());
    QCOMPARE(r.value().type, QStringLiteral("resource"));
    QCOMPARE(r.value().version, QStringLiteral("1"));
    QCOMPARE(r.value().signature, QByteArray("Zm9vK2Jhcg==;YmxvYitibG9i/w==;"));
    QCOMPARE(r.value().token, token);
}

void TestMasterKeySigner::verify_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("date");
    QTest::addColumn<bool>("valid");

    QTest::newRow("right key") << kPublishedKey << QByteArray("GET") << QStringLiteral("dbs/ToDoList")
                               << kPublishedDate << true;
    QTest::newRow("date case does not matter")
        << kPublishedKey << QByteArray("GET") << QStringLiteral("dbs/ToDoList") << kPublishedDate.toUpper()
        << true;
    QTest::newRow("wrong key") << kEmulatorKey << QByteArray("GET") << QStringLiteral("dbs/ToDoList")
                               << kPublishedDate << false;
    QTest::newRow("other verb") << kPublishedKey << QByteArray("DELETE") << QStringLiteral("dbs/ToDoList")
                                << kPublishedDate << false;
    QTest::newRow("other link") << kPublishedKey << QByteArray("GET") << QStringLiteral("dbs/Other")
                                << kPublishedDate << false;
    QTest::newRow("other date") << kPublishedKey << QByteArray("GET") << QStringLiteral("dbs/ToDoList")
                                << QStringLiteral("Thu, 27 Apr 2017 00:51:13 GMT") << false;
    QTest::newRow("invalid key") << QByteArray("not base64!") << QByteArray("GET")
                                 << QStringLiteral("dbs/ToDoList") << kPublishedDate << false;
}

void TestMasterKeySigner::verify()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, verb);
    QFETCH(QString, link);
    QFETCH(QString, date);
    QFETCH(bool, valid);
    QCOMPARE(
        MasterKeySigner::verify(SecureBytes(key), verb, {QStringLiteral("dbs"), link}, date, kPublishedSig),
        valid);
}

void TestMasterKeySigner::constantTimeEquals_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("equal");
    QTest::newRow("same") << kPublishedSig << QByteArray(kPublishedSig.constData()) << true;
    QTest::newRow("last byte differs")
        << kPublishedSig << QByteArray(kPublishedSig).replace(43, 1, "A") << false;
    QTest::newRow("first byte differs")
        << kPublishedSig << QByteArray(kPublishedSig).replace(0, 1, "d") << false;
    QTest::newRow("prefix") << kPublishedSig << kPublishedSig.left(43) << false;
    QTest::newRow("both empty") << QByteArray() << QByteArray() << true;
    QTest::newRow("one empty") << kPublishedSig << QByteArray() << false;
}

void TestMasterKeySigner::constantTimeEquals()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, equal);
    QCOMPARE(MasterKeySigner::constantTimeEquals(a, b), equal);
    QCOMPARE(MasterKeySigner::constantTimeEquals(b, a), equal);
}

void TestMasterKeySigner::masterKeyAuthorizerSignsEachAttempt()
{
    ManualClock clock(QDateTime(QDate(2017, 4, 27), QTime(0, 51, 12), QTimeZone::utc()));
    Clock::setInstance(&clock);
    MasterKeyAuthorizer authorizer{SecureBytes(kPublishedKey)};
    QVERIFY(authorizer.isKeyValid());
    QCOMPARE(authorizer.apiVersion(), QByteArray("2020-07-15"));

    const RestRequest request =
        RestRequest::get(QUrl(QStringLiteral("https://acct.documents.azure.com/dbs/ToDoList")));
    std::optional<Result<HeaderList>> first;
    authorizer.authorize(request, this, [&first](Result<HeaderList> r) { first = std::move(r); });
    QVERIFY(first && first->ok());
    auto header = [](const HeaderList &h, const QByteArray &name) {
        for (const auto &[n, v] : h)
            if (n.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        return QByteArray();
    };
    QCOMPARE(header(first->value(), "authorization"), MasterKeySigner::authorizationHeader(kPublishedSig));
    QCOMPARE(header(first->value(), "x-ms-date"), kPublishedDate.toLatin1());
    QCOMPARE(header(first->value(), "x-ms-version"), QByteArray("2020-07-15"));
    QVERIFY(!authorizer.invalidate());

    // A retry a minute later gets a fresh date and a different, still valid signature.
    clock.advance(60);
    std::optional<Result<HeaderList>> second;
    authorizer.authorize(request, this, [&second](Result<HeaderList> r) { second = std::move(r); });
    QVERIFY(second && second->ok());
    const QByteArray date = header(second->value(), "x-ms-date");
    QCOMPARE(date, QByteArray("Thu, 27 Apr 2017 00:52:12 GMT"));
    QVERIFY(header(second->value(), "authorization") != header(first->value(), "authorization"));
    const Result<CosmosAuthorization> parsed =
        MasterKeySigner::parseAuthorization(header(second->value(), "authorization"));
    QVERIFY(parsed.ok());
    QVERIFY(MasterKeySigner::verify(SecureBytes(kPublishedKey), "GET",
                                    {QStringLiteral("dbs"), QStringLiteral("dbs/ToDoList")},
                                    QString::fromLatin1(date), parsed.value().signature));
}

void TestMasterKeySigner::masterKeyAuthorizerRejectsInvalidKey()
{
    MasterKeyAuthorizer authorizer(SecureBytes(QByteArray("definitely not a key")));
    QVERIFY(!authorizer.isKeyValid());
    std::optional<Result<HeaderList>> result;
    authorizer.authorize(RestRequest::get(QUrl(QStringLiteral("https://acct.documents.azure.com/"))), this,
                         [&result](Result<HeaderList> r) { result = std::move(r); });
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().kind, ApiError::Kind::Validation);
    QVERIFY(authorizer
                .headersFor("GET", QUrl(QStringLiteral("https://acct.documents.azure.com/")), kPublishedDate)
                .isEmpty());
}

void TestMasterKeySigner::resourceTokenAuthorizer()
{
    ManualClock clock(QDateTime(QDate(1994, 11, 1), QTime(8, 12, 31), QTimeZone::utc()));
    Clock::setInstance(&clock);
    const QByteArray token = "type=resource&ver=1&sig=Zm9v+YmFy/w==;Ymxv+Yg==;";
    ResourceTokenAuthorizer authorizer{SecureBytes(token)};
    std::optional<Result<HeaderList>> result;
    authorizer.authorize(
        RestRequest::get(QUrl(QStringLiteral("https://acct.documents.azure.com/dbs/d/colls/c"))), this,
        [&result](Result<HeaderList> r) { result = std::move(r); });
    QVERIFY(result && result->ok());
    const HeaderList h = result->value();
    QCOMPARE(h.size(), 3);
    QCOMPARE(h.at(0).first, QByteArray("authorization"));
    QCOMPARE(h.at(0).second,
             QByteArray("type%3Dresource%26ver%3D1%26sig%3DZm9v%2BYmFy%2Fw%3D%3D%3BYmxv%2BYg%3D%3D%3B"));
    QCOMPARE(h.at(1), (std::pair<QByteArray, QByteArray>("x-ms-date", kEmulatorDate.toLatin1())));
    QCOMPARE(h.at(2), (std::pair<QByteArray, QByteArray>("x-ms-version", "2020-07-15")));

    ResourceTokenAuthorizer empty{SecureBytes()};
    std::optional<Result<HeaderList>> failed;
    empty.authorize(RestRequest::get(QUrl(QStringLiteral("https://acct.documents.azure.com/"))), this,
                    [&failed](Result<HeaderList> r) { failed = std::move(r); });
    QVERIFY(failed && !failed->ok());
}

QTEST_GUILESS_MAIN(TestMasterKeySigner)
#include "tst_masterkeysigner.moc"
