// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "emulator/Rbac.h"

#include <QTest>

using namespace csc::emu;

class TestEmuRbac : public QObject
{
    Q_OBJECT
private slots:
    void builtInRolesHaveRealIds_data();
    void builtInRolesHaveRealIds();
    void actionMatches_data();
    void actionMatches();
    void scopeCovers_data();
    void scopeCovers();
    void rolePermissions_data();
    void rolePermissions();
    void assignmentsAreUnionedPerScope();
    void authorizationFailedMessage();
};

void TestEmuRbac::builtInRolesHaveRealIds_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("id");
    QTest::newRow("Owner") << QStringLiteral("Owner")
                           << QStringLiteral("8e3af657-a8ff-443c-a75c-2fe8c4bcb635");
    QTest::newRow("Contributor") << QStringLiteral("Contributor")
                                 << QStringLiteral("b24988ac-6180-42a0-ab88-20f7382dd24c");
    QTest::newRow("Reader") << QStringLiteral("Reader")
                            << QStringLiteral("acdd72a7-3385-48ef-bd42-f606fba81ae7");
    QTest::newRow("DocumentDB Account Contributor") << QStringLiteral("DocumentDB Account Contributor")
                                                    << QStringLiteral("5bd9cd88-fe45-4216-938b-f97437e15450");
    QTest::newRow("Cosmos DB Account Reader Role") << QStringLiteral("Cosmos DB Account Reader Role")
                                                   << QStringLiteral("fbdf93bf-df7d-467e-a4d2-9458aa1360c8");
    QTest::newRow("Cosmos DB Operator")
        << QStringLiteral("Cosmos DB Operator") << QStringLiteral("230815da-be43-4aae-9cb4-875f7bd000aa");
}

void TestEmuRbac::builtInRolesHaveRealIds()
{
    QFETCH(QString, name);
    QFETCH(QString, id);
    const auto byName = Rbac::builtInRole(name.toUpper());
    QVERIFY(byName);
    QCOMPARE(byName->id, id);
    const auto byId = Rbac::builtInRole(id.toUpper());
    QVERIFY(byId);
    QCOMPARE(byId->roleName, name);
    QVERIFY(!Rbac::builtInRole(QStringLiteral("Storage Blob Data Owner")));
}

void TestEmuRbac::actionMatches_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("matches");
    QTest::newRow("star") << QStringLiteral("*")
                          << QStringLiteral("Microsoft.DocumentDB/databaseAccounts/write") << true;
    QTest::newRow("*/read on read") << QStringLiteral("*/read")
                                    << QStringLiteral("Microsoft.DocumentDB/databaseAccounts/read") << true;
    QTest::newRow("*/read on action")
        << QStringLiteral("*/read") << QStringLiteral("Microsoft.DocumentDB/databaseAccounts/listKeys/action")
        << false;
    QTest::newRow("*/read on readonlykeys/read")
        << QStringLiteral("*/read")
        << QStringLiteral("Microsoft.DocumentDB/databaseAccounts/readonlykeys/read") << true;
    QTest::newRow("middle wildcard") << QStringLiteral("Microsoft.DocumentDB/*/read")
                                     << QStringLiteral("Microsoft.DocumentDB/databaseAccounts/read") << true;
    QTest::newRow("middle wildcard, other provider")
        << QStringLiteral("Microsoft.DocumentDB/*/read") << QStringLiteral("Microsoft.KeyVault/vaults/read")
        << false;
    QTest::newRow("case-insensitive")
        << QStringLiteral("Microsoft.DocumentDb/databaseAccounts/*")
        << QStringLiteral("microsoft.documentdb/DATABASEACCOUNTS/listkeys/action") << true;
    QTest::newRow("literal") << QStringLiteral("Microsoft.DocumentDB/databaseAccounts/readonlykeys/action")
                             << QStringLiteral("Microsoft.DocumentDB/databaseAccounts/readonlyKeys/Action")
                             << true;
    QTest::newRow("literal differs")
        << QStringLiteral("Microsoft.DocumentDB/databaseAccounts/readonlykeys/action")
        << QStringLiteral("Microsoft.DocumentDB/databaseAccounts/listKeys/action") << false;
    QTest::newRow("dot is not a wildcard")
        << QStringLiteral("Microsoft.Support/*") << QStringLiteral("MicrosoftXSupport/x") << false;
    QTest::newRow("prefix only") << QStringLiteral("Microsoft.DocumentDB/databaseAccounts/listKeys/*")
                                 << QStringLiteral("Microsoft.DocumentDB/databaseAccounts/listKeysExtra")
                                 << false;
}

void TestEmuRbac::actionMatches()
{
    QFETCH(QString, pattern);
    QFETCH(QString, action);
    QFETCH(bool, matches);
    QCOMPARE(Rbac::actionMatches(pattern, action), matches);
}

void TestEmuRbac::scopeCovers_data()
{
    QTest::addColumn<QString>("assignment");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<bool>("covers");
    const QString sub = QStringLiteral("/subscriptions/50b5c0de-0000-4000-8000-000000000001");
    QTest::newRow("same") << sub << sub << true;
    QTest::newRow("parent") << sub << sub + QStringLiteral("/resourceGroups/rg") << true;
    QTest::newRow("case and trailing slash")
        << sub + QStringLiteral("/resourceGroups/RG/")
        << sub.toUpper() + QStringLiteral("/resourcegroups/rg/providers/"
                                          "Microsoft.DocumentDB/databaseAccounts/a")
        << true;
    QTest::newRow("root") << QStringLiteral("/") << sub << true;
    QTest::newRow("child does not cover parent")
        << sub + QStringLiteral("/resourceGroups/rg") << sub << false;
    QTest::newRow("name prefix is not a parent")
        << sub + QStringLiteral("/resourceGroups/rg") << sub + QStringLiteral("/resourceGroups/rg-orders")
        << false;
    QTest::newRow("other subscription")
        << sub << QStringLiteral("/subscriptions/50b5c0de-0000-4000-8000-000000000002") << false;
}

void TestEmuRbac::scopeCovers()
{
    QFETCH(QString, assignment);
    QFETCH(QString, scope);
    QFETCH(bool, covers);
    QCOMPARE(Rbac::scopeCovers(assignment, scope), covers);
}

void TestEmuRbac::rolePermissions_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("allowed");
    const QString acct = QStringLiteral("Microsoft.DocumentDB/databaseAccounts");
    const auto row = [](const char *name, const QString &role, const QString &action, bool allowed) {
        QTest::newRow(name) << role << action << allowed;
    };
    const QString owner = QStringLiteral("Owner"), contributor = QStringLiteral("Contributor"),
                  reader = QStringLiteral("Reader"),
                  dbContributor = QStringLiteral("DocumentDB Account Contributor"),
                  accountReader = QStringLiteral("Cosmos DB Account Reader Role"),
                  op = QStringLiteral("Cosmos DB Operator");
    row("owner assigns roles", owner, QStringLiteral("Microsoft.Authorization/roleAssignments/write"), true);
    row("contributor lists keys", contributor, acct + QStringLiteral("/listKeys/action"), true);
    row("contributor may not assign roles", contributor,
        QStringLiteral("Microsoft.Authorization/roleAssignments/write"), false);
    row("contributor may not delete assignments", contributor,
        QStringLiteral("Microsoft.Authorization/roleAssignments/delete"), false);
    row("reader reads", reader, acct + QStringLiteral("/read"), true);
    row("reader may not write", reader, acct + QStringLiteral("/write"), false);
    row("reader may not list keys", reader, acct + QStringLiteral("/listKeys/action"), false);
    row("reader GET readonlykeys", reader, acct + QStringLiteral("/readonlykeys/read"), true);
    row("db contributor lists keys", dbContributor, acct + QStringLiteral("/listKeys/action"), true);
    row("db contributor regenerates keys", dbContributor, acct + QStringLiteral("/regenerateKey/action"),
        true);
    row("db contributor reads resource groups", dbContributor,
        QStringLiteral("Microsoft.Resources/subscriptions/resourceGroups/read"), true);
    row("db contributor: other providers", dbContributor,
        QStringLiteral("Microsoft.Storage/storageAccounts/read"), false);
    row("account reader: read-only keys", accountReader, acct + QStringLiteral("/readonlykeys/action"), true);
    row("account reader: no keys", accountReader, acct + QStringLiteral("/listKeys/action"), false);
    row("account reader: no write", accountReader, acct + QStringLiteral("/write"), false);
    row("account reader reads", accountReader, acct + QStringLiteral("/read"), true);
    row("operator writes", op, acct + QStringLiteral("/write"), true);
    row("operator: no keys", op, acct + QStringLiteral("/listKeys/action"), false);
    row("operator: no read-only keys", op, acct + QStringLiteral("/readonlykeys/action"), false);
    row("operator: no key rotation", op, acct + QStringLiteral("/regenerateKey/action"), false);
    row("operator: no connection strings", op, acct + QStringLiteral("/listConnectionStrings/action"), false);
    row("operator deletes accounts", op, acct + QStringLiteral("/delete"), true);
}

void TestEmuRbac::rolePermissions()
{
    QFETCH(QString, role);
    QFETCH(QString, action);
    QFETCH(bool, allowed);
    const auto def = Rbac::builtInRole(role);
    QVERIFY(def);
    QCOMPARE(Rbac::roleAllows(*def, action), allowed);
}

void TestEmuRbac::assignmentsAreUnionedPerScope()
{
    const QString sub = QStringLiteral("/subscriptions/s1");
    const QString rgA = sub + QStringLiteral("/resourceGroups/a");
    const QString acctA = rgA + QStringLiteral("/providers/Microsoft.DocumentDB/databaseAccounts/x");
    const QString acctB =
        sub + QStringLiteral("/resourceGroups/b/providers/Microsoft.DocumentDB/databaseAccounts/y");
    const QList<RoleAssignment> assignments{
        {QStringLiteral("1"), sub, QLatin1String(Rbac::RoleIds::Reader), QStringLiteral("p")},
        {QStringLiteral("2"), rgA, QLatin1String(Rbac::RoleIds::CosmosDbOperator), QStringLiteral("p")},
    };
    QVERIFY(
        Rbac::isAllowed(assignments, QStringLiteral("Microsoft.DocumentDB/databaseAccounts/read"), acctB));
    QVERIFY(
        Rbac::isAllowed(assignments, QStringLiteral("Microsoft.DocumentDB/databaseAccounts/write"), acctA));
    QVERIFY(
        !Rbac::isAllowed(assignments, QStringLiteral("Microsoft.DocumentDB/databaseAccounts/write"), acctB));
    QVERIFY(!Rbac::isAllowed(assignments,
                             QStringLiteral("Microsoft.DocumentDB/databaseAccounts/listKeys/action"), acctA));
    QVERIFY(!Rbac::isAllowed({}, QStringLiteral("Microsoft.DocumentDB/databaseAccounts/read"), acctA));
    // An assignment naming an unknown role grants nothing.
    QVERIFY(!Rbac::isAllowed({{QStringLiteral("3"), sub,
                               QStringLiteral("00000000-0000-0000-0000-000000000000"), QStringLiteral("p")}},
                             QStringLiteral("Microsoft.DocumentDB/databaseAccounts/read"), acctA));
}

void TestEmuRbac::authorizationFailedMessage()
{
    QCOMPARE(Rbac::authorizationFailedMessage(QStringLiteral("oid-1"), QStringLiteral("A/b/action"),
                                              QStringLiteral("/subscriptions/s")),
             QStringLiteral(
                 "The client 'oid-1' with object id 'oid-1' does not have authorization to perform action "
                 "'A/b/action' over scope '/subscriptions/s' or the scope is invalid. If access was recently "
                 "granted, please refresh your credentials."));
}

QTEST_GUILESS_MAIN(TestEmuRbac)
#include "tst_emurbac.moc"
