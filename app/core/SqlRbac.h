// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace csc {

/**
 * @brief A Cosmos DB data-plane role definition (`{account}/sqlRoleDefinitions/{guid}`): the data actions it
 * grants and where it may be assigned. Plain value type.
 */
struct SqlRoleDefinition
{
    QString id;   ///< full ARM id
    QString name; ///< the GUID (last segment)
    QString roleName;
    bool builtIn = false;         ///< `type` BuiltInRole (else CustomRole)
    QStringList assignableScopes; ///< full ARM ids (account, account/dbs/x, account/dbs/x/colls/y)
    QStringList dataActions;      ///< of every `permissions[]` entry, in order, without duplicates

    static Result<SqlRoleDefinition> fromJson(const QJsonObject &json);
    /// PUT body (`properties` with roleName, type CustomRole, assignableScopes, permissions[0].dataActions).
    QJsonObject toJson() const;
    /// Name, actions (each a known action or a wildcard of one) and scopes (inside `accountId`) are valid.
    Result<void> validate(const QString &accountId) const;

    /// The built-in definitions' GUIDs.
    static QString dataReaderId() { return QStringLiteral("00000000-0000-0000-0000-000000000001"); }
    static QString dataContributorId() { return QStringLiteral("00000000-0000-0000-0000-000000000002"); }
    /// Every data action Cosmos DB knows, full names (Microsoft.DocumentDB/databaseAccounts/...).
    static QStringList knownDataActions();
    /// Plain words for one data action or wildcard ("Read items"), translated; the action itself if unknown.
    static QString describeDataAction(const QString &action);
    /// Whether `granted` (possibly a wildcard ending in /*) covers `action`.
    static bool actionCovers(const QString &granted, const QString &action);
};

/**
 * @brief A data-plane role assignment (`{account}/sqlRoleAssignments/{guid}`): a principal (Entra object
 * id) holds a role definition at a scope. Plain value type.
 */
struct SqlRoleAssignment
{
    QString id;               ///< full ARM id
    QString name;             ///< the GUID
    QString roleDefinitionId; ///< full ARM id of the definition
    QString scope;            ///< full ARM id (account, account/dbs/x, account/dbs/x/colls/y)
    QString principalId;      ///< Entra object id

    static Result<SqlRoleAssignment> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    Result<void> validate(const QString &accountId) const;
};

/// Data-plane scopes: the account id, optionally with /dbs/{db} or /dbs/{db}/colls/{container}.
namespace SqlScope {
/// `accountId` + relative ("/", "/dbs/x", "/dbs/x/colls/y", or "" for the account).
QString absolute(const QString &accountId, const QString &relative);
/// The part after the account id ("/" for the account itself); empty if `scope` is not inside the account.
QString relative(const QString &accountId, const QString &scope);
/// Translated: "the whole account", "database “x”", "container “y” in database “x”".
QString describe(const QString &accountId, const QString &scope);
/// Whether `outer` contains `inner` (equal or an ancestor), both full ids, case-insensitive.
bool covers(const QString &outer, const QString &inner);
} // namespace SqlScope

} // namespace csc

Q_DECLARE_METATYPE(csc::SqlRoleDefinition)
Q_DECLARE_METATYPE(csc::SqlRoleAssignment)
