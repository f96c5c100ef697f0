// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "emulator/AadDataPlane.h"

#include "core/Clock.h"
#include "core/MasterKeySigner.h"
#include "emulator/EntraService.h"
#include "emulator/SqlRbacResources.h"

namespace csc::emu::AadDataPlane {

namespace {

constexpr auto kLearnMore = "Learn more: https://aka.ms/cosmos-native-rbac.";

QString trimSlashes(QString s)
{
    while (s.endsWith(u'/'))
        s.chop(1);
    return s;
}

Refusal unauthorized(int subStatus, const QString &message)
{
    return Refusal{401, QStringLiteral("Unauthorized"), message, subStatus};
}

QString utc(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
}

QString action(const char *relative)
{
    return QLatin1String(kActionPrefix) + QLatin1String(relative);
}

} // namespace

std::optional<Refusal> validateToken(const EmuContext &ctx, const CosmosAccount &account,
                                     const QStringList &audiences, const QByteArray &jwt, Caller *caller)
{
    QJsonObject claims;
    switch (ctx.signer.verify(jwt, &claims)) {
    case TokenSigner::Check::Ok:
        break;
    case TokenSigner::Check::Malformed:
        return unauthorized(5003, QStringLiteral("The AAD token in the authorization header is not in the "
                                                 "expected format: it is not a well-formed JSON Web Token."));
    case TokenSigner::Check::UnknownKey:
    case TokenSigner::Check::BadSignature:
        return unauthorized(5004, QStringLiteral("The signature of the AAD token in the authorization header "
                                                 "could not be validated."));
    }
    if (!claims.value(QStringLiteral("exp")).isDouble())
        return unauthorized(5003,
                            QStringLiteral("The AAD token in the authorization header is not in the expected "
                                           "format: it has no expiry (exp) claim."));

    // The issuer: one of this cloud's tenants, at one of its origins (v1 or v2 form), and the tenant the
    // account belongs to.
    const QString iss = claims.value(QStringLiteral("iss")).toString();
    const QString tid = claims.value(QStringLiteral("tid")).toString();
    const auto tenant = ctx.store->tenant(tid);
    bool issuerOk = false;
    if (tenant) {
        for (const QString &origin : ctx.origins()) {
            if (iss.compare(EntraService::issuerV1(origin, tenant->id), Qt::CaseInsensitive) == 0 ||
                iss.compare(EntraService::issuerV2(origin, tenant->id), Qt::CaseInsensitive) == 0)
                issuerOk = true;
        }
    }
    if (!issuerOk)
        return unauthorized(5007, QStringLiteral("The AAD token was issued by '%1', which is not an issuer "
                                                 "this account trusts.")
                                      .arg(iss));
    const auto subscription = ctx.store->subscription(account.subscriptionId);
    if (!subscription || subscription->tenantId.compare(tenant->id, Qt::CaseInsensitive) != 0)
        return unauthorized(
            5007,
            QStringLiteral("The AAD token was issued by tenant '%1', but the database account %2 belongs "
                           "to tenant '%3'.")
                .arg(tenant->id, account.name, subscription ? subscription->tenantId : QString()));

    const QString aud = trimSlashes(claims.value(QStringLiteral("aud")).toString());
    bool audienceOk = false;
    for (const QString &a : audiences)
        audienceOk = audienceOk || trimSlashes(a).compare(aud, Qt::CaseInsensitive) == 0;
    if (!audienceOk)
        return unauthorized(5008,
                            QStringLiteral("The AAD token's audience '%1' is not valid for the database "
                                           "account %2. Valid audiences: '%3'.")
                                .arg(aud, account.name, audiences.join(QStringLiteral("', '"))));

    const qint64 now = Clock::now().toSecsSinceEpoch();
    const QJsonValue nbf = claims.value(QStringLiteral("nbf"));
    if (nbf.isDouble() && now + kClockSkewSeconds < qint64(nbf.toDouble()))
        return unauthorized(5005, QStringLiteral("The AAD token is not yet valid: its validity starts at %1, "
                                                 "the current server time is %2.")
                                      .arg(utc(qint64(nbf.toDouble())), utc(now)));
    const qint64 exp = qint64(claims.value(QStringLiteral("exp")).toDouble());
    if (now > exp + kClockSkewSeconds)
        return unauthorized(5006,
                            QStringLiteral("The AAD token expired at %1; the current server time is %2. "
                                           "Acquire a new token and retry.")
                                .arg(utc(exp), utc(now)));

    const QString oid = claims.value(QStringLiteral("oid")).toString();
    if (oid.isEmpty())
        return unauthorized(5011, QStringLiteral("The AAD token has no object identifier (oid) claim; the "
                                                 "data plane authorizes principals by their object id."));
    if (caller) {
        caller->objectId = oid;
        caller->tenantId = tenant->id;
        caller->appId = claims.value(QStringLiteral("appid")).toString();
        if (caller->appId.isEmpty())
            caller->appId = claims.value(QStringLiteral("azp")).toString();
    }
    return std::nullopt;
}

Requirement requirementOf(const QByteArray &method, const QStringList &segments, bool isQuery, bool isUpsert)
{
    const bool read = method == "GET" || method == "HEAD";
    Requirement r;
    if (segments.isEmpty()) {
        // The account (service) document.
        r.metadataWrite = !read;
        r.dataActions = {action("readMetadata")};
        r.subStatus = 5301;
        return r;
    }
    const CosmosResource resource = MasterKeySigner::resourceFromPath(segments.join(u'/'));
    const QString &type = resource.resourceType;
    const bool feed = segments.size() % 2 == 1;
    r.resourceLink = resource.resourceLink;
    r.subStatus = 5302;
    if (type == QLatin1String("docs")) {
        if (feed) {
            if (isQuery)
                r.dataActions = {action("sqlDatabases/containers/executeQuery"),
                                 action("sqlDatabases/containers/readChangeFeed")};
            else if (read)
                r.dataActions = {action("sqlDatabases/containers/readChangeFeed")}; // read feed / change feed
            else
                r.dataActions = {isUpsert ? action("sqlDatabases/containers/items/upsert")
                                          : action("sqlDatabases/containers/items/create")};
        } else if (read) {
            r.dataActions = {action("sqlDatabases/containers/items/read")};
        } else if (method == "DELETE") {
            r.dataActions = {action("sqlDatabases/containers/items/delete")};
        } else {
            r.dataActions = {action("sqlDatabases/containers/items/replace")}; // PUT, PATCH
        }
        return r;
    }
    if (type == QLatin1String("sprocs") && !feed && method == "POST") {
        r.dataActions = {action("sqlDatabases/containers/executeStoredProcedure")};
        return r;
    }
    if (type == QLatin1String("conflicts")) {
        r.dataActions = {action("sqlDatabases/containers/manageConflicts")};
        return r;
    }
    // Permissions mint resource tokens (possibly with write access): that stays with key holders.
    if (type == QLatin1String("permissions")) {
        r.metadataWrite = true;
        return r;
    }
    // Databases, containers, users, partition key ranges, offers, scripts: metadata.
    r.subStatus = 5301;
    r.metadataWrite = !read && !isQuery;
    r.dataActions = {action("readMetadata")};
    return r;
}

std::optional<Refusal> authorize(const Store &store, const CosmosAccount &account, const Caller &caller,
                                 const QByteArray &method, const QStringList &segments, bool isQuery,
                                 bool isUpsert)
{
    const Requirement need = requirementOf(method, segments, isQuery, isUpsert);
    if (need.metadataWrite)
        return Refusal{403, QStringLiteral("Forbidden"),
                       QStringLiteral("Request blocked by Auth %1 : The given request [%2 /%3] cannot be "
                                      "authorized by AAD token in data plane. %4")
                           .arg(account.name, QString::fromLatin1(method), segments.join(u'/'),
                                QLatin1String(kLearnMore)),
                       5300};
    const QStringList granted =
        SqlRbac::allowedDataActions(store, account.name, caller.objectId, need.resourceLink);
    for (const QString &wanted : need.dataActions) {
        bool covered = false;
        for (const QString &g : granted)
            covered = covered || SqlRbac::dataActionCovers(g, wanted);
        if (!covered)
            return Refusal{
                403, QStringLiteral("Forbidden"),
                QStringLiteral(
                    "Request blocked by Auth %1 : Request is blocked because principal [%2] does not "
                    "have required RBAC permissions to perform action [%3] on resource [/%4]. %5")
                    .arg(account.name, caller.objectId, wanted, need.resourceLink, QLatin1String(kLearnMore)),
                need.subStatus};
    }
    return std::nullopt;
}

} // namespace csc::emu::AadDataPlane
