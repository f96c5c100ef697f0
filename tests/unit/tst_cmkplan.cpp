// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "net/CmkPlan.h"
#include "net/CmkSetupJob.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace csc;
using Kind = CmkStep::Kind;
using Fix = KeyVaultService::VaultFix;

namespace {

const QString kSub = QStringLiteral("50b5c0de-0000-4000-8000-000000000001");
const QString kTenant = QStringLiteral("c5c0de00-0000-4000-8000-00000000d3e0");
const QString kAccountId =
    QStringLiteral("/subscriptions/50b5c0de-0000-4000-8000-000000000001/resourceGroups/rg-catalog/providers/"
                   "Microsoft.DocumentDB/databaseAccounts/contoso-catalog");
const QString kVaultId = QStringLiteral("/subscriptions/50b5c0de-0000-4000-8000-000000000001/resourceGroups/"
                                        "rg-orders/providers/Microsoft.KeyVault/vaults/contoso-orders-kv");
const QString kUamiId =
    QStringLiteral("/subscriptions/50b5c0de-0000-4000-8000-000000000001/resourceGroups/"
                   "rg-catalog/providers/Microsoft.ManagedIdentity/userAssignedIdentities/"
                   "catalog-cmk");
const QString kSystemPrincipal = QStringLiteral("1d0e0000-0000-4000-8000-0000000000aa");
const QString kUamiPrincipal = QStringLiteral("1d0e0000-0000-4000-8000-0000000000bb");
const QString kFirstPartyPrincipal = QStringLiteral("1d0e0000-0000-4000-8000-0000000000c0");
const QString kVersion = QStringLiteral("0123456789abcdef0123456789abcdef");

KeyVault readyVault(bool rbac)
{
    KeyVault v;
    v.id = kVaultId;
    v.name = QStringLiteral("contoso-orders-kv");
    v.location = QStringLiteral("westus");
    v.subscriptionId = kSub;
    v.resourceGroup = QStringLiteral("rg-orders");
    v.tenantId = kTenant;
    v.skuName = QStringLiteral("standard");
    v.vaultUri = QUrl(QStringLiteral("https://contoso-orders-kv.vault.azure.net/"));
    v.enableSoftDelete = true;
    v.softDeleteRetentionInDays = 90;
    v.enablePurgeProtection = true;
    v.enableRbacAuthorization = rbac;
    v.provisioningState = QStringLiteral("Succeeded");
    return v;
}

CosmosAccount account(bool withSystemIdentity)
{
    CosmosAccount a;
    a.id = kAccountId;
    a.name = QStringLiteral("contoso-catalog");
    a.type = QStringLiteral("Microsoft.DocumentDB/databaseAccounts");
    a.subscriptionId = kSub;
    a.resourceGroup = QStringLiteral("rg-catalog");
    a.location = QStringLiteral("East US");
    a.kind = QStringLiteral("GlobalDocumentDB");
    if (withSystemIdentity) {
        a.identity.type = QStringLiteral("SystemAssigned");
        a.identity.principalId = kSystemPrincipal;
        a.identity.tenantId = kTenant;
    }
    return a;
}

CmkChoices baseChoices()
{
    CmkChoices c;
    c.account = account(false);
    c.tenantId = kTenant;
    c.identityKind = CmkIdentityKind::SystemAssigned;
    c.vault = readyVault(true);
    c.keyName = QStringLiteral("cosmos-cmk");
    return c;
}

QList<int> kindsOf(const QList<CmkStep> &steps)
{
    QList<int> out;
    for (const CmkStep &s : steps)
        out << int(s.kind);
    return out;
}

qsizetype indexOf(const QList<CmkStep> &steps, Kind kind)
{
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (steps.at(i).kind == kind)
            return i;
    }
    return -1;
}

const CmkStep *stepOf(const QList<CmkStep> &steps, Kind kind)
{
    const qsizetype i = indexOf(steps, kind);
    return i < 0 ? nullptr : &steps.at(i);
}

QStringList idsOf(const QList<CmkFinding> &findings)
{
    QStringList out;
    for (const CmkFinding &f : findings)
        out << f.id;
    return out;
}

} // namespace

Q_DECLARE_METATYPE(CmkChoices)

class TestCmkPlan : public QObject
{
    Q_OBJECT
private slots:
    void plans_data();
    void plans();
    void principalPlaceholderUntilKnown_data();
    void principalPlaceholderUntilKnown();
    void keyUri_data();
    void keyUri();
    void defaultIdentityAndGrantKind();
    void setKeyStepSendsDefaultIdentityOnlyWhenItChanges();
    void newVaultPlan();
    void validationErrors_data();
    void validationErrors();
    void irreversibleEffects();
    void accountTemplate();
    void vaultFindings_data();
    void vaultFindings();
    void keyFindings_data();
    void keyFindings();
    void jsonRoundTrip();
    void jsonRejectsUnknownValues();
    void keyAccessPending_data();
    void keyAccessPending();
};

void TestCmkPlan::plans_data()
{
    QTest::addColumn<CmkChoices>("choices");
    QTest::addColumn<QList<int>>("kinds");

    const int uaCreate = int(Kind::CreateUserAssignedIdentity);
    const int addId = int(Kind::AddAccountIdentity);
    const int createVault = int(Kind::CreateVault);
    const int fix = int(Kind::FixVault);
    const int createKey = int(Kind::CreateKey);
    const int role = int(Kind::GrantRoleAssignment);
    const int policy = int(Kind::GrantAccessPolicy);
    const int setKey = int(Kind::SetKeyVaultKeyUri);
    const int verify = int(Kind::Verify);

    for (const bool rbac : {true, false}) {
        const int grant = rbac ? role : policy;
        const QByteArray model = rbac ? "rbac" : "access policy";
        for (const bool newKey : {false, true}) {
            const QByteArray key = newKey ? "new key" : "existing key";
            QList<int> keySteps;
            if (newKey)
                keySteps << createKey;
            {
                CmkChoices c = baseChoices();
                c.vault = readyVault(rbac);
                c.createKey = newKey;
                QTest::newRow("system, " + model + ", " + key)
                    << c << (QList<int>{addId} + keySteps + QList<int>{grant, setKey, verify});
            }
            {
                CmkChoices c = baseChoices();
                c.vault = readyVault(rbac);
                c.createKey = newKey;
                c.identityKind = CmkIdentityKind::UserAssigned;
                c.userAssignedId = kUamiId;
                c.createUserAssigned = true;
                QTest::newRow("user created, " + model + ", " + key)
                    << c << (QList<int>{uaCreate, addId} + keySteps + QList<int>{grant, setKey, verify});
            }
            {
                CmkChoices c = baseChoices();
                c.vault = readyVault(rbac);
                c.createKey = newKey;
                c.identityKind = CmkIdentityKind::UserAssigned;
                c.userAssignedId = kUamiId;
                c.principalId = kUamiPrincipal;
                QTest::newRow("user existing, " + model + ", " + key)
                    << c << (QList<int>{addId} + keySteps + QList<int>{grant, setKey, verify});
            }
            {
                CmkChoices c = baseChoices();
                c.vault = readyVault(rbac);
                c.createKey = newKey;
                c.identityKind = CmkIdentityKind::FirstParty;
                c.principalId = kFirstPartyPrincipal;
                QTest::newRow("first party, " + model + ", " + key)
                    << c << (keySteps + QList<int>{grant, setKey, verify});
            }
        }
        {
            CmkChoices c = baseChoices();
            c.createVault = true;
            c.vault = KeyVault();
            c.newVault.subscriptionId = kSub;
            c.newVault.resourceGroup = QStringLiteral("rg-catalog");
            c.newVault.name = QStringLiteral("catalog-cmk-kv");
            c.newVault.location = QStringLiteral("eastus");
            c.newVault.tenantId = kTenant;
            c.newVault.enableRbacAuthorization = rbac;
            c.createKey = true;
            QTest::newRow("system, new " + model + " vault, new key")
                << c << QList<int>{addId, createVault, createKey, grant, setKey, verify};
        }
    }
    {
        CmkChoices c = baseChoices();
        c.vault = readyVault(false);
        c.vault.enablePurgeProtection = false;
        c.vault.publicNetworkAccess = QStringLiteral("Disabled");
        c.vault.networkDefaultAction = QStringLiteral("Deny");
        c.vault.networkBypass = QStringLiteral("None");
        c.vaultFixes = {Fix::EnablePurgeProtection, Fix::EnablePublicNetworkAccess, Fix::AllowTrustedServices,
                        Fix::EnablePurgeProtection};
        QTest::newRow("fixes in consent order, deduplicated")
            << c << QList<int>{addId, fix, fix, fix, policy, setKey, verify};
    }
    {
        CmkChoices c = baseChoices();
        c.account = account(true);
        QTest::newRow("system identity already there: still listed, skipped when applied")
            << c << QList<int>{addId, role, setKey, verify};
    }
}

void TestCmkPlan::plans()
{
    QFETCH(CmkChoices, choices);
    QFETCH(QList<int>, kinds);
    const Result<QList<CmkStep>> plan = CmkPlan::build(choices);
    QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().message));
    const QList<CmkStep> &steps = plan.value();
    QCOMPARE(kindsOf(steps), kinds);

    // Identity before the grant, the grant before the key URI, Verify last.
    const qsizetype identity =
        std::max(indexOf(steps, Kind::CreateUserAssignedIdentity), indexOf(steps, Kind::AddAccountIdentity));
    const qsizetype grant =
        std::max(indexOf(steps, Kind::GrantRoleAssignment), indexOf(steps, Kind::GrantAccessPolicy));
    const qsizetype setKey = indexOf(steps, Kind::SetKeyVaultKeyUri);
    QVERIFY(grant >= 0);
    QVERIFY(identity < grant);
    QVERIFY(grant < setKey);
    QCOMPARE(steps.constLast().kind, Kind::Verify);
    if (const qsizetype key = indexOf(steps, Kind::CreateKey); key >= 0)
        QVERIFY(key < setKey);

    for (const CmkStep &s : steps) {
        QVERIFY2(!s.title.isEmpty() && !s.detail.isEmpty(), qPrintable(s.title));
        QVERIFY2(s.azCommand.startsWith(QLatin1String("az ")), qPrintable(s.azCommand));
        QVERIFY(!s.method.isEmpty());
        QVERIFY2(s.resource.contains(QLatin1String("api-version=")), qPrintable(s.resource));
        // Never the identity and the key in one request.
        const bool changesIdentity = s.body.contains(QLatin1String("identity"));
        const bool setsKey =
            s.body.value(QLatin1String("properties")).toObject().contains(QLatin1String("keyVaultKeyUri"));
        QVERIFY(!(changesIdentity && setsKey));
        QCOMPARE(s.irreversible, !s.irreversibleNote.isEmpty());
    }

    const CmkStep *set = stepOf(steps, Kind::SetKeyVaultKeyUri);
    QCOMPARE(set->method, QStringLiteral("PATCH"));
    QCOMPARE(set->resource, kAccountId + QStringLiteral("?api-version=2025-10-15"));
    QCOMPARE(set->body.value(QLatin1String("properties")).toObject().value(QLatin1String("keyVaultKeyUri")),
             QJsonValue(CmkPlan::displayKeyUri(choices)));
    QVERIFY(set->azCommand.contains(QLatin1String("az cosmosdb update --name contoso-catalog")));
    QVERIFY(set->azCommand.contains(QLatin1String("--key-uri")));
    QVERIFY(set->irreversible); // the account has no customer-managed key yet
    QVERIFY(set->title.contains(QStringLiteral("“contoso-catalog”")));
    QVERIFY(set->title.contains(QLatin1String("versionless: follows rotation")));

    if (const CmkStep *add = stepOf(steps, Kind::AddAccountIdentity)) {
        QCOMPARE(add->method, QStringLiteral("PATCH"));
        QVERIFY(add->azCommand.startsWith(QLatin1String("az cosmosdb identity assign")));
        const QJsonObject identity = add->body.value(QLatin1String("identity")).toObject();
        if (choices.identityKind == CmkIdentityKind::SystemAssigned) {
            QCOMPARE(add->title, QStringLiteral("Enable the system-assigned identity of “contoso-catalog”"));
            QVERIFY(
                identity.value(QLatin1String("type")).toString().contains(QLatin1String("SystemAssigned")));
        } else {
            QVERIFY(identity.value(QLatin1String("userAssignedIdentities")).toObject().contains(kUamiId));
        }
    }
    if (const CmkStep *create = stepOf(steps, Kind::CreateUserAssignedIdentity)) {
        QCOMPARE(create->method, QStringLiteral("PUT"));
        QCOMPARE(create->resource, kUamiId + QStringLiteral("?api-version=2023-01-31"));
        QVERIFY(create->azCommand.startsWith(QLatin1String("az identity create")));
        QCOMPARE(create->body.value(QLatin1String("location")).toString(), QStringLiteral("East US"));
    }
    if (const CmkStep *role = stepOf(steps, Kind::GrantRoleAssignment)) {
        QVERIFY2(role->title.startsWith(
                     QStringLiteral("Grant “Key Vault Crypto Service Encryption User” on vault")),
                 qPrintable(role->title));
        QVERIFY(role->azCommand.startsWith(QLatin1String("az role assignment create")));
        QVERIFY(role->azCommand.contains(QLatin1String(AzureRoles::kKeyVaultCryptoServiceEncryptionUser)));
        QVERIFY(
            role->resource.contains(QLatin1String("/providers/Microsoft.Authorization/roleAssignments/")));
        QVERIFY(role->body.value(QLatin1String("properties"))
                    .toObject()
                    .value(QLatin1String("roleDefinitionId"))
                    .toString()
                    .endsWith(QLatin1String(AzureRoles::kKeyVaultCryptoServiceEncryptionUser)));
    }
    if (const CmkStep *policy = stepOf(steps, Kind::GrantAccessPolicy)) {
        QVERIFY(policy->azCommand.startsWith(QLatin1String("az keyvault set-policy")));
        QVERIFY(policy->resource.endsWith(QLatin1String("/accessPolicies/add?api-version=2024-11-01")));
        const QJsonArray policies = policy->body.value(QLatin1String("properties"))
                                        .toObject()
                                        .value(QLatin1String("accessPolicies"))
                                        .toArray();
        QCOMPARE(policies.size(), 1);
        const QJsonArray keys = policies.at(0)
                                    .toObject()
                                    .value(QLatin1String("permissions"))
                                    .toObject()
                                    .value(QLatin1String("keys"))
                                    .toArray();
        QVERIFY(keys.contains(QStringLiteral("wrapKey")) && keys.contains(QStringLiteral("unwrapKey")) &&
                keys.contains(QStringLiteral("get")));
        QCOMPARE(policies.at(0).toObject().value(QLatin1String("tenantId")).toString(), kTenant);
    }
    if (const CmkStep *key = stepOf(steps, Kind::CreateKey)) {
        QCOMPARE(key->method, QStringLiteral("POST"));
        QVERIFY(key->azCommand.startsWith(QLatin1String("az keyvault key create")));
        QCOMPARE(key->body.value(QLatin1String("kty")).toString(), QStringLiteral("RSA"));
        QCOMPARE(key->body.value(QLatin1String("key_size")).toInt(), 3072);
        QVERIFY(key->resource.contains(QLatin1String("/keys/cosmos-cmk/create?api-version=7.6")));
    }
    for (const CmkStep &s : steps) {
        if (s.kind != Kind::FixVault)
            continue;
        QCOMPARE(s.method, QStringLiteral("PATCH"));
        QVERIFY(s.azCommand.startsWith(QLatin1String("az keyvault update")));
        QCOMPARE(s.irreversible, s.fix == Fix::EnablePurgeProtection || s.fix == Fix::EnableSoftDelete);
    }
    if (indexOf(steps, Kind::FixVault) >= 0) {
        QList<Fix> fixes;
        for (const CmkStep &s : steps) {
            if (s.kind == Kind::FixVault)
                fixes << s.fix;
        }
        QCOMPARE(fixes, (QList<Fix>{Fix::EnablePurgeProtection, Fix::EnablePublicNetworkAccess,
                                    Fix::AllowTrustedServices}));
        QCOMPARE(stepOf(steps, Kind::FixVault)->title,
                 QStringLiteral("Turn on purge protection for vault “contoso-orders-kv”"));
    }
}

void TestCmkPlan::principalPlaceholderUntilKnown_data()
{
    QTest::addColumn<CmkChoices>("choices");
    QTest::addColumn<QString>("principal");
    CmkChoices c = baseChoices();
    QTest::newRow("system identity enabled by the setup") << c << QStringLiteral("<principalId>");
    c.account = account(true);
    QTest::newRow("system identity already there") << c << kSystemPrincipal;
    c = baseChoices();
    c.identityKind = CmkIdentityKind::UserAssigned;
    c.userAssignedId = kUamiId;
    c.createUserAssigned = true;
    QTest::newRow("user-assigned created by the setup") << c << QStringLiteral("<principalId>");
    c.account.identity.type = QStringLiteral("UserAssigned");
    c.account.identity.userAssignedIdentities.insert(kUamiId.toLower(), {kUamiPrincipal, QString()});
    QTest::newRow("user-assigned attached (id case differs)") << c << kUamiPrincipal;
    c = baseChoices();
    c.identityKind = CmkIdentityKind::FirstParty;
    QTest::newRow("first party not looked up yet") << c << QStringLiteral("<principalId>");
    c.principalId = kFirstPartyPrincipal;
    QTest::newRow("first party looked up") << c << kFirstPartyPrincipal;
}

void TestCmkPlan::principalPlaceholderUntilKnown()
{
    QFETCH(CmkChoices, choices);
    QFETCH(QString, principal);
    for (const bool rbac : {true, false}) {
        choices.vault.enableRbacAuthorization = rbac;
        const Result<QList<CmkStep>> plan = CmkPlan::build(choices);
        QVERIFY(plan.ok());
        const CmkStep *grant =
            stepOf(plan.value(), rbac ? Kind::GrantRoleAssignment : Kind::GrantAccessPolicy);
        QVERIFY(grant);
        const QString sent = rbac ? grant->body.value(QLatin1String("properties"))
                                        .toObject()
                                        .value(QLatin1String("principalId"))
                                        .toString()
                                  : grant->body.value(QLatin1String("properties"))
                                        .toObject()
                                        .value(QLatin1String("accessPolicies"))
                                        .toArray()
                                        .at(0)
                                        .toObject()
                                        .value(QLatin1String("objectId"))
                                        .toString();
        QCOMPARE(sent, principal);
        QVERIFY2(grant->azCommand.contains(principal), qPrintable(grant->azCommand));
    }
}

void TestCmkPlan::keyUri_data()
{
    QTest::addColumn<QString>("vaultUri");
    QTest::addColumn<bool>("versionless");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("expected");
    QTest::newRow("trailing slash") << QStringLiteral("https://contoso-orders-kv.vault.azure.net/") << true
                                    << QString()
                                    << QStringLiteral(
                                           "https://contoso-orders-kv.vault.azure.net/keys/cosmos-cmk");
    QTest::newRow("no trailing slash")
        << QStringLiteral("https://contoso-orders-kv.vault.azure.net") << true << QString()
        << QStringLiteral("https://contoso-orders-kv.vault.azure.net/keys/cosmos-cmk");
    QTest::newRow("pinned") << QStringLiteral("https://contoso-orders-kv.vault.azure.net/") << false
                            << kVersion
                            << QStringLiteral("https://contoso-orders-kv.vault.azure.net/keys/cosmos-cmk/") +
                                   kVersion;
    QTest::newRow("pinned to latest at apply time")
        << QStringLiteral("https://contoso-orders-kv.vault.azure.net/") << false << QString()
        << QStringLiteral("https://contoso-orders-kv.vault.azure.net/keys/cosmos-cmk");
    QTest::newRow("local cloud with port")
        << QStringLiteral("https://contoso-orders-kv.vault.localhost:8443/") << true << QString()
        << QStringLiteral("https://contoso-orders-kv.vault.localhost:8443/keys/cosmos-cmk");
}

void TestCmkPlan::keyUri()
{
    QFETCH(QString, vaultUri);
    QFETCH(bool, versionless);
    QFETCH(QString, version);
    QFETCH(QString, expected);
    CmkChoices c = baseChoices();
    c.vault.vaultUri = QUrl(vaultUri);
    c.versionless = versionless;
    c.keyVersion = version;
    QCOMPARE(c.keyUri(), expected);
    const Result<QList<CmkStep>> plan = CmkPlan::build(c);
    QVERIFY(plan.ok());
    const CmkStep *set = stepOf(plan.value(), Kind::SetKeyVaultKeyUri);
    QVERIFY(set->title.contains(expected));
    QCOMPARE(set->title.contains(QLatin1String("follows rotation")), versionless);
}

void TestCmkPlan::defaultIdentityAndGrantKind()
{
    CmkChoices c = baseChoices();
    QCOMPARE(c.defaultIdentity(), QStringLiteral("SystemAssignedIdentity"));
    c.identityKind = CmkIdentityKind::FirstParty;
    QCOMPARE(c.defaultIdentity(), QStringLiteral("FirstPartyIdentity"));
    c.identityKind = CmkIdentityKind::UserAssigned;
    c.userAssignedId = kUamiId;
    QCOMPARE(c.defaultIdentity(), QStringLiteral("UserAssignedIdentity=") + kUamiId);

    c.vault.enableRbacAuthorization = true;
    QVERIFY(c.useRoleAssignment());
    c.vault.enableRbacAuthorization = false;
    QVERIFY(!c.useRoleAssignment());
    // A new vault: its own setting counts, not the (empty) vault's.
    c.createVault = true;
    c.newVault.enableRbacAuthorization = true;
    QVERIFY(c.useRoleAssignment());
    c.newVault.enableRbacAuthorization = false;
    QVERIFY(!c.useRoleAssignment());

    QCOMPARE(c.vaultId(), kVaultId);
    c.vault = KeyVault();
    c.newVault.subscriptionId = kSub;
    c.newVault.resourceGroup = QStringLiteral("rg-x");
    c.newVault.name = QStringLiteral("new-kv");
    QCOMPARE(c.vaultId(), QStringLiteral("/subscriptions/%1/resourceGroups/rg-x/providers/Microsoft.KeyVault/"
                                         "vaults/new-kv")
                              .arg(kSub));
    QCOMPARE(c.vaultName(), QStringLiteral("new-kv"));
    QVERIFY(c.keyUri().isEmpty()); // not known before the vault exists
}

void TestCmkPlan::setKeyStepSendsDefaultIdentityOnlyWhenItChanges()
{
    CmkChoices c = baseChoices();
    Result<QList<CmkStep>> plan = CmkPlan::build(c);
    QVERIFY(plan.ok());
    QJsonObject props =
        stepOf(plan.value(), Kind::SetKeyVaultKeyUri)->body.value(QLatin1String("properties")).toObject();
    QCOMPARE(props.value(QLatin1String("defaultIdentity")).toString(),
             QStringLiteral("SystemAssignedIdentity"));
    QVERIFY(stepOf(plan.value(), Kind::SetKeyVaultKeyUri)
                ->azCommand.contains(QLatin1String("--default-identity")));

    c.account.defaultIdentity = QStringLiteral("systemassignedidentity");
    c.account.keyVaultKeyUri = QStringLiteral("https://old-kv.vault.azure.net/keys/old");
    plan = CmkPlan::build(c);
    QVERIFY(plan.ok());
    const CmkStep *set = stepOf(plan.value(), Kind::SetKeyVaultKeyUri);
    props = set->body.value(QLatin1String("properties")).toObject();
    QVERIFY(!props.contains(QLatin1String("defaultIdentity")));
    QVERIFY(!set->azCommand.contains(QLatin1String("--default-identity")));
    // Changing the key of an account that already has one can be undone.
    QVERIFY(!set->irreversible);
}

void TestCmkPlan::newVaultPlan()
{
    CmkChoices c = baseChoices();
    c.createVault = true;
    c.vault = KeyVault();
    c.newVault.subscriptionId = kSub;
    c.newVault.resourceGroup = QStringLiteral("rg-catalog");
    c.newVault.name = QStringLiteral("catalog-cmk-kv");
    c.newVault.location = QStringLiteral("eastus");
    c.newVault.softDeleteRetentionInDays = 30;
    c.createKey = true;
    const Result<QList<CmkStep>> plan = CmkPlan::build(c);
    QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().message));
    const CmkStep *vault = stepOf(plan.value(), Kind::CreateVault);
    QCOMPARE(vault->method, QStringLiteral("PUT"));
    QCOMPARE(vault->resource, c.vaultId() + QStringLiteral("?api-version=2024-11-01"));
    QVERIFY(vault->azCommand.startsWith(QLatin1String("az keyvault create")));
    QVERIFY(vault->irreversible);
    QVERIFY(vault->irreversibleNote.contains(QLatin1String("30 day")));
    // The new vault's tenant falls back to the account's tenant.
    QCOMPARE(
        vault->body.value(QLatin1String("properties")).toObject().value(QLatin1String("tenantId")).toString(),
        kTenant);
    // The vault URI is not known yet: the key steps say so instead of guessing a DNS suffix.
    QVERIFY(stepOf(plan.value(), Kind::CreateKey)->resource.startsWith(QLatin1String("<vaultUri>/keys/")));
    QVERIFY(stepOf(plan.value(), Kind::SetKeyVaultKeyUri)
                ->title.contains(QLatin1String("<vaultUri>/keys/cosmos-cmk")));
}

void TestCmkPlan::validationErrors_data()
{
    QTest::addColumn<CmkChoices>("choices");
    QTest::addColumn<QString>("fragment");
    CmkChoices c = baseChoices();
    c.account = CosmosAccount();
    QTest::newRow("no account") << c << QStringLiteral("account");
    c = baseChoices();
    c.identityKind = CmkIdentityKind::UserAssigned;
    QTest::newRow("user-assigned without id") << c << QStringLiteral("user-assigned identity");
    c.userAssignedId = kVaultId;
    QTest::newRow("user-assigned id of a vault") << c << QStringLiteral("is not the resource id");
    c.userAssignedId = kUamiId;
    c.createUserAssigned = true;
    c.account.location.clear();
    QTest::newRow("identity to create without region") << c << QStringLiteral("region");
    c = baseChoices();
    c.createUserAssigned = true;
    QTest::newRow("create identity for the system identity") << c << QStringLiteral("user-assigned");
    c = baseChoices();
    c.keyName.clear();
    QTest::newRow("no key name") << c << QStringLiteral("key");
    c.keyName = QStringLiteral("bad_name!");
    QTest::newRow("invalid key name") << c << QString();
    c = baseChoices();
    c.createKey = true;
    c.keySize = 1024;
    QTest::newRow("key size 1024") << c << QStringLiteral("1024");
    c.keySize = 3000;
    QTest::newRow("key size 3000") << c << QStringLiteral("2048, 3072 or 4096");
    c = baseChoices();
    c.versionless = false;
    c.keyVersion = QStringLiteral("v1");
    QTest::newRow("bad version") << c << QStringLiteral("32 hexadecimal");
    c = baseChoices();
    c.keyVersion = kVersion;
    QTest::newRow("versionless with a version") << c << QStringLiteral("versionless");
    c = baseChoices();
    c.vault.vaultUri = QUrl();
    QTest::newRow("vault without uri") << c << QStringLiteral("vault URI");
    c = baseChoices();
    c.vault = KeyVault();
    QTest::newRow("no vault") << c << QStringLiteral("key vault");
    c = baseChoices();
    c.vault.enablePurgeProtection = false;
    QTest::newRow("purge protection off, fix not consented") << c << QStringLiteral("Purge protection");
    c = baseChoices();
    c.vault.publicNetworkAccess = QStringLiteral("Disabled");
    QTest::newRow("private vault, fix not consented") << c << QStringLiteral("private endpoints");
    c = baseChoices();
    c.createVault = true;
    c.newVault.subscriptionId = kSub;
    c.newVault.resourceGroup = QStringLiteral("rg-catalog");
    c.newVault.name = QStringLiteral("ok-name-kv");
    c.newVault.location = QStringLiteral("eastus");
    c.newVault.enablePurgeProtection = false;
    QTest::newRow("new vault without purge protection") << c << QStringLiteral("purge protection");
    c.newVault.enablePurgeProtection = true;
    c.newVault.name = QStringLiteral("x");
    QTest::newRow("new vault name too short") << c << QString();
    c.newVault.name = QStringLiteral("ok-name-kv");
    c.newVault.location.clear();
    QTest::newRow("new vault without region") << c << QStringLiteral("region");
    c.newVault.location = QStringLiteral("eastus");
    c.vaultFixes = {Fix::EnablePurgeProtection};
    QTest::newRow("fixes for a new vault") << c << QStringLiteral("existing vault");
    c = baseChoices();
    c.vault.enableRbacAuthorization = false;
    c.vault.tenantId.clear();
    c.tenantId.clear();
    QTest::newRow("access policy without tenant") << c << QStringLiteral("tenant");
}

void TestCmkPlan::validationErrors()
{
    QFETCH(CmkChoices, choices);
    QFETCH(QString, fragment);
    const Result<QList<CmkStep>> plan = CmkPlan::build(choices);
    QVERIFY(!plan.ok());
    QCOMPARE(plan.error().kind, ApiError::Kind::Validation);
    QVERIFY(!plan.error().message.isEmpty());
    if (!fragment.isEmpty())
        QVERIFY2(plan.error().message.contains(fragment, Qt::CaseInsensitive),
                 qPrintable(plan.error().message));
}

void TestCmkPlan::irreversibleEffects()
{
    CmkChoices c = baseChoices();
    QStringList effects = CmkPlan::irreversibleEffects(c);
    QCOMPARE(effects.size(), 1);
    QVERIFY(effects.at(0).contains(QLatin1String("never go back to service-managed keys")));

    c.vault.enablePurgeProtection = false;
    c.vault.softDeleteRetentionInDays = 30;
    c.vaultFixes = {Fix::EnablePurgeProtection};
    effects = CmkPlan::irreversibleEffects(c);
    QCOMPARE(effects.size(), 2);
    QVERIFY(effects.at(1).contains(QLatin1String("Purge protection can never be turned off")));
    QVERIFY(effects.at(1).contains(QStringLiteral("“contoso-orders-kv”")));
    QVERIFY(effects.at(1).contains(QLatin1String("30 day")));
    const Result<QList<CmkStep>> plan = CmkPlan::build(c);
    QVERIFY(plan.ok());
    QVERIFY(stepOf(plan.value(), Kind::FixVault)->irreversible);

    // Changing the key of an account that has one already is not one-way.
    c.account.keyVaultKeyUri = QStringLiteral("https://old-kv.vault.azure.net/keys/old");
    c.vaultFixes.clear();
    c.vault.enablePurgeProtection = true;
    QVERIFY(CmkPlan::irreversibleEffects(c).isEmpty());
}

void TestCmkPlan::accountTemplate()
{
    CmkChoices c = baseChoices();
    c.identityKind = CmkIdentityKind::UserAssigned;
    c.userAssignedId = kUamiId;
    c.account = account(true);
    QJsonObject t = CmkPlan::accountTemplate(c);
    QCOMPARE(t.value(QLatin1String("type")).toString(),
             QStringLiteral("Microsoft.DocumentDB/databaseAccounts"));
    QCOMPARE(t.value(QLatin1String("name")).toString(), QStringLiteral("contoso-catalog"));
    const QJsonObject identity = t.value(QLatin1String("identity")).toObject();
    QCOMPARE(identity.value(QLatin1String("type")).toString(), QStringLiteral("SystemAssigned,UserAssigned"));
    QVERIFY(identity.value(QLatin1String("userAssignedIdentities")).toObject().contains(kUamiId));
    const QJsonObject props = t.value(QLatin1String("properties")).toObject();
    QCOMPARE(props.value(QLatin1String("keyVaultKeyUri")).toString(),
             QStringLiteral("https://contoso-orders-kv.vault.azure.net/keys/cosmos-cmk"));
    QCOMPARE(props.value(QLatin1String("defaultIdentity")).toString(),
             QStringLiteral("UserAssignedIdentity=") + kUamiId);

    c = baseChoices();
    c.identityKind = CmkIdentityKind::FirstParty;
    t = CmkPlan::accountTemplate(c);
    QVERIFY(!t.contains(QLatin1String("identity")));
    QCOMPARE(
        t.value(QLatin1String("properties")).toObject().value(QLatin1String("defaultIdentity")).toString(),
        QStringLiteral("FirstPartyIdentity"));
}

void TestCmkPlan::vaultFindings_data()
{
    QTest::addColumn<KeyVault>("vault");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QList<int>>("severities");
    QTest::addColumn<QList<int>>("fixes"); // -1: not fixable
    const int blocking = int(CmkFinding::Severity::Blocking);
    const int warning = int(CmkFinding::Severity::Warning);
    KeyVault v = readyVault(true);
    QTest::newRow("ready") << v << QStringList() << QList<int>() << QList<int>();
    v.raw = QJsonObject();
    v.provisioningState.clear();
    QTest::newRow("state not reported") << v << QStringList() << QList<int>() << QList<int>();
    v = readyVault(false);
    v.enableSoftDelete = false;
    v.enablePurgeProtection = false;
    QTest::newRow("legacy vault") << v
                                  << QStringList{QStringLiteral("soft-delete"),
                                                 QStringLiteral("purge-protection")}
                                  << QList<int>{blocking, blocking}
                                  << QList<int>{int(Fix::EnableSoftDelete), int(Fix::EnablePurgeProtection)};
    v = readyVault(true);
    v.publicNetworkAccess = QStringLiteral("Disabled");
    QTest::newRow("private endpoints only")
        << v << QStringList{QStringLiteral("network-private")} << QList<int>{blocking}
        << QList<int>{int(Fix::EnablePublicNetworkAccess)};
    v = readyVault(true);
    v.networkDefaultAction = QStringLiteral("Deny");
    v.networkBypass = QStringLiteral("None");
    v.ipRules = {QStringLiteral("203.0.113.0/24")};
    QTest::newRow("firewall without trusted services")
        << v << QStringList{QStringLiteral("network-deny")} << QList<int>{blocking}
        << QList<int>{int(Fix::AllowTrustedServices)};
    v.networkBypass = QStringLiteral("AzureServices");
    QTest::newRow("firewall with trusted services") << v << QStringList() << QList<int>() << QList<int>();
    v = readyVault(true);
    v.provisioningState = QStringLiteral("RegisteringDns");
    QTest::newRow("still provisioning")
        << v << QStringList{QStringLiteral("vault-provisioning")} << QList<int>{warning} << QList<int>{-1};
}

void TestCmkPlan::vaultFindings()
{
    QFETCH(KeyVault, vault);
    QFETCH(QStringList, ids);
    QFETCH(QList<int>, severities);
    QFETCH(QList<int>, fixes);
    const QList<CmkFinding> findings = CmkPreflight::checkVault(vault);
    QCOMPARE(idsOf(findings), ids);
    bool blocking = false;
    for (qsizetype i = 0; i < findings.size(); ++i) {
        const CmkFinding &f = findings.at(i);
        QCOMPARE(int(f.severity), severities.at(i));
        QCOMPARE(f.fixable, fixes.at(i) >= 0);
        if (f.fixable)
            QCOMPARE(int(f.fix), fixes.at(i));
        QCOMPARE(f.fixIrreversible,
                 f.fixable && (f.fix == Fix::EnablePurgeProtection || f.fix == Fix::EnableSoftDelete));
        QVERIFY2(f.message.contains(QStringLiteral("“contoso-orders-kv”")), qPrintable(f.message));
        QVERIFY(!f.remedy.isEmpty());
        blocking = blocking || f.severity == CmkFinding::Severity::Blocking;
    }
    QCOMPARE(CmkPreflight::hasBlocking(findings), blocking);
    if (ids.contains(QStringLiteral("network-private")))
        QVERIFY(findings.at(0).message.contains(
            QLatin1String("Cosmos DB cannot use a vault reachable only through private endpoints")));
}

void TestCmkPlan::keyFindings_data()
{
    QTest::addColumn<KeyVaultKey>("key");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<bool>("blocking");
    const QDateTime now = QDateTime(QDate(2026, 11, 29), QTime(12, 0), Qt::UTC);
    KeyVaultKey k;
    k.id.vaultUri = QUrl(QStringLiteral("https://contoso-orders-kv.vault.azure.net"));
    k.id.name = QStringLiteral("cosmos-cmk");
    k.id.version = kVersion;
    k.kty = QStringLiteral("RSA");
    k.keySize = 3072;
    k.keyOps = {QStringLiteral("wrapKey"), QStringLiteral("unwrapKey")};
    QTest::newRow("good") << k << QStringList() << false;
    KeyVaultKey x = k;
    x.keyOps.clear();
    QTest::newRow("no key_ops means all") << x << QStringList() << false;
    x = k;
    x.kty = QStringLiteral("RSA-HSM");
    x.keySize = 4096;
    QTest::newRow("RSA-HSM 4096") << x << QStringList() << false;
    x = k;
    x.kty = QStringLiteral("EC");
    x.keySize = 0;
    x.keyOps = {QStringLiteral("sign"), QStringLiteral("verify")};
    QTest::newRow("EC key") << x << QStringList{QStringLiteral("key-type"), QStringLiteral("key-ops")}
                            << true;
    x = k;
    x.keyOps = {QStringLiteral("encrypt"), QStringLiteral("decrypt"), QStringLiteral("wrapKey")};
    QTest::newRow("no unwrapKey") << x << QStringList{QStringLiteral("key-ops")} << true;
    x = k;
    x.enabled = false;
    QTest::newRow("disabled") << x << QStringList{QStringLiteral("key-disabled")} << true;
    x = k;
    x.expires = now.addDays(-1);
    QTest::newRow("expired") << x << QStringList{QStringLiteral("key-expired")} << true;
    x = k;
    x.expires = now.addDays(200);
    QTest::newRow("expiry set") << x << QStringList{QStringLiteral("key-expiry-set")} << false;
    x = k;
    x.keySize = 2048;
    QTest::newRow("2048 bits") << x << QStringList{QStringLiteral("key-size")} << false;
    x = k;
    x.kty.clear();
    x.keySize = 0;
    QTest::newRow("list item without material") << x << QStringList() << false;
}

void TestCmkPlan::keyFindings()
{
    QFETCH(KeyVaultKey, key);
    QFETCH(QStringList, ids);
    QFETCH(bool, blocking);
    const QDateTime now = QDateTime(QDate(2026, 11, 29), QTime(12, 0), Qt::UTC);
    const QList<CmkFinding> findings = CmkPreflight::checkKey(key, now);
    QCOMPARE(idsOf(findings), ids);
    QCOMPARE(CmkPreflight::hasBlocking(findings), blocking);
    for (const CmkFinding &f : findings) {
        QVERIFY(!f.fixable);
        QVERIFY2(f.message.contains(QStringLiteral("“cosmos-cmk”")) &&
                     f.message.contains(QStringLiteral("“contoso-orders-kv”")),
                 qPrintable(f.message));
        QVERIFY(!f.remedy.isEmpty());
        if (f.id == QLatin1String("key-expiry-set")) {
            QCOMPARE(f.severity, CmkFinding::Severity::Warning);
            QVERIFY(f.message.contains(QLatin1String("unusable")));
        }
        if (f.id == QLatin1String("key-size")) {
            QCOMPARE(f.severity, CmkFinding::Severity::Warning);
            QVERIFY(f.message.contains(QLatin1String("3072")));
        }
    }
}

void TestCmkPlan::jsonRoundTrip()
{
    CmkChoices c = baseChoices();
    c.account = account(true);
    c.account.identity.type = QStringLiteral("SystemAssigned,UserAssigned");
    c.account.identity.userAssignedIdentities.insert(kUamiId, {kUamiPrincipal, QStringLiteral("client-1")});
    c.account.defaultIdentity = QStringLiteral("FirstPartyIdentity");
    c.identityKind = CmkIdentityKind::UserAssigned;
    c.userAssignedId = kUamiId;
    c.createUserAssigned = true;
    c.userAssignedLocation = QStringLiteral("eastus");
    c.principalId = kUamiPrincipal;
    c.vault = readyVault(false);
    c.vault.enablePurgeProtection = false;
    c.vault.networkDefaultAction = QStringLiteral("Deny");
    c.vault.networkBypass = QStringLiteral("None");
    c.vault.ipRules = {QStringLiteral("203.0.113.0/24")};
    c.vault.accessPolicies = {KeyVaultAccessPolicy::forCustomerManagedKey(kTenant, kUamiPrincipal)};
    c.vaultFixes = {Fix::AllowTrustedServices, Fix::EnablePurgeProtection};
    c.createKey = true;
    c.keyName = QStringLiteral("catalog-cmk");
    c.keySize = 4096;
    c.versionless = false;

    const QJsonObject json = c.toJson();
    const QByteArray text = QJsonDocument(json).toJson();
    const Result<CmkChoices> back = CmkChoices::fromJson(QJsonDocument::fromJson(text).object());
    QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message));
    const CmkChoices &r = back.value();
    QCOMPARE(r.account.id, c.account.id);
    QCOMPARE(r.account.name, c.account.name);
    QCOMPARE(r.account.location, c.account.location);
    QCOMPARE(r.account.identity, c.account.identity);
    QCOMPARE(r.account.defaultIdentity, c.account.defaultIdentity);
    QCOMPARE(r.tenantId, c.tenantId);
    QCOMPARE(r.identityKind, c.identityKind);
    QCOMPARE(r.userAssignedId, c.userAssignedId);
    QCOMPARE(r.createUserAssigned, c.createUserAssigned);
    QCOMPARE(r.userAssignedLocation, c.userAssignedLocation);
    QCOMPARE(r.principalId, c.principalId);
    QCOMPARE(r.vault.id, c.vault.id);
    QCOMPARE(r.vault.name, c.vault.name);
    QCOMPARE(r.vault.vaultUri, c.vault.vaultUri);
    QCOMPARE(r.vault.tenantId, c.vault.tenantId);
    QCOMPARE(r.vault.enableRbacAuthorization, c.vault.enableRbacAuthorization);
    QCOMPARE(r.vault.enablePurgeProtection, c.vault.enablePurgeProtection);
    QCOMPARE(r.vault.networkDefaultAction, c.vault.networkDefaultAction);
    QCOMPARE(r.vault.networkBypass, c.vault.networkBypass);
    QCOMPARE(r.vault.ipRules, c.vault.ipRules);
    QCOMPARE(r.vault.accessPolicies.size(), 1);
    QCOMPARE(r.vault.accessPolicies.at(0).objectId, kUamiPrincipal);
    QCOMPARE(r.vaultFixes, c.vaultFixes);
    QCOMPARE(r.createKey, c.createKey);
    QCOMPARE(r.keyName, c.keyName);
    QCOMPARE(r.keySize, c.keySize);
    QCOMPARE(r.versionless, c.versionless);
    QCOMPARE(r.createVault, false);
    QCOMPARE(r.useRoleAssignment(), c.useRoleAssignment());
    QCOMPARE(r.keyUri(), c.keyUri());
    QCOMPARE(r.defaultIdentity(), c.defaultIdentity());
    // Same plan from the saved choices.
    const Result<QList<CmkStep>> a = CmkPlan::build(c);
    const Result<QList<CmkStep>> b = CmkPlan::build(r);
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(kindsOf(b.value()), kindsOf(a.value()));
    for (qsizetype i = 0; i < a.value().size(); ++i) {
        QCOMPARE(b.value().at(i).title, a.value().at(i).title);
        QCOMPARE(b.value().at(i).body, a.value().at(i).body);
        QCOMPARE(b.value().at(i).azCommand, a.value().at(i).azCommand);
    }
    // Saved again, the same JSON.
    QCOMPARE(r.toJson(), json);

    // A new vault round-trips through newVault.
    CmkChoices n = baseChoices();
    n.createVault = true;
    n.vault = KeyVault();
    n.newVault.subscriptionId = kSub;
    n.newVault.resourceGroup = QStringLiteral("rg-catalog");
    n.newVault.name = QStringLiteral("catalog-cmk-kv");
    n.newVault.location = QStringLiteral("eastus");
    n.newVault.enableRbacAuthorization = false;
    n.newVault.softDeleteRetentionInDays = 14;
    const Result<CmkChoices> nb = CmkChoices::fromJson(n.toJson());
    QVERIFY(nb.ok());
    QVERIFY(nb.value().createVault);
    QVERIFY(!nb.value().vault.isValid());
    QCOMPARE(nb.value().newVault.name, n.newVault.name);
    QCOMPARE(nb.value().newVault.softDeleteRetentionInDays, 14);
    QCOMPARE(nb.value().useRoleAssignment(), false);
    QCOMPARE(nb.value().vaultId(), n.vaultId());
}

void TestCmkPlan::jsonRejectsUnknownValues()
{
    QJsonObject json = baseChoices().toJson();
    QVERIFY(CmkChoices::fromJson(json).ok());
    QJsonObject bad = json;
    bad.insert(QStringLiteral("identityKind"), QStringLiteral("Magic"));
    QVERIFY(!CmkChoices::fromJson(bad).ok());
    bad = json;
    bad.insert(QStringLiteral("vaultFixes"), QJsonArray{QStringLiteral("DeleteEverything")});
    QVERIFY(!CmkChoices::fromJson(bad).ok());
    bad = json;
    bad.insert(QStringLiteral("version"), 7);
    QVERIFY(!CmkChoices::fromJson(bad).ok());
    bad = json;
    bad.remove(QStringLiteral("account"));
    QVERIFY(!CmkChoices::fromJson(bad).ok());
}

void TestCmkPlan::keyAccessPending_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("subStatus");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("pending");
    QTest::newRow("substatus 4002") << 400 << 4002 << QStringLiteral("Bad request") << true;
    QTest::newRow("named in the message")
        << 400 << 0
        << QStringLiteral(
               "KeyVaultAuthenticationFailure (4002): the account's default identity cannot reach the key")
        << true;
    QTest::newRow("key not found") << 400 << 0 << QStringLiteral("KeyVaultKeyNotFound (4003): no key")
                                   << false;
    QTest::newRow("number inside another") << 400 << 0 << QStringLiteral("request 140021 failed") << false;
    QTest::newRow("server error") << 503 << 4002 << QStringLiteral("unavailable") << false;
}

void TestCmkPlan::keyAccessPending()
{
    QFETCH(int, status);
    QFETCH(int, subStatus);
    QFETCH(QString, message);
    QFETCH(bool, pending);
    ApiError e = ApiError::make(ApiError::Kind::Http, message);
    e.httpStatus = status;
    e.subStatus = subStatus;
    e.code = QStringLiteral("BadRequest");
    QCOMPARE(CmkSetupJob::isKeyAccessPending(e), pending);
    QVERIFY(!CmkSetupJob::isKeyAccessPending(ApiError::cancelled()));
}

QTEST_GUILESS_MAIN(TestCmkPlan)
#include "tst_cmkplan.moc"
