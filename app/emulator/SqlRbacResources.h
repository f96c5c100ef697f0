// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "emulator/ArmCall.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace csc::emu {

/**
 * @brief Cosmos DB data-plane RBAC as the Cosmos resource provider keeps it: `sqlRoleDefinitions` and
 * `sqlRoleAssignments` of an account (rbac.json, api-version 2025-10-15), and how they grant data actions.
 *
 * Every account has the two built-in definitions (Built-in Data Reader `...0001`, Built-in Data Contributor
 * `...0002`, type BuiltInRole, assignable at the account); they are not stored and cannot be changed or
 * deleted. Custom definitions and assignments are stored with the account's resources in SQLite (Store's
 * data-resource table, parent "", types `sqlRoleDefinitions` / `sqlRoleAssignments`, the GUID in lower case
 * as id, the `properties` object as body), one transaction per change.
 *
 * Scopes are full ARM ids: the account id, optionally followed by `/dbs/{db}` or `/dbs/{db}/colls/{coll}`.
 * The account part compares case-insensitively (ARM), database and container names case-sensitively (Cosmos
 * ids).
 */
namespace SqlRbac {

inline constexpr auto kDataReaderId = "00000000-0000-0000-0000-000000000001";
inline constexpr auto kDataContributorId = "00000000-0000-0000-0000-000000000002";
inline constexpr auto kDefinitionsType = "Microsoft.DocumentDB/databaseAccounts/sqlRoleDefinitions";
inline constexpr auto kAssignmentsType = "Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments";

/// The ARM id of an account (`/subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.DocumentDB/
/// databaseAccounts/{name}`).
QString accountId(const CosmosAccount &account);
/// Every data action a definition may list (full names), including the two wildcards
/// `.../sqlDatabases/containers/*` and `.../sqlDatabases/containers/items/*`.
const QStringList &knownDataActions();
/// Whether `granted` (an action, or a wildcard ending in `/*`) covers `action`; case-insensitive.
bool dataActionCovers(const QString &granted, const QString &action);
/// Whether `guid` is a GUID (8-4-4-4-12 hex digits, no braces).
bool isGuid(const QString &guid);
/// `scope` relative to the account: "" for the account itself, "dbs/{db}" or "dbs/{db}/colls/{coll}";
/// std::nullopt when the scope is not the account or a database or container inside it.
std::optional<QString> relativeScope(const QString &accountId, const QString &scope);
/// Whether the relative scope `outer` ("" = account, "dbs/x", "dbs/x/colls/y") contains `inner`.
bool relativeScopeCovers(const QString &outer, const QString &inner);

/// The role definitions of an account (built-ins first, then custom ones in creation order) as ARM renders
/// them.
QList<QJsonObject> roleDefinitions(const Store &store, const CosmosAccount &account);
std::optional<QJsonObject> roleDefinition(const Store &store, const CosmosAccount &account,
                                          const QString &guid);
QList<QJsonObject> roleAssignments(const Store &store, const CosmosAccount &account);
std::optional<QJsonObject> roleAssignment(const Store &store, const CosmosAccount &account,
                                          const QString &guid);

/// The data actions (as listed in the definitions, wildcards kept) granted to `principalId` (an Entra object
/// id) on the data-plane resource `resourceLink` of the account (`""` or `/` for the account, `dbs/{db}`,
/// `dbs/{db}/colls/{coll}`, or anything below a container such as `dbs/{db}/colls/{coll}/docs/{id}`): the
/// union over the principal's assignments whose scope contains the resource.
QStringList allowedDataActions(const Store &store, const QString &accountName, const QString &principalId,
                               const QString &resourceLink);
/// Whether one of those covers `dataAction` (full name, e.g.
/// `Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/items/read`).
bool isDataActionAllowed(const Store &store, const QString &accountName, const QString &principalId,
                         const QString &dataAction, const QString &resourceLink);

} // namespace SqlRbac

/**
 * @brief The ARM side of SqlRbac: `GET {account}/sqlRoleDefinitions[/{id}]`, `PUT|DELETE
 * {account}/sqlRoleDefinitions/{id}` and the same for `sqlRoleAssignments`, validated like the Cosmos RP,
 * authorized with Azure RBAC (`.../sqlRoleDefinitions/read|write|delete`, `.../sqlRoleAssignments/...`).
 * PUT and DELETE are long-running operations of CosmosOperations (202 + Azure-AsyncOperation + Location);
 * the change is validated again and applied when the operation completes.
 */
namespace SqlRbacResources {

inline constexpr auto kPutDefinition = "sqlRoleDefinitionPut";
inline constexpr auto kDeleteDefinition = "sqlRoleDefinitionDelete";
inline constexpr auto kPutAssignment = "sqlRoleAssignmentPut";
inline constexpr auto kDeleteAssignment = "sqlRoleAssignmentDelete";

/// Whether `target.rest` (`{account}/{collection}[/{id}]`) names one of these sub-resources.
bool handles(const ArmTarget &target);
/// Answers the call (CosmosAccountsProvider dispatches here when handles() is true).
void handle(const ArmCall &call, const ArmTarget &target);

/// Whether an ArmOperation kind belongs to this file.
bool isOperationKind(const QString &kind);
/// Applies a completed operation's change (inside the operation's transaction); an error with `code` set
/// when it is no longer valid.
Result<void> applyOperation(const EmuContext &ctx, const ArmOperation &op);
/// The operationResults body of a completed PUT (the resource); std::nullopt for DELETE.
std::optional<QJsonObject> operationResult(const EmuContext &ctx, const ArmOperation &op);

} // namespace SqlRbacResources

} // namespace csc::emu
