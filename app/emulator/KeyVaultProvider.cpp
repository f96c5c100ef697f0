// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "emulator/KeyVaultProvider.h"

#include "core/Clock.h"
#include "emulator/ArmErrors.h"
#include "emulator/Rbac.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

namespace csc::emu {

namespace {

bool eq(const QString &a, const char *b)
{
    return a.compare(QLatin1String(b), Qt::CaseInsensitive) == 0;
}

bool isGuid(const QString &s)
{
    return s.size() == 36 && !QUuid::fromString(s).isNull();
}

ApiError badRequest(const QString &message, const QString &code = QStringLiteral("BadRequest"))
{
    ApiError e = ApiError::validation(message);
    e.httpStatus = 400;
    e.code = code;
    return e;
}

const QStringList &secretPermissions()
{
    static const QStringList p{QStringLiteral("all"),     QStringLiteral("get"),     QStringLiteral("list"),
                               QStringLiteral("set"),     QStringLiteral("delete"),  QStringLiteral("backup"),
                               QStringLiteral("restore"), QStringLiteral("recover"), QStringLiteral("purge")};
    return p;
}

const QStringList &certificatePermissions()
{
    static const QStringList p{QStringLiteral("all"),           QStringLiteral("get"),
                               QStringLiteral("list"),          QStringLiteral("delete"),
                               QStringLiteral("create"),        QStringLiteral("import"),
                               QStringLiteral("update"),        QStringLiteral("managecontacts"),
                               QStringLiteral("getissuers"),    QStringLiteral("listissuers"),
                               QStringLiteral("setissuers"),    QStringLiteral("deleteissuers"),
                               QStringLiteral("manageissuers"), QStringLiteral("recover"),
                               QStringLiteral("purge"),         QStringLiteral("backup"),
                               QStringLiteral("restore")};
    return p;
}

const QStringList &storagePermissions()
{
    static const QStringList p{
        QStringLiteral("all"),           QStringLiteral("get"),     QStringLiteral("list"),
        QStringLiteral("delete"),        QStringLiteral("set"),     QStringLiteral("update"),
        QStringLiteral("regeneratekey"), QStringLiteral("recover"), QStringLiteral("purge"),
        QStringLiteral("backup"),        QStringLiteral("restore"), QStringLiteral("setsas"),
        QStringLiteral("listsas"),       QStringLiteral("getsas"),  QStringLiteral("deletesas")};
    return p;
}

/// An IPv4 address or CIDR range as Key Vault ipRules take them.
bool validIpRule(const QString &value)
{
    const QString ip = value.section(u'/', 0, 0);
    QHostAddress a;
    if (!a.setAddress(ip) || a.protocol() != QAbstractSocket::IPv4Protocol)
        return false;
    if (!value.contains(u'/'))
        return true;
    bool ok = false;
    const int bits = value.section(u'/', 1).toInt(&ok);
    return ok && bits >= 0 && bits <= 32;
}

Result<QJsonObject> validateNetworkAcls(const QJsonValue &v)
{
    if (!v.isObject())
        return badRequest(QStringLiteral("The parameter properties.networkAcls must be an object."));
    const QJsonObject in = v.toObject();
    QJsonObject out;
    const QString bypass = in.value(QStringLiteral("bypass")).toString(QStringLiteral("AzureServices"));
    if (!eq(bypass, "AzureServices") && !eq(bypass, "None"))
        return badRequest(
            QStringLiteral("Invalid value '%1' for properties.networkAcls.bypass. Valid values are "
                           "'AzureServices' and 'None'.")
                .arg(bypass));
    out.insert(QStringLiteral("bypass"),
               eq(bypass, "None") ? QStringLiteral("None") : QStringLiteral("AzureServices"));
    const QString action = in.value(QStringLiteral("defaultAction")).toString(QStringLiteral("Allow"));
    if (!eq(action, "Allow") && !eq(action, "Deny"))
        return badRequest(
            QStringLiteral("Invalid value '%1' for properties.networkAcls.defaultAction. Valid values are "
                           "'Allow' and 'Deny'.")
                .arg(action));
    out.insert(QStringLiteral("defaultAction"),
               eq(action, "Deny") ? QStringLiteral("Deny") : QStringLiteral("Allow"));
    QJsonArray rules;
    const QJsonArray ipRules = in.value(QStringLiteral("ipRules")).toArray();
    for (qsizetype i = 0; i < ipRules.size(); ++i) {
        const QString value = ipRules[i].toObject().value(QStringLiteral("value")).toString();
        if (!validIpRule(value))
            return badRequest(
                QStringLiteral(
                    "Invalid value '%1' for properties.networkAcls.ipRules[%2].value: expected an IPv4 "
                    "address or CIDR range.")
                    .arg(value)
                    .arg(i));
        rules.append(QJsonObject{{QStringLiteral("value"), value}});
    }
    out.insert(QStringLiteral("ipRules"), rules);
    QJsonArray vnets;
    const QJsonArray vnetRules = in.value(QStringLiteral("virtualNetworkRules")).toArray();
    for (qsizetype i = 0; i < vnetRules.size(); ++i) {
        const QJsonObject r = vnetRules[i].toObject();
        const QString id = r.value(QStringLiteral("id")).toString();
        if (!id.contains(QLatin1String("/providers/Microsoft.Network/virtualNetworks/"),
                         Qt::CaseInsensitive) ||
            !id.contains(QLatin1String("/subnets/"), Qt::CaseInsensitive))
            return badRequest(
                QStringLiteral("Invalid value '%1' for properties.networkAcls.virtualNetworkRules[%2].id: "
                               "expected a subnet resource id.")
                    .arg(id)
                    .arg(i));
        vnets.append(QJsonObject{{QStringLiteral("id"), id.toLower()},
                                 {QStringLiteral("ignoreMissingVnetServiceEndpoint"),
                                  r.value(QStringLiteral("ignoreMissingVnetServiceEndpoint")).toBool()}});
    }
    out.insert(QStringLiteral("virtualNetworkRules"), vnets);
    return out;
}

/// Merges `add` into `into` (permission lists per kind, without duplicates, case-insensitive).
QJsonObject mergePermissions(QJsonObject into, const QJsonObject &add, bool remove)
{
    for (auto it = add.begin(); it != add.end(); ++it) {
        QJsonArray current = into.value(it.key()).toArray();
        for (const QJsonValue &p : it.value().toArray()) {
            qsizetype found = -1;
            for (qsizetype i = 0; i < current.size(); ++i) {
                if (current[i].toString().compare(p.toString(), Qt::CaseInsensitive) == 0)
                    found = i;
            }
            if (remove && found >= 0)
                current.removeAt(found);
            else if (!remove && found < 0)
                current.append(p);
        }
        into.insert(it.key(), current);
    }
    return into;
}

bool samePrincipal(const QJsonObject &a, const QJsonObject &b)
{
    return a.value(QStringLiteral("tenantId"))
                   .toString()
                   .compare(b.value(QStringLiteral("tenantId")).toString(), Qt::CaseInsensitive) == 0 &&
           a.value(QStringLiteral("objectId"))
                   .toString()
                   .compare(b.value(QStringLiteral("objectId")).toString(), Qt::CaseInsensitive) == 0 &&
           a.value(QStringLiteral("applicationId"))
                   .toString()
                   .compare(b.value(QStringLiteral("applicationId")).toString(), Qt::CaseInsensitive) == 0;
}

bool isEmptyPolicy(const QJsonObject &permissions)
{
    for (auto it = permissions.begin(); it != permissions.end(); ++it) {
        if (!it.value().toArray().isEmpty())
            return false;
    }
    return true;
}

} // namespace

const QStringList &KeyVaultProvider::apiVersions() const
{
    static const QStringList versions{QStringLiteral("2024-11-01"), QStringLiteral("2024-04-01-preview"),
                                      QStringLiteral("2023-07-01"), QStringLiteral("2023-02-01"),
                                      QStringLiteral("2022-07-01"), QStringLiteral("2021-10-01")};
    return versions;
}

const QStringList &KeyVaultProvider::keyPermissions()
{
    static const QStringList p{QStringLiteral("all"),
                               QStringLiteral("encrypt"),
                               QStringLiteral("decrypt"),
                               QStringLiteral("wrapkey"),
                               QStringLiteral("unwrapkey"),
                               QStringLiteral("sign"),
                               QStringLiteral("verify"),
                               QStringLiteral("get"),
                               QStringLiteral("list"),
                               QStringLiteral("create"),
                               QStringLiteral("update"),
                               QStringLiteral("import"),
                               QStringLiteral("delete"),
                               QStringLiteral("backup"),
                               QStringLiteral("restore"),
                               QStringLiteral("recover"),
                               QStringLiteral("purge"),
                               QStringLiteral("release"),
                               QStringLiteral("rotate"),
                               QStringLiteral("getrotationpolicy"),
                               QStringLiteral("setrotationpolicy")};
    return p;
}

bool KeyVaultProvider::isValidName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[a-zA-Z](?:[a-zA-Z0-9]|-(?!-)){1,22}[a-zA-Z0-9]$"));
    return re.match(name).hasMatch();
}

QString KeyVaultProvider::idOf(const KeyVault &v)
{
    return QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/%3/%4")
        .arg(v.subscriptionId, v.resourceGroup, QLatin1String(kVaultsType), v.name);
}

QJsonObject KeyVaultProvider::render(const KeyVault &v, const EmuContext &ctx)
{
    QJsonObject out = v.resource;
    out.insert(QStringLiteral("id"), idOf(v));
    out.insert(QStringLiteral("name"), v.name);
    out.insert(QStringLiteral("type"), QLatin1String(kVaultsType));
    QJsonObject props = out.value(QStringLiteral("properties")).toObject();
    const QString uri = ctx.vaultUriOf ? ctx.vaultUriOf(v.name) : QString();
    props.insert(QStringLiteral("vaultUri"), uri);
    out.insert(QStringLiteral("properties"), props);
    return out;
}

Result<QJsonObject> KeyVaultProvider::validateAccessPolicy(const QJsonValue &entry, const QString &path)
{
    if (!entry.isObject())
        return badRequest(QStringLiteral("The parameter %1 must be an object.").arg(path));
    const QJsonObject in = entry.toObject();
    const QString tenant = in.value(QStringLiteral("tenantId")).toString();
    if (!isGuid(tenant))
        return badRequest(
            QStringLiteral("The parameter %1.tenantId must be a GUID; got '%2'.").arg(path, tenant));
    const QString objectId = in.value(QStringLiteral("objectId")).toString();
    if (objectId.isEmpty())
        return badRequest(QStringLiteral("The parameter %1.objectId is required.").arg(path));
    QJsonObject out{{QStringLiteral("tenantId"), tenant.toLower()}, {QStringLiteral("objectId"), objectId}};
    const QString app = in.value(QStringLiteral("applicationId")).toString();
    if (!app.isEmpty()) {
        if (!isGuid(app))
            return badRequest(
                QStringLiteral("The parameter %1.applicationId must be a GUID; got '%2'.").arg(path, app));
        out.insert(QStringLiteral("applicationId"), app);
    }
    const QJsonValue perms = in.value(QStringLiteral("permissions"));
    if (!perms.isObject())
        return badRequest(QStringLiteral("The parameter %1.permissions is required.").arg(path));
    QJsonObject outPerms;
    const struct
    {
        const char *kind;
        const QStringList &valid;
    } kinds[] = {{"keys", keyPermissions()},
                 {"secrets", secretPermissions()},
                 {"certificates", certificatePermissions()},
                 {"storage", storagePermissions()}};
    const QJsonObject p = perms.toObject();
    for (auto it = p.begin(); it != p.end(); ++it) {
        bool known = false;
        for (const auto &k : kinds)
            known = known || it.key() == QLatin1String(k.kind);
        if (!known)
            return badRequest(QStringLiteral("The parameter %1.permissions.%2 is not valid. Valid permission "
                                             "kinds are 'keys', 'secrets', 'certificates' and 'storage'.")
                                  .arg(path, it.key()));
    }
    for (const auto &k : kinds) {
        const QJsonValue v = p.value(QLatin1String(k.kind));
        if (v.isUndefined() || v.isNull())
            continue;
        if (!v.isArray())
            return badRequest(QStringLiteral("The parameter %1.permissions.%2 must be an array.")
                                  .arg(path, QLatin1String(k.kind)));
        QJsonArray list;
        for (const QJsonValue &s : v.toArray()) {
            if (!k.valid.contains(s.toString().toLower()))
                return badRequest(
                    QStringLiteral(
                        "An invalid value was given to parameter %1.permissions.%2: '%3'. Valid values "
                        "are: %4.")
                        .arg(path, QLatin1String(k.kind), s.toString(), k.valid.join(QStringLiteral(", "))));
            list.append(s.toString());
        }
        outPerms.insert(QLatin1String(k.kind), list);
    }
    out.insert(QStringLiteral("permissions"), outPerms);
    return out;
}

Result<QJsonObject> KeyVaultProvider::apply(const KeyVault *existing, const QJsonObject &body, bool patch,
                                            const QString &subscriptionTenant)
{
    const QJsonObject old = existing ? existing->resource : QJsonObject();
    const QJsonObject oldProps = old.value(QStringLiteral("properties")).toObject();
    const QJsonValue propsValue = body.value(QStringLiteral("properties"));
    if (!patch && !propsValue.isObject())
        return badRequest(QStringLiteral("The request body must contain the vault's properties."));
    const QJsonObject in = propsValue.toObject();
    QJsonObject out;
    if (patch) {
        out = old;
    } else {
        const QString location = body.value(QStringLiteral("location")).toString();
        if (location.isEmpty())
            return badRequest(QStringLiteral("The location property is required for this definition."),
                              QStringLiteral("LocationRequired"));
        if (existing &&
            location.compare(old.value(QStringLiteral("location")).toString(), Qt::CaseInsensitive) != 0)
            return badRequest(
                QStringLiteral("The location of an existing vault cannot be changed (it is '%1').")
                    .arg(old.value(QStringLiteral("location")).toString()),
                QStringLiteral("LocationNotAvailableForResourceType"));
        out.insert(QStringLiteral("location"), existing ? old.value(QStringLiteral("location")).toString()
                                                        : location.toLower().remove(u' '));
    }
    if (body.contains(QStringLiteral("tags"))) {
        if (!body.value(QStringLiteral("tags")).isObject())
            return badRequest(QStringLiteral("The parameter tags must be an object."));
        out.insert(QStringLiteral("tags"), body.value(QStringLiteral("tags")));
    } else if (!patch) {
        out.insert(QStringLiteral("tags"), existing ? old.value(QStringLiteral("tags")) : QJsonObject());
    }

    QJsonObject props = patch ? oldProps : QJsonObject();
    const auto has = [&in](const char *k) {
        return in.contains(QLatin1String(k)) && !in.value(QLatin1String(k)).isNull();
    };

    // tenantId
    if (has("tenantId") || !patch) {
        const QString tenant = in.value(QStringLiteral("tenantId")).toString();
        if (!isGuid(tenant))
            return badRequest(
                QStringLiteral("The parameter properties.tenantId is required and must be a GUID."));
        if (tenant.compare(subscriptionTenant, Qt::CaseInsensitive) != 0)
            return badRequest(
                QStringLiteral("The tenant '%1' is not the tenant '%2' of the vault's subscription.")
                    .arg(tenant, subscriptionTenant),
                QStringLiteral("InvalidTenantId"));
        props.insert(QStringLiteral("tenantId"), tenant.toLower());
    }
    // sku
    if (has("sku") || !patch) {
        const QJsonObject sku = in.value(QStringLiteral("sku")).toObject();
        const QString family = sku.value(QStringLiteral("family")).toString(QStringLiteral("A"));
        const QString name = sku.value(QStringLiteral("name")).toString();
        if (family != QLatin1String("A") || (!eq(name, "standard") && !eq(name, "premium")))
            return badRequest(QStringLiteral("The parameter properties.sku is required: {\"family\": \"A\", "
                                             "\"name\": \"standard\" | \"premium\"}."));
        props.insert(QStringLiteral("sku"), QJsonObject{{QStringLiteral("family"), QStringLiteral("A")},
                                                        {QStringLiteral("name"), name.toLower()}});
    }
    // createMode
    const QString createMode = in.value(QStringLiteral("createMode")).toString(QStringLiteral("default"));
    if (eq(createMode, "recover"))
        return badRequest(
            QStringLiteral("No soft-deleted vault with this name exists: the local cloud removes "
                           "deleted vaults at once."),
            QStringLiteral("DeletedVaultNotFound"));
    if (!eq(createMode, "default"))
        return badRequest(QStringLiteral("Invalid value '%1' for properties.createMode. Valid values are "
                                         "'default' and 'recover'.")
                              .arg(createMode));
    // Soft delete: on by default, irreversible.
    if (has("enableSoftDelete") && !in.value(QStringLiteral("enableSoftDelete")).toBool())
        return badRequest(
            QStringLiteral("The property \"enableSoftDelete\" cannot be set to false. Enabling the "
                           "soft delete for a vault is an irreversible action."));
    props.insert(QStringLiteral("enableSoftDelete"), true);
    // Retention: 7-90 days, set at creation only.
    const int oldRetention = oldProps.value(QStringLiteral("softDeleteRetentionInDays")).toInt(90);
    if (has("softDeleteRetentionInDays")) {
        const QJsonValue r = in.value(QStringLiteral("softDeleteRetentionInDays"));
        const double days = r.toDouble(-1);
        if (!r.isDouble() || days != double(int(days)) || days < 7 || days > 90)
            return badRequest(
                QStringLiteral("The property \"softDeleteRetentionInDays\" must be an integer between "
                               "7 and 90."));
        if (existing && int(days) != oldRetention)
            return badRequest(
                QStringLiteral("The property \"softDeleteRetentionInDays\" has been set already and "
                               "it can't be modified."));
        props.insert(QStringLiteral("softDeleteRetentionInDays"), int(days));
    } else {
        props.insert(QStringLiteral("softDeleteRetentionInDays"), existing ? oldRetention : 90);
    }
    // Purge protection: true or absent; irreversible.
    const bool purgeWasOn = oldProps.value(QStringLiteral("enablePurgeProtection")).toBool();
    if (has("enablePurgeProtection")) {
        if (!in.value(QStringLiteral("enablePurgeProtection")).toBool())
            return badRequest(QStringLiteral("The property \"enablePurgeProtection\" cannot be set to false. "
                                             "Enabling the purge protection for a vault is an irreversible "
                                             "action."));
        props.insert(QStringLiteral("enablePurgeProtection"), true);
    } else if (purgeWasOn) {
        props.insert(QStringLiteral("enablePurgeProtection"), true);
    }
    for (const char *flag : {"enableRbacAuthorization", "enabledForDeployment", "enabledForDiskEncryption",
                             "enabledForTemplateDeployment"}) {
        if (has(flag)) {
            if (!in.value(QLatin1String(flag)).isBool())
                return badRequest(
                    QStringLiteral("The property \"%1\" must be a boolean.").arg(QLatin1String(flag)));
            props.insert(QLatin1String(flag), in.value(QLatin1String(flag)).toBool());
        } else if (!patch) {
            props.insert(QLatin1String(flag), false);
        }
    }
    // Access policies.
    if (has("accessPolicies") || !patch) {
        const QJsonValue v = in.value(QStringLiteral("accessPolicies"));
        if (!v.isUndefined() && !v.isNull() && !v.isArray())
            return badRequest(QStringLiteral("The parameter properties.accessPolicies must be an array."));
        const QJsonArray list = v.toArray();
        if (list.size() > 1024)
            return badRequest(
                QStringLiteral("The number of access policies (%1) exceeds the maximum of 1024.")
                    .arg(list.size()),
                QStringLiteral("AccessPolicyLimitExceeded"));
        QJsonArray policies;
        for (qsizetype i = 0; i < list.size(); ++i) {
            auto p = validateAccessPolicy(list[i], QStringLiteral("properties.accessPolicies[%1]").arg(i));
            if (!p)
                return p.error();
            policies.append(p.value());
        }
        props.insert(QStringLiteral("accessPolicies"), policies);
    }
    if (has("networkAcls")) {
        auto acls = validateNetworkAcls(in.value(QStringLiteral("networkAcls")));
        if (!acls)
            return acls.error();
        props.insert(QStringLiteral("networkAcls"), acls.value());
    } else if (!patch) {
        props.remove(QStringLiteral("networkAcls"));
    }
    if (has("publicNetworkAccess") || !patch) {
        const QString pna =
            in.value(QStringLiteral("publicNetworkAccess")).toString(QStringLiteral("Enabled"));
        if (!eq(pna, "Enabled") && !eq(pna, "Disabled"))
            return badRequest(
                QStringLiteral("Invalid value '%1' for properties.publicNetworkAccess. Valid values "
                               "are 'Enabled' and 'Disabled'.")
                    .arg(pna));
        props.insert(QStringLiteral("publicNetworkAccess"),
                     eq(pna, "Disabled") ? QStringLiteral("Disabled") : QStringLiteral("Enabled"));
    }
    props.insert(QStringLiteral("provisioningState"), QStringLiteral("Succeeded"));
    props.remove(QStringLiteral("vaultUri"));
    out.insert(QStringLiteral("properties"), props);
    return out;
}

void KeyVaultProvider::handle(const ArmCall &call, const ArmTarget &target)
{
    if (target.nested)
        return call.notFound();
    const QStringList &rest = target.rest;
    const QByteArray &m = call.request.method;
    if (rest.isEmpty()) {
        if (m != "GET")
            return call.methodNotAllowed();
        return list(call, target);
    }
    if (rest.size() == 1) {
        if (target.resourceGroup.isEmpty())
            return call.notFound();
        return vault(call, target, rest[0]);
    }
    if (rest.size() == 3 && eq(rest[1], "accessPolicies") && !target.resourceGroup.isEmpty()) {
        if (m != "PUT")
            return call.methodNotAllowed();
        return accessPolicies(call, target, rest[0], rest[2]);
    }
    call.notFound();
}

void KeyVaultProvider::list(const ArmCall &call, const ArmTarget &target)
{
    if (!call.authorize(QLatin1String(kActionRead), target.scope))
        return;
    if (!target.resourceGroup.isEmpty() &&
        !call.ctx.store->resourceGroup(target.subscriptionId, target.resourceGroup))
        return call.error(
            404, QStringLiteral("ResourceGroupNotFound"),
            QStringLiteral("Resource group '%1' could not be found.").arg(target.resourceGroup));
    QJsonArray value;
    for (const KeyVault &v : call.ctx.store->vaults(target.subscriptionId, target.resourceGroup))
        value.append(render(v, call.ctx));
    call.send(HttpResponse::json(200, QJsonObject{{QStringLiteral("value"), value}}));
}

void KeyVaultProvider::vault(const ArmCall &call, const ArmTarget &target, const QString &name)
{
    const QByteArray &m = call.request.method;
    const QString id = target.typePath + u'/' + name;
    QString action;
    if (m == "GET")
        action = QLatin1String(kActionRead);
    else if (m == "PUT" || m == "PATCH")
        action = QLatin1String(kActionWrite);
    else if (m == "DELETE")
        action = QLatin1String(kActionDelete);
    else
        return call.methodNotAllowed();
    if (!call.authorize(action, id))
        return;
    Store *store = call.ctx.store;
    if (!store->resourceGroup(target.subscriptionId, target.resourceGroup))
        return call.error(
            404, QStringLiteral("ResourceGroupNotFound"),
            QStringLiteral("Resource group '%1' could not be found.").arg(target.resourceGroup));
    const auto existing = store->vault(target.subscriptionId, target.resourceGroup, name);
    const auto notFound = [&] {
        call.error(
            404, QStringLiteral("ResourceNotFound"),
            QStringLiteral("The Resource '%1/%2' under resource group '%3' was not found. For more details "
                           "please go to https://aka.ms/ARMResourceNotFoundFix")
                .arg(QLatin1String(kVaultsType), name, target.resourceGroup));
    };
    if (m == "GET") {
        if (!existing)
            return notFound();
        return call.send(HttpResponse::json(200, render(*existing, call.ctx)));
    }
    if (m == "DELETE") {
        if (!existing)
            return call.send(HttpResponse::empty(204));
        if (auto r = store->deleteVault(existing->name); !r)
            return call.error(500, QStringLiteral("InternalServerError"), r.error().message);
        return call.send(HttpResponse::empty(200));
    }
    const bool patch = m == "PATCH";
    if (patch && !existing)
        return notFound();
    if (!patch && !existing && !isValidName(name))
        return call.error(
            400, QStringLiteral("VaultNameNotValid"),
            QStringLiteral("The vault name '%1' is invalid. A vault's name must be between 3-24 "
                           "alphanumeric characters. The name must begin with a letter, end with a "
                           "letter or digit, and not contain consecutive hyphens.")
                .arg(name));
    const QJsonDocument doc = QJsonDocument::fromJson(call.request.body);
    if (!doc.isObject())
        return call.error(400, QStringLiteral("InvalidRequestContent"),
                          QStringLiteral("The request content was invalid and could not be deserialized."));
    const auto sub = store->subscription(target.subscriptionId);
    auto resource =
        apply(existing ? &*existing : nullptr, doc.object(), patch, sub ? sub->tenantId : QString());
    if (!resource)
        return call.error(resource.error().httpStatus, resource.error().code, resource.error().message);
    KeyVault v{target.subscriptionId, target.resourceGroup, existing ? existing->name : name,
               resource.value()};
    if (auto r = store->putVault(v); !r) {
        if (r.error().httpStatus == 409)
            return call.error(
                409, QStringLiteral("VaultAlreadyExists"),
                QStringLiteral("The vault name '%1' is already in use. Vault names are globally "
                               "unique so it is possible that the name is already taken.")
                    .arg(name));
        return call.error(500, QStringLiteral("InternalServerError"), r.error().message);
    }
    call.send(HttpResponse::json(existing ? 200 : 201, render(v, call.ctx)));
}

void KeyVaultProvider::accessPolicies(const ArmCall &call, const ArmTarget &target, const QString &name,
                                      const QString &kind)
{
    const QString id = target.typePath + u'/' + name;
    // The dedicated action, or write on the vault itself.
    if (!call.isAllowed(QLatin1String(kActionAccessPolicies), id) &&
        !call.isAllowed(QLatin1String(kActionWrite), id)) {
        call.authorize(QLatin1String(kActionAccessPolicies), id); // sends the 403
        return;
    }
    if (!eq(kind, "add") && !eq(kind, "replace") && !eq(kind, "remove"))
        return call.error(400, QStringLiteral("BadRequest"),
                          QStringLiteral("Invalid access policy operation '%1'. Valid operations are 'add', "
                                         "'replace' and 'remove'.")
                              .arg(kind));
    Store *store = call.ctx.store;
    auto existing = store->vault(target.subscriptionId, target.resourceGroup, name);
    if (!existing)
        return call.error(
            404, QStringLiteral("ResourceNotFound"),
            QStringLiteral("The Resource '%1/%2' under resource group '%3' was not found. For more "
                           "details please go to https://aka.ms/ARMResourceNotFoundFix")
                .arg(QLatin1String(kVaultsType), name, target.resourceGroup));
    const QJsonObject body = QJsonDocument::fromJson(call.request.body).object();
    const QJsonValue listValue =
        body.value(QStringLiteral("properties")).toObject().value(QStringLiteral("accessPolicies"));
    if (!listValue.isArray())
        return call.error(400, QStringLiteral("BadRequest"),
                          QStringLiteral("The parameter properties.accessPolicies is required."));
    QJsonObject props = existing->resource.value(QStringLiteral("properties")).toObject();
    QJsonArray policies = props.value(QStringLiteral("accessPolicies")).toArray();
    const QJsonArray changes = listValue.toArray();
    for (qsizetype i = 0; i < changes.size(); ++i) {
        auto entry = validateAccessPolicy(changes[i], QStringLiteral("properties.accessPolicies[%1]").arg(i));
        if (!entry)
            return call.error(400, entry.error().code, entry.error().message);
        const QJsonObject e = entry.value();
        const QJsonObject perms = e.value(QStringLiteral("permissions")).toObject();
        qsizetype found = -1;
        for (qsizetype j = 0; j < policies.size(); ++j) {
            if (samePrincipal(policies[j].toObject(), e))
                found = j;
        }
        if (eq(kind, "remove")) {
            if (found < 0)
                continue;
            QJsonObject p = policies[found].toObject();
            const QJsonObject left =
                mergePermissions(p.value(QStringLiteral("permissions")).toObject(), perms, true);
            if (isEmptyPolicy(left) || isEmptyPolicy(perms)) {
                policies.removeAt(found);
            } else {
                p.insert(QStringLiteral("permissions"), left);
                policies[found] = p;
            }
        } else if (found < 0) {
            policies.append(e);
        } else {
            QJsonObject p = policies[found].toObject();
            p.insert(QStringLiteral("permissions"),
                     eq(kind, "replace")
                         ? perms
                         : mergePermissions(p.value(QStringLiteral("permissions")).toObject(), perms, false));
            policies[found] = p;
        }
    }
    if (policies.size() > 1024)
        return call.error(400, QStringLiteral("AccessPolicyLimitExceeded"),
                          QStringLiteral("The number of access policies (%1) exceeds the maximum of 1024.")
                              .arg(policies.size()));
    props.insert(QStringLiteral("accessPolicies"), policies);
    existing->resource.insert(QStringLiteral("properties"), props);
    if (auto r = store->putVault(*existing); !r)
        return call.error(500, QStringLiteral("InternalServerError"), r.error().message);
    call.send(HttpResponse::json(
        200, QJsonObject{
                 {QStringLiteral("id"), id + QStringLiteral("/accessPolicies/") + kind.toLower()},
                 {QStringLiteral("name"), kind.toLower()},
                 {QStringLiteral("type"), QStringLiteral("Microsoft.KeyVault/vaults/accessPolicies")},
                 {QStringLiteral("location"), existing->resource.value(QStringLiteral("location"))},
                 {QStringLiteral("properties"), QJsonObject{{QStringLiteral("accessPolicies"), policies}}}}));
}

} // namespace csc::emu
