// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "emulator/ManagedIdentitiesProvider.h"

#include "emulator/ArmErrors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace csc::emu {

const QStringList &ManagedIdentitiesProvider::apiVersions() const
{
    static const QStringList versions{QStringLiteral("2023-07-31-preview"), QStringLiteral("2023-01-31")};
    return versions;
}

bool ManagedIdentitiesProvider::isValidName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]{2,127}$"));
    return re.match(name).hasMatch();
}

QString ManagedIdentitiesProvider::idOf(const ManagedIdentity &identity)
{
    return QStringLiteral("/subscriptions/%1/resourcegroups/%2/providers/%3/%4")
        .arg(identity.subscriptionId, identity.resourceGroup, QLatin1String(kType), identity.name);
}

QJsonObject ManagedIdentitiesProvider::render(const ManagedIdentity &identity, const QString &apiVersion)
{
    QJsonObject out = identity.resource;
    out.insert(QStringLiteral("id"), idOf(identity));
    out.insert(QStringLiteral("name"), identity.name);
    out.insert(QStringLiteral("type"), QLatin1String(kType));
    if (!out.contains(QStringLiteral("tags")))
        out.insert(QStringLiteral("tags"), QJsonObject{});
    QJsonObject props = out.value(QStringLiteral("properties")).toObject();
    if (apiVersion.endsWith(QLatin1String("-preview")))
        props.insert(QStringLiteral("isolationScope"), QStringLiteral("None"));
    out.insert(QStringLiteral("properties"), props);
    return out;
}

std::optional<ManagedIdentity> ManagedIdentitiesProvider::byId(const Store &store, const QString &resourceId,
                                                               bool *wellFormed)
{
    static const QRegularExpression re(
        QStringLiteral("^/subscriptions/([^/]+)/resourcegroups/([^/]+)/providers/"
                       "Microsoft\\.ManagedIdentity/userAssignedIdentities/([^/]+)$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(resourceId);
    if (wellFormed)
        *wellFormed = m.hasMatch();
    if (!m.hasMatch())
        return std::nullopt;
    return store.managedIdentity(m.captured(1), m.captured(2), m.captured(3));
}

void ManagedIdentitiesProvider::handle(const ArmCall &call, const ArmTarget &target)
{
    if (target.nested)
        return call.notFound();
    const QStringList &rest = target.rest;
    if (rest.isEmpty()) {
        if (call.request.method != "GET")
            return call.methodNotAllowed();
        return list(call, target);
    }
    if (rest.size() == 1 && !target.resourceGroup.isEmpty())
        return identity(call, target, rest[0]);
    call.notFound();
}

void ManagedIdentitiesProvider::list(const ArmCall &call, const ArmTarget &target)
{
    if (!call.authorize(QLatin1String(kActionRead), target.scope))
        return;
    if (!target.resourceGroup.isEmpty() &&
        !call.ctx.store->resourceGroup(target.subscriptionId, target.resourceGroup))
        return call.error(
            404, QStringLiteral("ResourceGroupNotFound"),
            QStringLiteral("Resource group '%1' could not be found.").arg(target.resourceGroup));
    QJsonArray value;
    for (const ManagedIdentity &i :
         call.ctx.store->managedIdentities(target.subscriptionId, target.resourceGroup))
        value.append(render(i, call.apiVersion));
    call.send(HttpResponse::json(200, QJsonObject{{QStringLiteral("value"), value}}));
}

void ManagedIdentitiesProvider::identity(const ArmCall &call, const ArmTarget &target, const QString &name)
{
    const QByteArray &m = call.request.method;
    QString action;
    if (m == "GET")
        action = QLatin1String(kActionRead);
    else if (m == "PUT" || m == "PATCH")
        action = QLatin1String(kActionWrite);
    else if (m == "DELETE")
        action = QLatin1String(kActionDelete);
    else
        return call.methodNotAllowed();
    if (!call.authorize(action, target.typePath + u'/' + name))
        return;
    Store *store = call.ctx.store;
    if (!store->resourceGroup(target.subscriptionId, target.resourceGroup))
        return call.error(
            404, QStringLiteral("ResourceGroupNotFound"),
            QStringLiteral("Resource group '%1' could not be found.").arg(target.resourceGroup));
    const auto existing = store->managedIdentity(target.subscriptionId, target.resourceGroup, name);
    const auto notFound = [&] {
        call.error(404, QStringLiteral("ResourceNotFound"),
                   QStringLiteral("The Resource '%1/%2' under resource group '%3' was not found. For more "
                                  "details please go to https://aka.ms/ARMResourceNotFoundFix")
                       .arg(QLatin1String(kType), name, target.resourceGroup));
    };
    if (m == "GET") {
        if (!existing)
            return notFound();
        return call.send(HttpResponse::json(200, render(*existing, call.apiVersion)));
    }
    if (m == "DELETE") {
        if (!existing)
            return call.send(HttpResponse::empty(204));
        const QString principalId = existing->resource.value(QStringLiteral("properties"))
                                        .toObject()
                                        .value(QStringLiteral("principalId"))
                                        .toString();
        const auto removed = store->transaction([&]() -> Result<void> {
            if (auto r = store->deletePrincipal(principalId); !r)
                return r;
            return store->deleteManagedIdentity(existing->subscriptionId, existing->resourceGroup,
                                                existing->name);
        });
        if (!removed)
            return call.error(500, QStringLiteral("InternalServerError"), removed.error().message);
        return call.send(HttpResponse::empty(200));
    }
    const bool patch = m == "PATCH";
    if (patch && !existing)
        return notFound();
    if (!existing && !isValidName(name))
        return call.error(
            400, QStringLiteral("InvalidResourceName"),
            QStringLiteral(
                "Resource name '%1' is invalid. The name can be between 3 and 128 characters long, "
                "must begin with a letter or number and can contain only letters, numbers, "
                "hyphens and underscores.")
                .arg(name));
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(call.request.body, &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject())
        return call.error(400, QStringLiteral("InvalidRequestContent"),
                          QStringLiteral("The request content was invalid and could not be deserialized."));
    const QJsonObject body = doc.object();
    QJsonObject resource = existing ? existing->resource : QJsonObject{};
    if (!patch) {
        const QString location = body.value(QStringLiteral("location")).toString();
        if (location.isEmpty())
            return call.error(400, QStringLiteral("LocationRequired"),
                              QStringLiteral("The location property is required for this definition."));
        if (existing && location.toLower().remove(u' ') !=
                            resource.value(QStringLiteral("location")).toString().toLower().remove(u' '))
            return call.error(
                400, QStringLiteral("InvalidResourceLocation"),
                QStringLiteral("The resource '%1' already exists in location '%2' in resource group '%3'. A "
                               "resource with the same name cannot be created in location '%4'. Please "
                               "select a new resource name.")
                    .arg(name, resource.value(QStringLiteral("location")).toString(), target.resourceGroup,
                         location));
        resource.insert(QStringLiteral("location"), location.toLower().remove(u' '));
    }
    if (body.contains(QStringLiteral("tags"))) {
        if (!body.value(QStringLiteral("tags")).isObject())
            return call.error(400, QStringLiteral("InvalidRequestContent"),
                              QStringLiteral("Invalid value for 'tags': an object is expected."));
        resource.insert(QStringLiteral("tags"), body.value(QStringLiteral("tags")));
    } else if (!patch && !existing) {
        resource.insert(QStringLiteral("tags"), QJsonObject{});
    }
    const auto sub = store->subscription(target.subscriptionId);
    const QString tenantId = sub ? sub->tenantId : call.caller.tenantId;
    if (!existing)
        resource.insert(QStringLiteral("properties"), QJsonObject{{QStringLiteral("tenantId"), tenantId},
                                                                  {QStringLiteral("principalId"), newGuid()},
                                                                  {QStringLiteral("clientId"), newGuid()}});
    const ManagedIdentity saved{target.subscriptionId, target.resourceGroup, existing ? existing->name : name,
                                resource};
    const auto stored = store->transaction([&]() -> Result<void> {
        if (!existing) {
            const QJsonObject props = resource.value(QStringLiteral("properties")).toObject();
            Principal principal;
            principal.objectId = props.value(QStringLiteral("principalId")).toString();
            principal.appId = props.value(QStringLiteral("clientId")).toString();
            principal.tenantId = tenantId;
            principal.displayName = saved.name;
            if (auto r = store->addPrincipal(principal, SecureBytes()); !r)
                return r;
        }
        return store->putManagedIdentity(saved);
    });
    if (!stored)
        return call.error(500, QStringLiteral("InternalServerError"), stored.error().message);
    call.send(HttpResponse::json(existing ? 200 : 201, render(saved, call.apiVersion)));
}

} // namespace csc::emu
