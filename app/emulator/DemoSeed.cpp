// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "emulator/DemoSeed.h"

#include "core/Clock.h"
#include "emulator/CosmosAccountsProvider.h"
#include "emulator/CosmosUsers.h"
#include "emulator/CustomerManagedKeys.h"
#include "emulator/KeyVaultDataPlane.h"
#include "emulator/KeyVaultProvider.h"
#include "emulator/Rbac.h"
#include "emulator/Store.h"

#include <QJsonArray>

namespace csc::emu::DemoSeed {

namespace {

/// How old the demo account's keys are (0 = generated when the demo was seeded).
int keyAgeDays(const QString &account)
{
    if (account == QLatin1String("contoso-legacy"))
        return 412;
    if (account == QLatin1String("contoso-catalog"))
        return 97;
    if (account == QLatin1String("fabrikam-sandbox"))
        return 35;
    return 0;
}

QString str(const char *s)
{
    return QString::fromLatin1(s);
}

QString rgId(const char *sub, const char *rg)
{
    return QStringLiteral("/subscriptions/%1/resourceGroups/%2").arg(str(sub), str(rg));
}

struct AccountSpec
{
    const char *subscription;
    const char *group;
    const char *name;
    const char *location;
    const char *kind;
    QJsonObject tags;
    QJsonObject identity;   ///< empty = None
    QJsonObject properties; ///< overrides on top of Azure's defaults
};

QJsonObject privateEndpointConnection(const char *sub, const char *rg, const char *account, const char *pe)
{
    const QString accountId = QStringLiteral("%1/providers/Microsoft.DocumentDB/databaseAccounts/%2")
                                  .arg(rgId(sub, rg), str(account));
    const QString name = str(pe) + QStringLiteral(".c5c0de00-demo-connection");
    return QJsonObject{
        {QStringLiteral("id"), accountId + QStringLiteral("/privateEndpointConnections/") + name},
        {QStringLiteral("name"), name},
        {QStringLiteral("type"),
         QStringLiteral("Microsoft.DocumentDb/databaseAccounts/privateEndpointConnections")},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("privateEndpoint"),
                      QJsonObject{{QStringLiteral("id"),
                                   QStringLiteral("%1/providers/Microsoft.Network/privateEndpoints/%2")
                                       .arg(rgId(sub, rg), str(pe))}}},
                     {QStringLiteral("privateLinkServiceConnectionState"),
                      QJsonObject{{QStringLiteral("status"), QStringLiteral("Approved")},
                                  {QStringLiteral("description"), QStringLiteral("Auto-approved")},
                                  {QStringLiteral("actionsRequired"), QStringLiteral("None")}}},
                     {QStringLiteral("groupId"), QStringLiteral("Sql")},
                     {QStringLiteral("provisioningState"), QStringLiteral("Succeeded")}}},
    };
}

QJsonArray ipRules(std::initializer_list<const char *> ips)
{
    QJsonArray a;
    for (const char *ip : ips)
        a.append(QJsonObject{{QStringLiteral("ipAddressOrRange"), str(ip)}});
    return a;
}

QJsonObject systemIdentity(const char *principalId)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("SystemAssigned")},
                       {QStringLiteral("principalId"), str(principalId)},
                       {QStringLiteral("tenantId"), str(kTenantId)}};
}

Result<void> addVault(Store &store, const char *sub, const char *rg, const char *name, const char *location,
                      const QJsonObject &properties, const char *posture)
{
    QJsonObject props = properties;
    props.insert(QStringLiteral("tenantId"), str(kTenantId));
    props.insert(QStringLiteral("sku"), QJsonObject{{QStringLiteral("family"), QStringLiteral("A")},
                                                    {QStringLiteral("name"), QStringLiteral("standard")}});
    const QJsonObject body{{QStringLiteral("location"), str(location)},
                           {QStringLiteral("tags"), QJsonObject{{QStringLiteral("posture"), str(posture)}}},
                           {QStringLiteral("properties"), props}};
    auto resource = KeyVaultProvider::apply(nullptr, body, false, str(kTenantId));
    if (!resource)
        return resource.error();
    return store.putVault({str(sub), str(rg), str(name), resource.value()});
}

Result<void> addKey(Store &store, const char *vault, int bits)
{
    auto key =
        KeyVaultDataPlane::makeRsaKey(str(vault), str(kCmkKeyName), QStringLiteral("RSA"), bits,
                                      QJsonArray{QStringLiteral("wrapKey"), QStringLiteral("unwrapKey")},
                                      QJsonObject{{QStringLiteral("enabled"), true}},
                                      QJsonObject{{QStringLiteral("purpose"), QStringLiteral("cosmos-cmk")}});
    if (!key)
        return key.error();
    VaultKey k = key.value();
    return store.addVaultKey(k);
}

QJsonObject keyPolicy(const char *objectId, std::initializer_list<const char *> keys)
{
    QJsonArray k;
    for (const char *p : keys)
        k.append(str(p));
    return QJsonObject{{QStringLiteral("tenantId"), str(kTenantId)},
                       {QStringLiteral("objectId"), str(objectId)},
                       {QStringLiteral("permissions"), QJsonObject{{QStringLiteral("keys"), k}}}};
}

Result<void> applyVaults(Store &store)
{
    // Ready for CMK: soft delete + purge protection, Azure RBAC, public access, an RSA 3072 key.
    if (auto r = addVault(store, kSubscriptionProduction, kCmkVaultGroup, kCmkVault, "westus",
                          QJsonObject{{QStringLiteral("enableSoftDelete"), true},
                                      {QStringLiteral("softDeleteRetentionInDays"), 90},
                                      {QStringLiteral("enablePurgeProtection"), true},
                                      {QStringLiteral("enableRbacAuthorization"), true}},
                          "cmk-ready");
        !r)
        return r;
    if (auto r = addKey(store, kCmkVault, 3072); !r)
        return r;
    const QString vaultScope = rgId(kSubscriptionProduction, kCmkVaultGroup) +
                               QStringLiteral("/providers/Microsoft.KeyVault/vaults/") + str(kCmkVault);
    // contoso-orders' system-assigned identity may wrap/unwrap; the demo Owner administers the vault's data.
    if (auto r = store.addRoleAssignment({QStringLiteral("c3c0de00-0000-4000-8000-00000000a001"), vaultScope,
                                          QLatin1String(Rbac::RoleIds::KeyVaultCryptoServiceEncryptionUser),
                                          QStringLiteral("1d0e0000-0000-4000-8000-000000000001")});
        !r)
        return r;
    if (auto r = store.addRoleAssignment({QStringLiteral("c3c0de00-0000-4000-8000-00000000a002"), vaultScope,
                                          QLatin1String(Rbac::RoleIds::KeyVaultAdministrator),
                                          str(kDefaultPrincipal.objectId)});
        !r)
        return r;
    // Not ready for CMK: no purge protection, access policies, an RSA 2048 key.
    if (auto r = addVault(store, kSubscriptionDevelopment, kLegacyVaultGroup, kLegacyVault, "northeurope",
                          QJsonObject{{QStringLiteral("softDeleteRetentionInDays"), 30},
                                      {QStringLiteral("enableRbacAuthorization"), false},
                                      {QStringLiteral("accessPolicies"),
                                       QJsonArray{keyPolicy(kDefaultPrincipal.objectId, {"all"}),
                                                  keyPolicy("1d0e0000-0000-4000-8000-000000000005",
                                                            {"get", "wrapKey", "unwrapKey"})}}},
                          "not-cmk-ready");
        !r)
        return r;
    if (auto r = addKey(store, kLegacyVault, 2048); !r)
        return r;
    // Looks ready for CMK, but no Azure service may reach it: private access only, no trusted-service bypass.
    if (auto r = addVault(store, kSubscriptionProduction, kPrivateVaultGroup, kPrivateVault, "eastus",
                          QJsonObject{{QStringLiteral("enableSoftDelete"), true},
                                      {QStringLiteral("softDeleteRetentionInDays"), 90},
                                      {QStringLiteral("enablePurgeProtection"), true},
                                      {QStringLiteral("enableRbacAuthorization"), true},
                                      {QStringLiteral("publicNetworkAccess"), QStringLiteral("Disabled")},
                                      {QStringLiteral("networkAcls"),
                                       QJsonObject{{QStringLiteral("bypass"), QStringLiteral("None")},
                                                   {QStringLiteral("defaultAction"), QStringLiteral("Deny")},
                                                   {QStringLiteral("ipRules"), QJsonArray{}},
                                                   {QStringLiteral("virtualNetworkRules"), QJsonArray{}}}}},
                          "private-no-trusted-services");
        !r)
        return r;
    if (auto r = addKey(store, kPrivateVault, 3072); !r)
        return r;
    return store.addRoleAssignment(
        {QStringLiteral("c3c0de00-0000-4000-8000-00000000a003"),
         rgId(kSubscriptionProduction, kPrivateVaultGroup) +
             QStringLiteral("/providers/Microsoft.KeyVault/vaults/") + str(kPrivateVault),
         QLatin1String(Rbac::RoleIds::KeyVaultAdministrator), str(kDefaultPrincipal.objectId)});
}

/// contoso-orders' database, container and documents (stored in plaintext here; the emulator encrypts them
/// with the account's customer-managed key when it starts).
Result<void> applyDocuments(Store &store)
{
    const QString account = QStringLiteral("contoso-orders");
    const double ts = double(Clock::now().toSecsSinceEpoch());
    const auto etag = [](int n) {
        return QStringLiteral("\"0000d3e0-0000-0700-0000-%1\"").arg(qlonglong(n), 12, 10, QChar(u'0'));
    };
    const QByteArray dbBytes("\x0a\xd3\x0e\x01", 4);
    const QByteArray collBytes = dbBytes + QByteArray("\x0a\xd3\x0e\x02", 4);
    DataResource db;
    db.account = account;
    db.type = QStringLiteral("dbs");
    db.id = str(kOrdersDatabase);
    db.rid = ridFromBytes(dbBytes);
    db.body = QJsonObject{{QStringLiteral("id"), db.id},
                          {QStringLiteral("_rid"), db.rid},
                          {QStringLiteral("_self"), QStringLiteral("dbs/%1/").arg(db.rid)},
                          {QStringLiteral("_etag"), etag(1)},
                          {QStringLiteral("_colls"), QStringLiteral("colls/")},
                          {QStringLiteral("_users"), QStringLiteral("users/")},
                          {QStringLiteral("_ts"), ts}};
    if (auto r = store.addDataResource(db); !r)
        return r;
    DataResource coll;
    coll.account = account;
    coll.parent = QStringLiteral("dbs/") + db.id;
    coll.type = QStringLiteral("colls");
    coll.id = str(kOrdersContainer);
    coll.rid = ridFromBytes(collBytes);
    coll.body = QJsonObject{
        {QStringLiteral("id"), coll.id},
        {QStringLiteral("partitionKey"),
         QJsonObject{{QStringLiteral("paths"), QJsonArray{QStringLiteral("/customerId")}},
                     {QStringLiteral("kind"), QStringLiteral("Hash")}}},
        {QStringLiteral("indexingPolicy"),
         QJsonObject{{QStringLiteral("indexingMode"), QStringLiteral("consistent")},
                     {QStringLiteral("automatic"), true},
                     {QStringLiteral("includedPaths"),
                      QJsonArray{QJsonObject{{QStringLiteral("path"), QStringLiteral("/*")}}}},
                     {QStringLiteral("excludedPaths"),
                      QJsonArray{QJsonObject{{QStringLiteral("path"), QStringLiteral("/\"_etag\"/?")}}}}}},
        {QStringLiteral("_rid"), coll.rid},
        {QStringLiteral("_self"), QStringLiteral("dbs/%1/colls/%2/").arg(db.rid, coll.rid)},
        {QStringLiteral("_etag"), etag(2)},
        {QStringLiteral("_docs"), QStringLiteral("docs/")},
        {QStringLiteral("_ts"), ts}};
    if (auto r = store.addDataResource(coll); !r)
        return r;
    const struct
    {
        const char *id, *customer, *item;
        double total;
    } orders[kOrdersDocuments] = {{"order-1001", "cust-17", "Espresso machine", 349.0},
                                  {"order-1002", "cust-42", "Grinder", 129.5}};
    int n = 3;
    for (const auto &o : orders) {
        DataResource doc;
        doc.account = account;
        doc.parent = coll.parent + QStringLiteral("/colls/") + coll.id;
        doc.type = QStringLiteral("docs");
        doc.id = str(o.id);
        doc.pk = QStringLiteral("[\"%1\"]").arg(str(o.customer));
        doc.rid = ridFromBytes(collBytes + QByteArray("\x0a\xd3\x0e\x00\x00\x00\x00", 7) + char(n));
        doc.body = QJsonObject{{QStringLiteral("id"), doc.id},
                               {QStringLiteral("customerId"), str(o.customer)},
                               {QStringLiteral("item"), str(o.item)},
                               {QStringLiteral("total"), o.total},
                               {QStringLiteral("_rid"), doc.rid},
                               {QStringLiteral("_self"),
                                QStringLiteral("dbs/%1/colls/%2/docs/%3/").arg(db.rid, coll.rid, doc.rid)},
                               {QStringLiteral("_etag"), etag(n)},
                               {QStringLiteral("_attachments"), QStringLiteral("attachments/")},
                               {QStringLiteral("_ts"), ts}};
        if (auto r = store.addDataResource(doc); !r)
            return r;
        ++n;
    }
    return {};
}

} // namespace

Result<void> apply(Store &store)
{
    return store.transaction([&]() -> Result<void> {
        if (auto r = store.addTenant({str(kTenantId), str(kTenantName), str(kTenantDomain)}); !r)
            return r;
        for (const auto &[id, name] : {std::pair{kSubscriptionProduction, "Contoso Production"},
                                       std::pair{kSubscriptionDevelopment, "Fabrikam Development"}}) {
            if (auto r =
                    store.addSubscription({str(id), str(kTenantId), str(name), QStringLiteral("Enabled")});
                !r)
                return r;
        }
        const struct
        {
            const char *sub, *name, *location, *env;
        } groups[] = {
            {kSubscriptionProduction, "rg-orders", "westus", "production"},
            {kSubscriptionProduction, "rg-catalog", "eastus", "production"},
            {kSubscriptionProduction, "rg-legacy", "westeurope", "production"},
            {kSubscriptionDevelopment, "rg-analytics", "northeurope", "development"},
            {kSubscriptionDevelopment, "rg-sandbox", "westus", "development"},
        };
        for (const auto &g : groups) {
            if (auto r = store.addResourceGroup({str(g.sub), str(g.name), str(g.location),
                                                 QJsonObject{{QStringLiteral("environment"), str(g.env)}}});
                !r)
                return r;
        }

        const QString uami = rgId(kSubscriptionDevelopment, "rg-analytics") +
                             QStringLiteral("/providers/Microsoft.ManagedIdentity/userAssignedIdentities/"
                                            "fabrikam-analytics-cmk");
        const QList<AccountSpec> accounts{
            // Locked down: Entra-only, private endpoint only, customer-managed key, TLS 1.2, managed
            // identity.
            {kSubscriptionProduction, "rg-orders", "contoso-orders", "West US", "GlobalDocumentDB",
             QJsonObject{{QStringLiteral("posture"), QStringLiteral("hardened")}},
             systemIdentity("1d0e0000-0000-4000-8000-000000000001"),
             QJsonObject{{QStringLiteral("disableLocalAuth"), true},
                         {QStringLiteral("disableKeyBasedMetadataWriteAccess"), true},
                         {QStringLiteral("publicNetworkAccess"), QStringLiteral("Disabled")},
                         {QStringLiteral("keyVaultKeyUri"),
                          QStringLiteral("https://contoso-orders-kv.vault.azure.net/keys/cosmos-cmk")},
                         {QStringLiteral("defaultIdentity"), QStringLiteral("SystemAssignedIdentity")},
                         {QStringLiteral("customerManagedKeyStatus"),
                          QStringLiteral("Access to the configured customer managed key confirmed.")},
                         {QStringLiteral("privateEndpointConnections"),
                          QJsonArray{privateEndpointConnection(kSubscriptionProduction, "rg-orders",
                                                               "contoso-orders", "pe-contoso-orders")}}}},
            // Private endpoint only, but account keys still accepted.
            {kSubscriptionProduction,
             "rg-orders",
             "contoso-payments",
             "West US",
             "GlobalDocumentDB",
             QJsonObject{{QStringLiteral("posture"), QStringLiteral("private-with-keys")}},
             {},
             QJsonObject{{QStringLiteral("publicNetworkAccess"), QStringLiteral("Disabled")},
                         {QStringLiteral("privateEndpointConnections"),
                          QJsonArray{privateEndpointConnection(kSubscriptionProduction, "rg-orders",
                                                               "contoso-payments", "pe-contoso-payments")}}}},
            // Firewalled: IP rules and a virtual network rule; keys on; service-managed encryption.
            {kSubscriptionProduction,
             "rg-catalog",
             "contoso-catalog",
             "East US",
             "GlobalDocumentDB",
             QJsonObject{{QStringLiteral("posture"), QStringLiteral("firewalled")}},
             {},
             QJsonObject{
                 {QStringLiteral("ipRules"), ipRules({"203.0.113.0/24", "198.51.100.7"})},
                 {QStringLiteral("isVirtualNetworkFilterEnabled"), true},
                 {QStringLiteral("virtualNetworkRules"),
                  QJsonArray{QJsonObject{
                      {QStringLiteral("id"),
                       rgId(kSubscriptionProduction, "rg-catalog") +
                           QStringLiteral("/providers/Microsoft.Network/virtualNetworks/vnet-catalog/subnets/"
                                          "app")},
                      {QStringLiteral("ignoreMissingVNetServiceEndpoint"), false}}}}}},
            // Wide open: public, no firewall, keys on, TLS 1.0 allowed, no identity.
            {kSubscriptionProduction,
             "rg-legacy",
             "contoso-legacy",
             "West Europe",
             "GlobalDocumentDB",
             QJsonObject{{QStringLiteral("posture"), QStringLiteral("open")}},
             {},
             QJsonObject{{QStringLiteral("minimalTlsVersion"), QStringLiteral("Tls")}}},
            // "Accept connections from within public Azure datacenters" (0.0.0.0) plus portal IPs, TLS 1.1,
            // CMK with
            // a user-assigned identity.
            {kSubscriptionDevelopment, "rg-analytics", "fabrikam-analytics", "North Europe",
             "GlobalDocumentDB",
             QJsonObject{{QStringLiteral("posture"), QStringLiteral("azure-datacenters")}},
             QJsonObject{
                 {QStringLiteral("type"), QStringLiteral("UserAssigned")},
                 {QStringLiteral("userAssignedIdentities"),
                  QJsonObject{
                      {uami, QJsonObject{{QStringLiteral("principalId"),
                                          QStringLiteral("1d0e0000-0000-4000-8000-000000000005")},
                                         {QStringLiteral("clientId"),
                                          QStringLiteral("1d0ec11e-0000-4000-8000-000000000005")}}}}}},
             QJsonObject{{QStringLiteral("ipRules"), ipRules({"0.0.0.0", "13.91.105.215", "4.210.172.107",
                                                              "13.88.56.148", "40.91.218.243"})},
                         {QStringLiteral("minimalTlsVersion"), QStringLiteral("Tls11")},
                         {QStringLiteral("keyVaultKeyUri"),
                          QStringLiteral("https://fabrikam-analytics-kv.vault.azure.net/keys/cosmos-cmk")},
                         {QStringLiteral("defaultIdentity"), QStringLiteral("UserAssignedIdentity=") + uami},
                         {QStringLiteral("customerManagedKeyStatus"),
                          QStringLiteral("Access to the configured customer managed key confirmed.")}}},
            // Entra-only but reachable from the whole internet; bypass for Azure services.
            {kSubscriptionDevelopment, "rg-analytics", "fabrikam-telemetry", "North Europe",
             "GlobalDocumentDB",
             QJsonObject{{QStringLiteral("posture"), QStringLiteral("entra-only-public")}},
             systemIdentity("1d0e0000-0000-4000-8000-000000000006"),
             QJsonObject{{QStringLiteral("disableLocalAuth"), true},
                         {QStringLiteral("networkAclBypass"), QStringLiteral("AzureServices")}}},
            // MongoDB API free tier sandbox: public, keys on.
            {kSubscriptionDevelopment,
             "rg-sandbox",
             "fabrikam-sandbox",
             "West US",
             "MongoDB",
             QJsonObject{{QStringLiteral("posture"), QStringLiteral("sandbox")}},
             {},
             QJsonObject{{QStringLiteral("enableFreeTier"), true}}},
        };
        for (const AccountSpec &spec : accounts) {
            QJsonObject resource = CosmosAccountsProvider::newAccountResource(
                str(spec.name), str(spec.location), str(spec.kind));
            resource.insert(QStringLiteral("tags"), spec.tags);
            if (!spec.identity.isEmpty())
                resource.insert(QStringLiteral("identity"), spec.identity);
            QJsonObject props = resource.value(QStringLiteral("properties")).toObject();
            for (auto it = spec.properties.begin(); it != spec.properties.end(); ++it)
                props.insert(it.key(), it.value());
            // Keys of different ages, so key-age warnings show up in the demo.
            if (const int days = keyAgeDays(str(spec.name)); days > 0) {
                const QJsonObject generated{{QStringLiteral("generationTime"),
                                             Clock::now().toUTC().addDays(-days).toString(Qt::ISODate)}};
                props.insert(QStringLiteral("keysMetadata"),
                             QJsonObject{{QStringLiteral("primaryMasterKey"), generated},
                                         {QStringLiteral("secondaryMasterKey"), generated},
                                         {QStringLiteral("primaryReadonlyMasterKey"), generated},
                                         {QStringLiteral("secondaryReadonlyMasterKey"), generated}});
            }
            resource.insert(QStringLiteral("properties"), props);
            if (auto r =
                    store.putAccount({str(spec.subscription), str(spec.group), str(spec.name), resource});
                !r)
                return r;
        }

        for (const DemoPrincipal &p : kPrincipals) {
            Principal principal;
            principal.objectId = str(p.objectId);
            principal.tenantId = str(kTenantId);
            principal.appId = str(p.clientId);
            principal.displayName = str(p.name);
            if (auto r = store.addPrincipal(principal, SecureBytes(QByteArray(p.secret))); !r)
                return r;
            if (!p.role)
                continue;
            const auto role = Rbac::builtInRole(str(p.role));
            if (!role)
                return ApiError::make(ApiError::Kind::Process,
                                      QStringLiteral("unknown role %1").arg(str(p.role)));
            if (auto r = store.addRoleAssignment({{}, str(p.scope), role->id, principal.objectId}); !r)
                return r;
        }
        // Managed identities: the system-assigned ones of contoso-orders and fabrikam-telemetry, the
        // user-assigned fabrikam-analytics-cmk (a resource too) and the Azure Cosmos DB first-party
        // application's service principal (FirstPartyIdentity), so role assignments and access policies can
        // name them.
        const struct
        {
            const char *objectId, *appId, *name;
        } identities[] = {
            {"1d0e0000-0000-4000-8000-000000000001", "1d0ec11e-0000-4000-8000-000000000001",
             "contoso-orders"},
            {"1d0e0000-0000-4000-8000-000000000005", "1d0ec11e-0000-4000-8000-000000000005",
             "fabrikam-analytics-cmk"},
            {"1d0e0000-0000-4000-8000-000000000006", "1d0ec11e-0000-4000-8000-000000000006",
             "fabrikam-telemetry"},
            {"1d0e0000-0000-4000-8000-0000000000c0", CustomerManagedKeys::kFirstPartyAppId,
             "Azure Cosmos DB"},
        };
        for (const auto &i : identities) {
            Principal sp;
            sp.objectId = str(i.objectId);
            sp.tenantId = str(kTenantId);
            sp.appId = str(i.appId);
            sp.displayName = str(i.name);
            if (auto r = store.addPrincipal(sp, SecureBytes()); !r)
                return r;
        }
        if (auto r = store.putManagedIdentity(
                {str(kSubscriptionDevelopment), QStringLiteral("rg-analytics"),
                 QStringLiteral("fabrikam-analytics-cmk"),
                 QJsonObject{{QStringLiteral("location"), QStringLiteral("northeurope")},
                             {QStringLiteral("tags"), QJsonObject{}},
                             {QStringLiteral("properties"),
                              QJsonObject{{QStringLiteral("tenantId"), str(kTenantId)},
                                          {QStringLiteral("principalId"),
                                           QStringLiteral("1d0e0000-0000-4000-8000-000000000005")},
                                          {QStringLiteral("clientId"),
                                           QStringLiteral("1d0ec11e-0000-4000-8000-000000000005")}}}}});
            !r)
            return r;
        // The default demo principal owns the development subscription too.
        if (auto r =
                store.addRoleAssignment({{},
                                         QStringLiteral("/subscriptions/") + str(kSubscriptionDevelopment),
                                         QLatin1String(Rbac::RoleIds::Owner),
                                         str(kDefaultPrincipal.objectId)});
            !r)
            return r;
        if (auto r = applyVaults(store); !r)
            return r;
        return applyDocuments(store);
    });
}

} // namespace csc::emu::DemoSeed
