// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "core/ApiError.h"
#include "core/AzCli.h"
#include "core/SqlRbac.h"
#include "net/SqlRbacService.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace csc;

namespace {
const QString kAccount =
    QStringLiteral("/subscriptions/50b5c0de-0000-4000-8000-000000000001/resourceGroups/"
                   "rg-orders/providers/Microsoft.DocumentDB/databaseAccounts/contoso-orders");
const QString kPrefix = QStringLiteral("Microsoft.DocumentDB/databaseAccounts/");
} // namespace

class TestSqlRbac : public QObject
{
    Q_OBJECT
private slots:
    void parsesBuiltInDefinition();
    void definitionBodyRoundTrip();
    void definitionValidation_data();
    void definitionValidation();
    void assignmentValidation_data();
    void assignmentValidation();
    void scopes_data();
    void scopes();
    void actionWildcards_data();
    void actionWildcards();
    void describesActions();
    void azCommands();
    void quoting_data();
    void quoting();
};

void TestSqlRbac::parsesBuiltInDefinition()
{
    const QJsonObject json{
        {QStringLiteral("id"),
         kAccount + QStringLiteral("/sqlRoleDefinitions/00000000-0000-0000-0000-000000000001")},
        {QStringLiteral("name"), QStringLiteral("00000000-0000-0000-0000-000000000001")},
        {QStringLiteral("type"), QStringLiteral("Microsoft.DocumentDB/databaseAccounts/sqlRoleDefinitions")},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("roleName"), QStringLiteral("Cosmos DB Built-in Data Reader")},
                     {QStringLiteral("type"), QStringLiteral("BuiltInRole")},
                     {QStringLiteral("assignableScopes"), QJsonArray{kAccount}},
                     {QStringLiteral("permissions"),
                      QJsonArray{QJsonObject{
                          {QStringLiteral("dataActions"),
                           QJsonArray{kPrefix + QStringLiteral("readMetadata"),
                                      kPrefix + QStringLiteral("sqlDatabases/containers/items/read")}},
                          {QStringLiteral("notDataActions"), QJsonArray{}}}}}}}};
    const auto d = SqlRoleDefinition::fromJson(json);
    QVERIFY(d.ok());
    QVERIFY(d.value().builtIn);
    QCOMPARE(d.value().name, SqlRoleDefinition::dataReaderId());
    QCOMPARE(d.value().dataActions.size(), 2);
    QCOMPARE(d.value().assignableScopes, QStringList{kAccount});
    QCOMPARE(SqlRoleDefinition::fromJson(QJsonObject{}).error().kind, ApiError::Kind::Parse);
}

void TestSqlRbac::definitionBodyRoundTrip()
{
    SqlRoleDefinition d;
    d.id = kAccount + QStringLiteral("/sqlRoleDefinitions/3a1c1a43-5e5c-4b0a-9d3e-8f1c2b3a4d5e");
    d.name = QStringLiteral("3a1c1a43-5e5c-4b0a-9d3e-8f1c2b3a4d5e");
    d.roleName = QStringLiteral("Order writer");
    d.assignableScopes = {SqlScope::absolute(kAccount, QStringLiteral("/dbs/shop"))};
    d.dataActions = {kPrefix + QStringLiteral("sqlDatabases/containers/items/create")};
    QJsonObject body = d.toJson();
    body.insert(QStringLiteral("id"), d.id);
    const auto back = SqlRoleDefinition::fromJson(body);
    QVERIFY(back.ok());
    QCOMPARE(back.value().roleName, d.roleName);
    QCOMPARE(back.value().dataActions, d.dataActions);
    QCOMPARE(back.value().assignableScopes, d.assignableScopes);
    QCOMPARE(back.value().name, d.name);
    QVERIFY(!back.value().builtIn);
}

void TestSqlRbac::definitionValidation_data()
{
    QTest::addColumn<QString>("roleName");
    QTest::addColumn<QString>("guid");
    QTest::addColumn<QStringList>("actions");
    QTest::addColumn<QStringList>("scopes");
    QTest::addColumn<QString>("error");
    const QString guid = QStringLiteral("3a1c1a43-5e5c-4b0a-9d3e-8f1c2b3a4d5e");
    const QStringList read{kPrefix + QStringLiteral("sqlDatabases/containers/items/read")};
    QTest::newRow("ok") << QStringLiteral("r") << guid << read << QStringList{kAccount} << QString();
    QTest::newRow("container scope") << QStringLiteral("r") << guid << read
                                     << QStringList{kAccount + QStringLiteral("/dbs/shop/colls/orders")}
                                     << QString();
    QTest::newRow("no name") << QStringLiteral(" ") << guid << read << QStringList{kAccount}
                             << QStringLiteral("name");
    QTest::newRow("bad guid") << QStringLiteral("r") << QStringLiteral("x") << read << QStringList{kAccount}
                              << QStringLiteral("GUID");
    QTest::newRow("no action") << QStringLiteral("r") << guid << QStringList{} << QStringList{kAccount}
                               << QStringLiteral("at least one");
    QTest::newRow("unknown action") << QStringLiteral("r") << guid
                                    << QStringList{QStringLiteral(
                                           "Microsoft.DocumentDB/databaseAccounts/listKeys/action")}
                                    << QStringList{kAccount} << QStringLiteral("not a Cosmos DB data action");
    QTest::newRow("no scope") << QStringLiteral("r") << guid << read << QStringList{}
                              << QStringLiteral("where");
    QTest::newRow("other account") << QStringLiteral("r") << guid << read
                                   << QStringList{kAccount + QStringLiteral("-2")}
                                   << QStringLiteral("not inside");
    QTest::newRow("users are no scope")
        << QStringLiteral("r") << guid << read << QStringList{kAccount + QStringLiteral("/dbs/shop/users/u")}
        << QStringLiteral("not inside");
}

void TestSqlRbac::definitionValidation()
{
    QFETCH(QString, roleName);
    QFETCH(QString, guid);
    QFETCH(QStringList, actions);
    QFETCH(QStringList, scopes);
    QFETCH(QString, error);
    SqlRoleDefinition d;
    d.roleName = roleName;
    d.name = guid;
    d.dataActions = actions;
    d.assignableScopes = scopes;
    const Result<void> r = d.validate(kAccount);
    QCOMPARE(r.ok(), error.isEmpty());
    if (!error.isEmpty())
        QVERIFY2(r.error().message.contains(error), qPrintable(r.error().message));
}

void TestSqlRbac::assignmentValidation_data()
{
    QTest::addColumn<QString>("guid");
    QTest::addColumn<QString>("principal");
    QTest::addColumn<QString>("definition");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("error");
    const QString guid = QStringLiteral("7d0a6b4e-1f2c-4e3d-9a8b-0c1d2e3f4a5b");
    const QString oid = QStringLiteral("0b1ec700-0000-4000-8000-000000000005");
    const QString def = kAccount + QStringLiteral("/sqlRoleDefinitions/00000000-0000-0000-0000-000000000001");
    QTest::newRow("ok") << guid << oid << def << kAccount << QString();
    QTest::newRow("database") << guid << oid << def << kAccount + QStringLiteral("/dbs/shop") << QString();
    QTest::newRow("bad principal") << guid << QStringLiteral("alice@contoso.com") << def << kAccount
                                   << QStringLiteral("object id");
    QTest::newRow("definition elsewhere")
        << guid << oid << QStringLiteral("/subscriptions/x/sqlRoleDefinitions/1") << kAccount
        << QStringLiteral("role definition");
    QTest::newRow("scope elsewhere") << guid << oid << def << QStringLiteral("/subscriptions/x")
                                     << QStringLiteral("scope");
    QTest::newRow("bad id") << QStringLiteral("1") << oid << def << kAccount << QStringLiteral("GUID");
}

void TestSqlRbac::assignmentValidation()
{
    QFETCH(QString, guid);
    QFETCH(QString, principal);
    QFETCH(QString, definition);
    QFETCH(QString, scope);
    QFETCH(QString, error);
    SqlRoleAssignment a;
    a.name = guid;
    a.principalId = principal;
    a.roleDefinitionId = definition;
    a.scope = scope;
    const Result<void> r = a.validate(kAccount);
    QCOMPARE(r.ok(), error.isEmpty());
    if (!error.isEmpty())
        QVERIFY2(r.error().message.contains(error), qPrintable(r.error().message));
    if (error.isEmpty()) {
        const auto back = SqlRoleAssignment::fromJson(
            QJsonObject{{QStringLiteral("id"), kAccount + QStringLiteral("/sqlRoleAssignments/") + guid},
                        {QStringLiteral("properties"), a.toJson().value(QStringLiteral("properties"))}});
        QVERIFY(back.ok());
        QCOMPARE(back.value().name, guid);
        QCOMPARE(back.value().scope, scope);
        QCOMPARE(back.value().principalId, principal);
    }
}

void TestSqlRbac::scopes_data()
{
    QTest::addColumn<QString>("relative");
    QTest::addColumn<QString>("roundTrip");
    QTest::addColumn<QString>("description");
    QTest::newRow("account") << QStringLiteral("/") << QStringLiteral("/")
                             << QStringLiteral("the whole account");
    QTest::newRow("account, empty") << QString() << QStringLiteral("/")
                                    << QStringLiteral("the whole account");
    QTest::newRow("database") << QStringLiteral("/dbs/shop") << QStringLiteral("/dbs/shop")
                              << QStringLiteral("database “shop”");
    QTest::newRow("container, no slash")
        << QStringLiteral("dbs/shop/colls/orders/") << QStringLiteral("/dbs/shop/colls/orders")
        << QStringLiteral("container “orders” in database “shop”");
}

void TestSqlRbac::scopes()
{
    QFETCH(QString, relative);
    QFETCH(QString, roundTrip);
    QFETCH(QString, description);
    const QString absolute = SqlScope::absolute(kAccount, relative);
    QVERIFY(absolute.startsWith(kAccount));
    QCOMPARE(SqlScope::relative(kAccount, absolute), roundTrip);
    QCOMPARE(SqlScope::describe(kAccount, absolute), description);
    QVERIFY(SqlScope::covers(kAccount, absolute));
    QVERIFY(!SqlScope::covers(kAccount + QStringLiteral("/dbs/other"), absolute) ||
            roundTrip == QLatin1String("/dbs/other"));
    QVERIFY(!SqlScope::covers(kAccount + QStringLiteral("-2"), absolute));
}

void TestSqlRbac::actionWildcards_data()
{
    QTest::addColumn<QString>("granted");
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("covers");
    QTest::newRow("same") << kPrefix + QStringLiteral("readMetadata")
                          << kPrefix + QStringLiteral("readMetadata") << true;
    QTest::newRow("items wildcard") << kPrefix + QStringLiteral("sqlDatabases/containers/items/*")
                                    << kPrefix + QStringLiteral("sqlDatabases/containers/items/delete")
                                    << true;
    QTest::newRow("containers wildcard covers items")
        << kPrefix + QStringLiteral("sqlDatabases/containers/*")
        << kPrefix + QStringLiteral("sqlDatabases/containers/items/read") << true;
    QTest::newRow("items wildcard is not queries")
        << kPrefix + QStringLiteral("sqlDatabases/containers/items/*")
        << kPrefix + QStringLiteral("sqlDatabases/containers/executeQuery") << false;
    QTest::newRow("read is not create")
        << kPrefix + QStringLiteral("sqlDatabases/containers/items/read")
        << kPrefix + QStringLiteral("sqlDatabases/containers/items/create") << false;
}

void TestSqlRbac::actionWildcards()
{
    QFETCH(QString, granted);
    QFETCH(QString, action);
    QFETCH(bool, covers);
    QCOMPARE(SqlRoleDefinition::actionCovers(granted, action), covers);
}

void TestSqlRbac::describesActions()
{
    for (const QString &a : SqlRoleDefinition::knownDataActions()) {
        const QString text = SqlRoleDefinition::describeDataAction(a);
        QVERIFY2(!text.isEmpty() && text != a, qPrintable(a));
    }
    QCOMPARE(SqlRoleDefinition::describeDataAction(QStringLiteral("Other/thing")),
             QStringLiteral("Other/thing"));
}

void TestSqlRbac::azCommands()
{
    SqlRoleAssignment a;
    a.name = QStringLiteral("7d0a6b4e-1f2c-4e3d-9a8b-0c1d2e3f4a5b");
    a.principalId = QStringLiteral("0b1ec700-0000-4000-8000-000000000005");
    a.roleDefinitionId =
        kAccount + QStringLiteral("/sqlRoleDefinitions/00000000-0000-0000-0000-000000000001");
    a.scope = kAccount + QStringLiteral("/dbs/shop");
    QCOMPARE(SqlRbacService::azCreateAssignmentCommand(kAccount, a),
             QStringLiteral(
                 "az cosmosdb sql role assignment create --account-name contoso-orders --resource-group "
                 "rg-orders --role-assignment-id 7d0a6b4e-1f2c-4e3d-9a8b-0c1d2e3f4a5b "
                 "--role-definition-id 00000000-0000-0000-0000-000000000001 --principal-id "
                 "0b1ec700-0000-4000-8000-000000000005 --scope /dbs/shop"));
    QCOMPARE(SqlRbacService::azDeleteAssignmentCommand(kAccount, a.name),
             QStringLiteral(
                 "az cosmosdb sql role assignment delete --account-name contoso-orders --resource-group "
                 "rg-orders --role-assignment-id 7d0a6b4e-1f2c-4e3d-9a8b-0c1d2e3f4a5b --yes"));
    SqlRoleDefinition d;
    d.name = QStringLiteral("3a1c1a43-5e5c-4b0a-9d3e-8f1c2b3a4d5e");
    d.roleName = QStringLiteral("Bob's writer");
    d.assignableScopes = {kAccount};
    d.dataActions = {kPrefix + QStringLiteral("sqlDatabases/containers/items/create")};
    const QString create = SqlRbacService::azCreateDefinitionCommand(kAccount, d);
    QVERIFY2(create.startsWith(QStringLiteral("az cosmosdb sql role definition create --account-name "
                                              "contoso-orders --resource-group rg-orders --body '{")),
             qPrintable(create));
    QVERIFY2(create.contains(QStringLiteral("Bob'\\''s writer")), qPrintable(create)); // shell-safe quote
    QVERIFY(create.contains(QStringLiteral("\"AssignableScopes\":[\"/\"]")));
}

void TestSqlRbac::quoting_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("plain") << QStringLiteral("rg-orders") << QStringLiteral("rg-orders");
    QTest::newRow("path") << QStringLiteral("/dbs/shop") << QStringLiteral("/dbs/shop");
    QTest::newRow("space") << QStringLiteral("a b") << QStringLiteral("'a b'");
    QTest::newRow("quote") << QStringLiteral("it's") << QStringLiteral("'it'\\''s'");
    QTest::newRow("dollar") << QStringLiteral("$(rm -rf /)") << QStringLiteral("'$(rm -rf /)'");
    QTest::newRow("empty") << QString() << QStringLiteral("''");
}

void TestSqlRbac::quoting()
{
    QFETCH(QString, value);
    QFETCH(QString, quoted);
    QCOMPARE(AzCli::quote(value), quoted);
}

QTEST_GUILESS_MAIN(TestSqlRbac)
#include "tst_sqlrbac.moc"
