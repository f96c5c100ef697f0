// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "core/SqlRbac.h"

#include "core/ApiError.h"
#include "core/ConnectionProfile.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace csc {

namespace {

/// Translation context of this file's messages.
struct SqlRbacTr
{
    Q_DECLARE_TR_FUNCTIONS(csc::SqlRbac)
};

const QString kPrefix = QStringLiteral("Microsoft.DocumentDB/databaseAccounts/");

QString lastSegment(const QString &id)
{
    return id.section(u'/', -1, -1, QString::SectionSkipEmpty);
}

ApiError parseError(const QString &message)
{
    return ApiError::make(ApiError::Kind::Parse, message);
}

} // namespace

QStringList SqlRoleDefinition::knownDataActions()
{
    static const QStringList actions = [] {
        QStringList a;
        for (const char *s :
             {"readMetadata", "throughputSettings/read", "throughputSettings/write",
              "sqlDatabases/containers/items/create", "sqlDatabases/containers/items/read",
              "sqlDatabases/containers/items/replace", "sqlDatabases/containers/items/upsert",
              "sqlDatabases/containers/items/delete", "sqlDatabases/containers/executeQuery",
              "sqlDatabases/containers/readChangeFeed", "sqlDatabases/containers/executeStoredProcedure",
              "sqlDatabases/containers/manageConflicts", "sqlDatabases/containers/*",
              "sqlDatabases/containers/items/*"})
            a << kPrefix + QLatin1String(s);
        return a;
    }();
    return actions;
}

QString SqlRoleDefinition::describeDataAction(const QString &action)
{
    const QString a = action.startsWith(kPrefix, Qt::CaseInsensitive) ? action.mid(kPrefix.size()) : action;
    static const struct
    {
        const char *action;
        const char *text;
    } texts[] = {
        {"readMetadata",
         QT_TRANSLATE_NOOP("csc::SqlRbac", "Read account metadata (databases, containers, settings)")},
        {"throughputSettings/read", QT_TRANSLATE_NOOP("csc::SqlRbac", "Read throughput")},
        {"throughputSettings/write", QT_TRANSLATE_NOOP("csc::SqlRbac", "Change throughput")},
        {"sqlDatabases/containers/items/create", QT_TRANSLATE_NOOP("csc::SqlRbac", "Create items")},
        {"sqlDatabases/containers/items/read", QT_TRANSLATE_NOOP("csc::SqlRbac", "Read single items")},
        {"sqlDatabases/containers/items/replace", QT_TRANSLATE_NOOP("csc::SqlRbac", "Replace items")},
        {"sqlDatabases/containers/items/upsert", QT_TRANSLATE_NOOP("csc::SqlRbac", "Upsert items")},
        {"sqlDatabases/containers/items/delete", QT_TRANSLATE_NOOP("csc::SqlRbac", "Delete items")},
        {"sqlDatabases/containers/executeQuery", QT_TRANSLATE_NOOP("csc::SqlRbac", "Run queries")},
        {"sqlDatabases/containers/readChangeFeed", QT_TRANSLATE_NOOP("csc::SqlRbac", "Read the change feed")},
        {"sqlDatabases/containers/executeStoredProcedure",
         QT_TRANSLATE_NOOP("csc::SqlRbac", "Run stored procedures")},
        {"sqlDatabases/containers/manageConflicts", QT_TRANSLATE_NOOP("csc::SqlRbac", "Manage conflicts")},
        {"sqlDatabases/containers/*",
         QT_TRANSLATE_NOOP("csc::SqlRbac",
                           "Everything on containers: items, queries, change feed, procedures")},
        {"sqlDatabases/containers/items/*",
         QT_TRANSLATE_NOOP("csc::SqlRbac", "Everything on items: create, read, replace, upsert, delete")},
        {"*", QT_TRANSLATE_NOOP("csc::SqlRbac", "Every data action")},
    };
    for (const auto &t : texts) {
        if (a.compare(QLatin1String(t.action), Qt::CaseInsensitive) == 0)
            return QCoreApplication::translate("csc::SqlRbac", t.text);
    }
    return action;
}

bool SqlRoleDefinition::actionCovers(const QString &granted, const QString &action)
{
    if (granted.compare(action, Qt::CaseInsensitive) == 0)
        return true;
    if (!granted.endsWith(QLatin1String("/*")))
        return false;
    const QString stem = granted.left(granted.size() - 1); // keeps the trailing '/'
    return action.startsWith(stem, Qt::CaseInsensitive);
}

Result<SqlRoleDefinition> SqlRoleDefinition::fromJson(const QJsonObject &json)
{
    SqlRoleDefinition d;
    d.id = json.value(QLatin1String("id")).toString();
    if (d.id.isEmpty())
        return parseError(SqlRbacTr::tr("A role definition has no id."));
    d.name = json.value(QLatin1String("name")).toString();
    if (d.name.isEmpty())
        d.name = lastSegment(d.id);
    const QJsonObject p = json.value(QLatin1String("properties")).toObject();
    d.roleName = p.value(QLatin1String("roleName")).toString();
    d.builtIn = p.value(QLatin1String("type"))
                    .toString()
                    .compare(QLatin1String("BuiltInRole"), Qt::CaseInsensitive) == 0;
    for (const QJsonValue &s : p.value(QLatin1String("assignableScopes")).toArray())
        d.assignableScopes << s.toString();
    for (const QJsonValue &perm : p.value(QLatin1String("permissions")).toArray()) {
        for (const QJsonValue &a : perm.toObject().value(QLatin1String("dataActions")).toArray()) {
            if (!d.dataActions.contains(a.toString()))
                d.dataActions << a.toString();
        }
    }
    return d;
}

QJsonObject SqlRoleDefinition::toJson() const
{
    return QJsonObject{
        {QStringLiteral("properties"),
         QJsonObject{
             {QStringLiteral("roleName"), roleName},
             {QStringLiteral("type"), QStringLiteral("CustomRole")},
             {QStringLiteral("assignableScopes"), QJsonArray::fromStringList(assignableScopes)},
             {QStringLiteral("permissions"),
              QJsonArray{QJsonObject{{QStringLiteral("dataActions"), QJsonArray::fromStringList(dataActions)},
                                     {QStringLiteral("notDataActions"), QJsonArray{}}}}}}}};
}

Result<void> SqlRoleDefinition::validate(const QString &accountId) const
{
    if (roleName.trimmed().isEmpty())
        return ApiError::validation(SqlRbacTr::tr("Enter a name for the role."));
    if (roleName.size() > 255)
        return ApiError::validation(SqlRbacTr::tr("The role name is longer than 255 characters."));
    if (!ConnectionProfile::isGuid(name))
        return ApiError::validation(SqlRbacTr::tr("The role definition id must be a GUID."));
    if (dataActions.isEmpty())
        return ApiError::validation(SqlRbacTr::tr("Choose at least one data action."));
    const QStringList known = knownDataActions();
    for (const QString &a : dataActions) {
        if (!known.contains(a, Qt::CaseInsensitive))
            return ApiError::validation(SqlRbacTr::tr("“%1” is not a Cosmos DB data action.").arg(a));
    }
    if (assignableScopes.isEmpty())
        return ApiError::validation(SqlRbacTr::tr("Choose where the role may be assigned."));
    for (const QString &s : assignableScopes) {
        if (SqlScope::relative(accountId, s).isEmpty())
            return ApiError::validation(SqlRbacTr::tr("The scope “%1” is not inside this account.").arg(s));
    }
    return {};
}

Result<SqlRoleAssignment> SqlRoleAssignment::fromJson(const QJsonObject &json)
{
    SqlRoleAssignment a;
    a.id = json.value(QLatin1String("id")).toString();
    if (a.id.isEmpty())
        return parseError(SqlRbacTr::tr("A role assignment has no id."));
    a.name = json.value(QLatin1String("name")).toString();
    if (a.name.isEmpty())
        a.name = lastSegment(a.id);
    const QJsonObject p = json.value(QLatin1String("properties")).toObject();
    a.roleDefinitionId = p.value(QLatin1String("roleDefinitionId")).toString();
    a.scope = p.value(QLatin1String("scope")).toString();
    a.principalId = p.value(QLatin1String("principalId")).toString();
    return a;
}

QJsonObject SqlRoleAssignment::toJson() const
{
    return QJsonObject{
        {QStringLiteral("properties"), QJsonObject{{QStringLiteral("roleDefinitionId"), roleDefinitionId},
                                                   {QStringLiteral("scope"), scope},
                                                   {QStringLiteral("principalId"), principalId}}}};
}

Result<void> SqlRoleAssignment::validate(const QString &accountId) const
{
    if (!ConnectionProfile::isGuid(name))
        return ApiError::validation(SqlRbacTr::tr("The role assignment id must be a GUID."));
    if (!ConnectionProfile::isGuid(principalId))
        return ApiError::validation(
            SqlRbacTr::tr("The principal must be the object id (a GUID) of a user, group, service "
                          "principal or managed identity in Microsoft Entra ID."));
    if (SqlScope::relative(accountId, roleDefinitionId).isEmpty() ||
        !roleDefinitionId.contains(QLatin1String("/sqlRoleDefinitions/"), Qt::CaseInsensitive))
        return ApiError::validation(SqlRbacTr::tr("Choose a role definition of this account."));
    if (SqlScope::relative(accountId, scope).isEmpty())
        return ApiError::validation(
            SqlRbacTr::tr("Choose the account, a database or a container as the scope."));
    return {};
}

QString SqlScope::absolute(const QString &accountId, const QString &relative)
{
    QString r = relative.trimmed();
    while (r.endsWith(u'/'))
        r.chop(1);
    if (r.isEmpty())
        return accountId;
    if (!r.startsWith(u'/'))
        r.prepend(u'/');
    return accountId + r;
}

QString SqlScope::relative(const QString &accountId, const QString &scope)
{
    if (accountId.isEmpty() || !scope.startsWith(accountId, Qt::CaseInsensitive))
        return {};
    QString rest = scope.mid(accountId.size());
    while (rest.endsWith(u'/'))
        rest.chop(1);
    if (rest.isEmpty())
        return QStringLiteral("/");
    if (!rest.startsWith(u'/'))
        return {}; // a longer account name with the same prefix
    const QStringList parts = rest.mid(1).split(u'/');
    const bool dbScope = parts.size() == 2 && parts.at(0) == QLatin1String("dbs") && !parts.at(1).isEmpty();
    const bool collScope = parts.size() == 4 && parts.at(0) == QLatin1String("dbs") &&
                           !parts.at(1).isEmpty() && parts.at(2) == QLatin1String("colls") &&
                           !parts.at(3).isEmpty();
    const bool definition =
        parts.size() == 2 &&
        (parts.at(0).compare(QLatin1String("sqlRoleDefinitions"), Qt::CaseInsensitive) == 0 ||
         parts.at(0).compare(QLatin1String("sqlRoleAssignments"), Qt::CaseInsensitive) == 0);
    return dbScope || collScope || definition ? rest : QString();
}

QString SqlScope::describe(const QString &accountId, const QString &scope)
{
    const QString r = relative(accountId, scope);
    if (r == QLatin1String("/"))
        return SqlRbacTr::tr("the whole account");
    const QStringList parts = r.mid(1).split(u'/');
    if (parts.size() == 2 && parts.at(0) == QLatin1String("dbs"))
        return SqlRbacTr::tr("database “%1”").arg(parts.at(1));
    if (parts.size() == 4)
        return SqlRbacTr::tr("container “%1” in database “%2”").arg(parts.at(3), parts.at(1));
    return scope;
}

bool SqlScope::covers(const QString &outer, const QString &inner)
{
    if (inner.compare(outer, Qt::CaseInsensitive) == 0)
        return true;
    return inner.startsWith(outer + u'/', Qt::CaseInsensitive);
}

} // namespace csc
