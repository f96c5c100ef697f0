// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "models/ProfileListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace csc;

class TestProfileListModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void emptyModel();
    void setProfilesResets();
    void roles_data();
    void roles();
    void upsertAppends();
    void upsertReplacesInPlace();
    void removeRow();
    void removeUnknownIsIgnored();
    void itemAtAndIndexOf();

private:
    static ConnectionProfile make(const QString &name, const QString &tenant,
                                  CloudEnvironment::Id cloud = CloudEnvironment::Id::AzureCloud);

    // The tester lives exactly as long as the model (declared after it, destroyed before it).
    std::unique_ptr<ProfileListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

ConnectionProfile TestProfileListModel::make(const QString &name, const QString &tenant,
                                             CloudEnvironment::Id cloud)
{
    ConnectionProfile p = ConnectionProfile::create();
    p.name = name;
    p.tenantId = tenant;
    p.clientId = QStringLiteral("5c1f0d3e-6a2b-4b8e-9f47-0a1b2c3d4e5f");
    p.cloud = cloud;
    return p;
}

void TestProfileListModel::init()
{
    m_model = std::make_unique<ProfileListModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestProfileListModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestProfileListModel::emptyModel()
{
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->indexOf(QStringLiteral("missing")).isValid());
    QVERIFY(m_model->itemAt(QModelIndex()).id.isEmpty());
}

void TestProfileListModel::setProfilesResets()
{
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setProfiles({make(QStringLiteral("Prod"), QStringLiteral("contoso.onmicrosoft.com")),
                          make(QStringLiteral("Test"), QStringLiteral("fabrikam.onmicrosoft.com"))});
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->index(1, 0).data().toString(), QStringLiteral("Test"));
    m_model->setProfiles({});
    QCOMPARE(reset.count(), 2);
    QCOMPARE(m_model->rowCount(), 0);
}

void TestProfileListModel::roles_data()
{
    QTest::addColumn<int>("cloud");
    QTest::addColumn<QString>("cloudString");
    QTest::newRow("public") << int(CloudEnvironment::Id::AzureCloud) << QStringLiteral("AzureCloud");
    QTest::newRow("china") << int(CloudEnvironment::Id::AzureChinaCloud) << QStringLiteral("AzureChinaCloud");
    QTest::newRow("usgov") << int(CloudEnvironment::Id::AzureUSGovernment)
                           << QStringLiteral("AzureUSGovernment");
    QTest::newRow("custom") << int(CloudEnvironment::Id::Custom) << QStringLiteral("Custom");
}

void TestProfileListModel::roles()
{
    QFETCH(int, cloud);
    QFETCH(QString, cloudString);
    const ConnectionProfile p =
        make(QStringLiteral("Prod"), QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47"),
             static_cast<CloudEnvironment::Id>(cloud));
    m_model->setProfiles({p});
    const QModelIndex i = m_model->index(0, 0);
    QCOMPARE(i.data(Qt::DisplayRole).toString(), QStringLiteral("Prod"));
    QCOMPARE(i.data(ProfileListModel::IdRole).toString(), p.id);
    QCOMPARE(i.data(ProfileListModel::CloudRole).toString(), cloudString);
    QCOMPARE(i.data(ProfileListModel::TenantRole).toString(), p.tenantId);
    QCOMPARE(i.data(ProfileListModel::LocalCloudRole).toBool(), false);
    const QString tip = i.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(p.environment().displayName()), qPrintable(tip));
    QVERIFY2(tip.contains(p.tenantId), qPrintable(tip));
    QCOMPARE(int(ProfileListModel::IdRole), int(Qt::UserRole) + 1);
    QVERIFY(m_model->roleNames().contains(ProfileListModel::IdRole));
}

void TestProfileListModel::upsertAppends()
{
    m_model->setProfiles({make(QStringLiteral("A"), QStringLiteral("a.onmicrosoft.com"))});
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    const ConnectionProfile b = make(QStringLiteral("B"), QStringLiteral("b.onmicrosoft.com"));
    m_model->upsert(b);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 1);
    QCOMPARE(inserted.at(0).at(2).toInt(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(m_model->indexOf(b.id).row(), 1);
}

void TestProfileListModel::upsertReplacesInPlace()
{
    ConnectionProfile a = make(QStringLiteral("A"), QStringLiteral("a.onmicrosoft.com"));
    const ConnectionProfile b = make(QStringLiteral("B"), QStringLiteral("b.onmicrosoft.com"));
    m_model->setProfiles({a, b});
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    a.name = QStringLiteral("A renamed");
    a.tenantId = QStringLiteral("c.onmicrosoft.com");
    m_model->upsert(a);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
    const auto roles = changed.at(0).at(2).value<QList<int>>();
    QVERIFY(roles.contains(Qt::DisplayRole));
    QVERIFY(roles.contains(ProfileListModel::TenantRole));
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->index(0, 0).data().toString(), QStringLiteral("A renamed"));
    QCOMPARE(m_model->index(0, 0).data(ProfileListModel::TenantRole).toString(),
             QStringLiteral("c.onmicrosoft.com"));
}

void TestProfileListModel::removeRow()
{
    const ConnectionProfile a = make(QStringLiteral("A"), QStringLiteral("a.onmicrosoft.com"));
    const ConnectionProfile b = make(QStringLiteral("B"), QStringLiteral("b.onmicrosoft.com"));
    const ConnectionProfile c = make(QStringLiteral("C"), QStringLiteral("c.onmicrosoft.com"));
    m_model->setProfiles({a, b, c});
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    m_model->remove(b.id);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 1);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->indexOf(c.id).row(), 1);
    QVERIFY(!m_model->indexOf(b.id).isValid());
}

void TestProfileListModel::removeUnknownIsIgnored()
{
    m_model->setProfiles({make(QStringLiteral("A"), QStringLiteral("a.onmicrosoft.com"))});
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    m_model->remove(QStringLiteral("not-there"));
    m_model->remove(QString());
    QCOMPARE(removed.count(), 0);
    QCOMPARE(m_model->rowCount(), 1);
}

void TestProfileListModel::itemAtAndIndexOf()
{
    const ConnectionProfile a = make(QStringLiteral("A"), QStringLiteral("a.onmicrosoft.com"));
    const ConnectionProfile b = make(QStringLiteral("B"), QStringLiteral("b.onmicrosoft.com"));
    m_model->setProfiles({a, b});
    QCOMPARE(m_model->itemAt(m_model->indexOf(b.id)), b);
    QCOMPARE(m_model->itemAt(m_model->index(0, 0)), a);
    ProfileListModel other;
    other.setProfiles({a});
    QVERIFY(m_model->itemAt(other.index(0, 0)).id.isEmpty()); // an index of another model
}

QTEST_GUILESS_MAIN(TestProfileListModel)
#include "tst_profilelistmodel.moc"
