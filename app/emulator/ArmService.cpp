// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "emulator/ArmService.h"

#include "core/Clock.h"
#include "emulator/ArmErrors.h"
#include "emulator/EntraService.h"
#include "emulator/Rbac.h"

#include <QJsonArray>
#include <QLocale>

namespace csc::emu {

namespace {

constexpr qint64 kClockSkewSeconds = 300; // ARM tolerates five minutes of clock skew

bool eq(const QString &a, const char *b)
{
    return a.compare(QLatin1String(b), Qt::CaseInsensitive) == 0;
}

QString armTime(qint64 secs)
{
    // ARM's messages use the .NET invariant "M/d/yyyy h:mm:ss AP" form.
    return QLocale::c().toString(QDateTime::fromSecsSinceEpoch(secs, Qt::UTC),
                                 QStringLiteral("M/d/yyyy h:mm:ss AP"));
}

} // namespace

const QStringList &ArmService::resourcesApiVersions()
{
    static const QStringList versions{
        QStringLiteral("2025-04-01"), QStringLiteral("2025-03-01"), QStringLiteral("2024-11-01"),
        QStringLiteral("2024-07-01"), QStringLiteral("2024-03-01"), QStringLiteral("2023-07-01"),
        QStringLiteral("2022-12-01"), QStringLiteral("2022-09-01"), QStringLiteral("2022-01-01"),
        QStringLiteral("2021-04-01"), QStringLiteral("2021-01-01"), QStringLiteral("2020-10-01"),
        QStringLiteral("2020-06-01"), QStringLiteral("2020-01-01"), QStringLiteral("2019-11-01"),
        QStringLiteral("2019-10-01"), QStringLiteral("2019-08-01"), QStringLiteral("2019-06-01"),
        QStringLiteral("2019-05-10"), QStringLiteral("2019-05-01"), QStringLiteral("2018-05-01"),
        QStringLiteral("2018-02-01"), QStringLiteral("2017-05-10"), QStringLiteral("2016-09-01"),
        QStringLiteral("2016-06-01"), QStringLiteral("2016-02-01"), QStringLiteral("2015-11-01"),
        QStringLiteral("2015-01-01"), QStringLiteral("2014-04-01")};
    return versions;
}

bool ArmService::handle(const HttpRequest &request, const Responder &responder)
{
    const QStringList seg = request.pathSegments();
    if (seg.isEmpty() || !(eq(seg[0], "subscriptions") || eq(seg[0], "tenants")))
        return false;
    auto caller = authenticate(request, responder);
    if (!caller)
        return true;
    const ArmCall call(request, responder, *m_ctx, *caller);
    if (call.apiVersion.isEmpty()) {
        call.error(
            400, QStringLiteral("MissingApiVersionParameter"),
            QStringLiteral("The api-version query parameter (?api-version=) is required for all requests."));
        return true;
    }
    route(call);
    return true;
}

std::optional<ArmCaller> ArmService::authenticate(const HttpRequest &request,
                                                  const Responder &responder) const
{
    const auto fail = [&](const QString &code, const QString &message) {
        HttpResponse r = armError(401, code, message);
        r.setHeader("WWW-Authenticate",
                    QStringLiteral("Bearer authorization_uri=\"%1/\", error=\"invalid_token\", "
                                   "error_description=\"%2\"")
                        .arg(m_ctx->originOf(request), message)
                        .toUtf8());
        responder.send(r);
        return std::nullopt;
    };
    const QByteArray auth = request.header("Authorization");
    if (auth.isEmpty())
        return fail(QStringLiteral("AuthenticationFailed"),
                    QStringLiteral("Authentication failed. The 'Authorization' header is missing."));
    if (!auth.startsWith("Bearer ") || auth.size() <= 7)
        return fail(
            QStringLiteral("AuthenticationFailed"),
            QStringLiteral("Authentication failed. The 'Authorization' header is provided in an invalid "
                           "format."));
    QJsonObject claims;
    const auto check = m_ctx->signer.verify(auth.mid(7).trimmed(), &claims);
    switch (check) {
    case TokenSigner::Check::Ok:
        break;
    case TokenSigner::Check::Malformed:
        return fail(QStringLiteral("InvalidAuthenticationToken"),
                    QStringLiteral("The access token is invalid. It is not a well-formed JSON Web Token."));
    case TokenSigner::Check::UnknownKey:
    case TokenSigner::Check::BadSignature:
        return fail(QStringLiteral("InvalidAuthenticationToken"),
                    QStringLiteral("The access token has an invalid signature."));
    }
    const QString tid = claims.value(QStringLiteral("tid")).toString();
    const QString iss = claims.value(QStringLiteral("iss")).toString();
    const auto tenant = m_ctx->store->tenant(tid);
    bool issuerOk = false;
    if (tenant) {
        for (const QString &origin : m_ctx->origins()) {
            if (iss.compare(EntraService::issuerV1(origin, tenant->id), Qt::CaseInsensitive) == 0 ||
                iss.compare(EntraService::issuerV2(origin, tenant->id), Qt::CaseInsensitive) == 0)
                issuerOk = true;
        }
    }
    if (!issuerOk)
        return fail(
            QStringLiteral("InvalidAuthenticationTokenTenant"),
            QStringLiteral("The access token is from the wrong issuer '%1'. It must match one of the tenants "
                           "known to this cloud. Please use the authority (URL) of the tenant to get the "
                           "token.")
                .arg(iss));
    const QString aud = claims.value(QStringLiteral("aud")).toString();
    if (!EntraService::isArmAudience(aud, *m_ctx)) {
        QStringList allowed;
        for (const QString &o : m_ctx->origins())
            allowed << o + u'/' << o;
        allowed << QStringLiteral("https://management.core.windows.net/")
                << QStringLiteral("https://management.azure.com/");
        return fail(QStringLiteral("InvalidAuthenticationTokenAudience"),
                    QStringLiteral(
                        "The access token has been obtained for wrong audience or resource '%1'. It should "
                        "exactly match with one of the allowed audiences '%2'.")
                        .arg(aud, allowed.join(QStringLiteral("','"))));
    }
    const qint64 now = Clock::now().toSecsSinceEpoch();
    const QJsonValue expValue = claims.value(QStringLiteral("exp"));
    if (!expValue.isDouble())
        return fail(QStringLiteral("InvalidAuthenticationToken"),
                    QStringLiteral("The access token is invalid. It has no expiry time."));
    const qint64 exp = qint64(expValue.toDouble());
    if (now > exp + kClockSkewSeconds)
        return fail(
            QStringLiteral("ExpiredAuthenticationToken"),
            QStringLiteral("The access token expiry UTC time '%1' is earlier than current UTC time '%2'.")
                .arg(armTime(exp), armTime(now)));
    const QJsonValue nbfValue = claims.value(QStringLiteral("nbf"));
    if (nbfValue.isDouble() && now + kClockSkewSeconds < qint64(nbfValue.toDouble()))
        return fail(
            QStringLiteral("InvalidAuthenticationToken"),
            QStringLiteral("The access token is not yet valid. Its validity starts at UTC time '%1', later "
                           "than current UTC time '%2'.")
                .arg(armTime(qint64(nbfValue.toDouble())), armTime(now)));
    const QString oid = claims.value(QStringLiteral("oid")).toString();
    if (oid.isEmpty())
        return fail(QStringLiteral("InvalidAuthenticationToken"),
                    QStringLiteral("The access token is invalid. It has no object id (oid) claim."));
    QString appId = claims.value(QStringLiteral("appid")).toString();
    if (appId.isEmpty())
        appId = claims.value(QStringLiteral("azp")).toString();
    return ArmCaller{oid, tenant->id, appId};
}

void ArmService::route(const ArmCall &call)
{
    const QStringList &s = call.seg;
    const QByteArray &m = call.request.method;
    // The last "providers" segment decides:
    // /subscriptions/{s}[/resourceGroups/{rg}][/.../]providers/{ns}/{type}/...
    qsizetype providersIndex = -1;
    for (qsizetype i = s.size() - 1; i >= 2; --i) {
        if (eq(s[i], "providers")) {
            providersIndex = i;
            break;
        }
    }
    const bool resourcesPath = providersIndex < 0;
    if (resourcesPath && !ArmService::resourcesApiVersions().contains(call.apiVersion)) {
        call.error(400, QStringLiteral("InvalidApiVersionParameter"),
                   QStringLiteral("The api-version '%1' is invalid. The supported versions are '%2'.")
                       .arg(call.apiVersion, resourcesApiVersions().join(u',')));
        return;
    }
    if (eq(s[0], "tenants")) {
        if (s.size() != 1)
            return call.notFound();
        if (m != "GET")
            return call.methodNotAllowed();
        return tenants(call);
    }
    if (s.size() == 1) {
        if (m != "GET")
            return call.methodNotAllowed();
        return subscriptions(call);
    }
    const QString subId = s[1];
    const auto sub = m_ctx->store->subscription(subId);
    if (!sub)
        return call.error(404, QStringLiteral("SubscriptionNotFound"),
                          QStringLiteral("The subscription '%1' could not be found.").arg(subId));
    if (sub->tenantId.compare(call.caller.tenantId, Qt::CaseInsensitive) != 0) {
        const QString message =
            QStringLiteral(
                "The access token is from the wrong issuer '%1'. It must match the tenant '%2' associated "
                "with this subscription. Please use the authority (URL) '%3' to get the token. Note, if the "
                "subscription is transferred to another tenant there is no impact to the services, but "
                "information about new tenant could take time to propagate (up to an hour). If you just "
                "transferred your subscription and see this error message, please try back later.")
                .arg(EntraService::issuerV1(call.origin, call.caller.tenantId),
                     EntraService::issuerV1(call.origin, sub->tenantId), call.origin + u'/' + sub->tenantId);
        HttpResponse r = armError(401, QStringLiteral("InvalidAuthenticationTokenTenant"), message);
        r.setHeader("WWW-Authenticate",
                    QStringLiteral("Bearer authorization_uri=\"%1/%2\", error=\"invalid_token\", "
                                   "error_description=\"The access token is from the wrong "
                                   "issuer.\"")
                        .arg(call.origin, sub->tenantId)
                        .toUtf8());
        return call.send(r);
    }
    if (providersIndex >= 0)
        return routeProvider(call, providersIndex);
    if (s.size() == 2) {
        if (m != "GET")
            return call.methodNotAllowed();
        return subscription(call, sub->id);
    }
    if (eq(s[2], "resourceGroups") && s.size() <= 4) {
        if (m != "GET")
            return call.methodNotAllowed();
        if (s.size() == 3)
            return resourceGroups(call, sub->id);
        return resourceGroup(call, sub->id, s[3]);
    }
    call.notFound();
}

void ArmService::routeProvider(const ArmCall &call, qsizetype i)
{
    const QStringList &s = call.seg;
    if (s.size() < i + 3)
        return call.notFound();
    const QString ns = s[i + 1];
    const QString type = s[i + 2];
    ArmTarget target;
    target.subscriptionId = s[1];
    if (s.size() > 3 && eq(s[2], "resourceGroups") && i >= 4)
        target.resourceGroup = s[3];
    // Subscription scope: i == 2; resource-group scope: i == 4; anything deeper is under another resource.
    target.nested = !(i == 2 || (i == 4 && !target.resourceGroup.isEmpty()));
    const QStringList scopeSegs = s.mid(0, i);
    target.scope = u'/' + scopeSegs.join(u'/');
    target.typePath = target.scope + QStringLiteral("/providers/") + ns + u'/' + type;
    target.rest = s.mid(i + 3);
    for (const auto &p : m_providers) {
        if (p->providerNamespace().compare(ns, Qt::CaseInsensitive) != 0 ||
            p->resourceType().compare(type, Qt::CaseInsensitive) != 0)
            continue;
        if (!p->apiVersions().contains(call.apiVersion)) {
            call.error(
                400, QStringLiteral("NoRegisteredProviderFound"),
                QStringLiteral("No registered resource provider found for location 'westus' and API version "
                               "'%1' for type '%2'. The supported api-versions are '%3'. The supported "
                               "locations are 'westus, eastus, westeurope, northeurope'.")
                    .arg(call.apiVersion, p->resourceType(), p->apiVersions().join(QStringLiteral(", "))));
            return;
        }
        p->handle(call, target);
        return;
    }
    call.error(404, QStringLiteral("InvalidResourceType"),
               QStringLiteral(
                   "The resource type '%1' could not be found in the namespace '%2' for api version '%3'.")
                   .arg(type, ns, call.apiVersion));
}

void ArmService::tenants(const ArmCall &call)
{
    const auto t = m_ctx->store->tenant(call.caller.tenantId);
    QJsonArray value;
    if (t)
        value.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("/tenants/") + t->id},
                                 {QStringLiteral("tenantId"), t->id},
                                 {QStringLiteral("tenantCategory"), QStringLiteral("Home")},
                                 {QStringLiteral("displayName"), t->displayName},
                                 {QStringLiteral("defaultDomain"), t->defaultDomain},
                                 {QStringLiteral("domains"), QJsonArray{t->defaultDomain}},
                                 {QStringLiteral("tenantType"), QStringLiteral("AAD")}});
    call.send(HttpResponse::json(200, QJsonObject{{QStringLiteral("value"), value}}));
}

void ArmService::subscriptions(const ArmCall &call)
{
    QJsonArray value;
    for (const Subscription &s : call.ctx.store->subscriptions(call.caller.tenantId)) {
        const QString scope = QStringLiteral("/subscriptions/") + s.id;
        bool visible = false;
        for (const RoleAssignment &a : call.assignments)
            visible = visible || Rbac::scopeCovers(a.scope, scope) || Rbac::scopeCovers(scope, a.scope);
        if (!visible)
            continue;
        value.append(QJsonObject{
            {QStringLiteral("id"), scope},
            {QStringLiteral("authorizationSource"), QStringLiteral("RoleBased")},
            {QStringLiteral("managedByTenants"), QJsonArray{}},
            {QStringLiteral("subscriptionId"), s.id},
            {QStringLiteral("tenantId"), s.tenantId},
            {QStringLiteral("displayName"), s.displayName},
            {QStringLiteral("state"), s.state},
            {QStringLiteral("subscriptionPolicies"),
             QJsonObject{{QStringLiteral("locationPlacementId"), QStringLiteral("Public_2014-09-01")},
                         {QStringLiteral("quotaId"), QStringLiteral("PayAsYouGo_2014-09-01")},
                         {QStringLiteral("spendingLimit"), QStringLiteral("Off")}}},
        });
    }
    call.send(HttpResponse::json(200, QJsonObject{{QStringLiteral("value"), value}}));
}

void ArmService::subscription(const ArmCall &call, const QString &subId)
{
    const QString scope = QStringLiteral("/subscriptions/") + subId;
    bool visible = false;
    for (const RoleAssignment &a : call.assignments)
        visible = visible || Rbac::scopeCovers(a.scope, scope) || Rbac::scopeCovers(scope, a.scope);
    if (!visible)
        return call.error(404, QStringLiteral("SubscriptionNotFound"),
                          QStringLiteral("The subscription '%1' could not be found.").arg(subId));
    const auto s = call.ctx.store->subscription(subId);
    call.send(HttpResponse::json(
        200,
        QJsonObject{{QStringLiteral("id"), scope},
                    {QStringLiteral("authorizationSource"), QStringLiteral("RoleBased")},
                    {QStringLiteral("managedByTenants"), QJsonArray{}},
                    {QStringLiteral("subscriptionId"), s->id},
                    {QStringLiteral("tenantId"), s->tenantId},
                    {QStringLiteral("displayName"), s->displayName},
                    {QStringLiteral("state"), s->state},
                    {QStringLiteral("subscriptionPolicies"),
                     QJsonObject{{QStringLiteral("locationPlacementId"), QStringLiteral("Public_2014-09-01")},
                                 {QStringLiteral("quotaId"), QStringLiteral("PayAsYouGo_2014-09-01")},
                                 {QStringLiteral("spendingLimit"), QStringLiteral("Off")}}}}));
}

namespace {
QJsonObject renderGroup(const ResourceGroup &g)
{
    return QJsonObject{
        {QStringLiteral("id"),
         QStringLiteral("/subscriptions/%1/resourceGroups/%2").arg(g.subscriptionId, g.name)},
        {QStringLiteral("name"), g.name},
        {QStringLiteral("type"), QStringLiteral("Microsoft.Resources/resourceGroups")},
        {QStringLiteral("location"), g.location},
        {QStringLiteral("tags"), g.tags},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("provisioningState"), QStringLiteral("Succeeded")}}},
    };
}
const QString kRgRead = QStringLiteral("Microsoft.Resources/subscriptions/resourceGroups/read");
} // namespace

void ArmService::resourceGroups(const ArmCall &call, const QString &subId)
{
    const QString subScope = QStringLiteral("/subscriptions/") + subId;
    const bool all = call.isAllowed(kRgRead, subScope);
    QJsonArray value;
    for (const ResourceGroup &g : call.ctx.store->resourceGroups(subId)) {
        if (all || call.isAllowed(kRgRead, subScope + QStringLiteral("/resourceGroups/") + g.name))
            value.append(renderGroup(g));
    }
    if (!all && value.isEmpty()) {
        call.authorize(kRgRead, subScope); // sends the 403
        return;
    }
    call.send(HttpResponse::json(200, QJsonObject{{QStringLiteral("value"), value}}));
}

void ArmService::resourceGroup(const ArmCall &call, const QString &subId, const QString &rg)
{
    if (!call.authorize(kRgRead, QStringLiteral("/subscriptions/%1/resourceGroups/%2").arg(subId, rg)))
        return;
    const auto g = call.ctx.store->resourceGroup(subId, rg);
    if (!g)
        return call.error(404, QStringLiteral("ResourceGroupNotFound"),
                          QStringLiteral("Resource group '%1' could not be found.").arg(rg));
    call.send(HttpResponse::json(200, renderGroup(*g)));
}

} // namespace csc::emu
