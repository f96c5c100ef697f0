// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "inspect/ConnectionString.h"

#include <QTest>

using namespace csc;

namespace {

/// A key shaped like a real one: 64 bytes, 88 characters of base64 with '+', '/' and "==".
QByteArray accountKey()
{
    QByteArray raw(64, Qt::Uninitialized);
    for (int i = 0; i < 64; ++i)
        raw[i] = char((i * 37 + 251) & 0xff);
    return raw.toBase64();
}

const QByteArray kEmulatorKey =
    "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==";

/// No field may show any 8-character piece of the key.
bool leaksKey(const CosmosConnectionString &cs, const QByteArray &key)
{
    for (const auto &f : cs.fields) {
        for (qsizetype i = 0; i + 8 <= key.size(); ++i) {
            if (f.value.contains(QString::fromLatin1(key.mid(i, 8))) ||
                f.name.contains(QString::fromLatin1(key.mid(i, 8))))
                return true;
        }
    }
    return false;
}

} // namespace

class TestConnectionString : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void masksKeyAndKeepsUnknownFields();
    void masksSecretLookingUnknownFields();
    void refuses_data();
    void refuses();
    void flavorNames();
};

void TestConnectionString::parses_data()
{
    const QByteArray key = accountKey();
    const QByteArray mongoKey = QByteArray(key).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("flavor");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("account");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<bool>("certOff");
    QTest::addColumn<bool>("plainHttp");

    QTest::newRow("sql")
        << QByteArray("AccountEndpoint=https://contoso-cosmos.documents.azure.com:443/;AccountKey=" + key +
                      ";")
        << int(CosmosConnectionString::Flavor::Sql)
        << QStringLiteral("https://contoso-cosmos.documents.azure.com:443/")
        << QStringLiteral("contoso-cosmos") << key << false << false;
    QTest::newRow("sql case-insensitive, spaces, no trailing semicolon")
        << QByteArray(" accountendpoint = https://contoso-cosmos.documents.azure.com:443/ ; ACCOUNTKEY=" +
                      key + "\n")
        << int(CosmosConnectionString::Flavor::Sql)
        << QStringLiteral("https://contoso-cosmos.documents.azure.com:443/")
        << QStringLiteral("contoso-cosmos") << key << false << false;
    QTest::newRow("emulator") << QByteArray("AccountEndpoint=https://localhost:8081/;AccountKey=" +
                                            kEmulatorKey + ";DisableServerCertificateValidation=True;")
                              << int(CosmosConnectionString::Flavor::Sql)
                              << QStringLiteral("https://localhost:8081/") << QStringLiteral("localhost")
                              << kEmulatorKey << true << false;
    QTest::newRow("sql over http") << QByteArray("AccountEndpoint=http://10.0.0.5:8081/;AccountKey=" + key)
                                   << int(CosmosConnectionString::Flavor::Sql)
                                   << QStringLiteral("http://10.0.0.5:8081/") << QStringLiteral("10.0.0.5")
                                   << key << false << true;
    QTest::newRow("table") << QByteArray(
                                  "DefaultEndpointsProtocol=https;AccountName=contoso-table;AccountKey=" +
                                  key + ";TableEndpoint=https://contoso-table.table.cosmos.azure.com:443/;")
                           << int(CosmosConnectionString::Flavor::Table)
                           << QStringLiteral("https://contoso-table.table.cosmos.azure.com:443/")
                           << QStringLiteral("contoso-table") << key << false << false;
    QTest::newRow("table over http")
        << QByteArray("DefaultEndpointsProtocol=http;AccountName=contoso-table;AccountKey=" + key +
                      ";TableEndpoint=https://contoso-table.table.cosmos.azure.com:443/;")
        << int(CosmosConnectionString::Flavor::Table)
        << QStringLiteral("https://contoso-table.table.cosmos.azure.com:443/")
        << QStringLiteral("contoso-table") << key << false << true;
    QTest::newRow("mongodb") << QByteArray(
                                    "mongodb://contoso-mongo:" + mongoKey +
                                    "@contoso-mongo.mongo.cosmos.azure.com:10255/?ssl=true&replicaSet="
                                    "globaldb&retrywrites=false&maxIdleTimeMS=120000&appName=@contoso-mongo@")
                             << int(CosmosConnectionString::Flavor::MongoDb)
                             << QStringLiteral("mongodb://contoso-mongo.mongo.cosmos.azure.com:10255/")
                             << QStringLiteral("contoso-mongo") << key << false << false;
    QTest::newRow("mongodb invalid certificates allowed")
        << QByteArray(
               "mongodb://contoso-mongo:" + mongoKey +
               "@contoso-mongo.mongo.cosmos.azure.com:10255/?ssl=true&tlsAllowInvalidCertificates=true")
        << int(CosmosConnectionString::Flavor::MongoDb)
        << QStringLiteral("mongodb://contoso-mongo.mongo.cosmos.azure.com:10255/")
        << QStringLiteral("contoso-mongo") << key << true << false;
    QTest::newRow("mongodb without tls")
        << QByteArray("mongodb://contoso-mongo:" + mongoKey +
                      "@contoso-mongo.mongo.cosmos.azure.com:10255/?replicaSet=globaldb")
        << int(CosmosConnectionString::Flavor::MongoDb)
        << QStringLiteral("mongodb://contoso-mongo.mongo.cosmos.azure.com:10255/")
        << QStringLiteral("contoso-mongo") << key << false << true;
}

void TestConnectionString::parses()
{
    QFETCH(QByteArray, text);
    QFETCH(int, flavor);
    QFETCH(QString, endpoint);
    QFETCH(QString, account);
    QFETCH(QByteArray, key);
    QFETCH(bool, certOff);
    QFETCH(bool, plainHttp);
    const Result<CosmosConnectionString> cs = CosmosConnectionString::parse(text);
    QVERIFY2(cs.ok(), qPrintable(cs.ok() ? QString() : cs.error().message));
    QCOMPARE(int(cs.value().flavor), flavor);
    QCOMPARE(cs.value().endpoint.toString(), endpoint);
    QCOMPARE(cs.value().accountName, account);
    QCOMPARE(cs.value().key.bytes(), key);
    QCOMPARE(cs.value().disablesCertificateValidation, certOff);
    QCOMPARE(cs.value().plainHttp, plainHttp);
    QVERIFY(!leaksKey(cs.value(), key));
    int secrets = 0;
    for (const auto &f : cs.value().fields) {
        if (f.secret) {
            ++secrets;
            QCOMPARE(f.value, QStringLiteral("•••• (%1 characters)").arg(key.size()));
        }
    }
    QCOMPARE(secrets, 1);
}

void TestConnectionString::masksKeyAndKeepsUnknownFields()
{
    const QByteArray key = accountKey();
    const Result<CosmosConnectionString> cs = CosmosConnectionString::parse(
        "AccountEndpoint=https://contoso-cosmos.documents.azure.com:443/;AccountKey=" + key +
        ";ApplicationRegion=West Europe;");
    QVERIFY(cs.ok());
    const auto &fields = cs.value().fields;
    QCOMPARE(fields.size(), 3);
    QCOMPARE(fields.at(0).name, QStringLiteral("AccountEndpoint"));
    QCOMPARE(fields.at(0).value, QStringLiteral("https://contoso-cosmos.documents.azure.com:443/"));
    QVERIFY(fields.at(0).known);
    QVERIFY(!fields.at(0).secret);
    QCOMPARE(fields.at(1).name, QStringLiteral("AccountKey"));
    QCOMPARE(fields.at(1).value, QStringLiteral("•••• (88 characters)"));
    QVERIFY(fields.at(1).secret);
    QCOMPARE(fields.at(2).name, QStringLiteral("ApplicationRegion"));
    QCOMPARE(fields.at(2).value, QStringLiteral("West Europe"));
    QVERIFY(!fields.at(2).known);
}

void TestConnectionString::masksSecretLookingUnknownFields()
{
    const QByteArray key = accountKey();
    const Result<CosmosConnectionString> cs =
        CosmosConnectionString::parse("AccountEndpoint=https://a.documents.azure.com:443/;AccountKey=" + key +
                                      ";SharedAccessSignature=sv=2022-11-02&sig=c2VjcmV0c2lnbmF0dXJl;");
    QVERIFY(cs.ok());
    const auto &f = cs.value().fields.at(2);
    QVERIFY(f.secret);
    QVERIFY(!f.value.contains(QLatin1String("c2VjcmV0")));
}

void TestConnectionString::refuses_data()
{
    const QByteArray key = accountKey();
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray(" ; ") << QStringLiteral("no AccountEndpoint");
    QTest::newRow("blank") << QByteArray("  \n ") << QStringLiteral("The connection string is empty.");
    QTest::newRow("too large") << QByteArray("AccountEndpoint=https://a.documents.azure.com/;X=" +
                                             QByteArray(CosmosConnectionString::kMaxLength, 'x'))
                               << QStringLiteral("too large");
    QTest::newRow("nul") << QByteArray("AccountEndpoint=https://a.documents.azure.com/;\0AccountKey=x", 60)
                         << QStringLiteral("binary data");
    QTest::newRow("not utf-8") << QByteArray(
                                      "AccountEndpoint=https://a\xff.documents.azure.com/;AccountKey=" + key)
                               << QStringLiteral("not UTF-8");
    QTest::newRow("duplicate key") << QByteArray(
                                          "AccountEndpoint=https://a.documents.azure.com/;AccountKey=" + key +
                                          ";accountkey=" + key)
                                   << QStringLiteral("The setting accountkey appears twice");
    QTest::newRow("no equals")
        << QByteArray("AccountEndpoint=https://a.documents.azure.com/;garbage;AccountKey=" + key)
        << QStringLiteral("Setting 2 of the connection string is not of the form Name=Value");
    QTest::newRow("empty name") << QByteArray("AccountEndpoint=https://a.documents.azure.com/;=" + key)
                                << QStringLiteral("Setting 2 of the connection string has an empty name");
    QTest::newRow("no endpoint") << QByteArray("AccountKey=" + key) << QStringLiteral("no AccountEndpoint");
    QTest::newRow("no key") << QByteArray("AccountEndpoint=https://a.documents.azure.com/")
                            << QStringLiteral("no AccountKey");
    QTest::newRow("relative endpoint")
        << QByteArray("AccountEndpoint=a.documents.azure.com;AccountKey=" + key)
        << QStringLiteral("AccountEndpoint must be an absolute https:// URL");
    QTest::newRow("ftp endpoint") << QByteArray("AccountEndpoint=ftp://a.documents.azure.com/;AccountKey=" +
                                                key)
                                  << QStringLiteral("AccountEndpoint must be an absolute https:// URL");
    QTest::newRow("key not base64") << QByteArray(
                                           "AccountEndpoint=https://a.documents.azure.com/;AccountKey=not a "
                                           "key!!")
                                    << QStringLiteral("AccountKey is not base64 text");
    QTest::newRow("empty key") << QByteArray("AccountEndpoint=https://a.documents.azure.com/;AccountKey=;")
                               << QStringLiteral("AccountKey is empty");
    QTest::newRow("storage string") << QByteArray(
                                           "DefaultEndpointsProtocol=https;AccountName=st;AccountKey=" + key +
                                           ";EndpointSuffix=core.windows.net")
                                    << QStringLiteral("no TableEndpoint");
    QTest::newRow("mongo no password")
        << QByteArray("mongodb://user@host:10255/?ssl=true") << QStringLiteral("a user name but no password");
    QTest::newRow("mongo no credentials")
        << QByteArray("mongodb://host:10255/?ssl=true") << QStringLiteral("no user name and password");
    QTest::newRow("mongo password not a key")
        << QByteArray("mongodb://user:hunter2!@host:10255/?ssl=true") << QStringLiteral("is not base64 text");
    QTest::newRow("mongo duplicate option")
        << QByteArray("mongodb://u:" + QByteArray(key).replace("=", "%3D") +
                      "@host:10255/?ssl=true&SSL=false")
        << QStringLiteral("The option SSL appears twice");
}

void TestConnectionString::refuses()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, message);
    const Result<CosmosConnectionString> cs = CosmosConnectionString::parse(text);
    QVERIFY(!cs.ok());
    QCOMPARE(cs.error().kind, ApiError::Kind::Validation);
    QVERIFY2(cs.error().message.contains(message), qPrintable(cs.error().message));
    QVERIFY(!cs.error().message.contains(QString::fromLatin1(accountKey().left(12))));
    QVERIFY(!cs.error().message.contains(QLatin1String("hunter2")));
}

void TestConnectionString::flavorNames()
{
    QCOMPARE(CosmosConnectionString::flavorName(CosmosConnectionString::Flavor::Sql),
             QStringLiteral("API for NoSQL"));
    QCOMPARE(CosmosConnectionString::flavorName(CosmosConnectionString::Flavor::Table),
             QStringLiteral("API for Table"));
    QCOMPARE(CosmosConnectionString::flavorName(CosmosConnectionString::Flavor::MongoDb),
             QStringLiteral("API for MongoDB"));
}

QTEST_GUILESS_MAIN(TestConnectionString)
#include "tst_connectionstring.moc"
