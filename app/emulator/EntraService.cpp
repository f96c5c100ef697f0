// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "emulator/EntraService.h"

#include "core/Clock.h"
#include "core/SecureBytes.h"
#include "emulator/ArmErrors.h"

#include <QJsonArray>
#include <QUuid>

namespace csc::emu {

namespace {

const QStringList kArmResourceUris{QStringLiteral("https://management.azure.com"),
                                   QStringLiteral("https://management.core.windows.net")};

QString trimSlashes(QString s)
{
    while (s.endsWith(u'/'))
        s.chop(1);
    return s;
}

/// application/x-www-form-urlencoded: '+' is a space, then percent-decoding.
QList<std::pair<QString, QByteArray>> parseForm(const QByteArray &body)
{
    QList<std::pair<QString, QByteArray>> out;
    for (const QByteArray &part : body.split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        QByteArray k = eq < 0 ? part : part.left(eq);
        QByteArray v = eq < 0 ? QByteArray() : part.mid(eq + 1);
        k.replace('+', ' ');
        v.replace('+', ' ');
        out.append(
            {QString::fromUtf8(QByteArray::fromPercentEncoding(k)), QByteArray::fromPercentEncoding(v)});
    }
    return out;
}

QByteArray formValue(const QList<std::pair<QString, QByteArray>> &form, const QString &key,
                     int *count = nullptr)
{
    QByteArray value;
    int n = 0;
    for (const auto &kv : form) {
        if (kv.first == key) {
            if (n == 0)
                value = kv.second;
            ++n;
        }
    }
    if (count)
        *count = n;
    return value;
}

bool isGuid(const QString &s)
{
    return !QUuid::fromString(s).isNull() && s.size() == 36;
}

} // namespace

EntraService::EntraService(const EmuContext *ctx) : m_ctx(ctx)
{
    // Azure Resource Manager: its own origins and the public cloud's ARM identifiers. Azure resource APIs get
    // v1 tokens even from the v2 endpoint.
    addResource(ResourceApp{QStringLiteral("Azure Resource Manager"),
                            [](const QString &resource, const EmuContext &c) -> std::optional<QString> {
                                const QString r = trimSlashes(resource);
                                if (c.isOwnOrigin(r) || kArmResourceUris.contains(r, Qt::CaseInsensitive))
                                    return r.toLower() + u'/';
                                return std::nullopt;
                            },
                            1});
}

QString EntraService::issuerV1(const QString &origin, const QString &tenantId)
{
    return origin + u'/' + tenantId + u'/';
}

QString EntraService::issuerV2(const QString &origin, const QString &tenantId)
{
    return origin + u'/' + tenantId + QStringLiteral("/v2.0");
}

bool EntraService::isArmAudience(const QString &aud, const EmuContext &ctx)
{
    const QString a = trimSlashes(aud);
    return ctx.isOwnOrigin(a) || kArmResourceUris.contains(a, Qt::CaseInsensitive);
}

bool EntraService::handle(const HttpRequest &request, const Responder &responder)
{
    const QStringList seg = request.pathSegments();
    if (seg.size() < 2)
        return false;
    const QString tenant = seg[0];
    const auto is = [&seg](std::initializer_list<const char *> parts) {
        if (seg.size() != qsizetype(parts.size()) + 1)
            return false;
        int i = 1;
        for (const char *p : parts) {
            if (seg[i++].compare(QLatin1String(p), Qt::CaseInsensitive) != 0)
                return false;
        }
        return true;
    };
    const bool get = request.method == "GET" || request.method == "HEAD";
    if (is({"v2.0", ".well-known", "openid-configuration"}) && get) {
        openIdConfiguration(request, responder, tenant, true);
        return true;
    }
    if (is({".well-known", "openid-configuration"}) && get) {
        openIdConfiguration(request, responder, tenant, false);
        return true;
    }
    if ((is({"discovery", "v2.0", "keys"}) || is({"discovery", "keys"})) && get) {
        keys(request, responder);
        return true;
    }
    if (is({"oauth2", "v2.0", "token"}) || is({"oauth2", "token"})) {
        if (request.method != "POST") {
            responder.send(
                entraError(request, 405, QStringLiteral("invalid_request"), 900561,
                           QStringLiteral("The endpoint only accepts POST requests. Received a %1 request.")
                               .arg(QString::fromLatin1(request.method))));
            return true;
        }
        token(request, responder, tenant, seg.size() == 4);
        return true;
    }
    return false;
}

HttpResponse EntraService::entraError(const HttpRequest &request, int status, const QString &error, int code,
                                      const QString &description) const
{
    const QString trace = newGuid();
    // MSAL sends client-request-id as a header and/or in the query; Entra echoes it as the correlation id.
    QString correlation = QString::fromLatin1(request.header("client-request-id"));
    if (correlation.isEmpty())
        correlation = request.query(QStringLiteral("client-request-id"));
    if (correlation.isEmpty())
        correlation = newGuid();
    const QDateTime now = Clock::now().toUTC();
    const QString stamp = now.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + u'Z';
    const QString full = QStringLiteral("AADSTS%1: %2\r\nTrace ID: %3\r\nCorrelation ID: %4\r\nTimestamp: %5")
                             .arg(code)
                             .arg(description, trace, correlation, stamp);
    HttpResponse r = HttpResponse::json(
        status, QJsonObject{
                    {QStringLiteral("error"), error},
                    {QStringLiteral("error_description"), full},
                    {QStringLiteral("error_codes"), QJsonArray{code}},
                    {QStringLiteral("timestamp"), stamp},
                    {QStringLiteral("trace_id"), trace},
                    {QStringLiteral("correlation_id"), correlation},
                    {QStringLiteral("error_uri"),
                     m_ctx->originOf(request) + QStringLiteral("/error?code=%1").arg(code)},
                });
    r.setHeader("x-ms-request-id", trace.toLatin1());
    r.setHeader("client-request-id", correlation.toLatin1());
    r.setHeader("Cache-Control", "no-store, no-cache");
    if (status == 401)
        r.setHeader("WWW-Authenticate", "Basic realm=\"\"");
    return r;
}

void EntraService::openIdConfiguration(const HttpRequest &request, const Responder &responder,
                                       const QString &tenantSeg, bool v2)
{
    const QString origin = m_ctx->originOf(request);
    QString tid;
    const bool generic = tenantSeg == QLatin1String("common") ||
                         tenantSeg == QLatin1String("organizations") ||
                         tenantSeg == QLatin1String("consumers");
    if (generic) {
        tid = QStringLiteral("{tenantid}");
    } else {
        const auto t = m_ctx->store->tenant(tenantSeg);
        if (!t) {
            responder.send(
                entraError(request, 400, QStringLiteral("invalid_tenant"), 90002,
                           QStringLiteral("Tenant '%1' not found. Check to make sure you have the correct "
                                          "tenant ID and are signing into the correct cloud. Check with your "
                                          "subscription administrator, this may happen if there are no "
                                          "active subscriptions for the tenant.")
                               .arg(tenantSeg)));
            return;
        }
        tid = t->id;
    }
    const QString t = generic ? tenantSeg : tid;
    const QString oauth =
        origin + u'/' + t + (v2 ? QStringLiteral("/oauth2/v2.0") : QStringLiteral("/oauth2"));
    QJsonObject doc{
        {QStringLiteral("token_endpoint"), oauth + QStringLiteral("/token")},
        {QStringLiteral("token_endpoint_auth_methods_supported"),
         QJsonArray{QStringLiteral("client_secret_post"), QStringLiteral("private_key_jwt"),
                    QStringLiteral("client_secret_basic")}},
        {QStringLiteral("jwks_uri"),
         origin + u'/' + t +
             (v2 ? QStringLiteral("/discovery/v2.0/keys") : QStringLiteral("/discovery/keys"))},
        {QStringLiteral("response_modes_supported"),
         QJsonArray{QStringLiteral("query"), QStringLiteral("fragment"), QStringLiteral("form_post")}},
        {QStringLiteral("subject_types_supported"), QJsonArray{QStringLiteral("pairwise")}},
        {QStringLiteral("id_token_signing_alg_values_supported"), QJsonArray{QStringLiteral("RS256")}},
        {QStringLiteral("response_types_supported"),
         QJsonArray{QStringLiteral("code"), QStringLiteral("id_token"), QStringLiteral("code id_token"),
                    QStringLiteral("id_token token")}},
        {QStringLiteral("scopes_supported"),
         QJsonArray{QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("email"),
                    QStringLiteral("offline_access")}},
        {QStringLiteral("issuer"), v2 ? issuerV2(origin, tid) : issuerV1(origin, tid)},
        {QStringLiteral("request_uri_parameter_supported"), false},
        {QStringLiteral("userinfo_endpoint"), origin + QStringLiteral("/oidc/userinfo")},
        {QStringLiteral("authorization_endpoint"), oauth + QStringLiteral("/authorize")},
        {QStringLiteral("device_authorization_endpoint"), oauth + QStringLiteral("/devicecode")},
        {QStringLiteral("http_logout_supported"), true},
        {QStringLiteral("frontchannel_logout_supported"), true},
        {QStringLiteral("end_session_endpoint"), oauth + QStringLiteral("/logout")},
        {QStringLiteral("claims_supported"),
         QJsonArray{QStringLiteral("sub"), QStringLiteral("iss"), QStringLiteral("aud"),
                    QStringLiteral("exp"), QStringLiteral("iat"), QStringLiteral("nbf"),
                    QStringLiteral("tid"), QStringLiteral("oid"), QStringLiteral("ver")}},
        {QStringLiteral("kerberos_endpoint"), origin + u'/' + t + QStringLiteral("/kerberos")},
        {QStringLiteral("tenant_region_scope"), QStringLiteral("NA")},
        {QStringLiteral("cloud_instance_name"), QStringLiteral("microsoftonline.com")},
        {QStringLiteral("cloud_graph_host_name"), QStringLiteral("graph.windows.net")},
        {QStringLiteral("msgraph_host"), QStringLiteral("graph.microsoft.com")},
        {QStringLiteral("rbac_url"), QStringLiteral("https://pas.windows.net")},
    };
    responder.send(HttpResponse::json(200, doc));
}

void EntraService::keys(const HttpRequest &request, const Responder &responder)
{
    const QString tenantSeg = request.pathSegments().value(0);
    const auto t = m_ctx->store->tenant(tenantSeg);
    const QString origin = m_ctx->originOf(request);
    const QString issuer = t ? issuerV2(origin, t->id) : issuerV2(origin, QStringLiteral("{tenantid}"));
    responder.send(HttpResponse::json(
        200, QJsonObject{{QStringLiteral("keys"), QJsonArray{m_ctx->signer.jwk(issuer)}}}));
}

void EntraService::token(const HttpRequest &request, const Responder &responder, const QString &tenantSeg,
                         bool v2)
{
    const auto form = parseForm(request.body);
    const QString grantType = QString::fromUtf8(formValue(form, QStringLiteral("grant_type")));
    QString clientId = QString::fromUtf8(formValue(form, QStringLiteral("client_id")));
    int secretCount = 0;
    QByteArray secretBytes = formValue(form, QStringLiteral("client_secret"), &secretCount);
    SecureBytes secret(secretBytes);
    SecureBytes::wipe(secretBytes);

    // client_secret_basic
    const QByteArray auth = request.header("Authorization");
    if (auth.startsWith("Basic ")) {
        QByteArray decoded = QByteArray::fromBase64(auth.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        if (colon > 0) {
            clientId = QString::fromUtf8(QByteArray::fromPercentEncoding(decoded.left(colon)));
            QByteArray s = QByteArray::fromPercentEncoding(decoded.mid(colon + 1));
            secret = SecureBytes(s);
            SecureBytes::wipe(s);
            secretCount = 1;
        }
        SecureBytes::wipe(decoded);
    }

    if (grantType.isEmpty()) {
        responder.send(entraError(request, 400, QStringLiteral("invalid_request"), 900144,
                                  QStringLiteral("The request body must contain the following parameter: "
                                                 "'grant_type'.")));
        return;
    }
    if (grantType != QLatin1String("client_credentials")) {
        responder.send(
            entraError(request, 400, QStringLiteral("unsupported_grant_type"), 70003,
                       QStringLiteral("The app requested an unsupported grant type '%1'.").arg(grantType)));
        return;
    }
    if (tenantSeg == QLatin1String("common") || tenantSeg == QLatin1String("organizations") ||
        tenantSeg == QLatin1String("consumers")) {
        responder.send(
            entraError(request, 400, QStringLiteral("invalid_request"), 50059,
                       QStringLiteral("No tenant-identifying information found in either the request or "
                                      "implied by any provided credentials.")));
        return;
    }
    const auto tenant = m_ctx->store->tenant(tenantSeg);
    if (!tenant) {
        const bool guid = isGuid(tenantSeg);
        responder.send(entraError(
            request, 400, QStringLiteral("invalid_request"), guid ? 90002 : 900023,
            guid ? QStringLiteral(
                       "Tenant '%1' not found. Check to make sure you have the correct tenant ID and are "
                       "signing into the correct cloud. Check with your subscription administrator, this "
                       "may happen if there are no active subscriptions for the tenant.")
                       .arg(tenantSeg)
                 : QStringLiteral(
                       "Specified tenant identifier '%1' is neither a valid DNS name, nor a valid external "
                       "domain.")
                       .arg(tenantSeg)));
        return;
    }
    if (clientId.isEmpty()) {
        responder.send(entraError(request, 400, QStringLiteral("invalid_request"), 900144,
                                  QStringLiteral("The request body must contain the following parameter: "
                                                 "'client_id'.")));
        return;
    }

    // Which resource? v2: scope=<resource>/.default (exactly one); v1: resource=<resource>.
    QString resource;
    if (v2) {
        int scopeCount = 0;
        const QString scope =
            QString::fromUtf8(formValue(form, QStringLiteral("scope"), &scopeCount)).trimmed();
        const QStringList scopes = scope.split(u' ', Qt::SkipEmptyParts);
        if (scopeCount == 0 || scopes.isEmpty()) {
            responder.send(
                entraError(request, 400, QStringLiteral("invalid_request"), 90014,
                           QStringLiteral("The required field 'scope' is missing from the credential. "
                                          "Ensure that you have all the necessary parameters for the login "
                                          "request.")));
            return;
        }
        QStringList resourceScopes;
        for (const QString &s : scopes) {
            if (s != QLatin1String("openid") && s != QLatin1String("profile") &&
                s != QLatin1String("offline_access") && s != QLatin1String("email"))
                resourceScopes << s;
        }
        if (resourceScopes.size() != 1 || !resourceScopes.first().endsWith(QLatin1String("/.default"))) {
            responder.send(
                entraError(request, 400, QStringLiteral("invalid_scope"), 1002012,
                           QStringLiteral("The provided value for scope %1 is not valid. Client credential "
                                          "flows must have a scope value with /.default suffixed to the "
                                          "resource identifier (application ID URI).")
                               .arg(scope)));
            return;
        }
        resource = resourceScopes.first().chopped(int(sizeof("/.default") - 1));
    } else {
        resource = QString::fromUtf8(formValue(form, QStringLiteral("resource")));
        if (resource.isEmpty()) {
            responder.send(entraError(request, 400, QStringLiteral("invalid_request"), 900144,
                                      QStringLiteral("The request body must contain the following parameter: "
                                                     "'resource'.")));
            return;
        }
    }

    const auto principal = m_ctx->store->principalByAppId(tenant->id, clientId);
    if (!principal) {
        responder.send(entraError(
            request, 400, QStringLiteral("unauthorized_client"), 700016,
            QStringLiteral(
                "Application with identifier '%1' was not found in the directory '%2'. This can happen if "
                "the application has not been installed by the administrator of the tenant or consented to "
                "by any user in the tenant. You may have sent your authentication request to the wrong "
                "tenant.")
                .arg(clientId, tenant->displayName)));
        return;
    }
    if (secretCount == 0 || secret.isEmpty()) {
        responder.send(
            entraError(request, 401, QStringLiteral("invalid_client"), 7000216,
                       QStringLiteral("'client_assertion', 'client_secret' or 'request' is required for the "
                                      "'client_credentials' grant type.")));
        return;
    }
    if (!m_ctx->store->checkSecret(principal->objectId, secret)) {
        responder.send(
            entraError(request, 401, QStringLiteral("invalid_client"), 7000215,
                       QStringLiteral("Invalid client secret provided. Ensure the secret being sent in the "
                                      "request is the client secret value, not the client secret ID, for a "
                                      "secret added to app '%1'.")
                           .arg(clientId)));
        return;
    }

    const ResourceApp *app = nullptr;
    QString aud;
    for (const ResourceApp &r : m_resources) {
        if (auto a = r.audienceFor(resource, *m_ctx)) {
            app = &r;
            aud = *a;
            break;
        }
    }
    if (!app) {
        responder.send(
            entraError(request, 400, QStringLiteral("invalid_resource"), 500011,
                       QStringLiteral("The resource principal named %1 was not found in the tenant named "
                                      "%2. This can happen if the application has not been installed by "
                                      "the administrator of the tenant or consented to by any user in the "
                                      "tenant. You might have sent your authentication request to the "
                                      "wrong tenant.")
                           .arg(resource, tenant->displayName)));
        return;
    }

    const QString origin = m_ctx->originOf(request);
    const qint64 now = Clock::now().toSecsSinceEpoch();
    const qint64 notBefore = now - 300; // Entra back-dates iat/nbf by five minutes
    const qint64 expires = now + kLifetimeSeconds;
    const QString uti = QString::fromLatin1(TokenSigner::base64Url(QUuid::createUuid().toRfc4122()).left(22));
    QJsonObject claims{
        {QStringLiteral("aud"), aud},
        {QStringLiteral("iat"), notBefore},
        {QStringLiteral("nbf"), notBefore},
        {QStringLiteral("exp"), expires},
        {QStringLiteral("idtyp"), QStringLiteral("app")},
        {QStringLiteral("oid"), principal->objectId},
        {QStringLiteral("sub"), principal->objectId},
        {QStringLiteral("tid"), tenant->id},
        {QStringLiteral("uti"), uti},
        {QStringLiteral("rh"), QStringLiteral("0.emulator.")},
    };
    if (app->tokenVersion == 1) {
        const QString iss = issuerV1(origin, tenant->id);
        claims.insert(QStringLiteral("iss"), iss);
        claims.insert(QStringLiteral("idp"), iss);
        claims.insert(QStringLiteral("appid"), principal->appId);
        claims.insert(QStringLiteral("appidacr"), QStringLiteral("1"));
        claims.insert(QStringLiteral("ver"), QStringLiteral("1.0"));
    } else {
        claims.insert(QStringLiteral("iss"), issuerV2(origin, tenant->id));
        claims.insert(QStringLiteral("azp"), principal->appId);
        claims.insert(QStringLiteral("azpacr"), QStringLiteral("1"));
        claims.insert(QStringLiteral("ver"), QStringLiteral("2.0"));
    }
    QByteArray jwt = m_ctx->signer.sign(claims);
    QJsonObject body{{QStringLiteral("token_type"), QStringLiteral("Bearer")},
                     {QStringLiteral("expires_in"), kLifetimeSeconds},
                     {QStringLiteral("ext_expires_in"), kLifetimeSeconds},
                     {QStringLiteral("access_token"), QString::fromLatin1(jwt)}};
    if (!v2) {
        body.insert(QStringLiteral("expires_in"), QString::number(kLifetimeSeconds));
        body.insert(QStringLiteral("ext_expires_in"), QString::number(kLifetimeSeconds));
        body.insert(QStringLiteral("expires_on"), QString::number(expires));
        body.insert(QStringLiteral("not_before"), QString::number(notBefore));
        body.insert(QStringLiteral("resource"), resource);
    }
    SecureBytes::wipe(jwt);
    HttpResponse r = HttpResponse::json(200, body);
    r.setHeader("Cache-Control", "no-store, no-cache");
    r.setHeader("Pragma", "no-cache");
    r.setHeader("x-ms-request-id", newGuid().toLatin1());
    if (!request.header("client-request-id").isEmpty())
        r.setHeader("client-request-id", request.header("client-request-id"));
    responder.send(r);
}

} // namespace csc::emu
