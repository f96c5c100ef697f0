// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "models/SqlRbacModels.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace csc;

namespace {
const QString kAccount = QStringLiteral("/subscriptions/s/resourceGroups/rg/providers/Microsoft.DocumentDB/"
                                        "databaseAccounts/acct");
const QString kPrefix = QStringLiteral("Microsoft.DocumentDB/databaseAccounts/");

SqlRoleDefinition definition(const QString &guid, const QString &name, bool builtIn,
                             const QStringList &actions)
{
    SqlRoleDefinition d;
    d.name = guid;
    d.id = kAccount + QStringLiteral("/sqlRoleDefinitions/") + guid;
    d.roleName = name;
    d.builtIn = builtIn;
    d.assignableScopes = {kAccount};
    for (const QString &a : actions)
        d.dataActions << kPrefix + a;
    return d;
}

SqlRoleAssignment assignment(const QString &guid, const QString &principal, const QString &definitionGuid,
                             const QString &relativeScope)
{
    SqlRoleAssignment a;
    a.name = guid;
    a.id = kAccount + QStringLiteral("/sqlRoleAssignments/") + guid;
    a.principalId = principal;
    a.roleDefinitionId = kAccount + QStringLiteral("/sqlRoleDefinitions/") + definitionGuid;
    a.scope = SqlScope::absolute(kAccount, relativeScope);
    return a;
}
} // namespace

class TestSqlRbacModels : public QObject
{
    Q_OBJECT
private slots:
    void definitions();
    void assignments();
};

void TestSqlRbacModels::definitions()
{
    SqlRoleDefinitionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAccountId(kAccount);
    model.setDefinitions(
        {definition(QStringLiteral("c-1"), QStringLiteral("Zeta writer"), false,
                    {QStringLiteral("sqlDatabases/containers/items/create")}),
         definition(QStringLiteral("00000000-0000-0000-0000-000000000002"),
                    QStringLiteral("Cosmos DB Built-in Data Contributor"), true,
                    {QStringLiteral("readMetadata"), QStringLiteral("sqlDatabases/containers/*")}),
         definition(QStringLiteral("c-2"), QStringLiteral("alpha reader"), false,
                    {QStringLiteral("sqlDatabases/containers/items/read")})});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(SqlRoleDefinitionModel::ColumnCount));
    // Built-in first, then custom ones by name (case-insensitive).
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Cosmos DB Built-in Data Contributor"));
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("alpha reader"));
    QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("Zeta writer"));
    QCOMPARE(model.index(0, SqlRoleDefinitionModel::KindColumn).data().toString(),
             QStringLiteral("Built-in"));
    QVERIFY(model.index(0, 0).data(SqlRoleDefinitionModel::BuiltInRole).toBool());
    QCOMPARE(model.index(1, SqlRoleDefinitionModel::AllowsColumn).data().toString(),
             QStringLiteral("Read single items"));
    QCOMPARE(model.index(1, SqlRoleDefinitionModel::ScopesColumn).data().toString(),
             QStringLiteral("the whole account"));
    QVERIFY(model.index(0, SqlRoleDefinitionModel::AllowsColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("sqlDatabases/containers/*")));
    QCOMPARE(model.roleName(kAccount + QStringLiteral("/sqlRoleDefinitions/c-2")),
             QStringLiteral("alpha reader"));
    QCOMPARE(model.roleName(QStringLiteral("unknown-guid")), QStringLiteral("unknown-guid"));
    QVERIFY(model.find(QStringLiteral("C-1")));
    QCOMPARE(model.index(2, 0).data(SqlRoleDefinitionModel::DefinitionRole).value<SqlRoleDefinition>().name,
             QStringLiteral("c-1"));
    model.setDefinitions({});
    QCOMPARE(model.rowCount(), 0);
}

void TestSqlRbacModels::assignments()
{
    SqlRoleDefinitionModel definitions;
    definitions.setAccountId(kAccount);
    SqlRoleAssignmentModel model(&definitions);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAccountId(kAccount);
    model.setAssignments({assignment(QStringLiteral("a-2"), QStringLiteral("bbbb"), QStringLiteral("c-1"),
                                     QStringLiteral("/dbs/shop/colls/orders")),
                          assignment(QStringLiteral("a-1"), QStringLiteral("aaaa"), QStringLiteral("c-1"),
                                     QStringLiteral("/"))});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("aaaa"));
    QCOMPARE(model.index(0, SqlRoleAssignmentModel::ScopeColumn).data().toString(),
             QStringLiteral("the whole account"));
    QCOMPARE(model.index(1, SqlRoleAssignmentModel::ScopeColumn).data().toString(),
             QStringLiteral("container “orders” in database “shop”"));
    // Unknown role: its GUID; once the definitions arrive, the name (and the view hears about it).
    QCOMPARE(model.index(0, SqlRoleAssignmentModel::RoleColumn).data().toString(), QStringLiteral("c-1"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    definitions.setDefinitions({definition(QStringLiteral("c-1"), QStringLiteral("Order writer"), false,
                                           {QStringLiteral("sqlDatabases/containers/items/create")})});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(0, SqlRoleAssignmentModel::RoleColumn).data().toString(),
             QStringLiteral("Order writer"));
    QCOMPARE(model.countUsing(QStringLiteral("c-1")), 2);
    QCOMPARE(model.countUsing(kAccount + QStringLiteral("/sqlRoleDefinitions/c-1")), 2);
    QCOMPARE(model.countUsing(QStringLiteral("c-9")), 0);
    QCOMPARE(model.rowOf(QStringLiteral("a-2")), 1);
}

QTEST_GUILESS_MAIN(TestSqlRbacModels)
#include "tst_sqlrbacmodels.moc"
