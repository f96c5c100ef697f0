// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "emulator/GraphService.h"

#include "core/Clock.h"
#include "emulator/EntraService.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

namespace csc::emu {

namespace {

constexpr qint64 kClockSkewSeconds = 300;

HttpResponse graphError(int status, const QString &code, const QString &message, const HttpRequest &request)
{
    const QString requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QJsonObject inner{{QStringLiteral("date"), Clock::now().toUTC().toString(Qt::ISODate)},
                      {QStringLiteral("request-id"), requestId}};
    const QByteArray clientId = request.header("client-request-id");
    if (!clientId.isEmpty())
        inner.insert(QStringLiteral("client-request-id"), QString::fromLatin1(clientId));
    HttpResponse r = HttpResponse::json(
        status, QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code},
                                                                  {QStringLiteral("message"), message},
                                                                  {QStringLiteral("innerError"), inner}}}});
    r.setHeader("request-id", requestId.toLatin1());
    return r;
}

/// `servicePrincipals(appId='…')` → the app id; nullopt for any other segment.
std::optional<QString> appIdKey(const QString &segment)
{
    static const QRegularExpression re(QStringLiteral(R"(^servicePrincipals\(appId='([^']*)'\)$)"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(segment);
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1);
}

} // namespace

QJsonObject GraphService::servicePrincipal(const Principal &p)
{
    return QJsonObject{{QStringLiteral("id"), p.objectId},
                       {QStringLiteral("appId"), p.appId},
                       {QStringLiteral("displayName"), p.displayName},
                       {QStringLiteral("appOwnerOrganizationId"), p.tenantId},
                       {QStringLiteral("accountEnabled"), true},
                       {QStringLiteral("servicePrincipalType"), QStringLiteral("Application")}};
}

std::optional<QString> GraphService::authenticate(const HttpRequest &request,
                                                  const Responder &responder) const
{
    const auto fail = [&](const QString &message) -> std::optional<QString> {
        HttpResponse r = graphError(401, QStringLiteral("InvalidAuthenticationToken"), message, request);
        r.setHeader("WWW-Authenticate",
                    QStringLiteral("Bearer realm=\"\", authorization_uri=\"%1/common/oauth2/authorize\", "
                                   "client_id=\"00000003-0000-0000-c000-000000000000\"")
                        .arg(m_ctx->originOf(request))
                        .toUtf8());
        responder.send(r);
        return std::nullopt;
    };
    const QByteArray auth = request.header("Authorization");
    if (auth.isEmpty())
        return fail(QStringLiteral("Access token is empty."));
    if (!auth.startsWith("Bearer ") || auth.size() <= 7)
        return fail(QStringLiteral("Access token validation failure. Invalid audience."));
    QJsonObject claims;
    if (m_ctx->signer.verify(auth.mid(7).trimmed(), &claims) != TokenSigner::Check::Ok)
        return fail(QStringLiteral("Access token validation failure."));
    const auto tenant = m_ctx->store->tenant(claims.value(QStringLiteral("tid")).toString());
    const QString iss = claims.value(QStringLiteral("iss")).toString();
    bool issuerOk = false;
    if (tenant) {
        for (const QString &origin : m_ctx->origins()) {
            issuerOk = issuerOk ||
                       iss.compare(EntraService::issuerV1(origin, tenant->id), Qt::CaseInsensitive) == 0 ||
                       iss.compare(EntraService::issuerV2(origin, tenant->id), Qt::CaseInsensitive) == 0;
        }
    }
    if (!issuerOk)
        return fail(QStringLiteral("Access token validation failure. Invalid issuer."));
    if (!EntraService::isArmAudience(claims.value(QStringLiteral("aud")).toString(), *m_ctx))
        return fail(QStringLiteral("Access token validation failure. Invalid audience."));
    const qint64 now = Clock::now().toSecsSinceEpoch();
    const QJsonValue exp = claims.value(QStringLiteral("exp"));
    if (!exp.isDouble() || now > qint64(exp.toDouble()) + kClockSkewSeconds)
        return fail(QStringLiteral("Lifetime validation failed, the token is expired."));
    return tenant->id;
}

bool GraphService::handle(const HttpRequest &request, const Responder &responder)
{
    const QStringList seg = request.pathSegments();
    if (seg.size() < 2 || seg.size() > 3 || seg[0] != QLatin1String("v1.0") ||
        !seg[1].startsWith(QLatin1String("servicePrincipals"), Qt::CaseInsensitive))
        return false;
    const auto tenantId = authenticate(request, responder);
    if (!tenantId)
        return true;
    if (request.method != "GET") {
        responder.send(graphError(
            405, QStringLiteral("Request_BadRequest"),
            QStringLiteral("Specified HTTP method is not allowed for the request target."), request));
        return true;
    }
    const QString context = m_ctx->originOf(request) + QStringLiteral("/v1.0/$metadata#servicePrincipals");
    const auto notFound = [&](const QString &key) {
        responder.send(graphError(404, QStringLiteral("Request_ResourceNotFound"),
                                  QStringLiteral("Resource '%1' does not exist or one of its queried "
                                                 "reference-property objects are not present.")
                                      .arg(key),
                                  request));
    };
    const auto single = [&](const std::optional<Principal> &p, const QString &key) {
        if (!p || p->tenantId.compare(*tenantId, Qt::CaseInsensitive) != 0)
            return notFound(key);
        QJsonObject body = servicePrincipal(*p);
        body.insert(QStringLiteral("@odata.context"), context + QStringLiteral("/$entity"));
        responder.send(HttpResponse::json(200, body));
    };
    if (const auto appId = appIdKey(seg[1]); appId && seg.size() == 2) {
        single(m_ctx->store->principalByAppId(*tenantId, *appId), *appId);
        return true;
    }
    if (seg[1].compare(QLatin1String("servicePrincipals"), Qt::CaseInsensitive) != 0) {
        responder.send(graphError(400, QStringLiteral("BadRequest"),
                                  QStringLiteral("Resource not found for the segment '%1'.").arg(seg[1]),
                                  request));
        return true;
    }
    if (seg.size() == 3) {
        single(m_ctx->store->principalByObjectId(seg[2]), seg[2]);
        return true;
    }
    const QString filter = request.query(QStringLiteral("$filter"));
    static const QRegularExpression byAppId(QStringLiteral(R"(^\s*appId\s+eq\s+'([^']*)'\s*$)"),
                                            QRegularExpression::CaseInsensitiveOption);
    const auto m = byAppId.match(filter);
    if (!m.hasMatch()) {
        responder.send(graphError(
            400, QStringLiteral("Request_UnsupportedQuery"),
            filter.isEmpty() ? QStringLiteral("Listing all service principals is not supported here; filter "
                                              "by appId (appId eq '<application id>').")
                             : QStringLiteral("Unsupported or invalid query filter clause specified for "
                                              "property 'appId' of resource 'ServicePrincipal'."),
            request));
        return true;
    }
    QJsonArray value;
    if (const auto p = m_ctx->store->principalByAppId(*tenantId, m.captured(1)))
        value.append(servicePrincipal(*p));
    responder.send(HttpResponse::json(
        200, QJsonObject{{QStringLiteral("@odata.context"), context}, {QStringLiteral("value"), value}}));
    return true;
}

} // namespace csc::emu
