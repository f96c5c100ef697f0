// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "core/ApiError.h"
#include "core/CosmosPermission.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace csc;

class TestCosmosPermission : public QObject
{
    Q_OBJECT
private slots:
    void ids_data();
    void ids();
    void lifetimes_data();
    void lifetimes();
    void links_data();
    void links();
    void validation_data();
    void validation();
    void parsesAndWipesToken();
    void refusesBrokenAnswers();
    void bodyRoundTrip();
    void containerPartitionKey();
};

void TestCosmosPermission::ids_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << QStringLiteral("reader-app") << true;
    QTest::newRow("spaces inside") << QStringLiteral("sales team") << true;
    QTest::newRow("unicode") << QStringLiteral("Kunden-Müller") << true;
    QTest::newRow("255") << QString(255, u'a') << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("256") << QString(256, u'a') << false;
    QTest::newRow("slash") << QStringLiteral("a/b") << false;
    QTest::newRow("backslash") << QStringLiteral("a\\b") << false;
    QTest::newRow("question mark") << QStringLiteral("a?b") << false;
    QTest::newRow("hash") << QStringLiteral("a#b") << false;
    QTest::newRow("trailing space") << QStringLiteral("a ") << false;
    QTest::newRow("control") << QStringLiteral("a\nb") << false;
}

void TestCosmosPermission::ids()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);
    const Result<void> r = CosmosRules::validateId(id, QStringLiteral("user id"));
    QCOMPARE(r.ok(), valid);
    if (!valid) {
        QCOMPARE(r.error().kind, ApiError::Kind::Validation);
        QVERIFY(r.error().message.contains(QLatin1String("user id")));
    }
}

void TestCosmosPermission::lifetimes_data()
{
    QTest::addColumn<int>("seconds");
    QTest::addColumn<bool>("valid");
    QTest::newRow("minimum") << 10 << true;
    QTest::newRow("default") << 3600 << true;
    QTest::newRow("maximum") << 18000 << true;
    QTest::newRow("too short") << 9 << false;
    QTest::newRow("too long") << 18001 << false;
    QTest::newRow("negative") << -1 << false;
}

void TestCosmosPermission::lifetimes()
{
    QFETCH(int, seconds);
    QFETCH(bool, valid);
    QCOMPARE(CosmosRules::validateTokenLifetime(seconds).ok(), valid);
}

void TestCosmosPermission::links_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<int>("segments");
    QTest::newRow("database") << QStringLiteral("dbs/shop") << 2;
    QTest::newRow("container") << QStringLiteral("dbs/shop/colls/orders") << 4;
    QTest::newRow("leading and trailing slash") << QStringLiteral("/dbs/shop/colls/orders/") << 4;
    QTest::newRow("item") << QStringLiteral("dbs/shop/colls/orders/docs/o-1") << 6;
    QTest::newRow("sproc") << QStringLiteral("dbs/shop/colls/orders/sprocs/bulk") << 6;
    QTest::newRow("attachment") << QStringLiteral("dbs/shop/colls/orders/docs/o-1/attachments/a") << 8;
    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("odd") << QStringLiteral("dbs/shop/colls") << 0;
    QTest::newRow("not dbs") << QStringLiteral("colls/orders") << 0;
    QTest::newRow("users are not a target") << QStringLiteral("dbs/shop/users/u") << 0;
    QTest::newRow("empty id") << QStringLiteral("dbs//colls/orders") << 0;
    QTest::newRow("too deep") << QStringLiteral("dbs/a/colls/b/docs/c/attachments/d/x/y") << 0;
}

void TestCosmosPermission::links()
{
    QFETCH(QString, link);
    QFETCH(int, segments);
    QCOMPARE(CosmosPermission::linkSegments(link).size(), segments);
}

void TestCosmosPermission::validation_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QJsonArray>("partitionKey");
    QTest::addColumn<QString>("error"); // part of the message; empty = valid
    QTest::newRow("container read") << QStringLiteral("read-orders")
                                    << QStringLiteral("dbs/shop/colls/orders") << QJsonArray() << QString();
    QTest::newRow("one partition") << QStringLiteral("tenant-42") << QStringLiteral("dbs/shop/colls/orders")
                                   << QJsonArray{QStringLiteral("tenant-42")} << QString();
    QTest::newRow("hierarchical key") << QStringLiteral("t") << QStringLiteral("dbs/shop/colls/orders")
                                      << QJsonArray{QStringLiteral("a"), 7} << QString();
    QTest::newRow("no id") << QString() << QStringLiteral("dbs/shop") << QJsonArray()
                           << QStringLiteral("permission id");
    QTest::newRow("no resource") << QStringLiteral("p") << QString() << QJsonArray()
                                 << QStringLiteral("Choose the database");
    QTest::newRow("other database") << QStringLiteral("p") << QStringLiteral("dbs/other/colls/c")
                                    << QJsonArray() << QStringLiteral("inside that database");
    QTest::newRow("key on a database") << QStringLiteral("p") << QStringLiteral("dbs/shop")
                                       << QJsonArray{QStringLiteral("x")} << QStringLiteral("on a container");
    QTest::newRow("object as key") << QStringLiteral("p") << QStringLiteral("dbs/shop/colls/orders")
                                   << QJsonArray{QJsonObject{}} << QStringLiteral("must be a string");
}

void TestCosmosPermission::validation()
{
    QFETCH(QString, id);
    QFETCH(QString, resource);
    QFETCH(QJsonArray, partitionKey);
    QFETCH(QString, error);
    CosmosPermission p;
    p.database = QStringLiteral("shop");
    p.user = QStringLiteral("app");
    p.id = id;
    p.resource = resource;
    p.resourcePartitionKey = partitionKey;
    const Result<void> r = p.validate();
    QCOMPARE(r.ok(), error.isEmpty());
    if (!error.isEmpty())
        QVERIFY2(r.error().message.contains(error), qPrintable(r.error().message));
}

void TestCosmosPermission::parsesAndWipesToken()
{
    QJsonObject json{{QStringLiteral("id"), QStringLiteral("read-orders")},
                     {QStringLiteral("permissionMode"), QStringLiteral("Read")},
                     {QStringLiteral("resource"), QStringLiteral("dbs/shop/colls/orders")},
                     {QStringLiteral("resourcePartitionKey"), QJsonArray{QStringLiteral("tenant-42")}},
                     {QStringLiteral("_rid"), QStringLiteral("Sl8fAC8cmgABAAAAAAAAAAAAAAAAAAAA")},
                     {QStringLiteral("_etag"), QStringLiteral("\"00000e00-0000-0000-0000-566736980000\"")},
                     {QStringLiteral("_ts"), 1764400000},
                     {QStringLiteral("_token"), QStringLiteral("type=resource&ver=1&sig=abc;def;")}};
    const auto p = CosmosPermission::fromJson(json, QStringLiteral("shop"), QStringLiteral("app"));
    QVERIFY(p.ok());
    QCOMPARE(p.value().id, QStringLiteral("read-orders"));
    QCOMPARE(p.value().mode, CosmosPermission::Mode::Read);
    QCOMPARE(p.value().resource, QStringLiteral("dbs/shop/colls/orders"));
    QCOMPARE(p.value().resourcePartitionKey, QJsonArray{QStringLiteral("tenant-42")});
    QCOMPARE(p.value().modified, QDateTime::fromSecsSinceEpoch(1764400000, Qt::UTC));
    QCOMPARE(p.value().token.bytes(), QByteArray("type=resource&ver=1&sig=abc;def;"));
    QCOMPARE(p.value().user, QStringLiteral("app"));
    QVERIFY(!json.contains(QStringLiteral("_token"))); // the parsed object no longer carries it
}

void TestCosmosPermission::refusesBrokenAnswers()
{
    QJsonObject noId{{QStringLiteral("permissionMode"), QStringLiteral("All")}};
    QCOMPARE(CosmosPermission::fromJson(noId, {}, {}).error().kind, ApiError::Kind::Parse);
    QJsonObject badMode{{QStringLiteral("id"), QStringLiteral("p")}, {QStringLiteral("permissionMode"), 3}};
    QCOMPARE(CosmosPermission::fromJson(badMode, {}, {}).error().kind, ApiError::Kind::Parse);
    QCOMPARE(CosmosUser::fromJson(QJsonObject{}, {}).error().kind, ApiError::Kind::Parse);
    QCOMPARE(CosmosDatabase::fromJson(QJsonObject{{QStringLiteral("id"), 5}}).error().kind,
             ApiError::Kind::Parse);
}

void TestCosmosPermission::bodyRoundTrip()
{
    CosmosPermission p;
    p.id = QStringLiteral("all-orders");
    p.mode = CosmosPermission::Mode::All;
    p.resource = CosmosPermission::containerLink(QStringLiteral("shop"), QStringLiteral("orders"));
    QCOMPARE(p.toJson(),
             (QJsonObject{{QStringLiteral("id"), QStringLiteral("all-orders")},
                          {QStringLiteral("permissionMode"), QStringLiteral("All")},
                          {QStringLiteral("resource"), QStringLiteral("dbs/shop/colls/orders")}}));
    p.resourcePartitionKey = QJsonArray{QStringLiteral("t1")};
    QJsonObject body = p.toJson();
    QCOMPARE(body.value(QStringLiteral("resourcePartitionKey")).toArray(), QJsonArray{QStringLiteral("t1")});
    const auto back = CosmosPermission::fromJson(body, QStringLiteral("shop"), QStringLiteral("u"));
    QVERIFY(back.ok());
    QCOMPARE(back.value().toJson(), p.toJson());
    QVERIFY(back.value().token.isEmpty());
    QCOMPARE(CosmosPermission::modeFromName(QStringLiteral("read")), CosmosPermission::Mode::Read);
    QVERIFY(!CosmosPermission::modeFromName(QStringLiteral("Write")));
}

void TestCosmosPermission::containerPartitionKey()
{
    const auto c = CosmosContainer::fromJson(
        QJsonObject{{QStringLiteral("id"), QStringLiteral("orders")},
                    {QStringLiteral("partitionKey"),
                     QJsonObject{{QStringLiteral("paths"), QJsonArray{QStringLiteral("/tenantId")}},
                                 {QStringLiteral("kind"), QStringLiteral("Hash")}}}},
        QStringLiteral("shop"));
    QVERIFY(c.ok());
    QCOMPARE(c.value().partitionKeyPaths, QStringList{QStringLiteral("/tenantId")});
    QCOMPARE(c.value().link(), QStringLiteral("dbs/shop/colls/orders"));
}

QTEST_GUILESS_MAIN(TestCosmosPermission)
#include "tst_cosmospermission.moc"
