// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "emulator/Store.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace csc::emu {

/// An Azure role definition (control-plane part).
struct RoleDefinition
{
    QString id; ///< GUID
    QString roleName;
    QString description;
    QStringList actions;
    QStringList notActions;
    QStringList dataActions = {};    ///< data-plane actions (Key Vault, ...)
    QStringList notDataActions = {}; ///< data-plane actions excluded from dataActions
};

/**
 * @brief Azure RBAC as ARM evaluates it: a principal may perform an action at a scope when one of its role
 * assignments sits at that scope or above it and the assigned role's Actions match the action while its
 * NotActions do not (wildcards `*`, case-insensitive). Built-in roles carry their real GUIDs and permissions.
 */
namespace Rbac {

namespace RoleIds {
inline constexpr auto Owner = "8e3af657-a8ff-443c-a75c-2fe8c4bcb635";
inline constexpr auto Contributor = "b24988ac-6180-42a0-ab88-20f7382dd24c";
inline constexpr auto Reader = "acdd72a7-3385-48ef-bd42-f606fba81ae7";
inline constexpr auto DocumentDbAccountContributor = "5bd9cd88-fe45-4216-938b-f97437e15450";
inline constexpr auto CosmosDbAccountReader = "fbdf93bf-df7d-467e-a4d2-9458aa1360c8";
inline constexpr auto CosmosDbOperator = "230815da-be43-4aae-9cb4-875f7bd000aa";
inline constexpr auto UserAccessAdministrator = "18d7d88d-d35e-4fb5-a5c3-7773c4a72d9d";
inline constexpr auto KeyVaultAdministrator = "00482a5a-887f-4fb3-b363-3b7fe8e74483";
inline constexpr auto KeyVaultContributor = "f25e0fa2-a7c8-4377-a976-54943a77a395";
inline constexpr auto KeyVaultCryptoOfficer = "14b46e9e-c2b7-41b4-b07b-48a6ebf60603";
inline constexpr auto KeyVaultCryptoUser = "12338af0-0e69-4776-bea7-57ae8d297424";
inline constexpr auto KeyVaultCryptoServiceEncryptionUser = "e147488a-f6f5-4113-8e2d-b22465e65bf6";
inline constexpr auto KeyVaultReader = "21090545-7ca7-4776-b22c-e363652d74d2";
inline constexpr auto KeyVaultSecretsUser = "4633458b-17de-408a-b874-0445c86b69e6";
} // namespace RoleIds

const QList<RoleDefinition> &builtInRoles();
/// By GUID or by role name (case-insensitive).
std::optional<RoleDefinition> builtInRole(const QString &idOrName);

/// `pattern` from Actions/NotActions (with `*` wildcards) against a concrete action, case-insensitive.
bool actionMatches(const QString &pattern, const QString &action);
/// Whether `assignmentScope` is `scope` or one of its ancestors (segment-wise, case-insensitive).
bool scopeCovers(const QString &assignmentScope, const QString &scope);
/// Does the role allow the action?
bool roleAllows(const RoleDefinition &role, const QString &action);
/// Evaluates the principal's assignments for `action` at `scope`.
bool isAllowed(const QList<RoleAssignment> &assignments, const QString &action, const QString &scope);
/// Does the role allow the data action (DataActions minus NotDataActions)?
bool roleAllowsData(const RoleDefinition &role, const QString &dataAction);
/// Evaluates the principal's assignments for a data action (Key Vault keys ...) at `scope`.
bool isDataActionAllowed(const QList<RoleAssignment> &assignments, const QString &dataAction,
                         const QString &scope);
/// The role definition GUID of `/subscriptions/{s}/providers/Microsoft.Authorization/roleDefinitions/{guid}`
/// (or a bare GUID); empty when it is neither.
QString roleDefinitionGuid(const QString &roleDefinitionId);
/// ARM's 403 AuthorizationFailed message.
QString authorizationFailedMessage(const QString &objectId, const QString &action, const QString &scope);

} // namespace Rbac

} // namespace csc::emu
