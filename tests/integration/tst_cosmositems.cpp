// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "LocalCloudFixture.h"

#include "net/ApiClient.h"
#include "net/CosmosItemsClient.h"
#include "net/CosmosPermissionsService.h"
#include "net/MasterKeyAuthorizer.h"
#include "net/ResourceTokenAuthorizer.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTest>

#include <memory>
#include <optional>

using namespace csc;

namespace {
const QString kLegacy = QStringLiteral("contoso-legacy");
const QString kDb = QStringLiteral("itemsdb");
const QString kColl = QStringLiteral("orders");

template <typename T> bool waitFor(const std::optional<T> &slot)
{
    return QTest::qWaitFor([&slot] { return slot.has_value(); }, 20000);
}
} // namespace

class TestCosmosItems : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void withValueAt_data();
    void withValueAt();
    void itemsWithTheMasterKey();
    void itemsWithAResourceToken();
    void validationBeforeSending();

private:
    std::shared_ptr<MasterKeyAuthorizer> master();
    test::LocalCloudFixture m_cloud;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<CosmosItemsClient> m_items;
};

std::shared_ptr<MasterKeyAuthorizer> TestCosmosItems::master()
{
    const auto keys = m_cloud.emulator().store()->accountKeys(kLegacy);
    return std::make_shared<MasterKeyAuthorizer>(
        SecureBytes(keys ? keys->primaryMasterKey.toLatin1() : QByteArray()));
}

void TestCosmosItems::initTestCase()
{
    emu::EmulatorOptions options;
    options.lroDelayMs = 0;
    const Result<void> started = m_cloud.start(options);
    QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().summary()));
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_nam.get());
    m_client->setExtraTrustedCa(m_cloud.emulator().tls().caCertificate);
    m_items = std::make_unique<CosmosItemsClient>(m_client.get(),
                                                  QUrl(m_cloud.emulator().documentEndpoint(kLegacy)));

    std::optional<Result<CosmosDatabase>> db;
    m_items->createDatabase(kDb, master(), nullptr, [&db](const Result<CosmosDatabase> &r) { db = r; });
    QVERIFY(waitFor(db));
    QVERIFY2(db->ok(), qPrintable(db->ok() ? QString() : db->error().detailedText()));
    QCOMPARE(db->value().id, kDb);
    std::optional<Result<CosmosContainer>> coll;
    m_items->createContainer(kDb, kColl, QStringLiteral("/customer/tenant"), master(), nullptr,
                             [&coll](const Result<CosmosContainer> &r) { coll = r; });
    QVERIFY(waitFor(coll));
    QVERIFY2(coll->ok(), qPrintable(coll->ok() ? QString() : coll->error().detailedText()));
    QCOMPARE(coll->value().partitionKeyPaths, QStringList{QStringLiteral("/customer/tenant")});
    QCOMPARE(coll->value().link(), QStringLiteral("dbs/itemsdb/colls/orders"));
}

void TestCosmosItems::withValueAt_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    QTest::newRow("top") << QStringLiteral("/tenant") << QStringLiteral(R"({"id":"x","tenant":"t"})");
    QTest::newRow("nested") << QStringLiteral("/customer/tenant")
                            << QStringLiteral(R"({"customer":{"tenant":"t"},"id":"x"})");
    QTest::newRow("empty") << QString() << QStringLiteral(R"({"id":"x"})");
}

void TestCosmosItems::withValueAt()
{
    QFETCH(QString, path);
    QFETCH(QString, expected);
    const QJsonObject out = CosmosItemsClient::withValueAt(
        QJsonObject{{QStringLiteral("id"), QStringLiteral("x")}}, path, QStringLiteral("t"));
    QCOMPARE(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact)), expected);
}

void TestCosmosItems::itemsWithTheMasterKey()
{
    const QJsonArray pk{QStringLiteral("t1")};
    const QJsonObject item =
        CosmosItemsClient::withValueAt(QJsonObject{{QStringLiteral("id"), QStringLiteral("m1")}},
                                       QStringLiteral("/customer/tenant"), QStringLiteral("t1"));
    std::optional<Result<QJsonObject>> created;
    m_items->createItem(kDb, kColl, item, pk, master(), nullptr,
                        [&created](const Result<QJsonObject> &r) { created = r; });
    QVERIFY(waitFor(created));
    QVERIFY2(created->ok(), qPrintable(created->ok() ? QString() : created->error().detailedText()));
    QCOMPARE(created->value().value(QStringLiteral("id")).toString(), QStringLiteral("m1"));

    std::optional<Result<CosmosItemPage>> page;
    m_items->readItems(kDb, kColl, pk, 10, master(), nullptr,
                       [&page](const Result<CosmosItemPage> &r) { page = r; });
    QVERIFY(waitFor(page));
    QVERIFY(page->ok());
    QCOMPARE(page->value().count, 1);
    QCOMPARE(page->value().items.at(0).toObject().value(QStringLiteral("id")).toString(),
             QStringLiteral("m1"));

    std::optional<Result<QJsonObject>> read;
    m_items->readItem(kDb, kColl, QStringLiteral("m1"), pk, master(), nullptr,
                      [&read](const Result<QJsonObject> &r) { read = r; });
    QVERIFY(waitFor(read));
    QVERIFY(read->ok());

    std::optional<Result<void>> deleted;
    m_items->deleteItem(kDb, kColl, QStringLiteral("m1"), pk, master(), nullptr,
                        [&deleted](const Result<void> &r) { deleted = r; });
    QVERIFY(waitFor(deleted));
    QVERIFY(deleted->ok());
    std::optional<Result<QJsonObject>> gone;
    m_items->readItem(kDb, kColl, QStringLiteral("m1"), pk, master(), nullptr,
                      [&gone](const Result<QJsonObject> &r) { gone = r; });
    QVERIFY(waitFor(gone));
    QVERIFY(!gone->ok());
    QCOMPARE(gone->error().httpStatus, 404);
}

void TestCosmosItems::itemsWithAResourceToken()
{
    CosmosPermissionsService service(m_client.get(), QUrl(m_cloud.emulator().documentEndpoint(kLegacy)),
                                     master());
    std::optional<Result<CosmosUser>> user;
    service.createUser(kDb, QStringLiteral("reader"), nullptr,
                       [&user](const Result<CosmosUser> &r) { user = r; });
    QVERIFY(waitFor(user));
    QVERIFY(user->ok());
    CosmosPermission p;
    p.id = QStringLiteral("read-orders");
    p.database = kDb;
    p.user = QStringLiteral("reader");
    p.resource = CosmosPermission::containerLink(kDb, kColl);
    p.mode = CosmosPermission::Mode::Read;
    std::optional<Result<CosmosPermission>> minted;
    service.createPermission(p, 600, nullptr, [&minted](const Result<CosmosPermission> &r) { minted = r; });
    QVERIFY(waitFor(minted));
    QVERIFY2(minted->ok(), qPrintable(minted->ok() ? QString() : minted->error().detailedText()));
    auto token = std::make_shared<ResourceTokenAuthorizer>(minted->value().token);

    std::optional<Result<CosmosItemPage>> page;
    m_items->readItems(kDb, kColl, {}, 10, token, nullptr,
                       [&page](const Result<CosmosItemPage> &r) { page = r; });
    QVERIFY(waitFor(page));
    QVERIFY2(page->ok(), qPrintable(page->ok() ? QString() : page->error().detailedText()));

    const QJsonObject item =
        CosmosItemsClient::withValueAt(QJsonObject{{QStringLiteral("id"), QStringLiteral("w1")}},
                                       QStringLiteral("/customer/tenant"), QStringLiteral("t9"));
    std::optional<Result<QJsonObject>> created;
    m_items->createItem(kDb, kColl, item, QJsonArray{QStringLiteral("t9")}, token, nullptr,
                        [&created](const Result<QJsonObject> &r) { created = r; });
    QVERIFY(waitFor(created));
    QVERIFY(!created->ok());
    QCOMPARE(created->error().httpStatus, 403); // a Read token cannot write
}

void TestCosmosItems::validationBeforeSending()
{
    std::optional<Result<QJsonObject>> created;
    m_items->createItem(kDb, kColl, QJsonObject{{QStringLiteral("id"), QStringLiteral("bad/id")}}, {},
                        master(), nullptr, [&created](const Result<QJsonObject> &r) { created = r; });
    QVERIFY(waitFor(created));
    QVERIFY(!created->ok());
    QCOMPARE(created->error().kind, ApiError::Kind::Validation);
}

QTEST_GUILESS_MAIN(TestCosmosItems)
#include "tst_cosmositems.moc"
