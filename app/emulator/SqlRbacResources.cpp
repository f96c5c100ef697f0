// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "emulator/SqlRbacResources.h"

#include "emulator/CosmosOperations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace csc::emu {

namespace {

const QString kActionPrefix = QStringLiteral("Microsoft.DocumentDB/databaseAccounts/");
const QString kDefinitions = QStringLiteral("sqlRoleDefinitions");
const QString kAssignments = QStringLiteral("sqlRoleAssignments");

bool eq(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

ApiError failure(int status, const QString &code, const QString &message)
{
    ApiError e = ApiError::make(ApiError::Kind::Http, message);
    e.httpStatus = status;
    e.code = code;
    return e;
}

ApiError badRequest(const QString &message)
{
    return failure(400, QStringLiteral("BadRequest"), message);
}

bool isBuiltIn(const QString &guid)
{
    return eq(guid, QLatin1String(SqlRbac::kDataReaderId)) ||
           eq(guid, QLatin1String(SqlRbac::kDataContributorId));
}

QString lastSegment(const QString &id)
{
    return id.section(u'/', -1, -1, QString::SectionSkipEmpty);
}

QJsonObject builtInProperties(const QString &guid, const QString &accountId)
{
    const bool reader = eq(guid, QLatin1String(SqlRbac::kDataReaderId));
    QJsonArray actions{kActionPrefix + QStringLiteral("readMetadata")};
    if (reader) {
        for (const char *a : {"sqlDatabases/containers/executeQuery",
                              "sqlDatabases/containers/readChangeFeed", "sqlDatabases/containers/items/read"})
            actions.append(kActionPrefix + QLatin1String(a));
    } else {
        for (const char *a : {"sqlDatabases/containers/*", "sqlDatabases/containers/items/*"})
            actions.append(kActionPrefix + QLatin1String(a));
    }
    return QJsonObject{
        {QStringLiteral("roleName"), reader ? QStringLiteral("Cosmos DB Built-in Data Reader")
                                            : QStringLiteral("Cosmos DB Built-in Data Contributor")},
        {QStringLiteral("type"), QStringLiteral("BuiltInRole")},
        {QStringLiteral("assignableScopes"), QJsonArray{accountId}},
        {QStringLiteral("permissions"),
         QJsonArray{QJsonObject{{QStringLiteral("dataActions"), actions},
                                {QStringLiteral("notDataActions"), QJsonArray{}}}}}};
}

QJsonObject renderResource(const QString &accountId, const QString &collection, const char *type,
                           const QString &guid, const QJsonObject &properties)
{
    return QJsonObject{{QStringLiteral("id"), accountId + u'/' + collection + u'/' + guid},
                       {QStringLiteral("name"), guid},
                       {QStringLiteral("type"), QLatin1String(type)},
                       {QStringLiteral("properties"), properties}};
}

// Storage: the account's data-resource table, parent "", type = the collection name, id = lower-case GUID.
std::optional<DataResource> stored(const Store &store, const QString &account, const QString &collection,
                                   const QString &guid)
{
    return store.dataResource(account, QString(), collection, guid.toLower());
}

QList<DataResource> storedAll(const Store &store, const QString &account, const QString &collection)
{
    return store.dataResources(account, QString(), collection);
}

Result<void> putStored(Store &store, const QString &account, const QString &collection, const QString &guid,
                       const QJsonObject &properties)
{
    if (auto existing = stored(store, account, collection, guid)) {
        existing->body = properties;
        return store.replaceDataResource(*existing);
    }
    DataResource r;
    r.account = account;
    r.parent = QString();
    r.type = collection;
    r.id = guid.toLower();
    r.body = properties;
    return store.addDataResource(r);
}

/// Properties of a definition (built-in or stored) of the account.
std::optional<QJsonObject> definitionProperties(const Store &store, const CosmosAccount &account,
                                                const QString &guid)
{
    if (isBuiltIn(guid))
        return builtInProperties(guid, SqlRbac::accountId(account));
    if (auto r = stored(store, account.name, kDefinitions, guid))
        return r->body;
    return std::nullopt;
}

QStringList dataActionsOf(const QJsonObject &properties)
{
    QStringList out;
    for (const QJsonValue &p : properties.value(QStringLiteral("permissions")).toArray()) {
        for (const QJsonValue &a : p.toObject().value(QStringLiteral("dataActions")).toArray()) {
            if (!out.contains(a.toString(), Qt::CaseInsensitive))
                out << a.toString();
        }
    }
    return out;
}

/// The relative scopes of a definition's assignableScopes (invalid ones left out).
QStringList assignableRelativeScopes(const QString &accountId, const QJsonObject &properties)
{
    QStringList out;
    for (const QJsonValue &s : properties.value(QStringLiteral("assignableScopes")).toArray()) {
        if (auto rel = SqlRbac::relativeScope(accountId, s.toString()))
            out << *rel;
    }
    return out;
}

bool withinAny(const QStringList &outers, const QString &inner)
{
    for (const QString &o : outers) {
        if (SqlRbac::relativeScopeCovers(o, inner))
            return true;
    }
    return false;
}

/// Assignments of the account that use the definition `guid`.
QList<DataResource> assignmentsOf(const Store &store, const CosmosAccount &account, const QString &guid)
{
    QList<DataResource> out;
    for (const DataResource &a : storedAll(store, account.name, kAssignments)) {
        if (eq(lastSegment(a.body.value(QStringLiteral("roleDefinitionId")).toString()), guid))
            out << a;
    }
    return out;
}

QString scopeProblem(const QString &scope, const QString &accountId)
{
    return QStringLiteral("The scope '%1' is not valid. A scope must be the database account '%2', a "
                          "database in it ('%2/dbs/{database}') or a container ('%2/dbs/{database}/colls/"
                          "{container}').")
        .arg(scope, accountId);
}

/// Validates a role definition PUT body as the Cosmos RP does; the properties to store.
Result<QJsonObject> checkDefinition(const Store &store, const CosmosAccount &account, const QString &guid,
                                    const QJsonObject &body)
{
    const QString accountId = SqlRbac::accountId(account);
    if (!SqlRbac::isGuid(guid))
        return badRequest(
            QStringLiteral("The provided Role Definition ID '%1' is not a valid GUID.").arg(guid));
    if (isBuiltIn(guid))
        return badRequest(QStringLiteral("The Role Definition '%1' is a built-in role definition. Built-in "
                                         "role definitions cannot be created, updated or deleted.")
                              .arg(guid));
    if (!body.value(QStringLiteral("properties")).isObject())
        return badRequest(QStringLiteral("The request content must contain a 'properties' object."));
    const QJsonObject in = body.value(QStringLiteral("properties")).toObject();

    const QString roleName = in.value(QStringLiteral("roleName")).toString().trimmed();
    if (roleName.isEmpty())
        return badRequest(QStringLiteral("The Role Definition must have a non-empty 'roleName'."));
    const QJsonValue type = in.value(QStringLiteral("type"));
    if (!type.isUndefined() && !type.isNull() && !eq(type.toString(), QStringLiteral("CustomRole")))
        return badRequest(QStringLiteral("Invalid Role Definition type '%1': only role definitions of type "
                                         "'CustomRole' can be created or updated.")
                              .arg(type.isString() ? type.toString() : QStringLiteral("(not a string)")));

    const QJsonValue scopesValue = in.value(QStringLiteral("assignableScopes"));
    if (!scopesValue.isArray() || scopesValue.toArray().isEmpty())
        return badRequest(QStringLiteral("The Role Definition must have at least one assignable scope."));
    QJsonArray scopes;
    QStringList relScopes;
    for (const QJsonValue &s : scopesValue.toArray()) {
        const auto rel = SqlRbac::relativeScope(accountId, s.toString());
        if (!s.isString() || !rel)
            return badRequest(QStringLiteral("Invalid assignable scope. %1")
                                  .arg(scopeProblem(s.isString() ? s.toString() : QString(), accountId)));
        scopes.append(s.toString());
        relScopes << *rel;
    }

    const QJsonValue permsValue = in.value(QStringLiteral("permissions"));
    if (!permsValue.isArray() || permsValue.toArray().isEmpty())
        return badRequest(QStringLiteral("The Role Definition must have at least one permission with data "
                                         "actions."));
    QJsonArray permissions;
    int actionCount = 0;
    for (const QJsonValue &p : permsValue.toArray()) {
        if (!p.isObject())
            return badRequest(QStringLiteral("Each permission must be an object with 'dataActions'."));
        const QJsonObject perm = p.toObject();
        const QJsonValue notActions = perm.value(QStringLiteral("notDataActions"));
        if (!notActions.isUndefined() && !notActions.isNull() &&
            (!notActions.isArray() || !notActions.toArray().isEmpty()))
            return badRequest(QStringLiteral("NotDataActions are not supported by Azure Cosmos DB role "
                                             "definitions. List only the data actions to allow."));
        const QJsonValue actionsValue = perm.value(QStringLiteral("dataActions"));
        if (!actionsValue.isUndefined() && !actionsValue.isArray())
            return badRequest(QStringLiteral("'dataActions' must be an array of strings."));
        QJsonArray actions;
        for (const QJsonValue &a : actionsValue.toArray()) {
            const QString action = a.toString();
            qsizetype known = -1;
            const QStringList &all = SqlRbac::knownDataActions();
            for (qsizetype i = 0; i < all.size() && known < 0; ++i) {
                if (eq(all[i], action))
                    known = i;
            }
            if (!a.isString() || known < 0)
                return badRequest(
                    QStringLiteral("The data action '%1' is not valid. Supported data actions: %2.")
                        .arg(a.isString() ? action : QStringLiteral("(not a string)"),
                             all.join(QStringLiteral(", "))));
            actions.append(all[known]);
            ++actionCount;
        }
        permissions.append(QJsonObject{{QStringLiteral("dataActions"), actions},
                                       {QStringLiteral("notDataActions"), QJsonArray{}}});
    }
    if (actionCount == 0)
        return badRequest(QStringLiteral("The Role Definition must allow at least one data action."));

    // Role names are unique within the account (built-in ones included).
    for (const char *builtIn : {SqlRbac::kDataReaderId, SqlRbac::kDataContributorId}) {
        if (eq(builtInProperties(QLatin1String(builtIn), accountId)
                   .value(QStringLiteral("roleName"))
                   .toString(),
               roleName))
            return failure(
                409, QStringLiteral("Conflict"),
                QStringLiteral("A Role Definition with the name '%1' already exists in the database "
                               "account '%2'.")
                    .arg(roleName, account.name));
    }
    for (const DataResource &d : storedAll(store, account.name, kDefinitions)) {
        if (!eq(d.id, guid) && eq(d.body.value(QStringLiteral("roleName")).toString(), roleName))
            return failure(
                409, QStringLiteral("Conflict"),
                QStringLiteral("A Role Definition with the name '%1' already exists in the database "
                               "account '%2' (id '%3').")
                    .arg(roleName, account.name, d.id));
    }
    // An update may not leave existing assignments outside the assignable scopes.
    for (const DataResource &a : assignmentsOf(store, account, guid)) {
        const QString scope = a.body.value(QStringLiteral("scope")).toString();
        const auto rel = SqlRbac::relativeScope(accountId, scope);
        if (rel && !withinAny(relScopes, *rel))
            return badRequest(QStringLiteral("The Role Definition '%1' is assigned at '%2' (Role Assignment "
                                             "'%3'), which is outside the new assignable scopes. Remove the "
                                             "assignment first.")
                                  .arg(guid, scope, a.id));
    }
    return QJsonObject{{QStringLiteral("roleName"), roleName},
                       {QStringLiteral("type"), QStringLiteral("CustomRole")},
                       {QStringLiteral("assignableScopes"), scopes},
                       {QStringLiteral("permissions"), permissions}};
}

/// Validates a role assignment PUT body; the properties to store.
Result<QJsonObject> checkAssignment(const Store &store, const CosmosAccount &account, const QString &guid,
                                    const QJsonObject &body)
{
    const QString accountId = SqlRbac::accountId(account);
    if (!SqlRbac::isGuid(guid))
        return badRequest(
            QStringLiteral("The provided Role Assignment ID '%1' is not a valid GUID.").arg(guid));
    if (!body.value(QStringLiteral("properties")).isObject())
        return badRequest(QStringLiteral("The request content must contain a 'properties' object."));
    const QJsonObject in = body.value(QStringLiteral("properties")).toObject();

    const QString definitionId = in.value(QStringLiteral("roleDefinitionId")).toString();
    const QString definitionsPrefix = accountId + u'/' + kDefinitions + u'/';
    const QString definitionGuid = definitionId.mid(definitionsPrefix.size());
    if (!definitionId.startsWith(definitionsPrefix, Qt::CaseInsensitive) || !SqlRbac::isGuid(definitionGuid))
        return badRequest(
            QStringLiteral("The Role Definition ID '%1' is not valid. It must be the full id of a "
                           "Role Definition of this database account: '%2{guid}'.")
                .arg(definitionId, definitionsPrefix));
    const auto definition = definitionProperties(store, account, definitionGuid);
    if (!definition)
        return badRequest(QStringLiteral("The Role Definition with ID '%1' does not exist in the database "
                                         "account '%2'.")
                              .arg(definitionGuid, account.name));

    const QString principalId = in.value(QStringLiteral("principalId")).toString();
    if (!SqlRbac::isGuid(principalId))
        return badRequest(
            QStringLiteral("The principal ID '%1' is not valid: it must be the object id (a GUID) "
                           "of a Microsoft Entra user, group, service principal or managed "
                           "identity.")
                .arg(principalId));

    const QString scope = in.value(QStringLiteral("scope")).toString();
    const auto rel = SqlRbac::relativeScope(accountId, scope);
    if (!rel)
        return badRequest(scopeProblem(scope, accountId));
    if (!withinAny(assignableRelativeScopes(accountId, *definition), *rel))
        return badRequest(
            QStringLiteral("The scope '%1' is not within the assignable scopes of the Role "
                           "Definition '%2' (%3).")
                .arg(scope, definitionGuid,
                     QString::fromUtf8(
                         QJsonDocument(definition->value(QStringLiteral("assignableScopes")).toArray())
                             .toJson(QJsonDocument::Compact))));
    return QJsonObject{{QStringLiteral("roleDefinitionId"), definitionId},
                       {QStringLiteral("scope"), scope},
                       {QStringLiteral("principalId"), principalId}};
}

/// Why a definition cannot be deleted now; ok when it can.
Result<void> checkDefinitionDelete(const Store &store, const CosmosAccount &account, const QString &guid)
{
    if (isBuiltIn(guid))
        return badRequest(QStringLiteral("The Role Definition '%1' is a built-in role definition. Built-in "
                                         "role definitions cannot be created, updated or deleted.")
                              .arg(guid));
    const QList<DataResource> uses = assignmentsOf(store, account, guid);
    if (!uses.isEmpty()) {
        QStringList ids;
        for (const DataResource &a : uses)
            ids << a.id;
        return failure(
            409, QStringLiteral("Conflict"),
            QStringLiteral("The Role Definition '%1' cannot be deleted because it is still used by "
                           "%2 Role Assignment(s): %3. Delete the assignments first.")
                .arg(guid)
                .arg(uses.size())
                .arg(ids.join(QStringLiteral(", "))));
    }
    return {};
}

void sendError(const ArmCall &call, const ApiError &e)
{
    call.error(e.httpStatus > 0 ? e.httpStatus : 500,
               e.code.isEmpty() ? QStringLiteral("InternalServerError") : e.code, e.message);
}

void startOperation(const ArmCall &call, const CosmosAccount &account, const char *kind,
                    const QJsonObject &payload)
{
    CosmosOperations::beginAccepted(
        call, CosmosOperations::operationFor(call, account, QLatin1String(kind), payload));
}

} // namespace

namespace SqlRbac {

QString accountId(const CosmosAccount &account)
{
    return QStringLiteral(
               "/subscriptions/%1/resourceGroups/%2/providers/Microsoft.DocumentDB/databaseAccounts/%3")
        .arg(account.subscriptionId, account.resourceGroup, account.name);
}

const QStringList &knownDataActions()
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
            a << kActionPrefix + QLatin1String(s);
        return a;
    }();
    return actions;
}

bool dataActionCovers(const QString &granted, const QString &action)
{
    if (eq(granted, action))
        return true;
    if (!granted.endsWith(QLatin1String("/*")))
        return false;
    const QString stem = granted.left(granted.size() - 1); // keeps the trailing '/'
    return action.size() > stem.size() && action.startsWith(stem, Qt::CaseInsensitive);
}

bool isGuid(const QString &guid)
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return re.match(guid).hasMatch();
}

std::optional<QString> relativeScope(const QString &accountId, const QString &scope)
{
    if (!scope.startsWith(accountId, Qt::CaseInsensitive))
        return std::nullopt;
    const QString rest = scope.mid(accountId.size());
    if (rest.isEmpty() || rest == QLatin1String("/"))
        return QString();
    if (!rest.startsWith(u'/'))
        return std::nullopt;
    const QStringList parts = rest.mid(1).split(u'/');
    for (const QString &p : parts) {
        if (p.isEmpty())
            return std::nullopt;
    }
    if (parts.size() == 2 && eq(parts[0], QStringLiteral("dbs")))
        return QStringLiteral("dbs/") + parts[1];
    if (parts.size() == 4 && eq(parts[0], QStringLiteral("dbs")) && eq(parts[2], QStringLiteral("colls")))
        return QStringLiteral("dbs/%1/colls/%2").arg(parts[1], parts[3]);
    return std::nullopt;
}

bool relativeScopeCovers(const QString &outer, const QString &inner)
{
    if (outer.isEmpty() || outer == inner)
        return true;
    return inner.startsWith(outer + u'/');
}

QList<QJsonObject> roleDefinitions(const Store &store, const CosmosAccount &account)
{
    const QString id = accountId(account);
    QList<QJsonObject> out;
    for (const char *builtIn : {kDataReaderId, kDataContributorId})
        out << renderResource(id, kDefinitions, kDefinitionsType, QLatin1String(builtIn),
                              builtInProperties(QLatin1String(builtIn), id));
    for (const DataResource &d : storedAll(store, account.name, kDefinitions))
        out << renderResource(id, kDefinitions, kDefinitionsType, d.id, d.body);
    return out;
}

std::optional<QJsonObject> roleDefinition(const Store &store, const CosmosAccount &account,
                                          const QString &guid)
{
    const auto props = definitionProperties(store, account, guid);
    if (!props)
        return std::nullopt;
    return renderResource(accountId(account), kDefinitions, kDefinitionsType, guid.toLower(), *props);
}

QList<QJsonObject> roleAssignments(const Store &store, const CosmosAccount &account)
{
    const QString id = accountId(account);
    QList<QJsonObject> out;
    for (const DataResource &a : storedAll(store, account.name, kAssignments))
        out << renderResource(id, kAssignments, kAssignmentsType, a.id, a.body);
    return out;
}

std::optional<QJsonObject> roleAssignment(const Store &store, const CosmosAccount &account,
                                          const QString &guid)
{
    const auto a = stored(store, account.name, kAssignments, guid);
    if (!a)
        return std::nullopt;
    return renderResource(accountId(account), kAssignments, kAssignmentsType, a->id, a->body);
}

QStringList allowedDataActions(const Store &store, const QString &accountName, const QString &principalId,
                               const QString &resourceLink)
{
    const auto account = store.accountByName(accountName);
    if (!account)
        return {};
    // The database / container the resource is in ("" for account-level resources).
    const QStringList parts = resourceLink.split(u'/', Qt::SkipEmptyParts);
    QString target;
    if (parts.size() >= 2 && parts[0] == QLatin1String("dbs")) {
        target = QStringLiteral("dbs/") + parts[1];
        if (parts.size() >= 4 && parts[2] == QLatin1String("colls"))
            target += QStringLiteral("/colls/") + parts[3];
    }
    const QString id = accountId(*account);
    QStringList out;
    for (const DataResource &a : storedAll(store, account->name, kAssignments)) {
        if (!eq(a.body.value(QStringLiteral("principalId")).toString(), principalId))
            continue;
        const auto scope = relativeScope(id, a.body.value(QStringLiteral("scope")).toString());
        if (!scope || !relativeScopeCovers(*scope, target))
            continue;
        const auto definition = definitionProperties(
            store, *account, lastSegment(a.body.value(QStringLiteral("roleDefinitionId")).toString()));
        if (!definition)
            continue;
        for (const QString &action : dataActionsOf(*definition)) {
            if (!out.contains(action, Qt::CaseInsensitive))
                out << action;
        }
    }
    return out;
}

bool isDataActionAllowed(const Store &store, const QString &accountName, const QString &principalId,
                         const QString &dataAction, const QString &resourceLink)
{
    for (const QString &granted : allowedDataActions(store, accountName, principalId, resourceLink)) {
        if (dataActionCovers(granted, dataAction))
            return true;
    }
    return false;
}

} // namespace SqlRbac

namespace SqlRbacResources {

bool handles(const ArmTarget &target)
{
    return target.rest.size() >= 2 && (eq(target.rest[1], kDefinitions) || eq(target.rest[1], kAssignments));
}

void handle(const ArmCall &call, const ArmTarget &target)
{
    const QStringList &rest = target.rest;
    if (rest.size() > 3)
        return call.notFound();
    const bool definitions = eq(rest[1], kDefinitions);
    const QString &collection = definitions ? kDefinitions : kAssignments;
    const QString guid = rest.size() == 3 ? rest[2] : QString();
    const QByteArray &m = call.request.method;
    QString verb;
    if (m == "GET")
        verb = QStringLiteral("read");
    else if (m == "PUT" && !guid.isEmpty())
        verb = QStringLiteral("write");
    else if (m == "DELETE" && !guid.isEmpty())
        verb = QStringLiteral("delete");
    else
        return call.methodNotAllowed();
    // ARM authorizes the request URI before the resource provider sees the request.
    const QString scope = target.typePath + u'/' + rest.join(u'/');
    if (!call.authorize(kActionPrefix + collection + u'/' + verb, scope))
        return;
    Store &store = *call.ctx.store;
    if (!store.resourceGroup(target.subscriptionId, target.resourceGroup))
        return call.error(
            404, QStringLiteral("ResourceGroupNotFound"),
            QStringLiteral("Resource group '%1' could not be found.").arg(target.resourceGroup));
    const auto account = store.account(target.subscriptionId, target.resourceGroup, rest[0]);
    if (!account)
        return call.error(
            404, QStringLiteral("ResourceNotFound"),
            QStringLiteral(
                "The Resource 'Microsoft.DocumentDB/databaseAccounts/%1' under resource group '%2' was "
                "not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix")
                .arg(rest[0], target.resourceGroup));

    if (m == "GET") {
        if (guid.isEmpty()) {
            QJsonArray value;
            for (const QJsonObject &o : definitions ? SqlRbac::roleDefinitions(store, *account)
                                                    : SqlRbac::roleAssignments(store, *account))
                value.append(o);
            return call.send(HttpResponse::json(200, QJsonObject{{QStringLiteral("value"), value}}));
        }
        const auto found = definitions ? SqlRbac::roleDefinition(store, *account, guid)
                                       : SqlRbac::roleAssignment(store, *account, guid);
        if (!found)
            return call.error(
                404, QStringLiteral("NotFound"),
                QStringLiteral("The %1 with ID '%2' does not exist in the database account '%3'.")
                    .arg(definitions ? QStringLiteral("Role Definition") : QStringLiteral("Role Assignment"),
                         guid, account->name));
        return call.send(HttpResponse::json(200, *found));
    }

    if (m == "PUT") {
        QJsonParseError perr;
        const QJsonDocument doc = QJsonDocument::fromJson(call.request.body, &perr);
        if (perr.error != QJsonParseError::NoError || !doc.isObject())
            return call.error(
                400, QStringLiteral("InvalidRequestContent"),
                QStringLiteral("The request content was invalid and could not be deserialized: '%1'.")
                    .arg(perr.error != QJsonParseError::NoError ? perr.errorString()
                                                                : QStringLiteral("an object is expected")));
        const auto checked = definitions ? checkDefinition(store, *account, guid, doc.object())
                                         : checkAssignment(store, *account, guid, doc.object());
        if (!checked)
            return sendError(call, checked.error());
        return startOperation(call, *account, definitions ? kPutDefinition : kPutAssignment,
                              QJsonObject{{QStringLiteral("id"), guid.toLower()},
                                          {QStringLiteral("properties"), checked.value()}});
    }

    // DELETE
    if (!SqlRbac::isGuid(guid))
        return call.error(
            400, QStringLiteral("BadRequest"),
            QStringLiteral("The provided %1 ID '%2' is not a valid GUID.")
                .arg(definitions ? QStringLiteral("Role Definition") : QStringLiteral("Role Assignment"),
                     guid));
    if (definitions) {
        if (auto allowed = checkDefinitionDelete(store, *account, guid); !allowed)
            return sendError(call, allowed.error());
    }
    if (!stored(store, account->name, collection, guid))
        return call.send(HttpResponse::empty(204));
    startOperation(call, *account, definitions ? kDeleteDefinition : kDeleteAssignment,
                   QJsonObject{{QStringLiteral("id"), guid.toLower()}});
}

bool isOperationKind(const QString &kind)
{
    for (const char *k : {kPutDefinition, kDeleteDefinition, kPutAssignment, kDeleteAssignment}) {
        if (kind == QLatin1String(k))
            return true;
    }
    return false;
}

Result<void> applyOperation(const EmuContext &ctx, const ArmOperation &op)
{
    Store &store = *ctx.store;
    const auto account = store.account(op.subscriptionId, op.resourceGroup, op.account);
    if (!account)
        return failure(
            404, QStringLiteral("ResourceNotFound"),
            QStringLiteral("The database account '%1' was deleted while the operation ran.").arg(op.account));
    const QString guid = op.payload.value(QStringLiteral("id")).toString();
    const QJsonObject body{{QStringLiteral("properties"), op.payload.value(QStringLiteral("properties"))}};
    // Validated again: other changes may have completed since the request was accepted.
    if (op.kind == QLatin1String(kPutDefinition) || op.kind == QLatin1String(kPutAssignment)) {
        const bool definition = op.kind == QLatin1String(kPutDefinition);
        const auto checked = definition ? checkDefinition(store, *account, guid, body)
                                        : checkAssignment(store, *account, guid, body);
        if (!checked)
            return checked.error();
        return putStored(store, account->name, definition ? kDefinitions : kAssignments, guid,
                         checked.value());
    }
    const bool definition = op.kind == QLatin1String(kDeleteDefinition);
    if (definition) {
        if (auto allowed = checkDefinitionDelete(store, *account, guid); !allowed)
            return allowed;
    }
    const auto existing = stored(store, account->name, definition ? kDefinitions : kAssignments, guid);
    if (!existing)
        return {}; // deleted meanwhile: nothing left to do
    return store.deleteDataResource(*existing);
}

std::optional<QJsonObject> operationResult(const EmuContext &ctx, const ArmOperation &op)
{
    const bool definition = op.kind == QLatin1String(kPutDefinition);
    if (!definition && op.kind != QLatin1String(kPutAssignment))
        return std::nullopt;
    const auto account = ctx.store->account(op.subscriptionId, op.resourceGroup, op.account);
    if (!account)
        return std::nullopt;
    const QString guid = op.payload.value(QStringLiteral("id")).toString();
    return definition ? SqlRbac::roleDefinition(*ctx.store, *account, guid)
                      : SqlRbac::roleAssignment(*ctx.store, *account, guid);
}

} // namespace SqlRbacResources

} // namespace csc::emu
