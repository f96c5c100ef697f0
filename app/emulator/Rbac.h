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
/// ARM's 403 AuthorizationFailed message.
QString authorizationFailedMessage(const QString &objectId, const QString &action, const QString &scope);

} // namespace Rbac

} // namespace csc::emu
