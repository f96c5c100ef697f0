// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Result.h"
#include "core/SecureBytes.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace csc::emu {

struct Tenant
{
    QString id;
    QString displayName;
    QString defaultDomain;
};

struct Principal
{
    QString objectId;
    QString tenantId;
    QString appId; ///< client id
    QString displayName;
    QString type = QStringLiteral("ServicePrincipal");
};

struct Subscription
{
    QString id;
    QString tenantId;
    QString displayName;
    QString state = QStringLiteral("Enabled");
};

struct ResourceGroup
{
    QString subscriptionId;
    QString name;
    QString location;
    QJsonObject tags;
};

/// A Microsoft.DocumentDB/databaseAccounts resource as stored: everything except id/name/type, which derive
/// from where it lives. `resource` holds location, kind, tags, identity, systemData and properties.
struct CosmosAccount
{
    QString subscriptionId;
    QString resourceGroup;
    QString name;
    QJsonObject resource;
};

struct AccountKeys
{
    QString primaryMasterKey;
    QString secondaryMasterKey;
    QString primaryReadonlyMasterKey;
    QString secondaryReadonlyMasterKey;
};

/// A long-running ARM operation (regenerateKey, account PATCH) as tracked until it completes.
struct ArmOperation
{
    QString id; ///< GUID, the last segment of the operationsStatus / operationResults URLs
    QString subscriptionId;
    QString resourceGroup;
    QString account;
    QString kind;        ///< "regenerateKey" or "patch"
    QJsonObject payload; ///< {"keyKind":...} or the validated PATCH body
    QString location;    ///< region id used in the monitor URLs, e.g. "westus"
    QString callerObjectId;
    qint64 startMs = 0; ///< epoch ms
    qint64 dueMs = 0;   ///< completes at (epoch ms)
    QString status;     ///< Enqueued (pending), Succeeded, Failed
    qint64 endMs = 0;
    QJsonObject error; ///< {"code","message"} when Failed
};

/// One data-plane resource of an account (database, container or document) with its system properties in
/// `body`. `parent` is the parent's link (`""`, `dbs/{db}`, `dbs/{db}/colls/{coll}`), `pk` the partition key
/// value as compact JSON array for documents (empty otherwise).
struct DataResource
{
    qint64 seq = 0; ///< insertion order (feeds are returned in it; continuation tokens refer to it)
    QString account;
    QString parent;
    QString type; ///< dbs, colls, docs
    QString id;
    QString pk;
    QString rid;
    QJsonObject body;
};

struct RoleAssignment
{
    QString id; ///< GUID (the assignment's name)
    QString scope;
    QString roleDefinitionId; ///< GUID of the role definition
    QString principalId;
    QString principalType = QStringLiteral("ServicePrincipal");
    QString description = {};
    qint64 createdMs = 0;   ///< epoch ms; 0 = seeded
    QString createdBy = {}; ///< object id of the principal that created it
};

/// A Microsoft.KeyVault/vaults resource as stored: everything except id/name/type (location, tags,
/// properties; properties.vaultUri is rendered from the live data-plane listener).
struct KeyVault
{
    QString subscriptionId;
    QString resourceGroup;
    QString name;
    QJsonObject resource;
};

/// One version of a Key Vault key. `bundle` holds the public parts (kty, key_ops, n, e, attributes, tags)
/// without the kid (rendered from the vault's live URI); `privateKey` the PKCS#8 DER private key, which never
/// leaves the emulator.
struct VaultKey
{
    qint64 seq = 0; ///< creation order
    QString vault;
    QString name;
    QString version; ///< 32 lower-case hex characters
    QJsonObject bundle;
    SecureBytes privateKey;
    qint64 deletedMs = 0; ///< when the key (all its versions) was soft-deleted; 0 = not deleted
    qint64 purgeMs = 0;   ///< scheduled purge date (epoch ms) of a deleted key
};

/// A Microsoft.ManagedIdentity/userAssignedIdentities resource as stored: everything except id/name/type
/// (location, tags, properties with principalId, clientId and tenantId).
struct ManagedIdentity
{
    QString subscriptionId;
    QString resourceGroup;
    QString name;
    QJsonObject resource;
};

/// The data encryption key (DEK) of an account encrypted with a customer-managed key: 256 random bits,
/// stored only wrapped (RSA-OAEP-256) by the Key Vault key version `version` of `vault`/`keyName`.
struct AccountDek
{
    QString account;
    QString vault;
    QString keyName;
    QString version; ///< the key version that wrapped `wrapped` (32 hex characters)
    QByteArray wrapped;
    qint64 updatedMs = 0; ///< epoch ms of the last (re-)wrap
};

/// Seals and opens the stored document bodies of accounts encrypted at rest (AccountEncryption). Store calls
/// it for every document it writes or reads.
class BodyCipher
{
public:
    virtual ~BodyCipher() = default;
    /// The text to store for a document body: `json` unchanged when the account is not encrypted, else
    /// ciphertext.
    virtual Result<QString> seal(const QString &account, const QString &rid, const QByteArray &json) = 0;
    /// The JSON of a sealed body (`stored` as seal() made it).
    virtual Result<QByteArray> open(const QString &account, const QString &rid, const QString &stored) = 0;
    /// Whether `stored` is a sealed body.
    static bool isSealed(const QString &stored) { return stored.startsWith(QLatin1String("enc:v1:")); }
};

/**
 * @brief The local cloud's state in SQLite (Qt SQL, WAL, synchronous=FULL): tenants, service principals
 * (client secrets stored as salted PBKDF2 hashes), subscriptions, resource groups, Cosmos DB accounts with
 * their keys, Azure role assignments, Key Vault vaults and key versions (private keys as PKCS #8 DER). Every
 * write is one transaction. Names compare case-insensitively, as in Azure. Single-threaded (the emulator's
 * event loop).
 */
class Store
{
public:
    static Result<std::unique_ptr<Store>> open(const QString &path);
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    QString path() const { return m_path; }
    bool isEmpty() const;
    /// Runs `work` in one transaction; commits when it returns ok, else rolls back.
    Result<void> transaction(const std::function<Result<void>()> &work);

    Result<void> addTenant(const Tenant &tenant);
    std::optional<Tenant> tenant(const QString &idOrDomain) const;
    QList<Tenant> tenants() const;

    Result<void> addPrincipal(const Principal &principal, const SecureBytes &clientSecret);
    std::optional<Principal> principalByAppId(const QString &tenantId, const QString &appId) const;
    std::optional<Principal> principalByObjectId(const QString &objectId) const;
    /// Removes a principal (a managed identity's service principal when the identity goes away).
    Result<void> deletePrincipal(const QString &objectId);
    /// Constant-time check of a client secret against the stored hash.
    bool checkSecret(const QString &objectId, const SecureBytes &secret) const;

    Result<void> addSubscription(const Subscription &subscription);
    std::optional<Subscription> subscription(const QString &id) const;
    QList<Subscription> subscriptions(const QString &tenantId) const;

    Result<void> addResourceGroup(const ResourceGroup &group);
    std::optional<ResourceGroup> resourceGroup(const QString &subscriptionId, const QString &name) const;
    QList<ResourceGroup> resourceGroups(const QString &subscriptionId) const;

    /// Inserts or replaces the account; new accounts get four random keys.
    Result<void> putAccount(const CosmosAccount &account);
    std::optional<CosmosAccount> account(const QString &subscriptionId, const QString &resourceGroup,
                                         const QString &name) const;
    /// Accounts of a subscription (optionally one resource group), ordered by name, names after `afterName`
    /// (case-insensitive), at most `limit` (< 0 = all).
    QList<CosmosAccount> accounts(const QString &subscriptionId, const QString &resourceGroup = {},
                                  const QString &afterName = {}, int limit = -1) const;
    std::optional<AccountKeys> accountKeys(const QString &accountName) const;
    /// Every account name, ordered (case-insensitively).
    QStringList accountNames() const;
    /// An account by its globally unique name (the data plane knows no subscription).
    std::optional<CosmosAccount> accountByName(const QString &name) const;
    /// Replaces one key (`field`: primaryMasterKey, secondaryMasterKey, primaryReadonlyMasterKey or
    /// secondaryReadonlyMasterKey) with fresh random bytes. Call inside the transaction that also updates
    /// keysMetadata.
    Result<void> replaceAccountKey(const QString &accountName, const QString &field);

    Result<void> addOperation(const ArmOperation &operation);
    std::optional<ArmOperation> operation(const QString &id) const;
    /// Operations still Enqueued, oldest first.
    QList<ArmOperation> pendingOperations() const;
    Result<void> updateOperation(const ArmOperation &operation);

    /// Inserts a data-plane resource; a Conflict error when (account, parent, type, pk, id) exists. Sets
    /// `seq`.
    Result<void> addDataResource(DataResource &resource);
    std::optional<DataResource> dataResource(const QString &account, const QString &parent,
                                             const QString &type, const QString &id,
                                             const QString &pk = {}) const;
    /// The feed under `parent` in insertion order, after `afterSeq`, at most `limit` (< 0 = all).
    QList<DataResource> dataResources(const QString &account, const QString &parent, const QString &type,
                                      qint64 afterSeq = 0, int limit = -1) const;
    Result<void> replaceDataResource(const DataResource &resource);
    /// Deletes the resource and everything below it.
    Result<void> deleteDataResource(const DataResource &resource);
    /// How many resources of `type` live under `parent`.
    int countDataResources(const QString &account, const QString &parent, const QString &type) const;

    Result<void> addRoleAssignment(const RoleAssignment &assignment);
    QList<RoleAssignment> roleAssignmentsOf(const QString &principalId) const;
    /// Every role assignment, in creation order.
    QList<RoleAssignment> roleAssignments() const;
    std::optional<RoleAssignment> roleAssignment(const QString &id) const;
    Result<void> deleteRoleAssignment(const QString &id);

    /// Inserts or replaces a vault; a 409 VaultAlreadyExists error when the (globally unique) name belongs to
    /// a vault in another resource group or subscription.
    Result<void> putVault(const KeyVault &vault);
    std::optional<KeyVault> vault(const QString &subscriptionId, const QString &resourceGroup,
                                  const QString &name) const;
    /// A vault by its globally unique name (the data plane knows no subscription).
    std::optional<KeyVault> vaultByName(const QString &name) const;
    /// Vaults of a subscription (optionally one resource group), ordered by name.
    QList<KeyVault> vaults(const QString &subscriptionId, const QString &resourceGroup = {}) const;
    QStringList vaultNames() const;
    /// Deletes the vault and all its keys.
    Result<void> deleteVault(const QString &name);

    /// Adds a key version; sets `seq`.
    Result<void> addVaultKey(VaultKey &key);
    /// A version of a key (`version` empty = the latest), deleted or not.
    std::optional<VaultKey> vaultKey(const QString &vault, const QString &name,
                                     const QString &version = {}) const;
    /// All versions of a key, oldest first.
    QList<VaultKey> vaultKeyVersions(const QString &vault, const QString &name) const;
    /// The latest version of every key of a vault (deleted ones included), ordered by name.
    QList<VaultKey> latestVaultKeys(const QString &vault) const;
    /// Replaces the public bundle (attributes, key_ops, tags) of one version.
    Result<void> updateVaultKey(const VaultKey &key);
    /// Marks every version of a key deleted (deletedMs > 0) or recovered (0).
    Result<void> setVaultKeyDeleted(const QString &vault, const QString &name, qint64 deletedMs,
                                    qint64 purgeMs);
    /// Removes every version of a key for good.
    Result<void> purgeVaultKey(const QString &vault, const QString &name);

    /// Inserts or replaces a user-assigned managed identity.
    Result<void> putManagedIdentity(const ManagedIdentity &identity);
    std::optional<ManagedIdentity> managedIdentity(const QString &subscriptionId,
                                                   const QString &resourceGroup, const QString &name) const;
    /// User-assigned identities of a subscription (optionally one resource group), ordered by name.
    QList<ManagedIdentity> managedIdentities(const QString &subscriptionId,
                                             const QString &resourceGroup = {}) const;
    Result<void> deleteManagedIdentity(const QString &subscriptionId, const QString &resourceGroup,
                                       const QString &name);

    /// Seals and opens document bodies from now on (nullptr: stored as they are; sealed ones cannot be read).
    void setBodyCipher(BodyCipher *cipher) { m_cipher = cipher; }
    /// Deletes an account with its keys, data-plane resources and data encryption key.
    Result<void> deleteAccount(const QString &accountName);
    /// Inserts or replaces the DEK of an account.
    Result<void> putAccountDek(const AccountDek &dek);
    std::optional<AccountDek> accountDek(const QString &account) const;
    /// Seals every document of `account` still stored in plaintext (with the body cipher); returns how many.
    Result<int> sealDocuments(const QString &account);
    /// How many documents of `account` are stored sealed and how many in plaintext.
    std::pair<int, int> documentSealing(const QString &account) const;

private:
    explicit Store(QString path, QString connection)
        : m_path(std::move(path)), m_connection(std::move(connection))
    {}
    Result<void> migrate();
    /// The text stored for a resource's body: sealed by the body cipher for documents.
    Result<QString> storedBody(const DataResource &resource) const;
    QString m_path;
    QString m_connection;
    int m_depth = 0;
    BodyCipher *m_cipher = nullptr;
};

} // namespace csc::emu
