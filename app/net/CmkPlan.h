// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/CosmosAccount.h"
#include "core/KeyVault.h"
#include "core/Result.h"
#include "net/KeyVaultService.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace csc {

/// Which identity Cosmos DB uses to reach the key (defaultIdentity).
enum class CmkIdentityKind
{
    SystemAssigned, ///< the account's system-assigned managed identity (enabled by the setup if absent)
    UserAssigned,   ///< a user-assigned managed identity (created and/or attached by the setup if needed)
    FirstParty      ///< the Azure Cosmos DB first-party application (FirstPartyIdentity)
};

/**
 * @brief Everything the CMK wizard chose. Plain value type; toJson()/fromJson() let an interrupted setup be
 * resumed (no secrets in it).
 */
struct CmkChoices
{
    CosmosAccount account; ///< as last read (id, identity, keyVaultKeyUri, defaultIdentity, location)
    QString tenantId;      ///< the account's subscription's tenant

    CmkIdentityKind identityKind = CmkIdentityKind::SystemAssigned;
    /// UserAssigned: the identity's resource id (existing, or the id it will have once created).
    QString userAssignedId;
    bool createUserAssigned = false; ///< UserAssigned: create `userAssignedId` first
    QString userAssignedLocation;    ///< where to create it (the account's location by default)
    /// Object id of the principal to grant: known for existing identities and the first-party application
    /// (Graph); empty for a system-assigned identity that the setup enables (read from the account after
    /// that step).
    QString principalId;

    KeyVault vault; ///< the chosen vault as read (for a new vault: id, name, uri after creation)
    bool createVault = false;
    KeyVaultService::NewVault newVault;          ///< when createVault
    QList<KeyVaultService::VaultFix> vaultFixes; ///< fixes the user consented to, in this order

    bool createKey = false;
    QString keyName;
    int keySize = 3072;
    QString keyVersion;      ///< the version to pin when !versionless (empty: latest at apply time)
    bool versionless = true; ///< recommended: Cosmos DB follows key rotation

    /// True when the grant is a role assignment (vault uses Azure RBAC), else an access policy.
    bool useRoleAssignment() const;
    /// The defaultIdentity value: FirstPartyIdentity, SystemAssignedIdentity, UserAssignedIdentity=<id>.
    QString defaultIdentity() const;
    /// The keyVaultKeyUri to set (versionless unless pinned), built from the vault's vaultUri.
    QString keyUri() const;
    /// The vault id (for a new vault, the id it will have).
    QString vaultId() const;
    /// The vault's name (for a new vault, the name it will have).
    QString vaultName() const;
    /// The principal to grant as far as known: `principalId`, else the account's system-assigned identity
    /// (SystemAssigned) or the attached identity's principal (UserAssigned); empty when not known yet.
    QString knownPrincipalId() const;
    /// The tenant of the access policy: `tenantId`, else the new vault's or the vault's tenant.
    QString grantTenantId() const;

    QJsonObject toJson() const;
    static Result<CmkChoices> fromJson(const QJsonObject &json);
};

/**
 * @brief One step of a CMK setup, with what it changes, its az CLI equivalent and its ARM/Key Vault request.
 */
struct CmkStep
{
    enum class Kind
    {
        CreateUserAssignedIdentity,
        AddAccountIdentity, ///< system-assigned and/or attach the user-assigned identity to the account
        CreateVault,
        FixVault, ///< one VaultFix
        CreateKey,
        GrantRoleAssignment, ///< Key Vault Crypto Service Encryption User at vault scope
        GrantAccessPolicy,   ///< get, wrapKey, unwrapKey
        SetKeyVaultKeyUri,   ///< keyVaultKeyUri + defaultIdentity (one PATCH)
        Verify               ///< re-read the account: key in use and status
    };
    Kind kind = Kind::Verify;
    KeyVaultService::VaultFix fix = KeyVaultService::VaultFix::EnablePurgeProtection; ///< for FixVault

    QString title;  ///< translated, e.g. "Turn on purge protection for vault “contoso-kv”"
    QString detail; ///< translated, what it does and why
    QString azCommand;
    QString method;   ///< PUT, PATCH, POST, GET
    QString resource; ///< the request target: ARM path (/subscriptions/…?api-version=…) or Key Vault URL
    QJsonObject body; ///< the JSON sent (principal ids not known yet appear as "<principalId>")
    bool irreversible = false;
    QString irreversibleNote; ///< translated, what cannot be undone (empty when reversible)
};

/**
 * @brief Builds the ordered steps of a CMK setup from the choices: identity (create, attach/enable), vault
 * (create or consented fixes), key (create), grant (role assignment or access policy, whichever the vault
 * uses), set keyVaultKeyUri + defaultIdentity, verify. Steps whose effect is already in place according to
 * the choices (identity already on the account, grant already there is decided at apply time) are still
 * listed when they may be needed; CmkSetupJob skips what it finds done. Pure and translated.
 */
class CmkPlan
{
    Q_DECLARE_TR_FUNCTIONS(csc::CmkPlan)
public:
    /// Validation error when the choices are incomplete or contradictory (e.g. UserAssigned without id, no
    /// key name, key size not 2048/3072/4096, vault without vaultUri and not created here).
    static Result<QList<CmkStep>> build(const CmkChoices &choices);
    /// The checks of build() alone. An existing vault must have every blocking, fixable preflight finding
    /// (CmkPreflight::checkVault) among the consented `vaultFixes`.
    static Result<void> validate(const CmkChoices &choices);
    /// keyUri(), or the key URI with a `<vaultUri>` placeholder while the vault's URI is not known.
    static QString displayKeyUri(const CmkChoices &choices);
    /// The description of the role assignment (sent to Azure, not translated).
    static QString roleAssignmentDescription(const CmkChoices &choices);
    /// What cannot be undone once applied (translated sentences): purge protection, the account keeps a
    /// customer-managed key forever (it can be changed, never removed), soft-deleted vault retention ...
    static QStringList irreversibleEffects(const CmkChoices &choices);
    /// The ARM JSON of the account after the setup (identity + properties.keyVaultKeyUri/defaultIdentity),
    /// as a template would hold it.
    static QJsonObject accountTemplate(const CmkChoices &choices);
};

/**
 * @brief What the vault and key preflight found, each with an offered fix when one exists.
 */
struct CmkFinding
{
    enum class Severity
    {
        Blocking, ///< CMK cannot work until fixed
        Warning,  ///< works, but not recommended (RSA 2048, expiry date set, ...)
        Info
    };
    QString id; ///< stable: soft-delete, purge-protection, network-private, network-deny, key-type, key-ops,
                ///< key-disabled, key-expired, key-expiry-set, key-size, vault-provisioning
    Severity severity = Severity::Blocking;
    QString message;      ///< translated: what is wrong
    QString remedy;       ///< translated: how to fix it (by the console, or by hand)
    bool fixable = false; ///< the console can fix it
    KeyVaultService::VaultFix fix = KeyVaultService::VaultFix::EnablePurgeProtection; ///< when fixable
    bool fixIrreversible = false;
};

/// Vault and key checks for CMK (keyvault-cmk.md §3). Pure and translated.
class CmkPreflight
{
    Q_DECLARE_TR_FUNCTIONS(csc::CmkPreflight)
public:
    static QList<CmkFinding> checkVault(const KeyVault &vault);
    /// `vaultName` names the vault in the messages (else the first label of the key's host).
    static QList<CmkFinding> checkKey(const KeyVaultKey &key, const QDateTime &now,
                                      const QString &vaultName = {});
    static bool hasBlocking(const QList<CmkFinding> &findings);
};

} // namespace csc
