// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "core/CosmosAccount.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace csc;

namespace {

QJsonObject parseObject(const QByteArray &json)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(err.errorString()));
    return doc.object();
}

// The shape the reference documents for GET databaseAccounts (api-version 2025-10-15), with every
// security-relevant property set: tests/data/accounts/database-account-full.json.
QJsonObject fullAccount()
{
    QFile f(qEnvironmentVariable("CSC_TEST_DATA") + QStringLiteral("/accounts/database-account-full.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open %s (is CSC_TEST_DATA set?)", qPrintable(f.fileName()));
    return parseObject(f.readAll());
}

} // namespace

class TestCosmosAccount : public QObject
{
    Q_OBJECT
private slots:
    void parsesFullAccount();
    void absentPropertiesTakeDefaults();
    void rejectsMissingIdOrName_data();
    void rejectsMissingIdOrName();
    void parsesIdsCaseInsensitively_data();
    void parsesIdsCaseInsensitively();
    void legacyIpRangeFilter_data();
    void legacyIpRangeFilter();
    void identityTypes_data();
    void identityTypes();
    void comparesIdsCaseInsensitively();
    void parsesSubscription_data();
    void parsesSubscription();
    void parsesResourceGroup();
    void roundTripsThroughQVariant();
};

void TestCosmosAccount::parsesFullAccount()
{
    const QJsonObject json = fullAccount();
    const Result<CosmosAccount> r = CosmosAccount::fromJson(json);
    QVERIFY(r.ok());
    const CosmosAccount &a = r.value();
    QCOMPARE(a.name, QStringLiteral("orders-prod"));
    QCOMPARE(a.subscriptionId, QStringLiteral("8f0c3e2a-1111-4a5b-9c6d-000000000001"));
    QCOMPARE(a.resourceGroup, QStringLiteral("rg-orders"));
    QCOMPARE(a.type, QStringLiteral("Microsoft.DocumentDB/databaseAccounts"));
    QCOMPARE(a.location, QStringLiteral("West Europe"));
    QCOMPARE(a.kind, QStringLiteral("GlobalDocumentDB"));
    QCOMPARE(a.tags.value(QStringLiteral("owner")), QStringLiteral("team-orders"));
    QCOMPARE(a.tags.size(), 2);
    QCOMPARE(a.documentEndpoint, QStringLiteral("https://orders-prod.documents.azure.com:443/"));
    QCOMPARE(a.provisioningState, QStringLiteral("Succeeded"));
    QVERIFY(a.disableLocalAuth);
    QVERIFY(a.disableKeyBasedMetadataWriteAccess);
    QCOMPARE(a.publicNetworkAccess, QStringLiteral("Enabled"));
    QVERIFY(a.isPublicNetworkAccessEnabled());
    QCOMPARE(a.ipRules, (QStringList{QStringLiteral("23.43.230.120"), QStringLiteral("110.12.240.0/12")}));
    QVERIFY(a.isVirtualNetworkFilterEnabled);
    QCOMPARE(a.virtualNetworkRules.size(), 1);
    QVERIFY(a.virtualNetworkRules.at(0).id.endsWith(QLatin1String("/subnets/app")));
    QVERIFY(a.virtualNetworkRules.at(0).ignoreMissingVNetServiceEndpoint);
    QCOMPARE(a.networkAclBypass, QStringLiteral("AzureServices"));
    QCOMPARE(a.networkAclBypassResourceIds.size(), 1);
    QCOMPARE(a.privateEndpointConnections.size(), 2);
    const auto &pe1 = a.privateEndpointConnections.at(0);
    QCOMPARE(pe1.name, QStringLiteral("pe1.conn"));
    QCOMPARE(pe1.status, QStringLiteral("Approved"));
    QCOMPARE(pe1.description, QStringLiteral("Auto-approved"));
    QCOMPARE(pe1.groupId, QStringLiteral("Sql"));
    QCOMPARE(pe1.provisioningState, QStringLiteral("Succeeded"));
    QVERIFY(pe1.privateEndpointId.endsWith(QLatin1String("/privateEndpoints/pe1")));
    // A connection without a name takes it from its id.
    QCOMPARE(a.privateEndpointConnections.at(1).name, QStringLiteral("pe2.conn"));
    QCOMPARE(a.privateEndpointConnections.at(1).status, QStringLiteral("Pending"));
    QVERIFY(a.usesCustomerManagedKey());
    QCOMPARE(a.keyVaultName(), QStringLiteral("orders-kv"));
    // A local-cloud vault on a loopback address has no name in its URI: its address stands in.
    CosmosAccount local = a;
    local.keyVaultKeyUri = QStringLiteral("https://127.0.0.1:40123/keys/cosmos-cmk");
    QCOMPARE(local.keyVaultName(), QStringLiteral("127.0.0.1:40123"));
    QVERIFY(a.keyVaultKeyUriVersion.endsWith(QLatin1String("/0123456789abcdef0123456789abcdef")));
    QVERIFY(a.customerManagedKeyStatus.contains(QLatin1String("confirmed")));
    QCOMPARE(a.defaultIdentity, QStringLiteral("SystemAssignedIdentity"));
    QCOMPARE(a.minimalTlsVersion, QStringLiteral("Tls12"));
    QCOMPARE(a.identity.type, QStringLiteral("SystemAssigned,UserAssigned"));
    QCOMPARE(a.identity.principalId, QStringLiteral("52f4fef3-3c3f-4ff3-b52e-b5c9eeb68656"));
    QCOMPARE(a.identity.tenantId, QStringLiteral("33e01921-4d64-4f8c-a055-5bdaffd5e33d"));
    QVERIFY(a.identity.hasSystemAssigned());
    QVERIFY(a.identity.hasUserAssigned());
    QCOMPARE(a.identity.userAssignedIdentities.size(), 1);
    QCOMPARE(a.identity.userAssignedIdentities.first().clientId,
             QStringLiteral("35b04d2b-1111-4c2b-9c56-5f2a3d2c3b4a"));
    QCOMPARE(a.keysMetadata.primaryMasterKey, QDateTime(QDate(2022, 2, 25), QTime(20, 30, 11), Qt::UTC));
    QCOMPARE(a.keysMetadata.secondaryMasterKey,
             QDateTime(QDate(2022, 2, 25), QTime(20, 30, 11, 123), Qt::UTC));
    QCOMPARE(a.keysMetadata.primaryReadonlyMasterKey,
             QDateTime(QDate(2023, 6, 1), QTime(8, 0, 0, 500), Qt::UTC));
    QVERIFY(!a.keysMetadata.secondaryReadonlyMasterKey.isValid());
    // Everything else round-trips.
    QCOMPARE(a.raw, json);
    QVERIFY(a.raw.value(QLatin1String("properties")).toObject().contains(QLatin1String("locations")));
}

void TestCosmosAccount::absentPropertiesTakeDefaults()
{
    const Result<CosmosAccount> r = CosmosAccount::fromJson(
        {{QStringLiteral("id"), QStringLiteral("/subscriptions/s1/resourceGroups/rg/providers/"
                                               "Microsoft.DocumentDB/databaseAccounts/bare")},
         {QStringLiteral("name"), QStringLiteral("bare")}});
    QVERIFY(r.ok());
    const CosmosAccount &a = r.value();
    QVERIFY(!a.disableLocalAuth);
    QVERIFY(!a.disableKeyBasedMetadataWriteAccess);
    QVERIFY(a.publicNetworkAccess.isEmpty());
    QVERIFY(a.isPublicNetworkAccessEnabled()); // ARM's default
    QVERIFY(a.ipRules.isEmpty());
    QVERIFY(!a.isVirtualNetworkFilterEnabled);
    QVERIFY(a.privateEndpointConnections.isEmpty());
    QVERIFY(!a.usesCustomerManagedKey());
    QVERIFY(a.keyVaultName().isEmpty());
    QVERIFY(a.minimalTlsVersion.isEmpty());
    QVERIFY(!a.identity.hasSystemAssigned());
    QVERIFY(!a.identity.hasUserAssigned());
    QVERIFY(!a.keysMetadata.primaryMasterKey.isValid());
}

void TestCosmosAccount::rejectsMissingIdOrName_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("field");
    const QString id = QStringLiteral(
        "/subscriptions/s1/resourceGroups/rg/providers/Microsoft.DocumentDB/databaseAccounts/acct");
    QTest::newRow("no id") << QJsonObject{{QStringLiteral("name"), QStringLiteral("acct")}}
                           << QStringLiteral("id");
    QTest::newRow("empty id") << QJsonObject{{QStringLiteral("id"), QString()},
                                             {QStringLiteral("name"), QStringLiteral("acct")}}
                              << QStringLiteral("id");
    QTest::newRow("id not a string") << QJsonObject{{QStringLiteral("id"), 42},
                                                    {QStringLiteral("name"), QStringLiteral("acct")}}
                                     << QStringLiteral("id");
    QTest::newRow("no name") << QJsonObject{{QStringLiteral("id"), id}} << QStringLiteral("name");
    QTest::newRow("name is an object")
        << QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), QJsonObject{}}}
        << QStringLiteral("name");
    QTest::newRow("empty object") << QJsonObject{} << QStringLiteral("id");
}

void TestCosmosAccount::rejectsMissingIdOrName()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, field);
    const Result<CosmosAccount> r = CosmosAccount::fromJson(json);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ApiError::Kind::Parse);
    QVERIFY2(r.error().message.contains(QLatin1Char('"') + field + QLatin1Char('"')),
             qPrintable(r.error().message));
}

void TestCosmosAccount::parsesIdsCaseInsensitively_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("subscription");
    QTest::addColumn<QString>("group");
    QTest::newRow("ARM casing") << QStringLiteral("/subscriptions/Sub-1/resourceGroups/RG-One/providers/"
                                                  "Microsoft.DocumentDB/databaseAccounts/a1")
                                << QStringLiteral("Sub-1") << QStringLiteral("RG-One");
    QTest::newRow("lower case") << QStringLiteral("/subscriptions/sub-1/resourcegroups/rg-one/providers/"
                                                  "microsoft.documentdb/databaseaccounts/a1")
                                << QStringLiteral("sub-1") << QStringLiteral("rg-one");
    QTest::newRow("upper case") << QStringLiteral("/SUBSCRIPTIONS/SUB-1/RESOURCEGROUPS/RG-ONE/PROVIDERS/"
                                                  "MICROSOFT.DOCUMENTDB/DATABASEACCOUNTS/a1")
                                << QStringLiteral("SUB-1") << QStringLiteral("RG-ONE");
    QTest::newRow("trailing slash, doubled slash")
        << QStringLiteral("/subscriptions/s//resourceGroups/g/providers/"
                          "Microsoft.DocumentDB/databaseAccounts/a1/")
        << QStringLiteral("s") << QStringLiteral("g");
    QTest::newRow("group named like a segment") << QStringLiteral("/subscriptions/s/resourceGroups/providers/"
                                                                  "providers/Microsoft.DocumentDB/"
                                                                  "databaseAccounts/a1")
                                                << QStringLiteral("s") << QStringLiteral("providers");
}

void TestCosmosAccount::parsesIdsCaseInsensitively()
{
    QFETCH(QString, id);
    QFETCH(QString, subscription);
    QFETCH(QString, group);
    const Result<CosmosAccount> r =
        CosmosAccount::fromJson({{QStringLiteral("id"), id}, {QStringLiteral("name"), QStringLiteral("a1")}});
    QVERIFY(r.ok());
    QCOMPARE(r.value().subscriptionId, subscription);
    QCOMPARE(r.value().resourceGroup, group);
    const ArmResourceId rid = ArmResourceId::parse(id);
    QCOMPARE(rid.providerNamespace.toLower(), QStringLiteral("microsoft.documentdb"));
    QCOMPARE(rid.name, QStringLiteral("a1"));
}

void TestCosmosAccount::legacyIpRangeFilter_data()
{
    QTest::addColumn<QJsonObject>("properties");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("comma separated") << QJsonObject{{QStringLiteral("ipRangeFilter"),
                                                     QStringLiteral("23.43.230.120,110.12.240.0/12")}}
                                     << QStringList{QStringLiteral("23.43.230.120"),
                                                    QStringLiteral("110.12.240.0/12")};
    QTest::newRow("spaces and empty entries")
        << QJsonObject{{QStringLiteral("ipRangeFilter"), QStringLiteral(" 1.2.3.4 , ,0.0.0.0,")}}
        << QStringList{QStringLiteral("1.2.3.4"), QStringLiteral("0.0.0.0")};
    QTest::newRow("empty filter") << QJsonObject{{QStringLiteral("ipRangeFilter"), QString()}}
                                  << QStringList{};
    QTest::newRow("ipRules win over the legacy filter")
        << QJsonObject{{QStringLiteral("ipRangeFilter"), QStringLiteral("9.9.9.9")},
                       {QStringLiteral("ipRules"), QJsonArray{QJsonObject{{QStringLiteral("ipAddressOrRange"),
                                                                           QStringLiteral("8.8.8.8")}}}}}
        << QStringList{QStringLiteral("8.8.8.8")};
    QTest::newRow("empty ipRules fall back to the filter")
        << QJsonObject{{QStringLiteral("ipRangeFilter"), QStringLiteral("9.9.9.9")},
                       {QStringLiteral("ipRules"), QJsonArray{}}}
        << QStringList{QStringLiteral("9.9.9.9")};
}

void TestCosmosAccount::legacyIpRangeFilter()
{
    QFETCH(QJsonObject, properties);
    QFETCH(QStringList, expected);
    const Result<CosmosAccount> r = CosmosAccount::fromJson(
        {{QStringLiteral("id"), QStringLiteral("/subscriptions/s/resourceGroups/g/providers/"
                                               "Microsoft.DocumentDB/databaseAccounts/a")},
         {QStringLiteral("name"), QStringLiteral("a")},
         {QStringLiteral("properties"), properties}});
    QVERIFY(r.ok());
    QCOMPARE(r.value().ipRules, expected);
}

void TestCosmosAccount::identityTypes_data()
{
    QTest::addColumn<QJsonObject>("identity");
    QTest::addColumn<bool>("system");
    QTest::addColumn<bool>("user");
    const QJsonObject uai{{QStringLiteral("/subscriptions/s/resourceGroups/g/providers/"
                                          "Microsoft.ManagedIdentity/userAssignedIdentities/u"),
                           QJsonObject{}}};
    QTest::newRow("absent") << QJsonObject{} << false << false;
    QTest::newRow("None") << QJsonObject{{QStringLiteral("type"), QStringLiteral("None")}} << false << false;
    QTest::newRow("SystemAssigned") << QJsonObject{{QStringLiteral("type"), QStringLiteral("SystemAssigned")}}
                                    << true << false;
    QTest::newRow("UserAssigned") << QJsonObject{{QStringLiteral("type"), QStringLiteral("UserAssigned")},
                                                 {QStringLiteral("userAssignedIdentities"), uai}}
                                  << false << true;
    QTest::newRow("both, with space")
        << QJsonObject{{QStringLiteral("type"), QStringLiteral("SystemAssigned, UserAssigned")},
                       {QStringLiteral("userAssignedIdentities"), uai}}
        << true << true;
}

void TestCosmosAccount::identityTypes()
{
    QFETCH(QJsonObject, identity);
    QFETCH(bool, system);
    QFETCH(bool, user);
    const Result<CosmosAccount> r = CosmosAccount::fromJson(
        {{QStringLiteral("id"), QStringLiteral("/subscriptions/s/resourceGroups/g/providers/"
                                               "Microsoft.DocumentDB/databaseAccounts/a")},
         {QStringLiteral("name"), QStringLiteral("a")},
         {QStringLiteral("identity"), identity}});
    QVERIFY(r.ok());
    QCOMPARE(r.value().identity.hasSystemAssigned(), system);
    QCOMPARE(r.value().identity.hasUserAssigned(), user);
}

void TestCosmosAccount::comparesIdsCaseInsensitively()
{
    QVERIFY(ArmResourceId::sameId(QStringLiteral("/subscriptions/S/resourceGroups/G"),
                                  QStringLiteral("/SUBSCRIPTIONS/s/resourcegroups/g/")));
    QVERIFY(!ArmResourceId::sameId(QStringLiteral("/subscriptions/S/resourceGroups/G1"),
                                   QStringLiteral("/subscriptions/S/resourceGroups/G")));
}

void TestCosmosAccount::parsesSubscription_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("subscriptionId");
    QTest::addColumn<QString>("displayName");
    QTest::newRow("full")
        << QJsonObject{{QStringLiteral("id"),
                        QStringLiteral("/subscriptions/0b1f6471-1bf0-4dda-aec3-111122223333")},
                       {QStringLiteral("subscriptionId"),
                        QStringLiteral("0b1f6471-1bf0-4dda-aec3-111122223333")},
                       {QStringLiteral("tenantId"), QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47")},
                       {QStringLiteral("displayName"), QStringLiteral("Contoso Production")},
                       {QStringLiteral("state"), QStringLiteral("Enabled")}}
        << true << QStringLiteral("0b1f6471-1bf0-4dda-aec3-111122223333")
        << QStringLiteral("Contoso Production");
    QTest::newRow("id only") << QJsonObject{{QStringLiteral("id"), QStringLiteral("/Subscriptions/abc")}}
                             << true << QStringLiteral("abc") << QStringLiteral("abc");
    QTest::newRow("neither") << QJsonObject{{QStringLiteral("displayName"), QStringLiteral("x")}} << false
                             << QString() << QString();
}

void TestCosmosAccount::parsesSubscription()
{
    QFETCH(QJsonObject, json);
    QFETCH(bool, ok);
    QFETCH(QString, subscriptionId);
    QFETCH(QString, displayName);
    const Result<Subscription> r = Subscription::fromJson(json);
    QCOMPARE(r.ok(), ok);
    if (!ok) {
        QCOMPARE(r.error().kind, ApiError::Kind::Parse);
        return;
    }
    QCOMPARE(r.value().subscriptionId, subscriptionId);
    QCOMPARE(r.value().displayName, displayName);
    QVERIFY(r.value().id.endsWith(subscriptionId));
}

void TestCosmosAccount::parsesResourceGroup()
{
    const Result<ResourceGroup> r = ResourceGroup::fromJson(
        {{QStringLiteral("id"), QStringLiteral("/subscriptions/s-1/resourceGroups/rg-orders")},
         {QStringLiteral("name"), QStringLiteral("rg-orders")},
         {QStringLiteral("location"), QStringLiteral("westeurope")},
         {QStringLiteral("properties"),
          QJsonObject{{QStringLiteral("provisioningState"), QStringLiteral("Succeeded")}}}});
    QVERIFY(r.ok());
    QCOMPARE(r.value().name, QStringLiteral("rg-orders"));
    QCOMPARE(r.value().location, QStringLiteral("westeurope"));
    QCOMPARE(r.value().subscriptionId, QStringLiteral("s-1"));
    const Result<ResourceGroup> noName = ResourceGroup::fromJson(
        {{QStringLiteral("id"), QStringLiteral("/subscriptions/s-1/resourceGroups/x")}});
    QVERIFY(!noName.ok());
    QCOMPARE(noName.error().kind, ApiError::Kind::Parse);
    QVERIFY(!ResourceGroup::fromJson({{QStringLiteral("name"), QStringLiteral("x")}}).ok());
}

void TestCosmosAccount::roundTripsThroughQVariant()
{
    const Result<CosmosAccount> r = CosmosAccount::fromJson(fullAccount());
    QVERIFY(r.ok());
    const QVariant v = QVariant::fromValue(r.value());
    QVERIFY(v.canConvert<CosmosAccount>());
    const CosmosAccount back = v.value<CosmosAccount>();
    QCOMPARE(back, r.value());
    QCOMPARE(back.keyVaultName(), QStringLiteral("orders-kv"));
}

QTEST_GUILESS_MAIN(TestCosmosAccount)
#include "tst_cosmosaccount.moc"
