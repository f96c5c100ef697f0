// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace csc {

/// Built-in Azure RBAC role definitions (GUIDs) the CMK setup uses (keyvault-cmk.md §4).
namespace AzureRoles {
inline constexpr auto kKeyVaultCryptoServiceEncryptionUser = "e147488a-f6f5-4113-8e2d-b22465e65bf6";
inline constexpr auto kKeyVaultAdministrator = "00482a5a-887f-4fb3-b363-3b7fe8e74483";
inline constexpr auto kKeyVaultCryptoUser = "12338af0-0e69-4776-bea7-57ae8d297424";
inline constexpr auto kKeyVaultReader = "21090545-7ca7-4776-b22c-e363652d74d2";
/// Translated display name of a built-in role GUID ("Key Vault Crypto Service Encryption User"); the GUID
/// itself when unknown.
QString displayName(const QString &roleGuid);
} // namespace AzureRoles

/// The "Azure Cosmos DB" first-party application (public Azure), used by defaultIdentity FirstPartyIdentity.
inline constexpr auto kCosmosFirstPartyAppId = "a232010e-820c-4083-83bb-3ace5fc29d0b";

/**
 * @brief One entry of a vault's `properties.accessPolicies`. Plain value type.
 */
struct KeyVaultAccessPolicy
{
    QString tenantId;
    QString objectId;
    QString applicationId; ///< usually empty
    QStringList keys;      ///< key permissions as sent (get, wrapKey, unwrapKey, all, ...)
    QStringList secrets;
    QStringList certificates;

    static Result<KeyVaultAccessPolicy> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    /// Holds get, wrapKey and unwrapKey (or "all"), compared case-insensitively.
    bool allowsCustomerManagedKey() const;
    /// The access policy the CMK setup adds: keys get, wrapKey, unwrapKey.
    static KeyVaultAccessPolicy forCustomerManagedKey(const QString &tenantId, const QString &objectId);
};

/**
 * @brief A Microsoft.KeyVault/vaults resource (ARM api-version 2024-11-01) with the properties CMK depends
 * on. Absent values take Azure's defaults (soft delete on, 90 days, purge protection off, access policies,
 * public access Enabled, network default action Allow). `raw` keeps the object as received.
 */
struct KeyVault
{
    QString id;
    QString name;
    QString location;
    QString subscriptionId; ///< read from id
    QString resourceGroup;  ///< read from id
    QString tenantId;
    QString skuName; ///< standard, premium
    QUrl vaultUri;   ///< data-plane base as ARM reports it (e.g. https://x.vault.azure.net/)
    bool enableSoftDelete = true;
    int softDeleteRetentionInDays = 90;
    bool enablePurgeProtection = false;
    bool enableRbacAuthorization = false;
    QString publicNetworkAccess;     ///< Enabled, Disabled (empty = Enabled)
    QString networkDefaultAction;    ///< Allow, Deny (empty = Allow)
    QString networkBypass;           ///< AzureServices, None (empty = AzureServices)
    QStringList ipRules;             ///< networkAcls.ipRules[].value
    QStringList virtualNetworkRules; ///< networkAcls.virtualNetworkRules[].id
    QList<KeyVaultAccessPolicy> accessPolicies;
    QString provisioningState;
    QJsonObject raw;

    /// Needs `id` and `name`; a Parse error naming the missing field otherwise.
    static Result<KeyVault> fromJson(const QJsonObject &json);
    bool isValid() const { return !id.isEmpty(); }
    bool isPublicNetworkAccessEnabled() const;
    /// Azure services such as Cosmos DB can reach the keys: public access on and either default action Allow
    /// or the AzureServices bypass.
    bool allowsTrustedServices() const;
    /// The access policy of `objectId` (tenant compared too when given), or nullptr. Compound entries (with
    /// an applicationId) are not the principal's own and are skipped.
    const KeyVaultAccessPolicy *accessPolicyFor(const QString &objectId, const QString &tenantId = {}) const;
};

/**
 * @brief A key identifier `https://{vault}/keys/{name}[/{version}]`. Plain value type.
 */
struct KeyVaultKeyId
{
    QUrl vaultUri; ///< scheme, host and port only, no path, no trailing slash
    QString name;
    QString version; ///< empty for a versionless id

    /// https scheme, a host, path `/keys/{name}` or `/keys/{name}/{version}`, name 1–127 of [A-Za-z0-9-],
    /// version 32 hex characters; no query or fragment. A Validation error saying what is wrong otherwise.
    static Result<KeyVaultKeyId> parse(const QString &uri);
    QString toString() const;    ///< with the version when there is one
    QString versionless() const; ///< `https://{vault}/keys/{name}`
    bool isVersionless() const { return version.isEmpty(); }
};

/**
 * @brief A key as the Key Vault data plane reports it (a KeyBundle, or a list item, which has no key
 * material and so no kty/size). Plain value type; holds only public information.
 */
struct KeyVaultKey
{
    KeyVaultKeyId id; ///< versioned for bundles, versionless for list items
    QString kty;      ///< RSA, RSA-HSM, EC, EC-HSM, oct, oct-HSM (empty for list items)
    int keySize = 0;  ///< bits, from the modulus `n` (0 when unknown)
    QStringList keyOps;
    bool enabled = true;
    QDateTime notBefore; ///< invalid when absent
    QDateTime expires;   ///< invalid when absent
    QDateTime created;
    QDateTime updated;
    QString recoveryLevel;
    bool managed = false;
    QMap<QString, QString> tags;

    static Result<KeyVaultKey> fromJson(const QJsonObject &json); ///< a KeyBundle or a list item
    bool isRsa() const;                                           ///< RSA or RSA-HSM
    /// RSA, enabled, not expired at `now`, and wrapKey + unwrapKey allowed (or key_ops empty/absent).
    bool suitsCustomerManagedKey(const QDateTime &now) const;
};

/**
 * @brief A Microsoft.Authorization/roleAssignments resource (api-version 2022-04-01). Plain value type.
 */
struct RoleAssignment
{
    QString id;   ///< {scope}/providers/Microsoft.Authorization/roleAssignments/{name}
    QString name; ///< GUID
    QString scope;
    QString
        roleDefinitionId; ///< /subscriptions/{sub}/providers/Microsoft.Authorization/roleDefinitions/{guid}
    QString principalId;
    QString principalType; ///< User, Group, ServicePrincipal, ...
    QString description;
    QDateTime createdOn;

    static Result<RoleAssignment> fromJson(const QJsonObject &json);
    QString roleGuid() const; ///< last segment of roleDefinitionId
};

/**
 * @brief A Microsoft.ManagedIdentity/userAssignedIdentities resource (api-version 2023-01-31). Plain value
 * type.
 */
struct UserAssignedIdentityResource
{
    QString id;
    QString name;
    QString location;
    QString subscriptionId;
    QString resourceGroup;
    QString principalId;
    QString clientId;
    QString tenantId;

    static Result<UserAssignedIdentityResource> fromJson(const QJsonObject &json);
};

/// A Microsoft Graph service principal (id = object id), as `servicePrincipals(appId='…')` returns it.
struct ServicePrincipalInfo
{
    QString objectId;
    QString appId;
    QString displayName;
};

} // namespace csc

Q_DECLARE_METATYPE(csc::KeyVault)
Q_DECLARE_METATYPE(csc::KeyVaultKey)
