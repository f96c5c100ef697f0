// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "core/CosmosAccount.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrl>

namespace csc {

namespace {

QString str(const QJsonObject &o, QLatin1String key)
{
    return o.value(key).toString();
}

ApiError parseError(const QString &message)
{
    return ApiError::make(ApiError::Kind::Parse, message);
}

ApiError missingField(const char *type, const QString &field)
{
    return parseError(QCoreApplication::translate("csc::CosmosAccount", "The %1 object has no \"%2\".")
                          .arg(QLatin1String(type), field));
}

/// ARM timestamps: "2022-02-25T20:30:11Z", also with up to 7 fractional digits.
QDateTime parseTime(const QString &s)
{
    if (s.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (t.isValid())
        return t.toUTC();
    // Qt reads at most milliseconds; drop further fractional digits (".1234567Z" -> ".123Z").
    static const QLatin1Char dot('.');
    const qsizetype d = s.indexOf(dot, s.indexOf(QLatin1Char('T')));
    if (d < 0)
        return {};
    qsizetype end = d + 1;
    while (end < s.size() && s.at(end).isDigit())
        ++end;
    const QString trimmed = s.left(std::min(end, d + 4)) + s.mid(end);
    t = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QStringList stringArray(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray a = v.toArray();
    for (const QJsonValue &e : a) {
        // networkAclBypassResourceIds are strings; tolerate {"id": ...} objects as well.
        const QString s = e.isObject() ? e.toObject().value(QLatin1String("id")).toString() : e.toString();
        if (!s.isEmpty())
            out << s;
    }
    return out;
}

} // namespace

ArmResourceId ArmResourceId::parse(const QString &id)
{
    ArmResourceId r;
    const QStringList segs = id.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i + 1 < segs.size(); ++i) {
        const QString &seg = segs.at(i);
        if (r.subscriptionId.isEmpty() &&
            seg.compare(QLatin1String("subscriptions"), Qt::CaseInsensitive) == 0)
            r.subscriptionId = segs.at(i + 1);
        else if (r.resourceGroup.isEmpty() &&
                 seg.compare(QLatin1String("resourceGroups"), Qt::CaseInsensitive) == 0)
            r.resourceGroup = segs.at(i + 1);
        else if (r.providerNamespace.isEmpty() &&
                 seg.compare(QLatin1String("providers"), Qt::CaseInsensitive) == 0)
            r.providerNamespace = segs.at(i + 1);
        else
            continue;
        ++i; // skip the value just taken
    }
    if (!segs.isEmpty())
        r.name = segs.constLast();
    return r;
}

bool ArmResourceId::sameId(const QString &a, const QString &b)
{
    auto norm = [](const QString &s) {
        QString t = s.trimmed();
        while (t.endsWith(QLatin1Char('/')))
            t.chop(1);
        return t;
    };
    return norm(a).compare(norm(b), Qt::CaseInsensitive) == 0;
}

Result<Subscription> Subscription::fromJson(const QJsonObject &json)
{
    Subscription s;
    s.id = str(json, QLatin1String("id"));
    s.subscriptionId = str(json, QLatin1String("subscriptionId"));
    if (s.subscriptionId.isEmpty())
        s.subscriptionId = ArmResourceId::parse(s.id).subscriptionId;
    if (s.subscriptionId.isEmpty())
        return missingField("subscription", QStringLiteral("subscriptionId"));
    if (s.id.isEmpty())
        s.id = QStringLiteral("/subscriptions/") + s.subscriptionId;
    s.displayName = str(json, QLatin1String("displayName"));
    if (s.displayName.isEmpty())
        s.displayName = s.subscriptionId;
    s.state = str(json, QLatin1String("state"));
    s.tenantId = str(json, QLatin1String("tenantId"));
    return s;
}

Result<ResourceGroup> ResourceGroup::fromJson(const QJsonObject &json)
{
    ResourceGroup g;
    g.id = str(json, QLatin1String("id"));
    if (g.id.isEmpty())
        return missingField("resource group", QStringLiteral("id"));
    g.name = str(json, QLatin1String("name"));
    if (g.name.isEmpty())
        return missingField("resource group", QStringLiteral("name"));
    g.location = str(json, QLatin1String("location"));
    g.subscriptionId = ArmResourceId::parse(g.id).subscriptionId;
    return g;
}

bool CosmosAccount::Identity::hasSystemAssigned() const
{
    return type.contains(QLatin1String("SystemAssigned"), Qt::CaseInsensitive);
}

bool CosmosAccount::Identity::hasUserAssigned() const
{
    return type.contains(QLatin1String("UserAssigned"), Qt::CaseInsensitive) ||
           !userAssignedIdentities.isEmpty();
}

Result<CosmosAccount> CosmosAccount::fromJson(const QJsonObject &json)
{
    CosmosAccount a;
    a.id = str(json, QLatin1String("id"));
    if (a.id.isEmpty())
        return missingField("database account", QStringLiteral("id"));
    a.name = str(json, QLatin1String("name"));
    if (a.name.isEmpty())
        return missingField("database account", QStringLiteral("name"));
    a.raw = json;
    const ArmResourceId rid = ArmResourceId::parse(a.id);
    a.subscriptionId = rid.subscriptionId;
    a.resourceGroup = rid.resourceGroup;
    a.type = str(json, QLatin1String("type"));
    a.location = str(json, QLatin1String("location"));
    a.kind = str(json, QLatin1String("kind"));
    const QJsonObject tags = json.value(QLatin1String("tags")).toObject();
    for (auto it = tags.begin(); it != tags.end(); ++it)
        a.tags.insert(it.key(), it.value().toString());

    const QJsonObject p = json.value(QLatin1String("properties")).toObject();
    a.documentEndpoint = str(p, QLatin1String("documentEndpoint"));
    a.provisioningState = str(p, QLatin1String("provisioningState"));
    a.disableLocalAuth = p.value(QLatin1String("disableLocalAuth")).toBool(false);
    a.disableKeyBasedMetadataWriteAccess =
        p.value(QLatin1String("disableKeyBasedMetadataWriteAccess")).toBool(false);
    a.publicNetworkAccess = str(p, QLatin1String("publicNetworkAccess"));

    const QJsonValue ipRules = p.value(QLatin1String("ipRules"));
    if (ipRules.isArray()) {
        const QJsonArray rules = ipRules.toArray();
        for (const QJsonValue &r : rules) {
            const QString ip =
                (r.isObject() ? r.toObject().value(QLatin1String("ipAddressOrRange")).toString()
                              : r.toString())
                    .trimmed();
            if (!ip.isEmpty())
                a.ipRules << ip;
        }
    }
    if (a.ipRules.isEmpty())
        a.ipRules = splitIpRangeFilter(str(p, QLatin1String("ipRangeFilter")));

    a.isVirtualNetworkFilterEnabled = p.value(QLatin1String("isVirtualNetworkFilterEnabled")).toBool(false);
    const QJsonArray vnetRules = p.value(QLatin1String("virtualNetworkRules")).toArray();
    for (const QJsonValue &v : vnetRules) {
        const QJsonObject o = v.toObject();
        VirtualNetworkRule rule{str(o, QLatin1String("id")),
                                o.value(QLatin1String("ignoreMissingVNetServiceEndpoint")).toBool(false)};
        if (!rule.id.isEmpty())
            a.virtualNetworkRules << rule;
    }
    a.networkAclBypass = str(p, QLatin1String("networkAclBypass"));
    a.networkAclBypassResourceIds = stringArray(p.value(QLatin1String("networkAclBypassResourceIds")));

    const QJsonArray pecs = p.value(QLatin1String("privateEndpointConnections")).toArray();
    for (const QJsonValue &v : pecs) {
        const QJsonObject o = v.toObject();
        const QJsonObject pp = o.value(QLatin1String("properties")).toObject();
        const QJsonObject state = pp.value(QLatin1String("privateLinkServiceConnectionState")).toObject();
        PrivateEndpointConnection c;
        c.id = str(o, QLatin1String("id"));
        c.name = str(o, QLatin1String("name"));
        c.privateEndpointId = str(pp.value(QLatin1String("privateEndpoint")).toObject(), QLatin1String("id"));
        c.status = str(state, QLatin1String("status"));
        c.description = str(state, QLatin1String("description"));
        c.groupId = str(pp, QLatin1String("groupId"));
        c.provisioningState = str(pp, QLatin1String("provisioningState"));
        if (c.name.isEmpty())
            c.name = ArmResourceId::parse(c.id).name;
        a.privateEndpointConnections << c;
    }

    a.keyVaultKeyUri = str(p, QLatin1String("keyVaultKeyUri"));
    a.keyVaultKeyUriVersion = str(p, QLatin1String("keyVaultKeyUriVersion"));
    a.customerManagedKeyStatus = str(p, QLatin1String("customerManagedKeyStatus"));
    a.defaultIdentity = str(p, QLatin1String("defaultIdentity"));
    a.minimalTlsVersion = str(p, QLatin1String("minimalTlsVersion"));

    const QJsonObject identity = json.value(QLatin1String("identity")).toObject();
    a.identity.type = str(identity, QLatin1String("type"));
    a.identity.principalId = str(identity, QLatin1String("principalId"));
    a.identity.tenantId = str(identity, QLatin1String("tenantId"));
    const QJsonObject uais = identity.value(QLatin1String("userAssignedIdentities")).toObject();
    for (auto it = uais.begin(); it != uais.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        a.identity.userAssignedIdentities.insert(
            it.key(),
            UserAssignedIdentity{str(o, QLatin1String("principalId")), str(o, QLatin1String("clientId"))});
    }

    const QJsonObject km = p.value(QLatin1String("keysMetadata")).toObject();
    auto gen = [&km](QLatin1String key) {
        return parseTime(str(km.value(key).toObject(), QLatin1String("generationTime")));
    };
    a.keysMetadata.primaryMasterKey = gen(QLatin1String("primaryMasterKey"));
    a.keysMetadata.secondaryMasterKey = gen(QLatin1String("secondaryMasterKey"));
    a.keysMetadata.primaryReadonlyMasterKey = gen(QLatin1String("primaryReadonlyMasterKey"));
    a.keysMetadata.secondaryReadonlyMasterKey = gen(QLatin1String("secondaryReadonlyMasterKey"));
    return a;
}

bool CosmosAccount::isPublicNetworkAccessEnabled() const
{
    return publicNetworkAccess.isEmpty() ||
           publicNetworkAccess.compare(QLatin1String("Enabled"), Qt::CaseInsensitive) == 0;
}

QString CosmosAccount::keyVaultName() const
{
    if (keyVaultKeyUri.isEmpty())
        return {};
    const QUrl url(keyVaultKeyUri);
    const QString host = url.host();
    // A vault on a loopback address (the local cloud) has no name in its URI: show where it is instead.
    const bool ipLiteral = !host.isEmpty() && (host.front().isDigit() || host.contains(QLatin1Char(':')));
    if (ipLiteral || host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return url.port() > 0 ? QStringLiteral("%1:%2").arg(host).arg(url.port()) : host;
    return host.section(QLatin1Char('.'), 0, 0);
}

QStringList CosmosAccount::splitIpRangeFilter(const QString &filter)
{
    QStringList out;
    const QStringList parts = filter.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString t = part.trimmed();
        if (!t.isEmpty())
            out << t;
    }
    return out;
}

bool CosmosAccount::operator==(const CosmosAccount &o) const
{
    return id == o.id && name == o.name && type == o.type && location == o.location && kind == o.kind &&
           tags == o.tags && raw == o.raw;
}

} // namespace csc
