// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "emulator/ArmCall.h"

#include <QJsonObject>

#include <optional>

namespace csc::emu {

/**
 * @brief Microsoft.ManagedIdentity/userAssignedIdentities on ARM (api-versions 2023-01-31 and
 * 2023-07-31-preview): PUT (create or update location/tags), PATCH (tags), GET, DELETE, list by resource
 * group and subscription, authorized with Azure RBAC (403 AuthorizationFailed as ARM answers). Creating an
 * identity registers its service principal (principalId = object id, clientId = application id) in the
 * tenant, so role assignments and Key Vault access policies can name it; deleting it removes the principal.
 */
class ManagedIdentitiesProvider : public ArmProvider
{
public:
    QString providerNamespace() const override { return QStringLiteral("Microsoft.ManagedIdentity"); }
    QString resourceType() const override { return QStringLiteral("userAssignedIdentities"); }
    const QStringList &apiVersions() const override;
    void handle(const ArmCall &call, const ArmTarget &target) override;

    static constexpr auto kType = "Microsoft.ManagedIdentity/userAssignedIdentities";
    static constexpr auto kActionRead = "Microsoft.ManagedIdentity/userAssignedIdentities/read";
    static constexpr auto kActionWrite = "Microsoft.ManagedIdentity/userAssignedIdentities/write";
    static constexpr auto kActionDelete = "Microsoft.ManagedIdentity/userAssignedIdentities/delete";
    /// What attaching the identity to another resource needs on the identity (a linked authorization).
    static constexpr auto kActionAssign = "Microsoft.ManagedIdentity/userAssignedIdentities/assign/action";

    /// 3-128 characters: letters, digits, hyphens and underscores, starting with a letter or digit.
    static bool isValidName(const QString &name);
    static QString idOf(const ManagedIdentity &identity);
    /// The ARM JSON of an identity for an api-version.
    static QJsonObject render(const ManagedIdentity &identity, const QString &apiVersion);
    /// The identity a resource id (`/subscriptions/{s}/resourceGroups/{rg}/providers/
    /// Microsoft.ManagedIdentity/userAssignedIdentities/{name}`, case-insensitive) names; nullopt when the id
    /// is malformed or the identity does not exist. `wellFormed` tells which.
    static std::optional<ManagedIdentity> byId(const Store &store, const QString &resourceId,
                                               bool *wellFormed = nullptr);

private:
    void list(const ArmCall &call, const ArmTarget &target);
    void identity(const ArmCall &call, const ArmTarget &target, const QString &name);
};

} // namespace csc::emu
