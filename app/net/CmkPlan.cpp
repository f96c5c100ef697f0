// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "net/CmkPlan.h"

#include "core/AzCli.h"
#include "net/EncryptionService.h"
#include "net/IdentityService.h"
#include "net/RoleAssignmentsService.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace csc {

namespace {

const QString kPrincipalPlaceholder = QStringLiteral("<principalId>");
const QString kVaultUriPlaceholder = QStringLiteral("<vaultUri>");
const QString kAssignmentNamePlaceholder = QStringLiteral("<new GUID>");

QString stripSlash(QString s)
{
    while (s.endsWith(QLatin1Char('/')))
        s.chop(1);
    return s;
}

QString armResource(const QString &id, const QString &apiVersion)
{
    return id + QStringLiteral("?api-version=") + apiVersion;
}

QString identityKindName(CmkIdentityKind kind)
{
    switch (kind) {
    case CmkIdentityKind::SystemAssigned:
        return QStringLiteral("SystemAssigned");
    case CmkIdentityKind::UserAssigned:
        return QStringLiteral("UserAssigned");
    case CmkIdentityKind::FirstParty:
        return QStringLiteral("FirstParty");
    }
    return {};
}

bool identityKindFromName(const QString &name, CmkIdentityKind *kind)
{
    for (CmkIdentityKind k :
         {CmkIdentityKind::SystemAssigned, CmkIdentityKind::UserAssigned, CmkIdentityKind::FirstParty}) {
        if (identityKindName(k).compare(name, Qt::CaseInsensitive) == 0) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QString fixName(KeyVaultService::VaultFix fix)
{
    switch (fix) {
    case KeyVaultService::VaultFix::EnableSoftDelete:
        return QStringLiteral("EnableSoftDelete");
    case KeyVaultService::VaultFix::EnablePurgeProtection:
        return QStringLiteral("EnablePurgeProtection");
    case KeyVaultService::VaultFix::AllowTrustedServices:
        return QStringLiteral("AllowTrustedServices");
    case KeyVaultService::VaultFix::EnablePublicNetworkAccess:
        return QStringLiteral("EnablePublicNetworkAccess");
    }
    return {};
}

bool fixFromName(const QString &name, KeyVaultService::VaultFix *fix)
{
    using F = KeyVaultService::VaultFix;
    for (F f : {F::EnableSoftDelete, F::EnablePurgeProtection, F::AllowTrustedServices,
                F::EnablePublicNetworkAccess}) {
        if (fixName(f).compare(name, Qt::CaseInsensitive) == 0) {
            *fix = f;
            return true;
        }
    }
    return false;
}

/// The account essentials in ARM shape (parsed back with CosmosAccount::fromJson). Holds no secrets: ARM
/// never returns keys in the account resource.
QJsonObject accountEssentials(const CosmosAccount &a)
{
    QJsonObject o{{QStringLiteral("id"), a.id}, {QStringLiteral("name"), a.name}};
    if (!a.type.isEmpty())
        o.insert(QStringLiteral("type"), a.type);
    if (!a.location.isEmpty())
        o.insert(QStringLiteral("location"), a.location);
    if (!a.kind.isEmpty())
        o.insert(QStringLiteral("kind"), a.kind);
    QJsonObject identity;
    if (!a.identity.type.isEmpty())
        identity.insert(QStringLiteral("type"), a.identity.type);
    if (!a.identity.principalId.isEmpty())
        identity.insert(QStringLiteral("principalId"), a.identity.principalId);
    if (!a.identity.tenantId.isEmpty())
        identity.insert(QStringLiteral("tenantId"), a.identity.tenantId);
    if (!a.identity.userAssignedIdentities.isEmpty()) {
        QJsonObject map;
        for (auto it = a.identity.userAssignedIdentities.begin();
             it != a.identity.userAssignedIdentities.end(); ++it) {
            QJsonObject entry;
            if (!it.value().principalId.isEmpty())
                entry.insert(QStringLiteral("principalId"), it.value().principalId);
            if (!it.value().clientId.isEmpty())
                entry.insert(QStringLiteral("clientId"), it.value().clientId);
            map.insert(it.key(), entry);
        }
        identity.insert(QStringLiteral("userAssignedIdentities"), map);
    }
    if (!identity.isEmpty())
        o.insert(QStringLiteral("identity"), identity);
    QJsonObject props;
    const auto put = [&props](const char *name, const QString &value) {
        if (!value.isEmpty())
            props.insert(QLatin1String(name), value);
    };
    put("keyVaultKeyUri", a.keyVaultKeyUri);
    put("keyVaultKeyUriVersion", a.keyVaultKeyUriVersion);
    put("customerManagedKeyStatus", a.customerManagedKeyStatus);
    put("defaultIdentity", a.defaultIdentity);
    put("publicNetworkAccess", a.publicNetworkAccess);
    put("provisioningState", a.provisioningState);
    if (!props.isEmpty())
        o.insert(QStringLiteral("properties"), props);
    return o;
}

/// The vault essentials in ARM shape (parsed back with KeyVault::fromJson).
QJsonObject vaultEssentials(const KeyVault &v)
{
    QJsonObject props{{QStringLiteral("enableSoftDelete"), v.enableSoftDelete},
                      {QStringLiteral("softDeleteRetentionInDays"), v.softDeleteRetentionInDays},
                      {QStringLiteral("enablePurgeProtection"), v.enablePurgeProtection},
                      {QStringLiteral("enableRbacAuthorization"), v.enableRbacAuthorization}};
    const auto put = [&props](const char *name, const QString &value) {
        if (!value.isEmpty())
            props.insert(QLatin1String(name), value);
    };
    put("tenantId", v.tenantId);
    put("vaultUri", v.vaultUri.toString());
    put("publicNetworkAccess", v.publicNetworkAccess);
    put("provisioningState", v.provisioningState);
    if (!v.skuName.isEmpty())
        props.insert(QStringLiteral("sku"), QJsonObject{{QStringLiteral("family"), QStringLiteral("A")},
                                                        {QStringLiteral("name"), v.skuName}});
    // The network rules as received when known (PATCHes replace networkAcls as a whole), else as modelled.
    QJsonObject acls =
        v.raw.value(QLatin1String("properties")).toObject().value(QLatin1String("networkAcls")).toObject();
    if (acls.isEmpty() && (!v.networkDefaultAction.isEmpty() || !v.networkBypass.isEmpty() ||
                           !v.ipRules.isEmpty() || !v.virtualNetworkRules.isEmpty())) {
        if (!v.networkDefaultAction.isEmpty())
            acls.insert(QStringLiteral("defaultAction"), v.networkDefaultAction);
        if (!v.networkBypass.isEmpty())
            acls.insert(QStringLiteral("bypass"), v.networkBypass);
        QJsonArray ips;
        for (const QString &ip : v.ipRules)
            ips.append(QJsonObject{{QStringLiteral("value"), ip}});
        acls.insert(QStringLiteral("ipRules"), ips);
        QJsonArray subnets;
        for (const QString &id : v.virtualNetworkRules)
            subnets.append(QJsonObject{{QStringLiteral("id"), id}});
        acls.insert(QStringLiteral("virtualNetworkRules"), subnets);
    }
    if (!acls.isEmpty())
        props.insert(QStringLiteral("networkAcls"), acls);
    QJsonArray policies;
    for (const KeyVaultAccessPolicy &p : v.accessPolicies)
        policies.append(p.toJson());
    props.insert(QStringLiteral("accessPolicies"), policies);

    QJsonObject o{{QStringLiteral("id"), v.id},
                  {QStringLiteral("name"), v.name},
                  {QStringLiteral("type"), QStringLiteral("Microsoft.KeyVault/vaults")},
                  {QStringLiteral("properties"), props}};
    if (!v.location.isEmpty())
        o.insert(QStringLiteral("location"), v.location);
    return o;
}

QJsonObject newVaultJson(const KeyVaultService::NewVault &v)
{
    return {{QStringLiteral("subscriptionId"), v.subscriptionId},
            {QStringLiteral("resourceGroup"), v.resourceGroup},
            {QStringLiteral("name"), v.name},
            {QStringLiteral("location"), v.location},
            {QStringLiteral("tenantId"), v.tenantId},
            {QStringLiteral("enableRbacAuthorization"), v.enableRbacAuthorization},
            {QStringLiteral("enablePurgeProtection"), v.enablePurgeProtection},
            {QStringLiteral("softDeleteRetentionInDays"), v.softDeleteRetentionInDays}};
}

KeyVaultService::NewVault newVaultFromJson(const QJsonObject &o)
{
    KeyVaultService::NewVault v;
    v.subscriptionId = o.value(QLatin1String("subscriptionId")).toString();
    v.resourceGroup = o.value(QLatin1String("resourceGroup")).toString();
    v.name = o.value(QLatin1String("name")).toString();
    v.location = o.value(QLatin1String("location")).toString();
    v.tenantId = o.value(QLatin1String("tenantId")).toString();
    v.enableRbacAuthorization = o.value(QLatin1String("enableRbacAuthorization")).toBool(true);
    v.enablePurgeProtection = o.value(QLatin1String("enablePurgeProtection")).toBool(true);
    v.softDeleteRetentionInDays = o.value(QLatin1String("softDeleteRetentionInDays")).toInt(90);
    return v;
}

bool isKeySize(int bits)
{
    return bits == 2048 || bits == 3072 || bits == 4096;
}

bool isKeyVersion(const QString &version)
{
    static const QRegularExpression hex32(QStringLiteral("^[0-9A-Fa-f]{32}$"));
    return hex32.match(version).hasMatch();
}

/// "the account's identity", "the identity “x”", "the Azure Cosmos DB first-party application".
QString granteePhrase(const CmkChoices &c)
{
    switch (c.identityKind) {
    case CmkIdentityKind::SystemAssigned:
        return CmkPlan::tr("the system-assigned identity of “%1”").arg(c.account.name);
    case CmkIdentityKind::UserAssigned:
        return CmkPlan::tr("the user-assigned identity “%1”")
            .arg(ArmResourceId::parse(c.userAssignedId).name);
    case CmkIdentityKind::FirstParty:
        return CmkPlan::tr("the Azure Cosmos DB first-party application");
    }
    return {};
}

QString vaultFixTitle(KeyVaultService::VaultFix fix, const QString &vault)
{
    switch (fix) {
    case KeyVaultService::VaultFix::EnableSoftDelete:
        return CmkPlan::tr("Turn on soft delete for vault “%1”").arg(vault);
    case KeyVaultService::VaultFix::EnablePurgeProtection:
        return CmkPlan::tr("Turn on purge protection for vault “%1”").arg(vault);
    case KeyVaultService::VaultFix::AllowTrustedServices:
        return CmkPlan::tr("Let trusted Microsoft services through the firewall of vault “%1”").arg(vault);
    case KeyVaultService::VaultFix::EnablePublicNetworkAccess:
        return CmkPlan::tr("Enable public network access for vault “%1”").arg(vault);
    }
    return {};
}

QString vaultFixDetail(KeyVaultService::VaultFix fix, const KeyVault &vault)
{
    switch (fix) {
    case KeyVaultService::VaultFix::EnableSoftDelete:
        return CmkPlan::tr(
                   "Sets enableSoftDelete on vault “%1”: deleted keys stay recoverable for %n day(s). "
                   "Azure Cosmos DB requires soft delete on the vault that holds its key.",
                   nullptr, vault.softDeleteRetentionInDays)
            .arg(vault.name);
    case KeyVaultService::VaultFix::EnablePurgeProtection:
        return CmkPlan::tr("Sets enablePurgeProtection on vault “%1”: deleted keys and the vault cannot be "
                           "purged before their retention period ends. Azure Cosmos DB requires it, so that "
                           "the key of an account cannot be destroyed by mistake.")
            .arg(vault.name);
    case KeyVaultService::VaultFix::AllowTrustedServices:
        return CmkPlan::tr("Sets networkAcls.bypass to AzureServices on vault “%1” and keeps its IP and "
                           "virtual network rules, so that Azure Cosmos DB (a trusted Microsoft service) can "
                           "reach the key through the firewall.")
            .arg(vault.name);
    case KeyVaultService::VaultFix::EnablePublicNetworkAccess:
        return CmkPlan::tr("Sets publicNetworkAccess to Enabled on vault “%1”. Azure Cosmos DB cannot use a "
                           "vault reachable only through private endpoints; the vault's firewall rules still "
                           "apply.")
            .arg(vault.name);
    }
    return {};
}

QString purgeProtectionNote(const QString &vault, int days)
{
    return CmkPlan::tr("Purge protection can never be turned off again: vault “%1” and its deleted keys "
                       "cannot be purged before the retention period of %n day(s) ends, and the vault name "
                       "stays taken until then.",
                       nullptr, days)
        .arg(vault);
}

QString softDeleteNote(const QString &vault)
{
    return CmkPlan::tr("Soft delete can never be turned off again on vault “%1”.").arg(vault);
}

QString keepsCmkNote(const QString &account)
{
    return CmkPlan::tr("“%1” can never go back to service-managed keys: its customer-managed key can be "
                       "changed later, never removed.")
        .arg(account);
}

QJsonObject createKeyBody(int keySize)
{
    return {{QStringLiteral("kty"), QStringLiteral("RSA")},
            {QStringLiteral("key_size"), keySize},
            {QStringLiteral("key_ops"), QJsonArray{QStringLiteral("wrapKey"), QStringLiteral("unwrapKey")}}};
}

QString vaultUriBase(const CmkChoices &c)
{
    const QString uri = stripSlash(c.vault.vaultUri.toString());
    return uri.isEmpty() ? kVaultUriPlaceholder : uri;
}

ApiError invalid(const QString &message)
{
    return ApiError::validation(message);
}

} // namespace

// ---------------------------------------------------------------------------------------------------------------
// CmkChoices

bool CmkChoices::useRoleAssignment() const
{
    return createVault ? newVault.enableRbacAuthorization : vault.enableRbacAuthorization;
}

QString CmkChoices::defaultIdentity() const
{
    switch (identityKind) {
    case CmkIdentityKind::SystemAssigned:
        return QStringLiteral("SystemAssignedIdentity");
    case CmkIdentityKind::UserAssigned:
        return EncryptionService::userAssignedDefaultIdentity(userAssignedId);
    case CmkIdentityKind::FirstParty:
        return QStringLiteral("FirstPartyIdentity");
    }
    return {};
}

QString CmkChoices::keyUri() const
{
    const QString base = stripSlash(vault.vaultUri.toString());
    if (base.isEmpty() || keyName.isEmpty())
        return {};
    QString uri = base + QStringLiteral("/keys/") + keyName;
    if (!versionless && !keyVersion.isEmpty())
        uri += QLatin1Char('/') + keyVersion;
    return uri;
}

QString CmkChoices::vaultId() const
{
    if (!vault.id.isEmpty())
        return vault.id;
    if (!createVault)
        return {};
    return QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/Microsoft.KeyVault/vaults/%3")
        .arg(newVault.subscriptionId, newVault.resourceGroup, newVault.name);
}

QString CmkChoices::vaultName() const
{
    if (!vault.name.isEmpty())
        return vault.name;
    return createVault ? newVault.name : ArmResourceId::parse(vault.id).name;
}

QString CmkChoices::knownPrincipalId() const
{
    if (!principalId.isEmpty())
        return principalId;
    switch (identityKind) {
    case CmkIdentityKind::SystemAssigned:
        return account.identity.principalId;
    case CmkIdentityKind::UserAssigned:
        for (auto it = account.identity.userAssignedIdentities.begin();
             it != account.identity.userAssignedIdentities.end(); ++it) {
            if (ArmResourceId::sameId(it.key(), userAssignedId))
                return it.value().principalId;
        }
        return {};
    case CmkIdentityKind::FirstParty:
        return {};
    }
    return {};
}

QString CmkChoices::grantTenantId() const
{
    if (!tenantId.isEmpty())
        return tenantId;
    if (createVault && !newVault.tenantId.isEmpty())
        return newVault.tenantId;
    return vault.tenantId;
}

QJsonObject CmkChoices::toJson() const
{
    QJsonObject o{{QStringLiteral("version"), 1},
                  {QStringLiteral("account"), accountEssentials(account)},
                  {QStringLiteral("tenantId"), tenantId},
                  {QStringLiteral("identityKind"), identityKindName(identityKind)},
                  {QStringLiteral("userAssignedId"), userAssignedId},
                  {QStringLiteral("createUserAssigned"), createUserAssigned},
                  {QStringLiteral("userAssignedLocation"), userAssignedLocation},
                  {QStringLiteral("principalId"), principalId},
                  {QStringLiteral("createVault"), createVault},
                  {QStringLiteral("createKey"), createKey},
                  {QStringLiteral("keyName"), keyName},
                  {QStringLiteral("keySize"), keySize},
                  {QStringLiteral("keyVersion"), keyVersion},
                  {QStringLiteral("versionless"), versionless}};
    if (vault.isValid())
        o.insert(QStringLiteral("vault"), vaultEssentials(vault));
    if (createVault)
        o.insert(QStringLiteral("newVault"), newVaultJson(newVault));
    QJsonArray fixes;
    for (KeyVaultService::VaultFix f : vaultFixes)
        fixes.append(fixName(f));
    o.insert(QStringLiteral("vaultFixes"), fixes);
    return o;
}

Result<CmkChoices> CmkChoices::fromJson(const QJsonObject &json)
{
    if (json.value(QLatin1String("version")).toInt() != 1)
        return ApiError::make(ApiError::Kind::Parse,
                              CmkPlan::tr("The saved customer-managed key setup has an unknown format."));
    CmkChoices c;
    const Result<CosmosAccount> account =
        CosmosAccount::fromJson(json.value(QLatin1String("account")).toObject());
    if (!account)
        return account.error();
    c.account = account.value();
    c.tenantId = json.value(QLatin1String("tenantId")).toString();
    if (!identityKindFromName(json.value(QLatin1String("identityKind")).toString(), &c.identityKind))
        return ApiError::make(
            ApiError::Kind::Parse,
            CmkPlan::tr("The saved customer-managed key setup names an unknown identity kind "
                        "“%1”.")
                .arg(json.value(QLatin1String("identityKind")).toString()));
    c.userAssignedId = json.value(QLatin1String("userAssignedId")).toString();
    c.createUserAssigned = json.value(QLatin1String("createUserAssigned")).toBool();
    c.userAssignedLocation = json.value(QLatin1String("userAssignedLocation")).toString();
    c.principalId = json.value(QLatin1String("principalId")).toString();
    if (json.contains(QLatin1String("vault"))) {
        const Result<KeyVault> vault = KeyVault::fromJson(json.value(QLatin1String("vault")).toObject());
        if (!vault)
            return vault.error();
        c.vault = vault.value();
    }
    c.createVault = json.value(QLatin1String("createVault")).toBool();
    if (c.createVault)
        c.newVault = newVaultFromJson(json.value(QLatin1String("newVault")).toObject());
    const QJsonArray fixes = json.value(QLatin1String("vaultFixes")).toArray();
    for (const QJsonValue &v : fixes) {
        KeyVaultService::VaultFix fix{};
        if (!fixFromName(v.toString(), &fix))
            return ApiError::make(ApiError::Kind::Parse,
                                  CmkPlan::tr("The saved customer-managed key setup names an unknown vault "
                                              "change “%1”.")
                                      .arg(v.toString()));
        c.vaultFixes.append(fix);
    }
    c.createKey = json.value(QLatin1String("createKey")).toBool();
    c.keyName = json.value(QLatin1String("keyName")).toString();
    c.keySize = json.value(QLatin1String("keySize")).toInt(3072);
    c.keyVersion = json.value(QLatin1String("keyVersion")).toString();
    c.versionless = json.value(QLatin1String("versionless")).toBool(true);
    return c;
}

// ---------------------------------------------------------------------------------------------------------------
// CmkPlan

Result<void> CmkPlan::validate(const CmkChoices &c)
{
    if (c.account.id.isEmpty() || c.account.name.isEmpty())
        return invalid(tr("Choose the Azure Cosmos DB account to protect with a customer-managed key."));
    const ArmResourceId accountId = ArmResourceId::parse(c.account.id);
    if (accountId.subscriptionId.isEmpty() || accountId.resourceGroup.isEmpty())
        return invalid(tr("“%1” is not the resource id of an Azure Cosmos DB account.").arg(c.account.id));

    switch (c.identityKind) {
    case CmkIdentityKind::SystemAssigned:
    case CmkIdentityKind::FirstParty:
        if (c.createUserAssigned)
            return invalid(tr("A user-assigned identity can only be created when Azure Cosmos DB is to use a "
                              "user-assigned identity."));
        break;
    case CmkIdentityKind::UserAssigned: {
        if (c.userAssignedId.isEmpty())
            return invalid(tr("Choose the user-assigned identity Azure Cosmos DB is to use for “%1”.")
                               .arg(c.account.name));
        const ArmResourceId id = ArmResourceId::parse(c.userAssignedId);
        if (id.subscriptionId.isEmpty() || id.resourceGroup.isEmpty() ||
            id.providerNamespace.compare(QLatin1String("Microsoft.ManagedIdentity"), Qt::CaseInsensitive) !=
                0 ||
            !c.userAssignedId.contains(QLatin1String("/userAssignedIdentities/"), Qt::CaseInsensitive))
            return invalid(tr("“%1” is not the resource id of a user-assigned managed identity "
                              "(/subscriptions/…/resourceGroups/…/providers/Microsoft.ManagedIdentity/"
                              "userAssignedIdentities/…).")
                               .arg(c.userAssignedId));
        if (c.createUserAssigned) {
            if (const Result<void> name = IdentityService::validateName(id.name); !name)
                return name.error();
            if (c.userAssignedLocation.isEmpty() && c.account.location.isEmpty())
                return invalid(tr("Choose the region in which to create the identity “%1”.").arg(id.name));
        }
        break;
    }
    }

    if (c.createVault) {
        if (const Result<void> name = KeyVaultService::validateVaultName(c.newVault.name); !name)
            return name.error();
        if (c.newVault.subscriptionId.isEmpty() || c.newVault.resourceGroup.isEmpty())
            return invalid(
                tr("Choose the subscription and resource group of the new vault “%1”.").arg(c.newVault.name));
        if (c.newVault.location.isEmpty())
            return invalid(tr("Choose the region of the new vault “%1”.").arg(c.newVault.name));
        if (c.newVault.tenantId.isEmpty() && c.tenantId.isEmpty())
            return invalid(tr("The tenant of the new vault “%1” is not known.").arg(c.newVault.name));
        if (!c.newVault.enablePurgeProtection)
            return invalid(
                tr("The new vault “%1” needs purge protection: Azure Cosmos DB does not accept a key "
                   "from a vault without it.")
                    .arg(c.newVault.name));
        if (c.newVault.softDeleteRetentionInDays < 7 || c.newVault.softDeleteRetentionInDays > 90)
            return invalid(tr("The soft-delete retention of the new vault “%1” must be 7 to 90 days.")
                               .arg(c.newVault.name));
        if (!c.vaultFixes.isEmpty())
            return invalid(tr("Vault changes apply to an existing vault; the new vault “%1” is created with "
                              "the settings Azure Cosmos DB needs.")
                               .arg(c.newVault.name));
    } else {
        if (!c.vault.isValid())
            return invalid(tr("Choose the key vault that holds (or is to hold) the key."));
        if (!c.vault.vaultUri.isValid() || c.vault.vaultUri.host().isEmpty() ||
            c.vault.vaultUri.scheme() != QLatin1String("https"))
            return invalid(tr("Vault “%1” has no https vault URI; read the vault again.").arg(c.vault.name));
        // Everything that blocks a customer-managed key must have been consented to as a fix.
        const QList<CmkFinding> findings = CmkPreflight::checkVault(c.vault);
        for (const CmkFinding &f : findings) {
            if (f.severity != CmkFinding::Severity::Blocking)
                continue;
            if (!f.fixable || !c.vaultFixes.contains(f.fix))
                return invalid(f.message + QLatin1Char(' ') + f.remedy);
        }
    }

    if (c.keyName.isEmpty())
        return invalid(tr("Choose the key in vault “%1” or a name for a new key.").arg(c.vaultName()));
    if (const Result<void> name = KeyVaultService::validateKeyName(c.keyName); !name)
        return name.error();
    if (c.createKey && !isKeySize(c.keySize))
        return invalid(
            tr("A key of %1 bits cannot be created: choose RSA 2048, 3072 or 4096 (3072 or more is "
               "recommended).")
                .arg(c.keySize));
    if (!c.versionless && !c.keyVersion.isEmpty() && !isKeyVersion(c.keyVersion))
        return invalid(tr("“%1” is not a key version (32 hexadecimal characters).").arg(c.keyVersion));
    if (c.versionless && !c.keyVersion.isEmpty())
        return invalid(tr("A versionless key URI cannot name the version %1: either pin the version or clear "
                          "it.")
                           .arg(c.keyVersion));
    if (c.createKey && !c.keyVersion.isEmpty())
        return invalid(
            tr("The version of the new key “%1” is only known once it is created.").arg(c.keyName));
    if (!c.useRoleAssignment() && c.grantTenantId().isEmpty())
        return invalid(tr("The tenant of vault “%1” is not known; it is needed for the access policy.")
                           .arg(c.vaultName()));
    return {};
}

Result<QList<CmkStep>> CmkPlan::build(const CmkChoices &choices)
{
    if (const Result<void> valid = validate(choices); !valid)
        return valid.error();
    const CmkChoices &c = choices;
    const QString account = c.account.name;
    const QString vault = c.vaultName();
    const QString vaultId = c.vaultId();
    const QString accountApi = EncryptionService::apiVersion();
    const QString principal = c.knownPrincipalId().isEmpty() ? kPrincipalPlaceholder : c.knownPrincipalId();
    const QString uaName = ArmResourceId::parse(c.userAssignedId).name;
    QList<CmkStep> steps;

    // 1. Identity.
    if (c.identityKind == CmkIdentityKind::UserAssigned && c.createUserAssigned) {
        const ArmResourceId id = ArmResourceId::parse(c.userAssignedId);
        const QString location =
            c.userAssignedLocation.isEmpty() ? c.account.location : c.userAssignedLocation;
        CmkStep s;
        s.kind = CmkStep::Kind::CreateUserAssignedIdentity;
        s.title = tr("Create the user-assigned identity “%1” in resource group “%2” (%3)")
                      .arg(uaName, id.resourceGroup, location);
        s.detail =
            tr("Creates a managed identity that Azure Cosmos DB uses to reach the key in vault “%1”. It "
               "is a separate resource: it outlives the account and can be reused.")
                .arg(vault);
        s.azCommand = IdentityService::azCreateCommand(id.resourceGroup, uaName, location);
        s.method = QStringLiteral("PUT");
        s.resource = armResource(c.userAssignedId, IdentityService::apiVersion());
        s.body = QJsonObject{{QStringLiteral("location"), location}};
        steps.append(s);
    }
    if (c.identityKind != CmkIdentityKind::FirstParty) {
        const bool system = c.identityKind == CmkIdentityKind::SystemAssigned;
        const QString ua = system ? QString() : c.userAssignedId;
        CmkStep s;
        s.kind = CmkStep::Kind::AddAccountIdentity;
        if (system) {
            s.title = tr("Enable the system-assigned identity of “%1”").arg(account);
            s.detail = tr("Gives “%1” its own managed identity in Microsoft Entra ID, which Azure Cosmos DB "
                          "uses to wrap and unwrap its data encryption key with the key in vault “%2”. The "
                          "account's other identities are kept.")
                           .arg(account, vault);
        } else {
            s.title = tr("Attach the user-assigned identity “%1” to “%2”").arg(uaName, account);
            s.detail =
                tr("Lets Azure Cosmos DB act as the identity “%1” for “%2” when it uses the key in vault "
                   "“%3”. The account's other identities are kept.")
                    .arg(uaName, account, vault);
        }
        s.azCommand = EncryptionService::azAssignIdentityCommand(c.account.id, system, ua);
        s.method = QStringLiteral("PATCH");
        s.resource = armResource(c.account.id, accountApi);
        s.body = EncryptionService::identityPatch(c.account, system, ua);
        steps.append(s);
    }

    // 2. Vault.
    if (c.createVault) {
        const KeyVaultService::NewVault &nv = c.newVault;
        KeyVaultService::NewVault sent = nv;
        if (sent.tenantId.isEmpty())
            sent.tenantId = c.tenantId;
        CmkStep s;
        s.kind = CmkStep::Kind::CreateVault;
        s.title = tr("Create vault “%1” in resource group “%2” (%3) with soft delete and purge protection")
                      .arg(nv.name, nv.resourceGroup, nv.location);
        s.detail =
            (nv.enableRbacAuthorization
                 ? tr("Creates a standard key vault whose keys are authorized by Azure RBAC, with soft "
                      "delete (%n day(s) of retention) and purge protection, as Azure Cosmos DB requires.",
                      nullptr, nv.softDeleteRetentionInDays)
                 : tr("Creates a standard key vault whose keys are authorized by access policies, with "
                      "soft delete (%n day(s) of retention) and purge protection, as Azure Cosmos DB "
                      "requires.",
                      nullptr, nv.softDeleteRetentionInDays));
        s.azCommand = KeyVaultService::azCreateVaultCommand(sent);
        s.method = QStringLiteral("PUT");
        s.resource = armResource(vaultId, KeyVaultService::armApiVersion());
        s.body = KeyVaultService::newVaultBody(sent);
        s.irreversible = true;
        s.irreversibleNote = purgeProtectionNote(nv.name, nv.softDeleteRetentionInDays);
        steps.append(s);
    }
    QList<KeyVaultService::VaultFix> fixes;
    for (KeyVaultService::VaultFix f : c.vaultFixes) {
        if (!fixes.contains(f))
            fixes.append(f);
    }
    for (KeyVaultService::VaultFix f : std::as_const(fixes)) {
        CmkStep s;
        s.kind = CmkStep::Kind::FixVault;
        s.fix = f;
        s.title = vaultFixTitle(f, vault);
        s.detail = vaultFixDetail(f, c.vault);
        s.azCommand = KeyVaultService::azFixCommand(c.vault, f);
        s.method = QStringLiteral("PATCH");
        s.resource = armResource(vaultId, KeyVaultService::armApiVersion());
        s.body = KeyVaultService::patchBody(f, c.vault);
        if (f == KeyVaultService::VaultFix::EnablePurgeProtection) {
            s.irreversible = true;
            s.irreversibleNote = purgeProtectionNote(vault, c.vault.softDeleteRetentionInDays);
        } else if (f == KeyVaultService::VaultFix::EnableSoftDelete) {
            s.irreversible = true;
            s.irreversibleNote = softDeleteNote(vault);
        }
        steps.append(s);
    }

    // 3. Key.
    if (c.createKey) {
        CmkStep s;
        s.kind = CmkStep::Kind::CreateKey;
        s.title =
            tr("Create the RSA %1 key “%2” in vault “%3”").arg(QString::number(c.keySize), c.keyName, vault);
        s.detail =
            tr("Creates an RSA key of %1 bits that may only wrap and unwrap keys. Key Vault generates it; "
               "its private part never leaves the vault.")
                .arg(c.keySize);
        s.azCommand = KeyVaultService::azCreateKeyCommand(vault, c.keyName, c.keySize);
        s.method = QStringLiteral("POST");
        s.resource = vaultUriBase(c) + QStringLiteral("/keys/") + c.keyName +
                     QStringLiteral("/create?api-version=") + KeyVaultService::dataApiVersion();
        s.body = createKeyBody(c.keySize);
        steps.append(s);
    }

    // 4. Grant.
    if (c.useRoleAssignment()) {
        const QString role = QLatin1String(AzureRoles::kKeyVaultCryptoServiceEncryptionUser);
        CmkStep s;
        s.kind = CmkStep::Kind::GrantRoleAssignment;
        s.title =
            tr("Grant “%1” on vault “%2” to %3").arg(AzureRoles::displayName(role), vault, granteePhrase(c));
        s.detail =
            tr("Assigns the role at the scope of vault “%1” so that %2 may read the key and wrap and "
               "unwrap with it, and nothing else. New role assignments can take a few minutes to apply.")
                .arg(vault, granteePhrase(c));
        s.azCommand = RoleAssignmentsService::azCreateCommand(vaultId, role, principal,
                                                              QStringLiteral("ServicePrincipal"));
        s.method = QStringLiteral("PUT");
        s.resource = vaultId + QStringLiteral("/providers/Microsoft.Authorization/roleAssignments/") +
                     kAssignmentNamePlaceholder + QStringLiteral("?api-version=") +
                     RoleAssignmentsService::apiVersion();
        s.body = RoleAssignmentsService::createBody(
            vaultId, role, principal, QStringLiteral("ServicePrincipal"), roleAssignmentDescription(c));
        steps.append(s);
    } else {
        const KeyVaultAccessPolicy policy =
            KeyVaultAccessPolicy::forCustomerManagedKey(c.grantTenantId(), principal);
        KeyVault target = c.vault;
        if (target.name.isEmpty())
            target.name = vault;
        if (target.resourceGroup.isEmpty())
            target.resourceGroup = ArmResourceId::parse(vaultId).resourceGroup;
        CmkStep s;
        s.kind = CmkStep::Kind::GrantAccessPolicy;
        s.title = tr("Add an access policy to vault “%1” that lets %2 get, wrap and unwrap keys")
                      .arg(vault, granteePhrase(c));
        s.detail =
            tr("Vault “%1” authorizes by access policies: the policy gives %2 the key permissions get, "
               "wrapKey and unwrapKey, and nothing else. The vault's other policies are kept.")
                .arg(vault, granteePhrase(c));
        s.azCommand = KeyVaultService::azSetPolicyCommand(target, policy);
        s.method = QStringLiteral("PUT");
        s.resource =
            vaultId + QStringLiteral("/accessPolicies/add?api-version=") + KeyVaultService::armApiVersion();
        s.body = KeyVaultService::accessPolicyBody(policy);
        steps.append(s);
    }

    // 5. Key URI + default identity (never together with an identity change).
    const QString keyUri = displayKeyUri(c);
    const QString defaultIdentity =
        c.defaultIdentity().compare(c.account.defaultIdentity, Qt::CaseInsensitive) == 0
            ? QString()
            : c.defaultIdentity();
    {
        CmkStep s;
        s.kind = CmkStep::Kind::SetKeyVaultKeyUri;
        if (c.versionless)
            s.title = tr("Set the customer-managed key of “%1” to %2 (versionless: follows rotation)")
                          .arg(account, keyUri);
        else if (c.keyVersion.isEmpty())
            s.title =
                tr("Set the customer-managed key of “%1” to %2, pinned to its current version (does not "
                   "follow rotation)")
                    .arg(account, keyUri);
        else
            s.title =
                tr("Set the customer-managed key of “%1” to %2 (pinned to this version: does not follow "
                   "rotation)")
                    .arg(account, keyUri);
        s.detail = tr("Azure Cosmos DB checks that %1 can wrap and unwrap with key “%2” of vault “%3”, then "
                      "encrypts the account's data with it and makes this identity the account's default "
                      "identity (%4). This is a long-running operation.")
                       .arg(granteePhrase(c), c.keyName, vault, c.defaultIdentity());
        s.azCommand = EncryptionService::azKeyUriCommand(c.account.id, keyUri, defaultIdentity);
        s.method = QStringLiteral("PATCH");
        s.resource = armResource(c.account.id, accountApi);
        s.body = EncryptionService::keyPatch(keyUri, defaultIdentity);
        if (!c.account.usesCustomerManagedKey()) {
            s.irreversible = true;
            s.irreversibleNote = keepsCmkNote(account);
        }
        steps.append(s);
    }

    // 6. Verify.
    {
        CmkStep s;
        s.kind = CmkStep::Kind::Verify;
        s.title = tr("Verify that “%1” uses the key “%2”").arg(account, c.keyName);
        s.detail = tr("Reads the account again and checks its keyVaultKeyUri, the key version in use and the "
                      "status Azure Cosmos DB reports for the key.");
        s.azCommand =
            QStringLiteral("az cosmosdb show %1 --query %2")
                .arg(AzCli::nameArgs(c.account.id),
                     AzCli::quote(QStringLiteral("{keyVaultKeyUri:keyVaultKeyUri,keyVaultKeyUriVersion:"
                                                 "keyVaultKeyUriVersion,customerManagedKeyStatus:"
                                                 "customerManagedKeyStatus}")));
        s.method = QStringLiteral("GET");
        s.resource = armResource(c.account.id, accountApi);
        steps.append(s);
    }
    return steps;
}

QString CmkPlan::displayKeyUri(const CmkChoices &c)
{
    const QString uri = c.keyUri();
    if (!uri.isEmpty())
        return uri;
    QString placeholder = vaultUriBase(c) + QStringLiteral("/keys/") + c.keyName;
    if (!c.versionless && !c.keyVersion.isEmpty())
        placeholder += QLatin1Char('/') + c.keyVersion;
    return placeholder;
}

QString CmkPlan::roleAssignmentDescription(const CmkChoices &c)
{
    // Sent to Azure and shown in the portal: not translated.
    return QStringLiteral("Azure Cosmos DB customer-managed key of %1").arg(c.account.name);
}

QStringList CmkPlan::irreversibleEffects(const CmkChoices &c)
{
    QStringList out;
    if (!c.account.usesCustomerManagedKey())
        out << keepsCmkNote(c.account.name);
    if (c.createVault && c.newVault.enablePurgeProtection)
        out << purgeProtectionNote(c.newVault.name, c.newVault.softDeleteRetentionInDays);
    if (!c.createVault) {
        if (c.vaultFixes.contains(KeyVaultService::VaultFix::EnablePurgeProtection))
            out << purgeProtectionNote(c.vaultName(), c.vault.softDeleteRetentionInDays);
        if (c.vaultFixes.contains(KeyVaultService::VaultFix::EnableSoftDelete))
            out << softDeleteNote(c.vaultName());
    }
    if (c.createUserAssigned)
        out << tr("The identity “%1” is a separate resource: deleting “%2” does not delete it.")
                   .arg(ArmResourceId::parse(c.userAssignedId).name, c.account.name);
    return out;
}

QJsonObject CmkPlan::accountTemplate(const CmkChoices &c)
{
    QJsonObject identity;
    if (c.identityKind == CmkIdentityKind::FirstParty) {
        if (!c.account.identity.type.isEmpty()) {
            identity.insert(QStringLiteral("type"), c.account.identity.type);
            if (!c.account.identity.userAssignedIdentities.isEmpty()) {
                QJsonObject map;
                for (auto it = c.account.identity.userAssignedIdentities.begin();
                     it != c.account.identity.userAssignedIdentities.end(); ++it)
                    map.insert(it.key(), QJsonObject{});
                identity.insert(QStringLiteral("userAssignedIdentities"), map);
            }
        }
    } else {
        const bool system = c.identityKind == CmkIdentityKind::SystemAssigned;
        identity = EncryptionService::identityPatch(c.account, system, system ? QString() : c.userAssignedId)
                       .value(QLatin1String("identity"))
                       .toObject();
    }
    QJsonObject t{{QStringLiteral("type"), QStringLiteral("Microsoft.DocumentDB/databaseAccounts")},
                  {QStringLiteral("apiVersion"), EncryptionService::apiVersion()},
                  {QStringLiteral("name"), c.account.name},
                  {QStringLiteral("location"), c.account.location},
                  {QStringLiteral("properties"),
                   QJsonObject{{QStringLiteral("keyVaultKeyUri"), displayKeyUri(c)},
                               {QStringLiteral("defaultIdentity"), c.defaultIdentity()}}}};
    if (!c.account.kind.isEmpty())
        t.insert(QStringLiteral("kind"), c.account.kind);
    if (!identity.isEmpty() && identity.value(QLatin1String("type"))
                                       .toString()
                                       .compare(QLatin1String("None"), Qt::CaseInsensitive) != 0)
        t.insert(QStringLiteral("identity"), identity);
    return t;
}

// ---------------------------------------------------------------------------------------------------------------
// CmkPreflight

QList<CmkFinding> CmkPreflight::checkVault(const KeyVault &vault)
{
    using Fix = KeyVaultService::VaultFix;
    QList<CmkFinding> out;
    const QString name = vault.name;
    if (!vault.enableSoftDelete) {
        CmkFinding f;
        f.id = QStringLiteral("soft-delete");
        f.message =
            tr("Soft delete is off for vault “%1”; Azure Cosmos DB only accepts keys from vaults with "
               "soft delete.")
                .arg(name);
        f.remedy = tr("Turn on soft delete for vault “%1” (the console can do it; it cannot be turned off "
                      "again).")
                       .arg(name);
        f.fixable = true;
        f.fix = Fix::EnableSoftDelete;
        f.fixIrreversible = true;
        out << f;
    }
    if (!vault.enablePurgeProtection) {
        CmkFinding f;
        f.id = QStringLiteral("purge-protection");
        f.message =
            tr("Purge protection is off for vault “%1”; Azure Cosmos DB only accepts keys from vaults "
               "with purge protection, so that its key cannot be destroyed by mistake.")
                .arg(name);
        f.remedy =
            tr("Turn on purge protection for vault “%1” (the console can do it). This cannot be undone: "
               "the vault and its deleted keys can then not be purged before the retention period of %n "
               "day(s) ends.",
               nullptr, vault.softDeleteRetentionInDays)
                .arg(name);
        f.fixable = true;
        f.fix = Fix::EnablePurgeProtection;
        f.fixIrreversible = true;
        out << f;
    }
    if (!vault.isPublicNetworkAccessEnabled()) {
        CmkFinding f;
        f.id = QStringLiteral("network-private");
        f.message = tr("Public network access is disabled for vault “%1”. Azure Cosmos DB cannot use a vault "
                       "reachable only through private endpoints.")
                        .arg(name);
        f.remedy = tr("Enable public network access for vault “%1” (the console can do it) and restrict it "
                      "with the vault's firewall, letting trusted Microsoft services through.")
                       .arg(name);
        f.fixable = true;
        f.fix = Fix::EnablePublicNetworkAccess;
        out << f;
    }
    if (vault.networkDefaultAction.compare(QLatin1String("Deny"), Qt::CaseInsensitive) == 0 &&
        vault.networkBypass.compare(QLatin1String("None"), Qt::CaseInsensitive) == 0) {
        CmkFinding f;
        f.id = QStringLiteral("network-deny");
        f.message =
            tr("The firewall of vault “%1” denies access by default and does not let trusted Microsoft "
               "services through, so Azure Cosmos DB cannot reach the key.")
                .arg(name);
        f.remedy =
            tr("Allow trusted Microsoft services through the firewall of vault “%1” (the console can do "
               "it; the IP and virtual network rules are kept).")
                .arg(name);
        f.fixable = true;
        f.fix = Fix::AllowTrustedServices;
        out << f;
    }
    if (!vault.provisioningState.isEmpty() &&
        vault.provisioningState.compare(QLatin1String("Succeeded"), Qt::CaseInsensitive) != 0) {
        CmkFinding f;
        f.id = QStringLiteral("vault-provisioning");
        f.severity = CmkFinding::Severity::Warning;
        f.message =
            tr("Vault “%1” is still being provisioned (state %2).").arg(name, vault.provisioningState);
        f.remedy =
            tr("Wait until the provisioning of vault “%1” has succeeded, then read it again.").arg(name);
        out << f;
    }
    return out;
}

QList<CmkFinding> CmkPreflight::checkKey(const KeyVaultKey &key, const QDateTime &now,
                                         const QString &vaultName)
{
    QList<CmkFinding> out;
    const QString name = key.id.name;
    const QString vault =
        vaultName.isEmpty() ? key.id.vaultUri.host().section(QLatin1Char('.'), 0, 0) : vaultName;
    const auto blocking = [&out](const char *id, const QString &message, const QString &remedy) {
        CmkFinding f;
        f.id = QLatin1String(id);
        f.message = message;
        f.remedy = remedy;
        out << f;
    };
    const auto warning = [&out](const char *id, const QString &message, const QString &remedy) {
        CmkFinding f;
        f.id = QLatin1String(id);
        f.severity = CmkFinding::Severity::Warning;
        f.message = message;
        f.remedy = remedy;
        out << f;
    };
    if (!key.kty.isEmpty() && !key.isRsa())
        blocking(
            "key-type",
            tr("Key “%1” in vault “%2” is of type %3; Azure Cosmos DB can only wrap its data encryption key "
               "with an RSA key.")
                .arg(name, vault, key.kty),
            tr("Choose an RSA key, or let the console create one (RSA 3072 or more is recommended)."));
    if (!key.keyOps.isEmpty()) {
        const auto allows = [&key](const char *op) {
            return key.keyOps.contains(QLatin1String(op), Qt::CaseInsensitive);
        };
        if (!allows("wrapKey") || !allows("unwrapKey"))
            blocking(
                "key-ops",
                tr("Key “%1” in vault “%2” does not allow the operations wrapKey and unwrapKey (it allows: "
                   "%3).")
                    .arg(name, vault, key.keyOps.join(QStringLiteral(", "))),
                tr("Allow wrapKey and unwrapKey on key “%1” (az keyvault key set-attributes --ops), or "
                   "choose another key.")
                    .arg(name));
    }
    if (!key.enabled)
        blocking("key-disabled", tr("Key “%1” in vault “%2” is disabled.").arg(name, vault),
                 tr("Enable key “%1” in vault “%2”, or choose another key.").arg(name, vault));
    if (key.expires.isValid()) {
        if (key.expires <= now)
            blocking(
                "key-expired",
                tr("Key “%1” in vault “%2” expired on %3.")
                    .arg(name, vault, QLocale().toString(key.expires.toLocalTime(), QLocale::ShortFormat)),
                tr("Create a new version of key “%1” without an expiry date, or choose another key.")
                    .arg(name));
        else
            warning(
                "key-expiry-set",
                tr("Key “%1” in vault “%2” expires on %3. The account becomes unusable when it passes unless "
                   "the key is rotated before.")
                    .arg(name, vault, QLocale().toString(key.expires.toLocalTime(), QLocale::ShortFormat)),
                tr("Remove the expiry date, or set up a rotation policy for key “%1” that creates a new "
                   "version in time.")
                    .arg(name));
    }
    if (key.isRsa() && key.keySize > 0 && key.keySize < 3072)
        warning("key-size",
                tr("Key “%1” in vault “%2” has %3 bits; 3072 bits or more are recommended.")
                    .arg(name, vault)
                    .arg(key.keySize),
                tr("Create a new RSA key of 3072 or 4096 bits for the account."));
    return out;
}

bool CmkPreflight::hasBlocking(const QList<CmkFinding> &findings)
{
    return std::any_of(findings.begin(), findings.end(),
                       [](const CmkFinding &f) { return f.severity == CmkFinding::Severity::Blocking; });
}

} // namespace csc
