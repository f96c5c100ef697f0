// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "emulator/RoleAssignmentsProvider.h"

#include "core/Clock.h"
#include "emulator/ArmErrors.h"
#include "emulator/Rbac.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

namespace csc::emu {

namespace {

const QString kRead = QStringLiteral("Microsoft.Authorization/roleAssignments/read");
const QString kWrite = QStringLiteral("Microsoft.Authorization/roleAssignments/write");
const QString kDelete = QStringLiteral("Microsoft.Authorization/roleAssignments/delete");

bool isGuid(const QString &s)
{
    return s.size() == 36 && !QUuid::fromString(s).isNull();
}

QString normScope(QString s)
{
    while (s.size() > 1 && s.endsWith(u'/'))
        s.chop(1);
    return s;
}

QString subscriptionOf(const QString &scope)
{
    const QStringList seg = scope.split(u'/', Qt::SkipEmptyParts);
    return seg.size() >= 2 && seg[0].compare(QLatin1String("subscriptions"), Qt::CaseInsensitive) == 0
               ? seg[1]
               : QString();
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

const QStringList &RoleAssignmentsProvider::apiVersions() const
{
    static const QStringList versions{QStringLiteral("2022-04-01"), QStringLiteral("2022-01-01-preview"),
                                      QStringLiteral("2020-10-01-preview"),
                                      QStringLiteral("2020-04-01-preview"), QStringLiteral("2015-07-01")};
    return versions;
}

QJsonObject RoleAssignmentsProvider::render(const RoleAssignment &a)
{
    const QString sub = subscriptionOf(a.scope);
    const QString created = isoTime(a.createdMs > 0 ? a.createdMs : 0);
    return QJsonObject{
        {QStringLiteral("properties"),
         QJsonObject{
             {QStringLiteral("roleDefinitionId"),
              (sub.isEmpty() ? QString() : QStringLiteral("/subscriptions/") + sub) +
                  QStringLiteral("/providers/Microsoft.Authorization/roleDefinitions/") + a.roleDefinitionId},
             {QStringLiteral("principalId"), a.principalId},
             {QStringLiteral("principalType"), a.principalType},
             {QStringLiteral("scope"), a.scope},
             {QStringLiteral("condition"), QJsonValue::Null},
             {QStringLiteral("conditionVersion"), QJsonValue::Null},
             {QStringLiteral("createdOn"), created},
             {QStringLiteral("updatedOn"), created},
             {QStringLiteral("createdBy"),
              a.createdBy.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(a.createdBy)},
             {QStringLiteral("updatedBy"),
              a.createdBy.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(a.createdBy)},
             {QStringLiteral("delegatedManagedIdentityResourceId"), QJsonValue::Null},
             {QStringLiteral("description"),
              a.description.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(a.description)},
         }},
        {QStringLiteral("id"),
         a.scope + QStringLiteral("/providers/Microsoft.Authorization/roleAssignments/") + a.id},
        {QStringLiteral("type"), QStringLiteral("Microsoft.Authorization/roleAssignments")},
        {QStringLiteral("name"), a.id},
    };
}

void RoleAssignmentsProvider::handle(const ArmCall &call, const ArmTarget &target)
{
    const QByteArray &m = call.request.method;
    if (target.rest.isEmpty()) {
        if (m != "GET")
            return call.methodNotAllowed();
        return list(call, target);
    }
    if (target.rest.size() != 1)
        return call.notFound();
    const QString name = target.rest[0];
    const QString path = target.typePath + u'/' + name;
    if (m == "PUT")
        return put(call, target, name);
    if (m != "GET" && m != "DELETE")
        return call.methodNotAllowed();
    if (!call.authorize(m == "GET" ? kRead : kDelete, path))
        return;
    const auto a = call.ctx.store->roleAssignment(name);
    const bool here = a && normScope(a->scope).compare(normScope(target.scope), Qt::CaseInsensitive) == 0;
    if (m == "GET") {
        if (!here)
            return call.error(404, QStringLiteral("RoleAssignmentNotFound"),
                              QStringLiteral("The role assignment '%1' is not found.").arg(name));
        return call.send(HttpResponse::json(200, render(*a)));
    }
    if (!here)
        return call.send(HttpResponse::empty(204));
    if (auto r = call.ctx.store->deleteRoleAssignment(a->id); !r)
        return call.error(500, QStringLiteral("InternalServerError"), r.error().message);
    call.send(HttpResponse::json(200, render(*a)));
}

void RoleAssignmentsProvider::put(const ArmCall &call, const ArmTarget &target, const QString &name)
{
    const QString path = target.typePath + u'/' + name;
    if (!call.authorize(kWrite, path))
        return;
    if (!isGuid(name))
        return call.error(
            400, QStringLiteral("InvalidRoleAssignmentId"),
            QStringLiteral("The role assignment ID '%1' is not valid. The role assignment ID must be "
                           "a GUID.")
                .arg(name));
    Store *store = call.ctx.store;
    if (!target.resourceGroup.isEmpty() && !store->resourceGroup(target.subscriptionId, target.resourceGroup))
        return call.error(
            404, QStringLiteral("ResourceGroupNotFound"),
            QStringLiteral("Resource group '%1' could not be found.").arg(target.resourceGroup));
    const QJsonObject props =
        QJsonDocument::fromJson(call.request.body).object().value(QStringLiteral("properties")).toObject();
    const QString definition = props.value(QStringLiteral("roleDefinitionId")).toString();
    const QString guid = Rbac::roleDefinitionGuid(definition);
    if (guid.isEmpty() || !Rbac::builtInRole(guid))
        return call.error(400, QStringLiteral("RoleDefinitionDoesNotExist"),
                          QStringLiteral("The specified role definition with ID '%1' does not exist.")
                              .arg(definition.section(u'/', -1)));
    const QString principalId = props.value(QStringLiteral("principalId")).toString();
    const QString principalTypeIn = props.value(QStringLiteral("principalType")).toString();
    static const QStringList types{QStringLiteral("User"), QStringLiteral("Group"),
                                   QStringLiteral("ServicePrincipal"), QStringLiteral("ForeignGroup"),
                                   QStringLiteral("Device")};
    QString principalType;
    for (const QString &t : types) {
        if (t.compare(principalTypeIn, Qt::CaseInsensitive) == 0)
            principalType = t;
    }
    if (!principalTypeIn.isEmpty() && principalType.isEmpty())
        return call.error(400, QStringLiteral("InvalidPrincipalType"),
                          QStringLiteral("The principal type '%1' is not valid. Valid values are %2.")
                              .arg(principalTypeIn, types.join(QStringLiteral(", "))));
    const auto known = store->principalByObjectId(principalId);
    // Without principalType, Azure looks the principal up in the directory; with it, replication delays are
    // tolerated (managed identities of this cloud are not in the directory).
    if (!isGuid(principalId) || (principalType.isEmpty() && !known))
        return call.error(
            400, QStringLiteral("PrincipalNotFound"),
            QStringLiteral("Principal %1 does not exist in the directory %2. Check that you have the "
                           "correct principal ID. If you are creating this principal and then "
                           "immediately assigning a role, this error might be related to a "
                           "replication delay. In this case, set the role assignment principalType "
                           "property to a value, such as ServicePrincipal, User, or Group.  See "
                           "https://aka.ms/docs-principaltype")
                .arg(QString(principalId).remove(u'-'), call.caller.tenantId));
    if (principalType.isEmpty())
        principalType = known ? known->type : QStringLiteral("ServicePrincipal");
    const QString scope = normScope(target.scope);
    if (const auto same = store->roleAssignment(name)) {
        if (same->principalId.compare(principalId, Qt::CaseInsensitive) == 0 &&
            same->roleDefinitionId.compare(guid, Qt::CaseInsensitive) == 0 &&
            normScope(same->scope).compare(scope, Qt::CaseInsensitive) == 0)
            return call.send(HttpResponse::json(201, render(*same)));
        return call.error(
            400, QStringLiteral("RoleAssignmentUpdateNotPermitted"),
            QStringLiteral("Tenant ID, application ID, principal ID, and scope are not allowed to be "
                           "updated."));
    }
    for (const RoleAssignment &other : store->roleAssignmentsOf(principalId)) {
        if (other.roleDefinitionId.compare(guid, Qt::CaseInsensitive) == 0 &&
            normScope(other.scope).compare(scope, Qt::CaseInsensitive) == 0)
            return call.error(409, QStringLiteral("RoleAssignmentExists"),
                              QStringLiteral("The role assignment already exists."));
    }
    RoleAssignment a{name.toLower(), scope, guid, principalId.toLower(), principalType};
    a.description = props.value(QStringLiteral("description")).toString();
    a.createdMs = Clock::now().toMSecsSinceEpoch();
    a.createdBy = call.caller.objectId;
    if (auto r = store->addRoleAssignment(a); !r)
        return call.error(500, QStringLiteral("InternalServerError"), r.error().message);
    call.send(HttpResponse::json(201, render(a)));
}

void RoleAssignmentsProvider::list(const ArmCall &call, const ArmTarget &target)
{
    const QString scope = normScope(target.scope);
    if (!call.authorize(kRead, scope))
        return;
    const QString filter = call.request.query(QStringLiteral("$filter")).trimmed();
    bool atScope = false;
    QString principal;
    if (!filter.isEmpty()) {
        static const QRegularExpression principalRe(
            QStringLiteral("^(?:principalId\\s+eq\\s+'([^']+)'|assignedTo\\('([^']+)'\\))$"),
            QRegularExpression::CaseInsensitiveOption);
        const QStringList parts = filter.split(
            QRegularExpression(QStringLiteral("\\s+and\\s+"), QRegularExpression::CaseInsensitiveOption));
        for (const QString &part : parts) {
            const QString p = part.trimmed();
            const auto m = principalRe.match(p);
            if (p.compare(QLatin1String("atScope()"), Qt::CaseInsensitive) == 0)
                atScope = true;
            else if (m.hasMatch() && principal.isEmpty())
                principal = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
            else
                return call.error(
                    400, QStringLiteral("UnsupportedQuery"),
                    QStringLiteral("The filter '%1' is not supported. Supported filters are "
                                   "'atScope()', 'principalId eq '{id}'' and 'assignedTo('{id}')'.")
                        .arg(filter));
        }
    }
    const QString sub = target.subscriptionId;
    QJsonArray value;
    for (const RoleAssignment &a : call.ctx.store->roleAssignments()) {
        if (!principal.isEmpty() && a.principalId.compare(principal, Qt::CaseInsensitive) != 0)
            continue;
        const bool above = Rbac::scopeCovers(a.scope, scope);
        const bool below = Rbac::scopeCovers(scope, a.scope);
        if (!(above || (!atScope && below)))
            continue;
        if (a.scope != QLatin1String("/") && subscriptionOf(a.scope).compare(sub, Qt::CaseInsensitive) != 0)
            continue;
        value.append(render(a));
    }
    call.send(HttpResponse::json(200, QJsonObject{{QStringLiteral("value"), value}}));
}

} // namespace csc::emu
