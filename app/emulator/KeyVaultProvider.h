// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "emulator/ArmCall.h"

#include <QJsonObject>

namespace csc::emu {

/**
 * @brief Microsoft.KeyVault/vaults on ARM (keyvault-cmk.md §1): PUT (create / replace), GET, LIST by resource
 * group and subscription, PATCH, DELETE, and `PUT .../accessPolicies/{add|replace|remove}`, authorized with
 * Azure RBAC (Microsoft.KeyVault/vaults/read, write, delete, accessPolicies/write). Validated like the Key
 * Vault RP: name 3-24 alphanumerics and dashes, tenantId and sku required, softDeleteRetentionInDays 7-90 and
 * fixed after creation, soft delete and purge protection irreversible, access policies (at most 1024,
 * permission strings checked), networkAcls and publicNetworkAccess. `properties.vaultUri` is the vault's live
 * data-plane listener (EmuContext::vaultUriOf). Deleted vaults are removed with their keys (no soft-deleted
 * vaults).
 */
class KeyVaultProvider : public ArmProvider
{
public:
    QString providerNamespace() const override { return QStringLiteral("Microsoft.KeyVault"); }
    QString resourceType() const override { return QStringLiteral("vaults"); }
    const QStringList &apiVersions() const override;
    void handle(const ArmCall &call, const ArmTarget &target) override;

    static constexpr auto kVaultsType = "Microsoft.KeyVault/vaults";
    static constexpr auto kActionRead = "Microsoft.KeyVault/vaults/read";
    static constexpr auto kActionWrite = "Microsoft.KeyVault/vaults/write";
    static constexpr auto kActionDelete = "Microsoft.KeyVault/vaults/delete";
    static constexpr auto kActionAccessPolicies = "Microsoft.KeyVault/vaults/accessPolicies/write";

    /// Whether `name` is a valid vault name (3-24 characters, letters, digits and single dashes, starts with
    /// a letter, ends with a letter or digit).
    static bool isValidName(const QString &name);
    /// The valid key permission strings of access policies (lower case).
    static const QStringList &keyPermissions();
    /// The ARM JSON of a stored vault.
    static QJsonObject render(const KeyVault &vault, const EmuContext &ctx);
    /// The ARM id of a vault.
    static QString idOf(const KeyVault &vault);
    /// The vault resource after a PUT (`existing` null = create) or PATCH body, or a 400 error (code set).
    static Result<QJsonObject> apply(const KeyVault *existing, const QJsonObject &body, bool patch,
                                     const QString &subscriptionTenant);
    /// Validates one access policy entry; the error message names `path` (e.g. `accessPolicies[0]`).
    static Result<QJsonObject> validateAccessPolicy(const QJsonValue &entry, const QString &path);

private:
    void list(const ArmCall &call, const ArmTarget &target);
    void vault(const ArmCall &call, const ArmTarget &target, const QString &name);
    void accessPolicies(const ArmCall &call, const ArmTarget &target, const QString &name,
                        const QString &kind);
};

} // namespace csc::emu
