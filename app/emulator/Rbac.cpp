// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "emulator/Rbac.h"

#include <QRegularExpression>

namespace csc::emu::Rbac {

const QList<RoleDefinition> &builtInRoles()
{
    // Actions/NotActions as published in the Azure built-in roles reference.
    static const QList<RoleDefinition> roles{
        {QLatin1String(RoleIds::Owner),
         QStringLiteral("Owner"),
         QStringLiteral(
             "Grants full access to manage all resources, including the ability to assign roles in Azure "
             "RBAC."),
         {QStringLiteral("*")},
         {}},
        {QLatin1String(RoleIds::Contributor),
         QStringLiteral("Contributor"),
         QStringLiteral(
             "Grants full access to manage all resources, but does not allow you to assign roles in Azure "
             "RBAC, manage assignments in Azure Blueprints, or share image galleries."),
         {QStringLiteral("*")},
         {QStringLiteral("Microsoft.Authorization/*/Delete"),
          QStringLiteral("Microsoft.Authorization/*/Write"),
          QStringLiteral("Microsoft.Authorization/elevateAccess/Action"),
          QStringLiteral("Microsoft.Blueprint/blueprintAssignments/write"),
          QStringLiteral("Microsoft.Blueprint/blueprintAssignments/delete"),
          QStringLiteral("Microsoft.Compute/galleries/share/action"),
          QStringLiteral("Microsoft.Purview/consents/write"),
          QStringLiteral("Microsoft.Purview/consents/delete")}},
        {QLatin1String(RoleIds::Reader),
         QStringLiteral("Reader"),
         QStringLiteral("View all resources, but does not allow you to make any changes."),
         {QStringLiteral("*/read")},
         {}},
        {QLatin1String(RoleIds::DocumentDbAccountContributor),
         QStringLiteral("DocumentDB Account Contributor"),
         QStringLiteral(
             "Can manage Azure Cosmos DB accounts. Azure Cosmos DB is formerly known as DocumentDB."),
         {QStringLiteral("Microsoft.Authorization/*/read"),
          QStringLiteral("Microsoft.DocumentDb/databaseAccounts/*"),
          QStringLiteral("Microsoft.Insights/alertRules/*"),
          QStringLiteral("Microsoft.Resources/deployments/*"),
          QStringLiteral("Microsoft.Resources/subscriptions/resourceGroups/read"),
          QStringLiteral("Microsoft.Support/*"),
          QStringLiteral("Microsoft.Network/virtualNetworks/subnets/joinViaServiceEndpoint/action")},
         {}},
        {QLatin1String(RoleIds::CosmosDbAccountReader),
         QStringLiteral("Cosmos DB Account Reader Role"),
         QStringLiteral("Can read Azure Cosmos DB account data."),
         {QStringLiteral("Microsoft.Authorization/*/read"), QStringLiteral("Microsoft.DocumentDB/*/read"),
          QStringLiteral("Microsoft.DocumentDB/databaseAccounts/readonlykeys/action"),
          QStringLiteral("Microsoft.Insights/MetricDefinitions/read"),
          QStringLiteral("Microsoft.Insights/Metrics/read"),
          QStringLiteral("Microsoft.Resources/subscriptions/resourceGroups/read"),
          QStringLiteral("Microsoft.Support/*")},
         {}},
        {QLatin1String(RoleIds::CosmosDbOperator),
         QStringLiteral("Cosmos DB Operator"),
         QStringLiteral(
             "Lets you manage Azure Cosmos DB accounts, but not access data in them. Prevents access to "
             "account keys and connection strings."),
         {QStringLiteral("Microsoft.DocumentDb/databaseAccounts/*"),
          QStringLiteral("Microsoft.Insights/alertRules/*"), QStringLiteral("Microsoft.Authorization/*/read"),
          QStringLiteral("Microsoft.ResourceHealth/availabilityStatuses/read"),
          QStringLiteral("Microsoft.Resources/deployments/*"),
          QStringLiteral("Microsoft.Resources/subscriptions/resourceGroups/read"),
          QStringLiteral("Microsoft.Support/*"),
          QStringLiteral("Microsoft.Network/virtualNetworks/subnets/joinViaServiceEndpoint/action")},
         {QStringLiteral("Microsoft.DocumentDB/databaseAccounts/readonlyKeys/*"),
          QStringLiteral("Microsoft.DocumentDB/databaseAccounts/regenerateKey/*"),
          QStringLiteral("Microsoft.DocumentDB/databaseAccounts/listKeys/*"),
          QStringLiteral("Microsoft.DocumentDB/databaseAccounts/listConnectionStrings/*")}},
    };
    return roles;
}

std::optional<RoleDefinition> builtInRole(const QString &idOrName)
{
    for (const RoleDefinition &r : builtInRoles()) {
        if (r.id.compare(idOrName, Qt::CaseInsensitive) == 0 ||
            r.roleName.compare(idOrName, Qt::CaseInsensitive) == 0)
            return r;
    }
    return std::nullopt;
}

bool actionMatches(const QString &pattern, const QString &action)
{
    if (pattern == QLatin1String("*"))
        return true;
    if (!pattern.contains(u'*'))
        return pattern.compare(action, Qt::CaseInsensitive) == 0;
    QString rx = QRegularExpression::escape(pattern);
    rx.replace(QLatin1String("\\*"), QLatin1String(".*"));
    const QRegularExpression re(QRegularExpression::anchoredPattern(rx),
                                QRegularExpression::CaseInsensitiveOption);
    return re.match(action).hasMatch();
}

bool scopeCovers(const QString &assignmentScope, const QString &scope)
{
    const auto norm = [](const QString &s) {
        QString t = s.trimmed();
        while (t.endsWith(u'/'))
            t.chop(1);
        return t.isEmpty() ? QStringLiteral("/") : t;
    };
    const QString a = norm(assignmentScope);
    const QString s = norm(scope);
    if (a == QLatin1String("/"))
        return true;
    if (s.compare(a, Qt::CaseInsensitive) == 0)
        return true;
    return s.size() > a.size() && s.startsWith(a, Qt::CaseInsensitive) && s.at(a.size()) == u'/';
}

bool roleAllows(const RoleDefinition &role, const QString &action)
{
    bool allowed = false;
    for (const QString &p : role.actions) {
        if (actionMatches(p, action)) {
            allowed = true;
            break;
        }
    }
    if (!allowed)
        return false;
    for (const QString &p : role.notActions) {
        if (actionMatches(p, action))
            return false;
    }
    return true;
}

bool isAllowed(const QList<RoleAssignment> &assignments, const QString &action, const QString &scope)
{
    for (const RoleAssignment &a : assignments) {
        if (!scopeCovers(a.scope, scope))
            continue;
        const auto role = builtInRole(a.roleDefinitionId);
        if (role && roleAllows(*role, action))
            return true;
    }
    return false;
}

QString authorizationFailedMessage(const QString &objectId, const QString &action, const QString &scope)
{
    return QStringLiteral(
               "The client '%1' with object id '%1' does not have authorization to perform action '%2' "
               "over scope '%3' or the scope is invalid. If access was recently granted, please refresh "
               "your credentials.")
        .arg(objectId, action, scope);
}

} // namespace csc::emu::Rbac
