// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "emulator/Rbac.h"

#include <QRegularExpression>

namespace csc::emu::Rbac {

const QList<RoleDefinition> &builtInRoles()
{
    // Actions/NotActions as published in the Azure built-in roles reference.
    static const QList<RoleDefinition> roles{
        {QLatin1String(RoleIds::Owner),
         QStringLiteral("Owner"),
         QStringLiteral(
             "Grants full access to manage all resources, including the ability to assign roles in Azure "
             "RBAC."),
         {QStringLiteral("*")},
         {}},
        {QLatin1String(RoleIds::Contributor),
         QStringLiteral("Contributor"),
         QStringLiteral(
             "Grants full access to manage all resources, but does not allow you to assign roles in Azure "
             "RBAC, manage assignments in Azure Blueprints, or share image galleries."),
         {QStringLiteral("*")},
         {QStringLiteral("Microsoft.Authorization/*/Delete"),
          QStringLiteral("Microsoft.Authorization/*/Write"),
          QStringLiteral("Microsoft.Authorization/elevateAccess/Action"),
          QStringLiteral("Microsoft.Blueprint/blueprintAssignments/write"),
          QStringLiteral("Microsoft.Blueprint/blueprintAssignments/delete"),
          QStringLiteral("Microsoft.Compute/galleries/share/action"),
          QStringLiteral("Microsoft.Purview/consents/write"),
          QStringLiteral("Microsoft.Purview/consents/delete")}},
        {QLatin1String(RoleIds::Reader),
         QStringLiteral("Reader"),
         QStringLiteral("View all resources, but does not allow you to make any changes."),
         {QStringLiteral("*/read")},
         {}},
        {QLatin1String(RoleIds::DocumentDbAccountContributor),
         QStringLiteral("DocumentDB Account Contributor"),
         QStringLiteral(
             "Can manage Azure Cosmos DB accounts. Azure Cosmos DB is formerly known as DocumentDB."),
         {QStringLiteral("Microsoft.Authorization/*/read"),
          QStringLiteral("Microsoft.DocumentDb/databaseAccounts/*"),
          QStringLiteral("Microsoft.Insights/alertRules/*"),
          QStringLiteral("Microsoft.Resources/deployments/*"),
          QStringLiteral("Microsoft.Resources/subscriptions/resourceGroups/read"),
          QStringLiteral("Microsoft.Support/*"),
          QStringLiteral("Microsoft.Network/virtualNetworks/subnets/joinViaServiceEndpoint/action")},
         {}},
        {QLatin1String(RoleIds::CosmosDbAccountReader),
         QStringLiteral("Cosmos DB Account Reader Role"),
         QStringLiteral("Can read Azure Cosmos DB account data."),
         {QStringLiteral("Microsoft.Authorization/*/read"), QStringLiteral("Microsoft.DocumentDB/*/read"),
          QStringLiteral("Microsoft.DocumentDB/databaseAccounts/readonlykeys/action"),
          QStringLiteral("Microsoft.Insights/MetricDefinitions/read"),
          QStringLiteral("Microsoft.Insights/Metrics/read"),
          QStringLiteral("Microsoft.Resources/subscriptions/resourceGroups/read"),
          QStringLiteral("Microsoft.Support/*")},
         {}},
        {QLatin1String(RoleIds::CosmosDbOperator),
         QStringLiteral("Cosmos DB Operator"),
         QStringLiteral(
             "Lets you manage Azure Cosmos DB accounts, but not access data in them. Prevents access to "
             "account keys and connection strings."),
         {QStringLiteral("Microsoft.DocumentDb/databaseAccounts/*"),
          QStringLiteral("Microsoft.Insights/alertRules/*"), QStringLiteral("Microsoft.Authorization/*/read"),
          QStringLiteral("Microsoft.ResourceHealth/availabilityStatuses/read"),
          QStringLiteral("Microsoft.Resources/deployments/*"),
          QStringLiteral("Microsoft.Resources/subscriptions/resourceGroups/read"),
          QStringLiteral("Microsoft.Support/*"),
          QStringLiteral("Microsoft.Network/virtualNetworks/subnets/joinViaServiceEndpoint/action")},
         {QStringLiteral("Microsoft.DocumentDB/databaseAccounts/readonlyKeys/*"),
          QStringLiteral("Microsoft.DocumentDB/databaseAccounts/regenerateKey/*"),
          QStringLiteral("Microsoft.DocumentDB/databaseAccounts/listKeys/*"),
          QStringLiteral("Microsoft.DocumentDB/databaseAccounts/listConnectionStrings/*")}},
        // Azure RBAC for Key Vault (Actions / DataActions as published in the built-in roles reference).
        {QLatin1String(RoleIds::UserAccessAdministrator),
         QStringLiteral("User Access Administrator"),
         QStringLiteral("Lets you manage user access to Azure resources."),
         {QStringLiteral("*/read"), QStringLiteral("Microsoft.Authorization/*"),
          QStringLiteral("Microsoft.Support/*")},
         {}},
        {QLatin1String(RoleIds::KeyVaultContributor),
         QStringLiteral("Key Vault Contributor"),
         QStringLiteral("Lets you manage key vaults, but not access to them."),
         {QStringLiteral("Microsoft.Authorization/*/read"), QStringLiteral("Microsoft.Insights/alertRules/*"),
          QStringLiteral("Microsoft.KeyVault/*"), QStringLiteral("Microsoft.Resources/deployments/*"),
          QStringLiteral("Microsoft.Resources/subscriptions/resourceGroups/read"),
          QStringLiteral("Microsoft.Support/*")},
         {QStringLiteral("Microsoft.KeyVault/locations/deletedVaults/purge/action"),
          QStringLiteral("Microsoft.KeyVault/hsmPools/*"),
          QStringLiteral("Microsoft.KeyVault/managedHsms/*")}},
        {QLatin1String(RoleIds::KeyVaultAdministrator),
         QStringLiteral("Key Vault Administrator"),
         QStringLiteral(
             "Perform all data plane operations on a key vault and all objects in it, including "
             "certificates, keys, and secrets. Cannot manage key vault resources or manage role "
             "assignments. Only works for key vaults that use the 'Azure role-based access control' "
             "permission model."),
         {QStringLiteral("Microsoft.Authorization/*/read"), QStringLiteral("Microsoft.Insights/alertRules/*"),
          QStringLiteral("Microsoft.Resources/deployments/*"),
          QStringLiteral("Microsoft.Resources/subscriptions/resourceGroups/read"),
          QStringLiteral("Microsoft.Support/*"),
          QStringLiteral("Microsoft.KeyVault/checkNameAvailability/read"),
          QStringLiteral("Microsoft.KeyVault/deletedVaults/read"),
          QStringLiteral("Microsoft.KeyVault/locations/*/read"),
          QStringLiteral("Microsoft.KeyVault/vaults/*/read"),
          QStringLiteral("Microsoft.KeyVault/operations/read")},
         {},
         {QStringLiteral("Microsoft.KeyVault/vaults/*")}},
        {QLatin1String(RoleIds::KeyVaultCryptoOfficer),
         QStringLiteral("Key Vault Crypto Officer"),
         QStringLiteral(
             "Perform any action on the keys of a key vault, except manage permissions. Only works "
             "for key vaults that use the 'Azure role-based access control' permission model."),
         {QStringLiteral("Microsoft.Authorization/*/read"), QStringLiteral("Microsoft.Insights/alertRules/*"),
          QStringLiteral("Microsoft.Resources/deployments/*"),
          QStringLiteral("Microsoft.Resources/subscriptions/resourceGroups/read"),
          QStringLiteral("Microsoft.Support/*"),
          QStringLiteral("Microsoft.KeyVault/checkNameAvailability/read"),
          QStringLiteral("Microsoft.KeyVault/deletedVaults/read"),
          QStringLiteral("Microsoft.KeyVault/locations/*/read"),
          QStringLiteral("Microsoft.KeyVault/vaults/*/read"),
          QStringLiteral("Microsoft.KeyVault/operations/read")},
         {},
         {QStringLiteral("Microsoft.KeyVault/vaults/keys/*"),
          QStringLiteral("Microsoft.KeyVault/vaults/keyrotationpolicies/*")}},
        {QLatin1String(RoleIds::KeyVaultCryptoUser),
         QStringLiteral("Key Vault Crypto User"),
         QStringLiteral("Perform cryptographic operations using keys. Only works for key vaults that use the "
                        "'Azure role-based access control' permission model."),
         {},
         {},
         {QStringLiteral("Microsoft.KeyVault/vaults/keys/read"),
          QStringLiteral("Microsoft.KeyVault/vaults/keys/update/action"),
          QStringLiteral("Microsoft.KeyVault/vaults/keys/backup/action"),
          QStringLiteral("Microsoft.KeyVault/vaults/keys/encrypt/action"),
          QStringLiteral("Microsoft.KeyVault/vaults/keys/decrypt/action"),
          QStringLiteral("Microsoft.KeyVault/vaults/keys/wrap/action"),
          QStringLiteral("Microsoft.KeyVault/vaults/keys/unwrap/action"),
          QStringLiteral("Microsoft.KeyVault/vaults/keys/sign/action"),
          QStringLiteral("Microsoft.KeyVault/vaults/keys/verify/action")}},
        {QLatin1String(RoleIds::KeyVaultCryptoServiceEncryptionUser),
         QStringLiteral("Key Vault Crypto Service Encryption User"),
         QStringLiteral("Read metadata of keys and perform wrap/unwrap operations. Only works for key vaults "
                        "that use the 'Azure role-based access control' permission model."),
         {QStringLiteral("Microsoft.EventGrid/eventSubscriptions/write"),
          QStringLiteral("Microsoft.EventGrid/eventSubscriptions/read"),
          QStringLiteral("Microsoft.EventGrid/eventSubscriptions/delete")},
         {},
         {QStringLiteral("Microsoft.KeyVault/vaults/keys/read"),
          QStringLiteral("Microsoft.KeyVault/vaults/keys/wrap/action"),
          QStringLiteral("Microsoft.KeyVault/vaults/keys/unwrap/action")}},
        {QLatin1String(RoleIds::KeyVaultReader),
         QStringLiteral("Key Vault Reader"),
         QStringLiteral("Read metadata of key vaults and its certificates, keys, and secrets. Cannot read "
                        "sensitive values such as secret contents or key material. Only works for key vaults "
                        "that use the 'Azure role-based access control' permission model."),
         {QStringLiteral("Microsoft.Authorization/*/read"), QStringLiteral("Microsoft.Insights/alertRules/*"),
          QStringLiteral("Microsoft.Resources/deployments/*"),
          QStringLiteral("Microsoft.Resources/subscriptions/resourceGroups/read"),
          QStringLiteral("Microsoft.Support/*"),
          QStringLiteral("Microsoft.KeyVault/checkNameAvailability/read"),
          QStringLiteral("Microsoft.KeyVault/deletedVaults/read"),
          QStringLiteral("Microsoft.KeyVault/locations/*/read"),
          QStringLiteral("Microsoft.KeyVault/vaults/*/read"),
          QStringLiteral("Microsoft.KeyVault/operations/read")},
         {},
         {QStringLiteral("Microsoft.KeyVault/vaults/*/read"),
          QStringLiteral("Microsoft.KeyVault/vaults/secrets/readMetadata/action")}},
        {QLatin1String(RoleIds::KeyVaultSecretsUser),
         QStringLiteral("Key Vault Secrets User"),
         QStringLiteral(
             "Read secret contents. Only works for key vaults that use the 'Azure role-based access "
             "control' permission model."),
         {},
         {},
         {QStringLiteral("Microsoft.KeyVault/vaults/secrets/getSecret/action"),
          QStringLiteral("Microsoft.KeyVault/vaults/secrets/readMetadata/action")}},
    };
    return roles;
}

std::optional<RoleDefinition> builtInRole(const QString &idOrName)
{
    for (const RoleDefinition &r : builtInRoles()) {
        if (r.id.compare(idOrName, Qt::CaseInsensitive) == 0 ||
            r.roleName.compare(idOrName, Qt::CaseInsensitive) == 0)
            return r;
    }
    return std::nullopt;
}

bool actionMatches(const QString &pattern, const QString &action)
{
    if (pattern == QLatin1String("*"))
        return true;
    if (!pattern.contains(u'*'))
        return pattern.compare(action, Qt::CaseInsensitive) == 0;
    QString rx = QRegularExpression::escape(pattern);
    rx.replace(QLatin1String("\\*"), QLatin1String(".*"));
    const QRegularExpression re(QRegularExpression::anchoredPattern(rx),
                                QRegularExpression::CaseInsensitiveOption);
    return re.match(action).hasMatch();
}

bool scopeCovers(const QString &assignmentScope, const QString &scope)
{
    const auto norm = [](const QString &s) {
        QString t = s.trimmed();
        while (t.endsWith(u'/'))
            t.chop(1);
        return t.isEmpty() ? QStringLiteral("/") : t;
    };
    const QString a = norm(assignmentScope);
    const QString s = norm(scope);
    if (a == QLatin1String("/"))
        return true;
    if (s.compare(a, Qt::CaseInsensitive) == 0)
        return true;
    return s.size() > a.size() && s.startsWith(a, Qt::CaseInsensitive) && s.at(a.size()) == u'/';
}

bool roleAllows(const RoleDefinition &role, const QString &action)
{
    bool allowed = false;
    for (const QString &p : role.actions) {
        if (actionMatches(p, action)) {
            allowed = true;
            break;
        }
    }
    if (!allowed)
        return false;
    for (const QString &p : role.notActions) {
        if (actionMatches(p, action))
            return false;
    }
    return true;
}

bool isAllowed(const QList<RoleAssignment> &assignments, const QString &action, const QString &scope)
{
    for (const RoleAssignment &a : assignments) {
        if (!scopeCovers(a.scope, scope))
            continue;
        const auto role = builtInRole(a.roleDefinitionId);
        if (role && roleAllows(*role, action))
            return true;
    }
    return false;
}

bool roleAllowsData(const RoleDefinition &role, const QString &dataAction)
{
    bool allowed = false;
    for (const QString &p : role.dataActions) {
        if (actionMatches(p, dataAction)) {
            allowed = true;
            break;
        }
    }
    if (!allowed)
        return false;
    for (const QString &p : role.notDataActions) {
        if (actionMatches(p, dataAction))
            return false;
    }
    return true;
}

bool isDataActionAllowed(const QList<RoleAssignment> &assignments, const QString &dataAction,
                         const QString &scope)
{
    for (const RoleAssignment &a : assignments) {
        if (!scopeCovers(a.scope, scope))
            continue;
        const auto role = builtInRole(a.roleDefinitionId);
        if (role && roleAllowsData(*role, dataAction))
            return true;
    }
    return false;
}

QString roleDefinitionGuid(const QString &roleDefinitionId)
{
    const QString last = roleDefinitionId.section(u'/', -1);
    const QStringList seg = roleDefinitionId.split(u'/', Qt::SkipEmptyParts);
    if (seg.size() > 1 &&
        (seg.size() < 3 ||
         seg[seg.size() - 2].compare(QLatin1String("roleDefinitions"), Qt::CaseInsensitive) != 0 ||
         seg[seg.size() - 3].compare(QLatin1String("Microsoft.Authorization"), Qt::CaseInsensitive) != 0))
        return {};
    static const QRegularExpression guid(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return guid.match(last).hasMatch() ? last.toLower() : QString();
}

QString authorizationFailedMessage(const QString &objectId, const QString &action, const QString &scope)
{
    return QStringLiteral(
               "The client '%1' with object id '%1' does not have authorization to perform action '%2' "
               "over scope '%3' or the scope is invalid. If access was recently granted, please refresh "
               "your credentials.")
        .arg(objectId, action, scope);
}

} // namespace csc::emu::Rbac
