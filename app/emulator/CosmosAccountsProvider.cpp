// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "emulator/CosmosAccountsProvider.h"

#include "core/Clock.h"
#include "emulator/AccountEncryption.h"
#include "emulator/ArmErrors.h"
#include "emulator/CosmosOperations.h"
#include "emulator/CustomerManagedKeys.h"
#include "emulator/ManagedIdentitiesProvider.h"
#include "emulator/SqlRbacResources.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace csc::emu {

namespace {

const QString kAccountsType = QStringLiteral("Microsoft.DocumentDB/databaseAccounts");
const QString kActionRead = QStringLiteral("Microsoft.DocumentDB/databaseAccounts/read");

bool eq(const QString &a, const char *b)
{
    return a.compare(QLatin1String(b), Qt::CaseInsensitive) == 0;
}

QString regionId(const QString &displayName)
{
    return displayName.toLower().remove(u' ');
}

bool isPrivateIpv4(quint32 a)
{
    return (a >> 24) == 10 || (a >> 22) == ((100u << 2) | 1u) /* 100.64/10 */ ||
           (a >> 20) == ((172u << 4) | 1u) || (a >> 16) == ((192u << 8) | 168u);
}

/// Validates one firewall entry the way the Cosmos RP does: IPv4 address or CIDR, no private ranges.
QString ipRuleProblem(const QString &value)
{
    const QStringList parts = value.split(u'/');
    QHostAddress addr;
    if (parts.size() > 2 || !addr.setAddress(parts[0]) || addr.protocol() != QAbstractSocket::IPv4Protocol)
        return QStringLiteral(
                   "Invalid IP address or range '%1'. Only IPv4 addresses and CIDR ranges are supported.")
            .arg(value);
    if (parts.size() == 2) {
        bool ok = false;
        const int bits = parts[1].toInt(&ok);
        if (!ok || bits < 0 || bits > 32)
            return QStringLiteral("Invalid IP address or range '%1'. Only IPv4 addresses and CIDR ranges are "
                                  "supported.")
                .arg(value);
    }
    if (isPrivateIpv4(addr.toIPv4Address()))
        return QStringLiteral(
                   "IP address or range '%1' is not allowed. IP addresses in private ranges (10.0.0.0/8, "
                   "100.64.0.0/10, 172.16.0.0/12, 192.168.0.0/16) cannot be enforced by the IP firewall.")
            .arg(value);
    return {};
}

QJsonObject identityWithIds(const QJsonObject &requested, const QJsonObject &current, const QString &tenantId)
{
    const QString type = requested.value(QStringLiteral("type")).toString();
    if (type.isEmpty() || eq(type, "None"))
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("None")}};
    QJsonObject out{{QStringLiteral("type"), type}};
    if (type.contains(QLatin1String("SystemAssigned"), Qt::CaseInsensitive)) {
        const QString existing = current.value(QStringLiteral("principalId")).toString();
        out.insert(QStringLiteral("principalId"), existing.isEmpty() ? newGuid() : existing);
        out.insert(QStringLiteral("tenantId"), tenantId);
    }
    if (type.contains(QLatin1String("UserAssigned"), Qt::CaseInsensitive)) {
        const QJsonObject oldMap = current.value(QStringLiteral("userAssignedIdentities")).toObject();
        QJsonObject map;
        const QJsonObject req = requested.value(QStringLiteral("userAssignedIdentities")).toObject();
        for (auto it = req.begin(); it != req.end(); ++it) {
            if (it.value().isNull())
                continue; // null removes it
            const QJsonObject prev = oldMap.value(it.key()).toObject();
            map.insert(it.key(), prev.isEmpty() ? QJsonObject{{QStringLiteral("principalId"), newGuid()},
                                                              {QStringLiteral("clientId"), newGuid()}}
                                                : prev);
        }
        out.insert(QStringLiteral("userAssignedIdentities"), map);
    }
    return out;
}

} // namespace

const QStringList &CosmosAccountsProvider::apiVersions() const
{
    static const QStringList versions{
        QStringLiteral("2025-10-15"), QStringLiteral("2025-04-15"), QStringLiteral("2024-11-15"),
        QStringLiteral("2024-08-15"), QStringLiteral("2024-05-15"), QStringLiteral("2024-02-15-preview"),
        QStringLiteral("2023-11-15"), QStringLiteral("2023-09-15"), QStringLiteral("2023-04-15"),
        QStringLiteral("2023-03-15"), QStringLiteral("2022-11-15"), QStringLiteral("2022-08-15"),
        QStringLiteral("2022-05-15"), QStringLiteral("2021-10-15"), QStringLiteral("2021-06-15"),
        QStringLiteral("2021-05-15"), QStringLiteral("2021-04-15"), QStringLiteral("2021-03-15"),
        QStringLiteral("2021-01-15"), QStringLiteral("2020-09-01"), QStringLiteral("2020-04-01"),
        QStringLiteral("2020-03-01"), QStringLiteral("2019-12-12"), QStringLiteral("2019-08-01"),
        QStringLiteral("2016-03-31"), QStringLiteral("2016-03-19"), QStringLiteral("2015-11-06"),
        QStringLiteral("2015-04-08")};
    return versions;
}

QJsonObject CosmosAccountsProvider::newAccountResource(const QString &name, const QString &location,
                                                       const QString &kind)
{
    const QString region = regionId(location);
    const QJsonObject loc{{QStringLiteral("id"), name + u'-' + region},
                          {QStringLiteral("locationName"), location},
                          {QStringLiteral("provisioningState"), QStringLiteral("Succeeded")},
                          {QStringLiteral("failoverPriority"), 0},
                          {QStringLiteral("isZoneRedundant"), false}};
    const QString created = Clock::now().toUTC().toString(Qt::ISODateWithMs);
    const QJsonObject keyTime{{QStringLiteral("generationTime"), Clock::now().toUTC().toString(Qt::ISODate)}};
    QJsonObject props{
        {QStringLiteral("provisioningState"), QStringLiteral("Succeeded")},
        {QStringLiteral("publicNetworkAccess"), QStringLiteral("Enabled")},
        {QStringLiteral("enableAutomaticFailover"), false},
        {QStringLiteral("enableMultipleWriteLocations"), false},
        {QStringLiteral("enablePartitionKeyMonitor"), false},
        {QStringLiteral("isVirtualNetworkFilterEnabled"), false},
        {QStringLiteral("virtualNetworkRules"), QJsonArray{}},
        {QStringLiteral("EnabledApiTypes"),
         kind == QLatin1String("MongoDB") ? QStringLiteral("MongoDB") : QStringLiteral("Sql")},
        {QStringLiteral("disableKeyBasedMetadataWriteAccess"), false},
        {QStringLiteral("enableFreeTier"), false},
        {QStringLiteral("enableAnalyticalStorage"), false},
        {QStringLiteral("analyticalStorageConfiguration"),
         QJsonObject{{QStringLiteral("schemaType"), QStringLiteral("WellDefined")}}},
        {QStringLiteral("instanceId"), newGuid()},
        {QStringLiteral("createMode"), QStringLiteral("Default")},
        {QStringLiteral("databaseAccountOfferType"), QStringLiteral("Standard")},
        {QStringLiteral("defaultIdentity"), QStringLiteral("FirstPartyIdentity")},
        {QStringLiteral("networkAclBypass"), QStringLiteral("None")},
        {QStringLiteral("disableLocalAuth"), false},
        {QStringLiteral("enablePartitionMerge"), false},
        {QStringLiteral("enableBurstCapacity"), false},
        {QStringLiteral("minimalTlsVersion"), QStringLiteral("Tls12")},
        {QStringLiteral("consistencyPolicy"),
         QJsonObject{{QStringLiteral("defaultConsistencyLevel"), QStringLiteral("Session")},
                     {QStringLiteral("maxIntervalInSeconds"), 5},
                     {QStringLiteral("maxStalenessPrefix"), 100}}},
        {QStringLiteral("configurationOverrides"), QJsonObject{}},
        {QStringLiteral("writeLocations"), QJsonArray{loc}},
        {QStringLiteral("readLocations"), QJsonArray{loc}},
        {QStringLiteral("locations"), QJsonArray{loc}},
        {QStringLiteral("failoverPolicies"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), name + u'-' + region},
                                {QStringLiteral("locationName"), location},
                                {QStringLiteral("failoverPriority"), 0}}}},
        {QStringLiteral("cors"), QJsonArray{}},
        {QStringLiteral("capabilities"), QJsonArray{}},
        {QStringLiteral("ipRules"), QJsonArray{}},
        {QStringLiteral("backupPolicy"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("Periodic")},
                     {QStringLiteral("periodicModeProperties"),
                      QJsonObject{{QStringLiteral("backupIntervalInMinutes"), 240},
                                  {QStringLiteral("backupRetentionIntervalInHours"), 8},
                                  {QStringLiteral("backupStorageRedundancy"), QStringLiteral("Geo")}}}}},
        {QStringLiteral("networkAclBypassResourceIds"), QJsonArray{}},
        {QStringLiteral("privateEndpointConnections"), QJsonArray{}},
        {QStringLiteral("keysMetadata"),
         QJsonObject{{QStringLiteral("primaryMasterKey"), keyTime},
                     {QStringLiteral("secondaryMasterKey"), keyTime},
                     {QStringLiteral("primaryReadonlyMasterKey"), keyTime},
                     {QStringLiteral("secondaryReadonlyMasterKey"), keyTime}}},
    };
    if (kind == QLatin1String("MongoDB"))
        props.insert(QStringLiteral("apiProperties"),
                     QJsonObject{{QStringLiteral("serverVersion"), QStringLiteral("4.2")}});
    return QJsonObject{
        {QStringLiteral("location"), location},
        {QStringLiteral("tags"), QJsonObject{}},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("identity"), QJsonObject{{QStringLiteral("type"), QStringLiteral("None")}}},
        {QStringLiteral("systemData"), QJsonObject{{QStringLiteral("createdAt"), created}}},
        {QStringLiteral("properties"), props},
    };
}

void CosmosAccountsProvider::handle(const ArmCall &call, const ArmTarget &target)
{
    const QByteArray &m = call.request.method;
    const QStringList &rest = target.rest;
    if (rest.isEmpty()) {
        if (m != "GET")
            return call.methodNotAllowed();
        return list(call, target);
    }
    if (target.resourceGroup.isEmpty() || target.nested)
        return call.notFound();
    const QString name = rest[0];
    if (SqlRbacResources::handles(target)) // {account}/sqlRoleDefinitions..., {account}/sqlRoleAssignments...
        return SqlRbacResources::handle(call, target);
    if (rest.size() == 1) {
        if (m == "GET")
            return account(call, target, name, kActionRead);
        if (m == "PATCH")
            return account(call, target, name, QStringLiteral("Microsoft.DocumentDB/databaseAccounts/write"));
        if (m == "DELETE")
            return account(call, target, name,
                           QStringLiteral("Microsoft.DocumentDB/databaseAccounts/delete"));
        return call.methodNotAllowed();
    }
    if (rest.size() == 2) {
        const QString &op = rest[1];
        if (eq(op, "listKeys") && m == "POST")
            return account(call, target, name,
                           QStringLiteral("Microsoft.DocumentDB/databaseAccounts/listKeys/action"));
        if (eq(op, "readonlykeys") && m == "POST")
            return account(call, target, name,
                           QStringLiteral("Microsoft.DocumentDB/databaseAccounts/readonlykeys/action"));
        if (eq(op, "readonlykeys") && m == "GET")
            return account(call, target, name,
                           QStringLiteral("Microsoft.DocumentDB/databaseAccounts/readonlykeys/read"));
        if (eq(op, "listConnectionStrings") && m == "POST")
            return account(
                call, target, name,
                QStringLiteral("Microsoft.DocumentDB/databaseAccounts/listConnectionStrings/action"));
        if (eq(op, "regenerateKey") && m == "POST")
            return account(call, target, name,
                           QStringLiteral("Microsoft.DocumentDB/databaseAccounts/regenerateKey/action"));
        if (eq(op, "listKeys") || eq(op, "readonlykeys") || eq(op, "listConnectionStrings") ||
            eq(op, "regenerateKey"))
            return call.methodNotAllowed();
    }
    call.notFound();
}

void CosmosAccountsProvider::list(const ArmCall &call, const ArmTarget &target)
{
    const QString &subId = target.subscriptionId;
    const QString &rg = target.resourceGroup;
    if (target.nested)
        return call.notFound();
    if (!call.authorize(kActionRead, target.scope))
        return;
    if (!rg.isEmpty() && !call.ctx.store->resourceGroup(subId, rg))
        return call.error(404, QStringLiteral("ResourceGroupNotFound"),
                          QStringLiteral("Resource group '%1' could not be found.").arg(rg));
    QString after;
    const QString skipToken = call.request.query(QStringLiteral("$skiptoken"));
    if (!skipToken.isEmpty()) {
        const auto decoded = QByteArray::fromBase64Encoding(
            skipToken.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        const QJsonObject token = decoded ? QJsonDocument::fromJson(*decoded).object() : QJsonObject();
        after = token.value(QStringLiteral("after")).toString();
        if (after.isEmpty())
            return call.error(400, QStringLiteral("InvalidSkipToken"),
                              QStringLiteral("The provided skip token '%1' is not valid.").arg(skipToken));
    }
    const int pageSize = qMax(1, call.ctx.pageSize);
    QList<CosmosAccount> page = call.ctx.store->accounts(subId, rg, after, pageSize + 1);
    const bool more = page.size() > pageSize;
    if (more)
        page.resize(pageSize);
    QJsonArray value;
    for (const CosmosAccount &a : page) {
        value.append(render(a, call.apiVersion, call.origin, call.ctx));
    }
    QJsonObject body{{QStringLiteral("value"), value}};
    if (more) {
        const QByteArray token =
            TokenSigner::base64Url(QJsonDocument(QJsonObject{{QStringLiteral("after"), page.last().name}})
                                       .toJson(QJsonDocument::Compact));
        QUrl next(call.origin + call.request.url.path(QUrl::FullyEncoded));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("api-version"), call.apiVersion);
        q.addQueryItem(QStringLiteral("$skiptoken"), QString::fromLatin1(token));
        next.setQuery(q);
        body.insert(QStringLiteral("nextLink"), next.toString(QUrl::FullyEncoded));
    }
    call.send(HttpResponse::json(200, body));
}

QJsonObject CosmosAccountsProvider::render(const CosmosAccount &a, const QString &apiVersion,
                                           const QString &origin, const EmuContext &ctx)
{
    QJsonObject out = a.resource;
    out.insert(QStringLiteral("id"), QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/%3/%4")
                                         .arg(a.subscriptionId, a.resourceGroup, kAccountsType, a.name));
    out.insert(QStringLiteral("name"), a.name);
    out.insert(QStringLiteral("type"), kAccountsType);
    QJsonObject props = out.value(QStringLiteral("properties")).toObject();
    // Endpoints point at the account's own data-plane listener of this emulator (every region of the
    // account is served by it).
    QString live = ctx.documentEndpointOf ? ctx.documentEndpointOf(a.name) : QString();
    if (live.isEmpty())
        live = QStringLiteral("https://%1.documents.localhost:%2/").arg(a.name, origin.section(u':', -1));
    props.insert(QStringLiteral("documentEndpoint"), live);
    // The key is checked as the account's default identity now: a revoked key shows in the status.
    if (ctx.encryption && !props.value(QStringLiteral("keyVaultKeyUri")).toString().isEmpty() &&
        props.value(QStringLiteral("provisioningState")).toString() != QLatin1String("Updating")) {
        const KeyAccess access = ctx.encryption->admit(a.name);
        props.insert(QStringLiteral("customerManagedKeyStatus"), access.status());
        if (const auto now = ctx.store->account(a.subscriptionId, a.resourceGroup, a.name))
            props.insert(QStringLiteral("keyVaultKeyUriVersion"),
                         now->resource.value(QStringLiteral("properties"))
                             .toObject()
                             .value(QStringLiteral("keyVaultKeyUriVersion")));
    }
    for (const char *listName : {"writeLocations", "readLocations", "locations"}) {
        QJsonArray list = props.value(QLatin1String(listName)).toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            QJsonObject l = list[i].toObject();
            l.insert(QStringLiteral("documentEndpoint"), live);
            list[i] = l;
        }
        props.insert(QLatin1String(listName), list);
    }
    // Older api-versions: no minimalTlsVersion before 2022-11-15; ipRangeFilter (comma-separated) before
    // 2019-08-01.
    if (apiVersion < QLatin1String("2022-11-15"))
        props.remove(QStringLiteral("minimalTlsVersion"));
    if (apiVersion < QLatin1String("2021-10-15"))
        props.remove(QStringLiteral("keysMetadata"));
    if (apiVersion < QLatin1String("2021-03-15"))
        props.remove(QStringLiteral("disableLocalAuth"));
    if (apiVersion < QLatin1String("2019-08-01")) {
        QStringList ranges;
        for (const QJsonValue &r : props.value(QStringLiteral("ipRules")).toArray())
            ranges << r.toObject().value(QStringLiteral("ipAddressOrRange")).toString();
        props.remove(QStringLiteral("ipRules"));
        props.insert(QStringLiteral("ipRangeFilter"), ranges.join(u','));
    }
    out.insert(QStringLiteral("properties"), props);
    return out;
}

void CosmosAccountsProvider::account(const ArmCall &call, const ArmTarget &target, const QString &name,
                                     const QString &action)
{
    const QString &subId = target.subscriptionId;
    const QString &rg = target.resourceGroup;
    if (!call.authorize(action, target.typePath + u'/' + name))
        return;
    if (!call.ctx.store->resourceGroup(subId, rg))
        return call.error(404, QStringLiteral("ResourceGroupNotFound"),
                          QStringLiteral("Resource group '%1' could not be found.").arg(rg));
    auto acct = call.ctx.store->account(subId, rg, name);
    if (!acct && call.request.method == "DELETE")
        return call.send(HttpResponse::empty(204));
    if (!acct)
        return call.error(
            404, QStringLiteral("ResourceNotFound"),
            QStringLiteral("The Resource '%1/%2' under resource group '%3' was not found. For more "
                           "details please go to https://aka.ms/ARMResourceNotFoundFix")
                .arg(kAccountsType, name, rg));
    const QString op = target.rest.size() > 1 ? target.rest[1].toLower() : QString();
    if (op.isEmpty() && call.request.method == "GET")
        return call.send(HttpResponse::json(200, render(*acct, call.apiVersion, call.origin, call.ctx)));
    if (op.isEmpty() && call.request.method == "DELETE")
        return CosmosOperations::beginAccepted(
            call, CosmosOperations::operationFor(call, *acct, QLatin1String(CosmosOperations::kDelete), {}));
    if (op.isEmpty())
        return patch(call, *acct);
    if (op == QLatin1String("regeneratekey"))
        return regenerateKey(call, *acct);

    {
        const auto keys = call.ctx.store->accountKeys(acct->name);
        if (!keys)
            return call.error(500, QStringLiteral("InternalServerError"),
                              QStringLiteral("The keys of account '%1' are missing.").arg(acct->name));
        if (op == QLatin1String("listkeys"))
            return call.send(HttpResponse::json(
                200, QJsonObject{
                         {QStringLiteral("primaryMasterKey"), keys->primaryMasterKey},
                         {QStringLiteral("secondaryMasterKey"), keys->secondaryMasterKey},
                         {QStringLiteral("primaryReadonlyMasterKey"), keys->primaryReadonlyMasterKey},
                         {QStringLiteral("secondaryReadonlyMasterKey"), keys->secondaryReadonlyMasterKey}}));
        if (op == QLatin1String("readonlykeys"))
            return call.send(HttpResponse::json(
                200, QJsonObject{
                         {QStringLiteral("primaryReadonlyMasterKey"), keys->primaryReadonlyMasterKey},
                         {QStringLiteral("secondaryReadonlyMasterKey"), keys->secondaryReadonlyMasterKey}}));
        // listConnectionStrings
        const QString endpoint = render(*acct, call.apiVersion, call.origin, call.ctx)
                                     .value(QStringLiteral("properties"))
                                     .toObject()
                                     .value(QStringLiteral("documentEndpoint"))
                                     .toString();
        const auto entry = [&](const QString &key, const char *desc, const char *kind) {
            return QJsonObject{{QStringLiteral("connectionString"),
                                QStringLiteral("AccountEndpoint=%1;AccountKey=%2;").arg(endpoint, key)},
                               {QStringLiteral("description"), QLatin1String(desc)},
                               {QStringLiteral("keyKind"), QLatin1String(kind)},
                               {QStringLiteral("type"), QStringLiteral("Sql")}};
        };
        return call.send(HttpResponse::json(
            200,
            QJsonObject{
                {QStringLiteral("connectionStrings"),
                 QJsonArray{entry(keys->primaryMasterKey, "Primary SQL Connection String", "Primary"),
                            entry(keys->secondaryMasterKey, "Secondary SQL Connection String", "Secondary"),
                            entry(keys->primaryReadonlyMasterKey, "Primary Read-Only SQL Connection String",
                                  "PrimaryReadonly"),
                            entry(keys->secondaryReadonlyMasterKey,
                                  "Secondary Read-Only SQL Connection String", "SecondaryReadonly")}}}));
    }
}

QString CosmosAccountsProvider::keyFieldOf(const QString &keyKind)
{
    static const QList<std::pair<QString, QString>> kinds{
        {QStringLiteral("primary"), QStringLiteral("primaryMasterKey")},
        {QStringLiteral("secondary"), QStringLiteral("secondaryMasterKey")},
        {QStringLiteral("primaryReadonly"), QStringLiteral("primaryReadonlyMasterKey")},
        {QStringLiteral("secondaryReadonly"), QStringLiteral("secondaryReadonlyMasterKey")}};
    for (const auto &k : kinds) {
        if (k.first.compare(keyKind, Qt::CaseInsensitive) == 0)
            return k.second;
    }
    return {};
}

Result<QJsonObject> CosmosAccountsProvider::applyPatch(const CosmosAccount &account, const QJsonObject &patch,
                                                       const QString &tenantId)
{
    const auto bad = [](const QString &message) {
        ApiError e = ApiError::make(ApiError::Kind::Http, message);
        e.httpStatus = 400;
        e.code = QStringLiteral("BadRequest");
        return e;
    };
    QJsonObject resource = account.resource;
    QJsonObject props = resource.value(QStringLiteral("properties")).toObject();
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        const QString &k = it.key();
        if (k == QLatin1String("properties") || k == QLatin1String("tags") || k == QLatin1String("identity"))
            continue;
        if (k == QLatin1String("location")) {
            if (it.value().toString().compare(resource.value(QStringLiteral("location")).toString(),
                                              Qt::CaseInsensitive) != 0 &&
                regionId(it.value().toString()) !=
                    regionId(resource.value(QStringLiteral("location")).toString()))
                return bad(
                    QStringLiteral("The location of an existing database account cannot be changed "
                                   "from '%1' to '%2'.")
                        .arg(resource.value(QStringLiteral("location")).toString(), it.value().toString()));
            continue;
        }
        // Read-only members of the resource are ignored, as ARM does.
        if (k == QLatin1String("id") || k == QLatin1String("name") || k == QLatin1String("type") ||
            k == QLatin1String("kind") || k == QLatin1String("systemData"))
            continue;
        return bad(QStringLiteral("Could not find member '%1' on object of type "
                                  "'DatabaseAccountUpdateParameters'.")
                       .arg(k));
    }
    if (patch.contains(QStringLiteral("properties")) && !patch.value(QStringLiteral("properties")).isObject())
        return bad(QStringLiteral("Invalid value for 'properties': an object is expected."));
    const QJsonObject in = patch.value(QStringLiteral("properties")).toObject();
    // Read-only properties (ignored on PATCH, as ARM does) and updatable ones this local cloud does not
    // change.
    static const QStringList readOnly{QStringLiteral("provisioningState"),
                                      QStringLiteral("documentEndpoint"),
                                      QStringLiteral("writeLocations"),
                                      QStringLiteral("readLocations"),
                                      QStringLiteral("failoverPolicies"),
                                      QStringLiteral("privateEndpointConnections"),
                                      QStringLiteral("instanceId"),
                                      QStringLiteral("keysMetadata"),
                                      QStringLiteral("keyVaultKeyUriVersion"),
                                      QStringLiteral("customerManagedKeyStatus"),
                                      QStringLiteral("databaseAccountOfferType")};
    static const QStringList unsupported{QStringLiteral("locations"),
                                         QStringLiteral("enableCassandraConnector"),
                                         QStringLiteral("connectorOffer"),
                                         QStringLiteral("enableFreeTier"),
                                         QStringLiteral("apiProperties"),
                                         QStringLiteral("diagnosticLogSettings"),
                                         QStringLiteral("capacityMode"),
                                         QStringLiteral("enableMaterializedViews"),
                                         QStringLiteral("enablePriorityBasedExecution"),
                                         QStringLiteral("defaultPriorityLevel"),
                                         QStringLiteral("enablePerRegionPerPartitionAutoscale"),
                                         QStringLiteral("enableAllVersionsAndDeletesChangeFeed"),
                                         QStringLiteral("ipRangeFilter")};
    static const QStringList supported{QStringLiteral("publicNetworkAccess"),
                                       QStringLiteral("minimalTlsVersion"),
                                       QStringLiteral("networkAclBypass"),
                                       QStringLiteral("disableLocalAuth"),
                                       QStringLiteral("disableKeyBasedMetadataWriteAccess"),
                                       QStringLiteral("isVirtualNetworkFilterEnabled"),
                                       QStringLiteral("enableAutomaticFailover"),
                                       QStringLiteral("enableAnalyticalStorage"),
                                       QStringLiteral("enableMultipleWriteLocations"),
                                       QStringLiteral("enableBurstCapacity"),
                                       QStringLiteral("enablePartitionMerge"),
                                       QStringLiteral("ipRules"),
                                       QStringLiteral("virtualNetworkRules"),
                                       QStringLiteral("networkAclBypassResourceIds"),
                                       QStringLiteral("cors"),
                                       QStringLiteral("capabilities"),
                                       QStringLiteral("consistencyPolicy"),
                                       QStringLiteral("backupPolicy"),
                                       QStringLiteral("analyticalStorageConfiguration"),
                                       QStringLiteral("capacity"),
                                       QStringLiteral("keyVaultKeyUri"),
                                       QStringLiteral("defaultIdentity")};
    for (auto it = in.begin(); it != in.end(); ++it) {
        if (supported.contains(it.key()) || readOnly.contains(it.key()))
            continue;
        if (unsupported.contains(it.key()))
            return bad(QStringLiteral("Updating the property '%1' of a database account is not supported by "
                                      "this local cloud.")
                           .arg(it.key()));
        return bad(QStringLiteral("Could not find member '%1' on object of type "
                                  "'DatabaseAccountUpdateProperties'.")
                       .arg(it.key()));
    }
    QString problem;
    const auto enumCheck = [&](const QString &key, const QStringList &allowed) -> bool {
        if (!in.contains(key))
            return true;
        const QString v = in.value(key).toString();
        for (const QString &a : allowed) {
            if (in.value(key).isString() && a.compare(v, Qt::CaseInsensitive) == 0) {
                props.insert(key, a);
                return true;
            }
        }
        problem = QStringLiteral("Invalid value '%1' for property '%2'. Allowed values: %3.")
                      .arg(in.value(key).isString()
                               ? v
                               : QString::fromUtf8(
                                     QJsonDocument(QJsonArray{in.value(key)}).toJson(QJsonDocument::Compact)),
                           key, allowed.join(QStringLiteral(", ")));
        return false;
    };
    if (!enumCheck(
            QStringLiteral("publicNetworkAccess"),
            {QStringLiteral("Enabled"), QStringLiteral("Disabled"), QStringLiteral("SecuredByPerimeter")}) ||
        !enumCheck(QStringLiteral("minimalTlsVersion"),
                   {QStringLiteral("Tls"), QStringLiteral("Tls11"), QStringLiteral("Tls12")}) ||
        !enumCheck(QStringLiteral("networkAclBypass"),
                   {QStringLiteral("None"), QStringLiteral("AzureServices")}))
        return bad(problem);
    for (const char *key :
         {"disableLocalAuth", "disableKeyBasedMetadataWriteAccess", "isVirtualNetworkFilterEnabled",
          "enableAutomaticFailover", "enableAnalyticalStorage", "enableMultipleWriteLocations",
          "enableBurstCapacity", "enablePartitionMerge"}) {
        const QString k = QLatin1String(key);
        if (!in.contains(k))
            continue;
        if (!in.value(k).isBool())
            return bad(QStringLiteral("Invalid value for property '%1': a boolean is expected.").arg(k));
        props.insert(k, in.value(k));
    }
    if (in.contains(QStringLiteral("ipRules"))) {
        if (!in.value(QStringLiteral("ipRules")).isArray())
            return bad(QStringLiteral("Invalid value for property 'ipRules': an array is expected."));
        QJsonArray rules;
        for (const QJsonValue &v : in.value(QStringLiteral("ipRules")).toArray()) {
            const QString ip = v.toObject().value(QStringLiteral("ipAddressOrRange")).toString().trimmed();
            if (const QString p = ipRuleProblem(ip); !p.isEmpty())
                return bad(p);
            rules.append(QJsonObject{{QStringLiteral("ipAddressOrRange"), ip}});
        }
        props.insert(QStringLiteral("ipRules"), rules);
    }
    for (const char *key : {"virtualNetworkRules", "networkAclBypassResourceIds", "cors", "capabilities"}) {
        const QString k = QLatin1String(key);
        if (!in.contains(k))
            continue;
        if (!in.value(k).isArray())
            return bad(QStringLiteral("Invalid value for property '%1': an array is expected.").arg(k));
        props.insert(k, in.value(k));
    }
    for (const char *key :
         {"consistencyPolicy", "backupPolicy", "analyticalStorageConfiguration", "capacity"}) {
        const QString k = QLatin1String(key);
        if (!in.contains(k))
            continue;
        if (!in.value(k).isObject())
            return bad(QStringLiteral("Invalid value for property '%1': an object is expected.").arg(k));
        props.insert(k, in.value(k));
    }
    if (in.contains(QStringLiteral("keyVaultKeyUri"))) {
        const QUrl uri(in.value(QStringLiteral("keyVaultKeyUri")).toString(), QUrl::StrictMode);
        if (!uri.isValid() || uri.scheme() != QLatin1String("https") ||
            !uri.path().startsWith(QLatin1String("/keys/")))
            return bad(
                QStringLiteral("InvalidKeyVaultKeyURI (4006): the provided key vault key URI '%1' is "
                               "not valid. It must look like https://{vault}.vault.azure.net/keys/{key}.")
                    .arg(in.value(QStringLiteral("keyVaultKeyUri")).toString()));
        props.insert(QStringLiteral("keyVaultKeyUri"), uri.toString());
    }
    if (in.contains(QStringLiteral("defaultIdentity"))) {
        const QString di = in.value(QStringLiteral("defaultIdentity")).toString();
        if (di != QLatin1String("FirstPartyIdentity") && di != QLatin1String("SystemAssignedIdentity") &&
            !di.startsWith(QLatin1String("UserAssignedIdentity=")))
            return bad(QStringLiteral(
                           "Invalid value '%1' for property 'defaultIdentity'. Allowed values: "
                           "FirstPartyIdentity, SystemAssignedIdentity, UserAssignedIdentity=<resource id>.")
                           .arg(di));
        props.insert(QStringLiteral("defaultIdentity"), di);
    }
    if (patch.contains(QStringLiteral("tags"))) {
        if (!patch.value(QStringLiteral("tags")).isObject())
            return bad(QStringLiteral("Invalid value for 'tags': an object is expected."));
        resource.insert(QStringLiteral("tags"), patch.value(QStringLiteral("tags")));
    }
    if (patch.contains(QStringLiteral("identity"))) {
        if (!patch.value(QStringLiteral("identity")).isObject())
            return bad(QStringLiteral("Invalid value for 'identity': an object is expected."));
        resource.insert(QStringLiteral("identity"),
                        identityWithIds(patch.value(QStringLiteral("identity")).toObject(),
                                        resource.value(QStringLiteral("identity")).toObject(), tenantId));
    }
    props.insert(QStringLiteral("provisioningState"), QStringLiteral("Succeeded"));
    resource.insert(QStringLiteral("properties"), props);
    QJsonObject systemData = resource.value(QStringLiteral("systemData")).toObject();
    systemData.insert(QStringLiteral("lastModifiedAt"), Clock::now().toUTC().toString(Qt::ISODateWithMs));
    resource.insert(QStringLiteral("systemData"), systemData);
    return resource;
}

namespace {} // namespace

void CosmosAccountsProvider::patch(const ArmCall &call, CosmosAccount acct)
{
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(call.request.body, &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject())
        return call.error(
            400, QStringLiteral("InvalidRequestContent"),
            QStringLiteral("The request content was invalid and could not be deserialized: '%1'.")
                .arg(perr.errorString()));
    const auto sub = call.ctx.store->subscription(acct.subscriptionId);
    const QString tenantId = sub ? sub->tenantId : call.caller.tenantId;
    // Validate now; the change itself is applied when the operation completes (on the account as it is
    // then).
    auto checked = applyPatch(acct, doc.object(), tenantId);
    if (!checked)
        return call.error(400, checked.error().code, checked.error().message);
    // Attaching a user-assigned identity needs its assign action (ARM's linked authorization).
    const QJsonObject oldUsers = acct.resource.value(QStringLiteral("identity"))
                                     .toObject()
                                     .value(QStringLiteral("userAssignedIdentities"))
                                     .toObject();
    const QJsonObject newUsers = doc.object()
                                     .value(QStringLiteral("identity"))
                                     .toObject()
                                     .value(QStringLiteral("userAssignedIdentities"))
                                     .toObject();
    for (auto it = newUsers.begin(); it != newUsers.end(); ++it) {
        bool attached = false;
        for (auto o = oldUsers.begin(); o != oldUsers.end(); ++o)
            attached = attached || o.key().compare(it.key(), Qt::CaseInsensitive) == 0;
        const QString assign = QLatin1String(ManagedIdentitiesProvider::kActionAssign);
        bool wellFormed = false;
        ManagedIdentitiesProvider::byId(*call.ctx.store, it.key(), &wellFormed);
        if (wellFormed && !it.value().isNull() && !attached && !call.isAllowed(assign, it.key()))
            return call.error(
                403, QStringLiteral("LinkedAuthorizationFailed"),
                QStringLiteral(
                    "The client '%1' with object id '%1' has permission to perform action "
                    "'Microsoft.DocumentDB/databaseAccounts/write' on scope '%2'; however, it does "
                    "not have permission to perform action(s) '%3' on the linked scope(s) '%4' "
                    "(respectively) or the linked scope(s) are invalid.")
                    .arg(call.caller.objectId,
                         QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/%3/%4")
                             .arg(acct.subscriptionId, acct.resourceGroup, kAccountsType, acct.name),
                         assign, it.key()));
    }
    if (auto resolved = CustomerManagedKeys::resolve(call.ctx, acct, checked.value(), doc.object(), tenantId);
        !resolved)
        return call.error(400, resolved.error().code, resolved.error().message);
    const ArmOperation op =
        CosmosOperations::operationFor(call, acct, QLatin1String(CosmosOperations::kPatch), doc.object());
    // One transaction: the account shows "Updating" exactly when the operation exists.
    std::optional<ArmOperation> started;
    const auto saved = call.ctx.store->transaction([&]() -> Result<void> {
        QJsonObject props = acct.resource.value(QStringLiteral("properties")).toObject();
        props.insert(QStringLiteral("provisioningState"), QStringLiteral("Updating"));
        acct.resource.insert(QStringLiteral("properties"), props);
        if (auto put = call.ctx.store->putAccount(acct); !put)
            return put;
        auto begun = CosmosOperations::begin(call.ctx, op);
        if (!begun)
            return begun.error();
        started = begun.value();
        return {};
    });
    if (!saved || !started)
        return call.error(500, QStringLiteral("InternalServerError"),
                          saved ? QStringLiteral("The operation could not be started.")
                                : saved.error().message);
    const auto now = call.ctx.store->account(acct.subscriptionId, acct.resourceGroup, acct.name);
    // Cosmos answers 200 with the account (provisioningState "Updating" while the operation runs) and the
    // operation to poll.
    HttpResponse r =
        HttpResponse::json(200, render(now ? *now : acct, call.apiVersion, call.origin, call.ctx));
    r.setHeader("Azure-AsyncOperation",
                CosmosOperations::statusUrl(call.origin, started.value(), call.apiVersion).toUtf8());
    r.setHeader("Retry-After", CosmosOperations::retryAfter(started.value()));
    call.send(r);
}

void CosmosAccountsProvider::regenerateKey(const ArmCall &call, const CosmosAccount &acct)
{
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(call.request.body, &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject())
        return call.error(
            400, QStringLiteral("InvalidRequestContent"),
            QStringLiteral("The request content was invalid and could not be deserialized: '%1'.")
                .arg(perr.error != QJsonParseError::NoError ? perr.errorString()
                                                            : QStringLiteral("an object is expected")));
    const QJsonValue kind = doc.object().value(QStringLiteral("keyKind"));
    if (!kind.isString())
        return call.error(400, QStringLiteral("BadRequest"),
                          QStringLiteral("The required property 'keyKind' is missing from the request."));
    const QString field = keyFieldOf(kind.toString());
    if (field.isEmpty())
        return call.error(400, QStringLiteral("BadRequest"),
                          QStringLiteral("Invalid key kind '%1'. Supported values are: primary, secondary, "
                                         "primaryReadonly, secondaryReadonly.")
                              .arg(kind.toString()));
    CosmosOperations::beginAccepted(
        call, CosmosOperations::operationFor(call, acct, QLatin1String(CosmosOperations::kRegenerateKey),
                                             QJsonObject{{QStringLiteral("keyKind"), kind.toString()}}));
}

} // namespace csc::emu
