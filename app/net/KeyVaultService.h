// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/KeyVault.h"
#include "core/Result.h"
#include "net/RestJob.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

namespace csc {

class AzureSession;

/**
 * @brief Azure Key Vault for customer-managed keys: vaults through ARM (Microsoft.KeyVault/vaults,
 * api-version 2024-11-01) and keys through the vault's data plane (api-version 7.6, token scope
 * `CloudEnvironment::keyVaultScope`, base URL = the vault's `vaultUri` as ARM reports it, never built from a
 * suffix). Only public key information is ever read; no key material is created or held here.
 *
 * Every call starts one job and returns it (list calls follow `nextLink`); `done` is called exactly once
 * unless `context` is destroyed first (then the job is aborted). Inputs are validated before anything is
 * sent (Validation error, answered from the event loop, null returned). Key Vault errors keep their
 * `error.code` and the innererror code (ForbiddenByRbac, ForbiddenByPolicy, ForbiddenByFirewall ...) in
 * ApiError::details. The session is not owned.
 */
class KeyVaultService : public QObject
{
    Q_OBJECT
public:
    template <typename T> using Done = std::function<void(const Result<T> &)>;

    static QString armApiVersion() { return QStringLiteral("2024-11-01"); }
    static QString dataApiVersion() { return QStringLiteral("7.6"); }

    /// What createVault sends. Soft delete is always on; purge protection on by default (CMK needs it).
    struct NewVault
    {
        QString subscriptionId;
        QString resourceGroup;
        QString name; ///< 3–24 of [A-Za-z0-9-], starts with a letter, no "--", ends with letter or digit
        QString location;
        QString tenantId;
        bool enableRbacAuthorization = true;
        bool enablePurgeProtection = true;
        int softDeleteRetentionInDays = 90; ///< 7–90
    };
    /// One change of a vault's properties that the CMK preflight may offer.
    enum class VaultFix
    {
        EnableSoftDelete,         ///< properties.enableSoftDelete = true
        EnablePurgeProtection,    ///< properties.enablePurgeProtection = true (cannot be undone)
        AllowTrustedServices,     ///< properties.networkAcls.bypass = AzureServices (keeps the other ACLs)
        EnablePublicNetworkAccess ///< properties.publicNetworkAccess = Enabled
    };

    explicit KeyVaultService(AzureSession *session, QObject *parent = nullptr);
    ~KeyVaultService() override;

    // --- ARM: vaults -------------------------------------------------------------------------------------
    /// `GET /subscriptions/{sub}/providers/Microsoft.KeyVault/vaults`
    AbstractJob *listVaults(const QString &subscriptionId, QObject *context, Done<QList<KeyVault>> done);
    /// `GET {vaultId}`
    AbstractJob *getVault(const QString &vaultId, QObject *context, Done<KeyVault> done);
    /// `PUT .../vaults/{name}` (200/201), then the vault as created. Fails with a Validation error if the
    /// name is invalid.
    AbstractJob *createVault(const NewVault &vault, QObject *context, Done<KeyVault> done);
    /// `PATCH {vaultId}` with the body of `fix` (see patchBody), answering with the updated vault.
    AbstractJob *applyFix(const QString &vaultId, VaultFix fix, QObject *context, Done<KeyVault> done);
    /// `PUT {vaultId}/accessPolicies/add` with one policy; answers with the vault read afterwards.
    AbstractJob *addAccessPolicy(const QString &vaultId, const KeyVaultAccessPolicy &policy, QObject *context,
                                 Done<KeyVault> done);
    /// `PUT {vaultId}/accessPolicies/remove` for the policy of `objectId` (the service matches tenant and
    /// object id); answers with the vault read afterwards.
    AbstractJob *removeAccessPolicy(const QString &vaultId, const KeyVaultAccessPolicy &policy,
                                    QObject *context, Done<KeyVault> done);

    // --- Data plane: keys (vaultUri from KeyVault::vaultUri) --------------------------------------------
    /// `GET {vaultUri}/keys?maxresults=25`, all pages. Items carry versionless ids and attributes only.
    AbstractJob *listKeys(const QUrl &vaultUri, QObject *context, Done<QList<KeyVaultKey>> done);
    /// `GET {vaultUri}/keys/{name}/versions`, all pages, newest first.
    AbstractJob *listKeyVersions(const QUrl &vaultUri, const QString &name, QObject *context,
                                 Done<QList<KeyVaultKey>> done);
    /// `GET {vaultUri}/keys/{name}[/{version}]` (the latest version when `id` is versionless).
    AbstractJob *getKey(const KeyVaultKeyId &id, QObject *context, Done<KeyVaultKey> done);
    /// `POST {vaultUri}/keys/{name}/create` with kty RSA, key_size 2048/3072/4096, key_ops wrapKey+unwrapKey.
    AbstractJob *createKey(const QUrl &vaultUri, const QString &name, int keySize, QObject *context,
                           Done<KeyVaultKey> done);
    /// `POST {vaultUri}/keys/{name}/rotate`: a new version; answers with it.
    AbstractJob *rotateKey(const QUrl &vaultUri, const QString &name, QObject *context,
                           Done<KeyVaultKey> done);
    /// `PATCH {vaultUri}/keys/{name}/{version}` with attributes.enabled.
    AbstractJob *setKeyEnabled(const KeyVaultKeyId &id, bool enabled, QObject *context,
                               Done<KeyVaultKey> done);

    // --- Pure helpers ------------------------------------------------------------------------------------
    QUrl vaultUrl(const QString &subscriptionId, const QString &resourceGroup, const QString &name) const;
    static Result<void> validateVaultName(const QString &name); ///< Validation error in plain words
    static Result<void> validateKeyName(const QString &name);   ///< 1–127 of [A-Za-z0-9-]
    static QJsonObject newVaultBody(const NewVault &vault);     ///< the PUT body
    /// The PATCH body of a fix; AllowTrustedServices needs the current vault to keep its other ACLs.
    static QJsonObject patchBody(VaultFix fix, const KeyVault &current);
    static QJsonObject
    accessPolicyBody(const KeyVaultAccessPolicy &policy); ///< {"properties":{"accessPolicies":[…]}}

    // The equivalent az CLI commands (names quoted for POSIX shells where needed).
    /// `az keyvault create --name N --resource-group G --location L --enable-rbac-authorization true
    ///  --enable-purge-protection true --retention-days 90`
    static QString azCreateVaultCommand(const NewVault &vault);
    /// `az keyvault update --name N --resource-group G --enable-purge-protection true` (and the others:
    /// --enable-soft-delete true, --bypass AzureServices, --public-network-access Enabled)
    static QString azFixCommand(const KeyVault &vault, VaultFix fix);
    /// `az keyvault set-policy --name N --resource-group G --object-id O --key-permissions get wrapKey
    /// unwrapKey`
    static QString azSetPolicyCommand(const KeyVault &vault, const KeyVaultAccessPolicy &policy);
    /// `az keyvault key create --vault-name N --name K --kty RSA --size 3072 --ops wrapKey unwrapKey`
    static QString azCreateKeyCommand(const QString &vaultName, const QString &keyName, int keySize);
    /// `az keyvault key rotate --vault-name N --name K`
    static QString azRotateKeyCommand(const QString &vaultName, const QString &keyName);

    /// The ARM URL of a vault id (`/subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.KeyVault/
    /// vaults/{name}`) plus `suffix` (e.g. "/accessPolicies/add"); empty when `vaultId` is not a vault id.
    QUrl vaultIdUrl(const QString &vaultId, const QString &suffix = {}) const;
    /// `{vaultUri}{path}?api-version=7.6` (scheme, host and port of vaultUri); empty unless vaultUri is
    /// https.
    static QUrl dataUrl(const QUrl &vaultUri, const QString &path);
    /// Whether the Key Vault token may go to `vaultUri`: in the public and sovereign clouds its host must end
    /// with the cloud's vault suffix (e.g. ".vault.azure.net"), as the Azure SDKs' challenge check demands; a
    /// custom cloud (the local one) serves vaults wherever its ARM says.
    bool isVaultHostOfThisCloud(const QUrl &vaultUri) const;

private:
    template <typename T>
    AbstractJob *failLater(QObject *context, const Done<T> &done, const ApiError &error);
    RestRequest armRequest(const QByteArray &method, const QUrl &url) const;
    RestRequest dataRequest(const QByteArray &method, const QUrl &url) const;
    /// dataUrl() after checking the address: a Validation error for a non-https or foreign vault address.
    Result<QUrl> keyUrl(const QUrl &vaultUri, const QString &path) const;
    AbstractJob *sendVaultRequest(const RestRequest &request, QObject *context, Done<KeyVault> done);
    AbstractJob *sendKeyRequest(const RestRequest &request, QObject *context, Done<KeyVaultKey> done);
    AbstractJob *listKeyItems(const RestRequest &request, bool newestFirst, QObject *context,
                              Done<QList<KeyVaultKey>> done);
    /// PUT `{vaultId}/accessPolicies/{kind}`, then GET the vault.
    AbstractJob *changeAccessPolicy(const QString &vaultId, const QString &kind,
                                    const KeyVaultAccessPolicy &policy, const QString &description,
                                    QObject *context, Done<KeyVault> done);

    QPointer<AzureSession> m_session;
};

} // namespace csc
