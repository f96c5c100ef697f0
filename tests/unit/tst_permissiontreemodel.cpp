// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "models/PermissionTreeModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace csc;

class TestPermissionTreeModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void lazyDatabasesUsersPermissions();
    void noTokenInAnyRole();
    void failedLoadCanBeRetried();
    void describesResources_data();
    void describesResources();

private:
    static CosmosPermission permission(const QString &id, CosmosPermission::Mode mode,
                                       const QString &resource, const QJsonArray &pk = {});
    std::unique_ptr<PermissionTreeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

CosmosPermission TestPermissionTreeModel::permission(const QString &id, CosmosPermission::Mode mode,
                                                     const QString &resource, const QJsonArray &pk)
{
    CosmosPermission p;
    p.id = id;
    p.mode = mode;
    p.resource = resource;
    p.resourcePartitionKey = pk;
    p.database = QStringLiteral("shop");
    p.user = QStringLiteral("alice");
    p.token = SecureBytes(QByteArrayLiteral("type=resource&ver=1&sig=c2VjcmV0;YmxvYg==;"));
    return p;
}

void TestPermissionTreeModel::init()
{
    m_model = std::make_unique<PermissionTreeModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestPermissionTreeModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestPermissionTreeModel::lazyDatabasesUsersPermissions()
{
    QSignalSpy users(m_model.get(), &PermissionTreeModel::usersRequested);
    QSignalSpy perms(m_model.get(), &PermissionTreeModel::permissionsRequested);
    m_model->setDatabases(
        {{QStringLiteral("shop"), QStringLiteral("r1")}, {QStringLiteral("hr"), QStringLiteral("r2")}});
    QCOMPARE(m_model->rowCount(), 2);
    const QModelIndex shop = m_model->databaseIndex(QStringLiteral("shop"));
    QVERIFY(m_model->hasChildren(shop));
    QCOMPARE(m_model->rowCount(shop), 0);
    // Views (and the model tester) fetch on their own; asked once per database while it loads.
    if (m_model->canFetchMore(shop))
        m_model->fetchMore(shop);
    const auto askedFor = [&users](const QString &db) {
        int n = 0;
        for (const auto &args : users)
            n += args.at(0).toString() == db ? 1 : 0;
        return n;
    };
    QCOMPARE(askedFor(QStringLiteral("shop")), 1);
    QVERIFY(!m_model->canFetchMore(shop));
    m_model->fetchMore(shop);
    QCOMPARE(askedFor(QStringLiteral("shop")), 1);

    CosmosUser alice;
    alice.id = QStringLiteral("alice");
    CosmosUser bob;
    bob.id = QStringLiteral("bob");
    m_model->setUsers(QStringLiteral("shop"), {alice, bob});
    QCOMPARE(m_model->rowCount(shop), 2);
    QVERIFY(!m_model->canFetchMore(shop));
    QCOMPARE(m_model->index(shop.row(), PermissionTreeModel::GrantsColumn).data().toString(),
             QStringLiteral("2 user(s)"));
    const QModelIndex aliceIndex = m_model->userIndex(QStringLiteral("shop"), QStringLiteral("alice"));
    QCOMPARE(m_model->kindOf(aliceIndex), PermissionTreeModel::Kind::User);
    if (m_model->canFetchMore(aliceIndex))
        m_model->fetchMore(aliceIndex);
    QVERIFY(!m_model->canFetchMore(aliceIndex));
    QVERIFY(std::any_of(perms.cbegin(), perms.cend(), [](const QList<QVariant> &a) {
        return a.at(1).toString() == QLatin1String("alice");
    }));

    m_model->setPermissions(
        QStringLiteral("shop"), QStringLiteral("alice"),
        {permission(QStringLiteral("read-orders"), CosmosPermission::Mode::Read,
                    QStringLiteral("dbs/shop/colls/orders"), QJsonArray{QStringLiteral("tenant-1")})});
    const QModelIndex p = m_model->permissionIndex(QStringLiteral("shop"), QStringLiteral("alice"),
                                                   QStringLiteral("read-orders"));
    QVERIFY(p.isValid());
    QCOMPARE(p.parent(), aliceIndex);
    QCOMPARE(p.data(PermissionTreeModel::KindRole).toInt(), int(PermissionTreeModel::Kind::Permission));
    QCOMPARE(p.data(PermissionTreeModel::ModeRole).toString(), QStringLiteral("Read"));
    QCOMPARE(p.data(PermissionTreeModel::ResourceRole).toString(), QStringLiteral("dbs/shop/colls/orders"));
    QCOMPARE(p.data(PermissionTreeModel::PartitionKeyRole).toString(), QStringLiteral("[\"tenant-1\"]"));
    QCOMPARE(m_model->index(p.row(), PermissionTreeModel::GrantsColumn, aliceIndex).data().toString(),
             QStringLiteral("Read · container “orders” in database “shop” · partition key \"tenant-1\""));
    QVERIFY(!m_model->hasChildren(p));

    // Reloading the users drops their permissions (loaded again on demand).
    m_model->setUsers(QStringLiteral("shop"), {bob});
    QCOMPARE(m_model->rowCount(shop), 1);
    QVERIFY(
        !m_model
             ->permissionIndex(QStringLiteral("shop"), QStringLiteral("alice"), QStringLiteral("read-orders"))
             .isValid());
}

void TestPermissionTreeModel::noTokenInAnyRole()
{
    m_model->setDatabases({{QStringLiteral("shop"), QStringLiteral("r1")}});
    CosmosUser alice;
    alice.id = QStringLiteral("alice");
    m_model->setUsers(QStringLiteral("shop"), {alice});
    m_model->setPermissions(QStringLiteral("shop"), QStringLiteral("alice"),
                            {permission(QStringLiteral("all"), CosmosPermission::Mode::All,
                                        QStringLiteral("dbs/shop/colls/orders/docs/o1"))});
    const QModelIndex p =
        m_model->permissionIndex(QStringLiteral("shop"), QStringLiteral("alice"), QStringLiteral("all"));
    QVERIFY(m_model->permissionAt(p));
    QVERIFY(m_model->permissionAt(p)->token.isEmpty());
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const QModelIndex i = m_model->index(p.row(), column, p.parent());
        for (int role = 0; role <= PermissionTreeModel::LoadedRole; ++role) {
            const QString text = i.data(role).toString();
            QVERIFY2(!text.contains(QLatin1String("sig=")) && !text.contains(QLatin1String("c2VjcmV0")),
                     qPrintable(QString::number(role)));
        }
    }
    QCOMPARE(m_model->index(p.row(), PermissionTreeModel::GrantsColumn, p.parent()).data().toString(),
             QStringLiteral("Read and write · item “o1” in container “orders” of database “shop”"));
}

void TestPermissionTreeModel::failedLoadCanBeRetried()
{
    QSignalSpy users(m_model.get(), &PermissionTreeModel::usersRequested);
    m_model->setDatabases({{QStringLiteral("shop"), QStringLiteral("r1")}});
    const QModelIndex shop = m_model->databaseIndex(QStringLiteral("shop"));
    if (m_model->canFetchMore(shop))
        m_model->fetchMore(shop);
    QVERIFY(!m_model->canFetchMore(shop));
    const qsizetype before = users.size();
    m_model->usersFailed(QStringLiteral("shop"));
    QVERIFY(m_model->canFetchMore(shop));
    m_model->fetchMore(shop);
    QCOMPARE(users.size(), before + 1);
    m_model->clear();
    QCOMPARE(m_model->rowCount(), 0);
}

void TestPermissionTreeModel::describesResources_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("words");
    QTest::newRow("database") << QStringLiteral("dbs/shop") << QStringLiteral("database “shop”");
    QTest::newRow("container") << QStringLiteral("dbs/shop/colls/orders")
                               << QStringLiteral("container “orders” in database “shop”");
    QTest::newRow("item") << QStringLiteral("dbs/shop/colls/orders/docs/o1")
                          << QStringLiteral("item “o1” in container “orders” of database “shop”");
    QTest::newRow("other") << QStringLiteral("dbs/shop/colls/orders/sprocs/s1")
                           << QStringLiteral("dbs/shop/colls/orders/sprocs/s1");
}

void TestPermissionTreeModel::describesResources()
{
    QFETCH(QString, link);
    QFETCH(QString, words);
    QCOMPARE(PermissionTreeModel::describeResource(link), words);
}

QTEST_GUILESS_MAIN(TestPermissionTreeModel)
#include "tst_permissiontreemodel.moc"
