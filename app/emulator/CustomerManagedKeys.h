// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Result.h"
#include "emulator/EmuContext.h"
#include "emulator/Store.h"

#include <QJsonObject>

namespace csc::emu {

/**
 * @brief Managed identities and customer-managed keys of Cosmos DB accounts as the Cosmos RP validates them
 * (keyvault-cmk.md §3): the `identity` block (None, SystemAssigned, UserAssigned, "SystemAssigned,
 * UserAssigned"; user-assigned identities must exist), `defaultIdentity` (FirstPartyIdentity,
 * SystemAssignedIdentity, UserAssignedIdentity=<id> only for an identity the account has), and
 * `keyVaultKeyUri` (URI form, vault exists with soft delete and purge protection, key exists, is enabled, RSA
 * with wrapKey/unwrapKey, and the default identity may get, wrap and unwrap with it, checked through the
 * vault's data plane in-process as that identity, a trusted Azure service). Errors are 400 BadRequest with
 * Cosmos's CMK substatus names (4002, 4003, 4006, 4015, 4017) in the message.
 */
namespace CustomerManagedKeys {

/// The "Azure Cosmos DB" first-party application (public Azure), the FirstPartyIdentity.
inline constexpr auto kFirstPartyAppId = "a232010e-820c-4083-83bb-3ace5fc29d0b";
/// properties.customerManagedKeyStatus when the key was reached with the default identity.
inline constexpr auto kAccessConfirmed = "Access to the configured customer managed key confirmed.";

/// The key an account uses: vault, key name and the version in use.
struct KeyInUse
{
    QString vault;
    QString name;
    QString version;
};

/// Checks `after` (the account resource once `patch` is applied to `before`) and completes it: user-assigned
/// identities get the principalId/clientId of their resources; with a customer-managed key whose URI or
/// default identity changed, keyVaultKeyUriVersion and customerManagedKeyStatus are set after the key was
/// reached. A 400 error when the update is not acceptable.
Result<QJsonObject> resolve(const EmuContext &ctx, const CosmosAccount &before, QJsonObject after,
                            const QJsonObject &patch, const QString &tenantId);

/// The object id of the principal `defaultIdentity` stands for on `resource` (an account resource).
Result<QString> defaultPrincipal(const EmuContext &ctx, const QJsonObject &resource, const QString &tenantId);

/// The vault, key name and version (empty when versionless) a key URI names; a 400 error with
/// InvalidKeyVaultKeyURI (4006) or KeyVaultNotFound (4017) when it names none of this cloud.
Result<KeyInUse> locateKey(const EmuContext &ctx, const QString &keyUri);

/// Checks the key behind `keyUri` for Cosmos DB as `objectId` (see the namespace description).
Result<KeyInUse> checkKey(const EmuContext &ctx, const QString &keyUri, const QString &objectId);

/// Registers the service principal of a system-assigned identity that appears in `after` and removes the one
/// that disappears (call inside the transaction that stores the account).
Result<void> syncPrincipals(const EmuContext &ctx, const QJsonObject &beforeIdentity,
                            const QJsonObject &afterIdentity, const QString &tenantId,
                            const QString &accountName);

} // namespace CustomerManagedKeys

} // namespace csc::emu
