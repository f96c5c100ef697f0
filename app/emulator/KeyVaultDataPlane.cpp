// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "emulator/KeyVaultDataPlane.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "emulator/ArmErrors.h"
#include "emulator/KeyVaultCrypto.h"
#include "emulator/KeyVaultProvider.h"
#include "emulator/Rbac.h"
#include "emulator/TokenSigner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QUuid>

namespace csc::emu {

namespace {

constexpr qint64 kClockSkewSeconds = 300;
constexpr int kMaxResults = 25;
const QString kDataPrefix = QStringLiteral("Microsoft.KeyVault/vaults/");

QString trimSlashes(QString s)
{
    while (s.endsWith(u'/'))
        s.chop(1);
    return s;
}

QJsonObject errorBody(const QString &code, const QString &message, const QString &inner = {})
{
    QJsonObject e{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!inner.isEmpty())
        e.insert(QStringLiteral("innererror"), QJsonObject{{QStringLiteral("code"), inner}});
    return QJsonObject{{QStringLiteral("error"), e}};
}

KeyVaultReply fail(int status, const QString &code, const QString &message, const QString &inner = {})
{
    return KeyVaultReply{status, errorBody(code, message, inner)};
}

KeyVaultReply badParameter(const QString &message)
{
    return fail(400, QStringLiteral("BadParameter"), message);
}

QByteArray b64url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

std::optional<QByteArray> fromB64url(const QString &text)
{
    QByteArray in = text.toLatin1();
    // Clients send base64url, some with padding; tolerate standard base64 too.
    in.replace('+', '-').replace('/', '_');
    while (in.endsWith('='))
        in.chop(1);
    auto decoded = QByteArray::fromBase64Encoding(in, QByteArray::Base64UrlEncoding |
                                                          QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return *decoded;
}

const QStringList &rsaKeyOps()
{
    static const QStringList ops{QStringLiteral("encrypt"), QStringLiteral("decrypt"),
                                 QStringLiteral("sign"),    QStringLiteral("verify"),
                                 QStringLiteral("wrapKey"), QStringLiteral("unwrapKey")};
    return ops;
}

bool validKeyName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-zA-Z-]{1,127}$"));
    return re.match(name).hasMatch();
}

bool isVersion(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-fA-F]{32}$"));
    return re.match(s).hasMatch();
}

QString newVersion()
{
    return QUuid::createUuid().toString(QUuid::Id128);
}

qint64 nowSecs()
{
    return Clock::now().toSecsSinceEpoch();
}

QString utcText(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

/// One data-plane operation on its way: the vault, the request and the helpers every operation shares.
struct KeyVaultDataPlane::Op
{
    const KeyVaultRequest &req;
    KeyVault vault;
    QJsonObject props;
    QString uri; ///< https://host:port/
    Store *store;

    QString vaultId() const { return KeyVaultProvider::idOf(vault); }
    QString location() const { return vault.resource.value(QStringLiteral("location")).toString(); }
    QString tenantId() const { return props.value(QStringLiteral("tenantId")).toString(); }
    bool flag(const char *name) const { return props.value(QLatin1String(name)).toBool(); }
    int retentionDays() const { return props.value(QStringLiteral("softDeleteRetentionInDays")).toInt(90); }
    QString callerText() const
    {
        return QStringLiteral("appid=%1;oid=%2;iss=%3").arg(req.appId, req.objectId, req.issuer);
    }
    QString query(const char *name) const
    {
        for (const auto &kv : req.query) {
            if (kv.first.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
                return kv.second;
        }
        return {};
    }
    QString recoveryLevel() const
    {
        const bool custom = retentionDays() < 90;
        if (flag("enablePurgeProtection"))
            return custom ? QStringLiteral("CustomizedRecoverable") : QStringLiteral("Recoverable");
        return custom ? QStringLiteral("CustomizedRecoverable+Purgeable")
                      : QStringLiteral("Recoverable+Purgeable");
    }
    QString kidOf(const VaultKey &k, bool withVersion = true) const
    {
        return uri + QStringLiteral("keys/") + k.name + (withVersion ? u'/' + k.version : QString());
    }
    QJsonObject attributes(const VaultKey &k) const
    {
        QJsonObject a = k.bundle.value(QStringLiteral("attributes")).toObject();
        a.insert(QStringLiteral("recoveryLevel"), recoveryLevel());
        a.insert(QStringLiteral("recoverableDays"), retentionDays());
        a.insert(QStringLiteral("exportable"), false);
        return a;
    }
    QJsonObject bundle(const VaultKey &k) const
    {
        QJsonObject key{{QStringLiteral("kid"), kidOf(k)},
                        {QStringLiteral("kty"), k.bundle.value(QStringLiteral("kty"))},
                        {QStringLiteral("key_ops"), k.bundle.value(QStringLiteral("key_ops"))},
                        {QStringLiteral("n"), k.bundle.value(QStringLiteral("n"))},
                        {QStringLiteral("e"), k.bundle.value(QStringLiteral("e"))}};
        QJsonObject out{{QStringLiteral("key"), key}, {QStringLiteral("attributes"), attributes(k)}};
        const QJsonObject tags = k.bundle.value(QStringLiteral("tags")).toObject();
        if (!tags.isEmpty())
            out.insert(QStringLiteral("tags"), tags);
        return out;
    }
    QJsonObject deletedBundle(const VaultKey &k) const
    {
        QJsonObject out = bundle(k);
        out.insert(QStringLiteral("recoveryId"), uri + QStringLiteral("deletedkeys/") + k.name);
        out.insert(QStringLiteral("deletedDate"), k.deletedMs / 1000);
        out.insert(QStringLiteral("scheduledPurgeDate"), k.purgeMs / 1000);
        return out;
    }
    QJsonObject item(const VaultKey &k, bool withVersion) const
    {
        QJsonObject out{{QStringLiteral("kid"), kidOf(k, withVersion)},
                        {QStringLiteral("attributes"), attributes(k)}};
        const QJsonObject tags = k.bundle.value(QStringLiteral("tags")).toObject();
        if (!tags.isEmpty())
            out.insert(QStringLiteral("tags"), tags);
        return out;
    }
    KeyVaultReply keyNotFound(const QString &name) const
    {
        return fail(
            404, QStringLiteral("KeyNotFound"),
            QStringLiteral(
                "A key with (name/id) %1 was not found in this key vault. If you recently deleted "
                "this key you may be able to recover it using the correct recovery command. For "
                "help resolving this issue, please see https://go.microsoft.com/fwlink/?linkid=2125182")
                .arg(name));
    }

    /// Network rules; nullopt when the caller may reach the vault.
    std::optional<KeyVaultReply> checkNetwork() const
    {
        const QJsonObject acls = props.value(QStringLiteral("networkAcls")).toObject();
        const bool bypass = acls.value(QStringLiteral("bypass")).toString(QStringLiteral("AzureServices")) ==
                            QLatin1String("AzureServices");
        const bool trusted = req.trustedService && bypass;
        const QString vaultText = vault.name + QStringLiteral(";location=") + location();
        if (props.value(QStringLiteral("publicNetworkAccess")).toString() == QLatin1String("Disabled") &&
            !trusted)
            return fail(
                403, QStringLiteral("Forbidden"),
                QStringLiteral("Public network access is disabled and request is not from a trusted service "
                               "nor via an approved private link.\r\nCaller: %1\r\nVault: %2")
                    .arg(callerText(), vaultText),
                QStringLiteral("ForbiddenByConnection"));
        if (acls.value(QStringLiteral("defaultAction")).toString() != QLatin1String("Deny") || trusted)
            return std::nullopt;
        QHostAddress client = req.clientAddress;
        bool ok = false;
        const quint32 v4 = client.toIPv4Address(&ok);
        if (ok)
            client = QHostAddress(v4);
        for (const QJsonValue &r : acls.value(QStringLiteral("ipRules")).toArray()) {
            const QString value = r.toObject().value(QStringLiteral("value")).toString();
            const auto subnet =
                QHostAddress::parseSubnet(value.contains(u'/') ? value : value + QStringLiteral("/32"));
            if (!subnet.first.isNull() && client.isInSubnet(subnet))
                return std::nullopt;
        }
        return fail(
            403, QStringLiteral("Forbidden"),
            QStringLiteral("Client address is not authorized and caller is not a trusted service.\r\nClient "
                           "address: %1\r\nCaller: %2\r\nVault: %3")
                .arg(client.toString(), callerText(), vaultText),
            QStringLiteral("ForbiddenByFirewall"));
    }

    /// Authorization for one operation: Azure RBAC data action `dataAction` at `scope`, or the access policy
    /// key permission `permission`.
    std::optional<KeyVaultReply> authorize(const QString &permission, const QString &dataAction,
                                           const QString &keyName = {}) const
    {
        const QString vaultText = vault.name + QStringLiteral(";location=") + location();
        if (flag("enableRbacAuthorization")) {
            const QString scope =
                vaultId() + (keyName.isEmpty() ? QString() : QStringLiteral("/keys/") + keyName);
            if (Rbac::isDataActionAllowed(store->roleAssignmentsOf(req.objectId), kDataPrefix + dataAction,
                                          scope))
                return std::nullopt;
            return fail(
                403, QStringLiteral("Forbidden"),
                QStringLiteral("Caller is not authorized to perform action on resource.\r\nIf role "
                               "assignments, deny assignments or role definitions were changed recently, "
                               "please observe propagation time.\r\nCaller: %1\r\nAction: '%2'\r\nResource: "
                               "'%3'\r\nAssignment: (not found)\r\nDenyAssignmentId: null\r\nDecisionReason: "
                               "null \r\nVault: %4\r\n")
                    .arg(callerText(), kDataPrefix + dataAction, scope.toLower(), vaultText),
                QStringLiteral("ForbiddenByRbac"));
        }
        for (const QJsonValue &v : props.value(QStringLiteral("accessPolicies")).toArray()) {
            const QJsonObject p = v.toObject();
            if (p.value(QStringLiteral("objectId")).toString().compare(req.objectId, Qt::CaseInsensitive) !=
                    0 ||
                p.value(QStringLiteral("tenantId")).toString().compare(tenantId(), Qt::CaseInsensitive) != 0)
                continue;
            const QString app = p.value(QStringLiteral("applicationId")).toString();
            if (!app.isEmpty() && app.compare(req.appId, Qt::CaseInsensitive) != 0)
                continue; // a compound identity: this application acting for the principal only
            for (const QJsonValue &granted :
                 p.value(QStringLiteral("permissions")).toObject().value(QStringLiteral("keys")).toArray()) {
                const QString g = granted.toString();
                if (g.compare(permission, Qt::CaseInsensitive) == 0 ||
                    g.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0)
                    return std::nullopt;
            }
        }
        return fail(403, QStringLiteral("Forbidden"),
                    QStringLiteral(
                        "The user, group or application '%1' does not have keys %2 permission on key vault "
                        "'%3'. For help resolving this issue, please see "
                        "https://go.microsoft.com/fwlink/?linkid=2125287")
                        .arg(callerText(), permission, vaultText),
                    QStringLiteral("AccessDenied"));
    }
};

const QStringList &KeyVaultDataPlane::apiVersions()
{
    static const QStringList versions{
        QStringLiteral("7.0"), QStringLiteral("7.1"), QStringLiteral("7.2"), QStringLiteral("7.3"),
        QStringLiteral("7.4"), QStringLiteral("7.5"), QStringLiteral("7.6"), QStringLiteral("2025-07-01")};
    return versions;
}

KeyVaultDataPlane::KeyVaultDataPlane(const EmuContext *ctx, TlsMaterial tls, Options options, QObject *parent)
    : QObject(parent), m_ctx(ctx), m_tls(std::move(tls)), m_options(std::move(options))
{}

KeyVaultDataPlane::~KeyVaultDataPlane() = default;

Result<void> KeyVaultDataPlane::start()
{
    const QStringList names = m_ctx->store->vaultNames();
    for (qsizetype i = 0; i < names.size(); ++i) {
        const quint16 wanted = m_options.firstPort == 0 ? 0 : quint16(m_options.firstPort + i);
        auto port = listen(names[i], wanted);
        if (!port && wanted != 0) {
            qCInfo(lcEmu) << "vault" << names[i] << "cannot use port" << wanted << "; using a free one";
            port = listen(names[i], 0);
        }
        if (!port)
            return port.error();
    }
    return {};
}

Result<quint16> KeyVaultDataPlane::listen(const QString &vaultName, quint16 port)
{
    auto server = std::make_unique<HttpsServer>(m_tls, this);
    server->setProtocol(m_options.protocol);
    const QString key = vaultName.toLower();
    server->setHandler(
        [this, key](const HttpRequest &request, Responder responder) { handle(key, request, responder); });
    auto bound = server->listen(m_options.host, port);
    if (!bound)
        return bound.error();
    m_servers[key] = std::move(server);
    m_ports.insert(key, bound.value());
    m_names.insert(key, vaultName);
    return bound.value();
}

QString KeyVaultDataPlane::hostText() const
{
    return m_options.host.protocol() == QAbstractSocket::IPv6Protocol
               ? u'[' + m_options.host.toString() + u']'
               : m_options.host.toString();
}

QString KeyVaultDataPlane::uriOf(const QString &vaultName)
{
    const QString key = vaultName.toLower();
    if (!m_ports.contains(key)) {
        if (!m_ctx->store->vaultByName(vaultName) || !listen(vaultName, 0))
            return {};
    }
    return QStringLiteral("https://%1:%2/").arg(hostText()).arg(m_ports.value(key));
}

QJsonObject KeyVaultDataPlane::endpoints() const
{
    QJsonObject out;
    for (auto it = m_names.cbegin(); it != m_names.cend(); ++it) {
        if (m_ctx->store->vaultByName(it.value()))
            out.insert(it.value(),
                       QStringLiteral("https://%1:%2/").arg(hostText()).arg(m_ports.value(it.key())));
    }
    return out;
}

std::optional<QString> KeyVaultDataPlane::audienceFor(const QString &resource) const
{
    const QString r = trimSlashes(resource.trimmed().toLower());
    if (r == QLatin1String(kResource))
        return r;
    const QUrl url(r, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || !url.path().isEmpty() ||
        url.port() <= 0 || !url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return std::nullopt;
    const QString host = url.host(QUrl::FullyEncoded);
    if (host != m_options.host.toString().toLower() && host != QLatin1String("localhost"))
        return std::nullopt;
    for (const quint16 port : m_ports) {
        if (port == url.port())
            return r;
    }
    return std::nullopt;
}

ResourceApp KeyVaultDataPlane::entraResource() const
{
    return ResourceApp{QStringLiteral("Azure Key Vault"),
                       [this](const QString &resource, const EmuContext &) { return audienceFor(resource); },
                       1};
}

void KeyVaultDataPlane::handle(const QString &vaultKey, const HttpRequest &request,
                               const Responder &responder)
{
    const QString requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto send = [&](int status, const QJsonObject &body, const QByteArray &challenge = {}) {
        HttpResponse r =
            body.isEmpty() && status == 204 ? HttpResponse::empty(status) : HttpResponse::json(status, body);
        r.setHeader("x-ms-request-id", requestId.toLatin1());
        r.setHeader("x-ms-keyvault-service-version", "1.9.2567.1");
        r.setHeader("x-ms-keyvault-region", "local");
        r.setHeader("x-ms-keyvault-network-info",
                    "conn_type=Ipv4;addr=" + request.remoteAddress.toString().toLatin1() +
                        ";act_addr_fam=InterNetwork;");
        r.setHeader("Cache-Control", "no-cache");
        if (!request.header("x-ms-client-request-id").isEmpty())
            r.setHeader("x-ms-client-request-id", request.header("x-ms-client-request-id"));
        if (!challenge.isEmpty())
            r.setHeader("WWW-Authenticate", challenge);
        responder.send(r);
    };
    const QString name = m_names.value(vaultKey);
    const auto vault = m_ctx->store->vaultByName(name);
    if (!vault) {
        send(404, errorBody(QStringLiteral("VaultNotFound"),
                            QStringLiteral("The vault %1 does not exist (it was deleted).").arg(name)));
        return;
    }
    const QString tenant = vault->resource.value(QStringLiteral("properties"))
                               .toObject()
                               .value(QStringLiteral("tenantId"))
                               .toString();
    const QByteArray challenge =
        QStringLiteral("Bearer authorization=\"%1/%2\", resource=\"%3\"")
            .arg(m_ctx->baseUrl.toString(QUrl::StripTrailingSlash), tenant, QLatin1String(kResource))
            .toUtf8();
    const auto unauthorized = [&](const QString &message) {
        send(401, errorBody(QStringLiteral("Unauthorized"), message), challenge);
    };
    const QByteArray auth = request.header("Authorization");
    if (auth.isEmpty())
        return unauthorized(QStringLiteral("AKV10000: Request is missing a Bearer or PoP token."));
    if (!auth.startsWith("Bearer ") || auth.size() <= 7)
        return unauthorized(QStringLiteral("The 'Authorization' header is not a Bearer token."));
    QJsonObject claims;
    switch (m_ctx->signer.verify(auth.mid(7).trimmed(), &claims)) {
    case TokenSigner::Check::Ok:
        break;
    case TokenSigner::Check::Malformed:
        return unauthorized(QStringLiteral("The access token is not a well-formed JSON Web Token."));
    case TokenSigner::Check::UnknownKey:
    case TokenSigner::Check::BadSignature:
        return unauthorized(QStringLiteral("The access token's signature could not be validated."));
    }
    // Issuer: the vault's tenant, v1 or v2 form, at one of this cloud's origins.
    const QString iss = claims.value(QStringLiteral("iss")).toString();
    QStringList issuers;
    for (const QString &origin : m_ctx->origins())
        issuers << EntraService::issuerV1(origin, tenant) << EntraService::issuerV2(origin, tenant);
    bool issuerOk = false;
    for (const QString &i : issuers)
        issuerOk = issuerOk || i.compare(iss, Qt::CaseInsensitive) == 0;
    if (!issuerOk)
        return unauthorized(QStringLiteral("AKV10032: Invalid issuer. Expected one of %1, found %2.")
                                .arg(issuers.join(QStringLiteral(", ")), iss));
    const QString aud = trimSlashes(claims.value(QStringLiteral("aud")).toString());
    const QString own = QStringLiteral("https://%1:%2").arg(hostText()).arg(m_ports.value(vaultKey));
    const QString ownLocal = QStringLiteral("https://localhost:%1").arg(m_ports.value(vaultKey));
    if (aud.compare(QLatin1String(kResource), Qt::CaseInsensitive) != 0 &&
        aud.compare(own, Qt::CaseInsensitive) != 0 && aud.compare(ownLocal, Qt::CaseInsensitive) != 0)
        return unauthorized(
            QStringLiteral("AKV10022: Invalid audience. Expected %1, found: %2.")
                .arg(QLatin1String(kResource), claims.value(QStringLiteral("aud")).toString()));
    const qint64 now = nowSecs();
    if (!claims.value(QStringLiteral("exp")).isDouble())
        return unauthorized(QStringLiteral("The access token has no expiry (exp) claim."));
    const qint64 exp = qint64(claims.value(QStringLiteral("exp")).toDouble());
    if (now > exp + kClockSkewSeconds)
        return unauthorized(QStringLiteral("The access token expired at %1 (server time %2).")
                                .arg(utcText(exp), utcText(now)));
    const QJsonValue nbf = claims.value(QStringLiteral("nbf"));
    if (nbf.isDouble() && now + kClockSkewSeconds < qint64(nbf.toDouble()))
        return unauthorized(QStringLiteral("The access token is not valid before %1 (server time %2).")
                                .arg(utcText(qint64(nbf.toDouble())), utcText(now)));
    const QString oid = claims.value(QStringLiteral("oid")).toString();
    if (oid.isEmpty())
        return unauthorized(QStringLiteral("The access token has no object id (oid) claim."));

    const QString apiVersion = request.query(QStringLiteral("api-version"));
    if (apiVersion.isEmpty())
        return send(400,
                    errorBody(QStringLiteral("BadParameter"),
                              QStringLiteral("The request is missing the 'api-version' query parameter.")));
    if (!apiVersions().contains(apiVersion))
        return send(
            400, errorBody(QStringLiteral("BadParameter"),
                           QStringLiteral("The specified version (%1) is not recognized. Consider using the "
                                          "latest supported version (%2).")
                               .arg(apiVersion, QLatin1String(kLatestApiVersion))));

    KeyVaultRequest kv;
    kv.vault = vault->name;
    kv.method = request.method;
    kv.path = request.pathSegments();
    for (const auto &item : QUrlQuery(request.url).queryItems(QUrl::FullyDecoded))
        kv.query.append(item);
    kv.body = request.body;
    kv.objectId = oid;
    kv.appId = claims.value(QStringLiteral("appid")).toString();
    if (kv.appId.isEmpty())
        kv.appId = claims.value(QStringLiteral("azp")).toString();
    kv.issuer = iss;
    kv.clientAddress = request.remoteAddress;
    const KeyVaultReply reply = execute(kv);
    send(reply.status, reply.body);
}

Result<VaultKey> KeyVaultDataPlane::makeRsaKey(const QString &vault, const QString &name, const QString &kty,
                                               int bits, const QJsonArray &keyOps, QJsonObject attributes,
                                               const QJsonObject &tags)
{
    auto der = KeyVaultCrypto::generateRsa(bits);
    if (!der)
        return der.error();
    auto pub = KeyVaultCrypto::publicOf(der.value());
    if (!pub)
        return pub.error();
    const qint64 now = nowSecs();
    attributes.insert(QStringLiteral("created"), now);
    attributes.insert(QStringLiteral("updated"), now);
    if (!attributes.contains(QStringLiteral("enabled")))
        attributes.insert(QStringLiteral("enabled"), true);
    VaultKey k;
    k.vault = vault;
    k.name = name;
    k.version = newVersion();
    k.bundle = QJsonObject{{QStringLiteral("kty"), kty},
                           {QStringLiteral("key_size"), bits},
                           {QStringLiteral("key_ops"), keyOps},
                           {QStringLiteral("n"), QString::fromLatin1(b64url(pub.value().n))},
                           {QStringLiteral("e"), QString::fromLatin1(b64url(pub.value().e))},
                           {QStringLiteral("attributes"), attributes},
                           {QStringLiteral("tags"), tags}};
    k.privateKey = der.value();
    return k;
}

KeyVaultReply KeyVaultDataPlane::execute(const KeyVaultRequest &req)
{
    const auto found = m_ctx->store->vaultByName(req.vault);
    if (!found)
        return fail(404, QStringLiteral("VaultNotFound"),
                    QStringLiteral("The vault %1 does not exist.").arg(req.vault));
    Op op{req, *found, found->resource.value(QStringLiteral("properties")).toObject(), uriOf(req.vault),
          m_ctx->store};
    if (auto refused = op.checkNetwork())
        return *refused;
    const QStringList &s = req.path;
    const QByteArray &m = req.method;
    const qint64 nowMs = Clock::now().toMSecsSinceEpoch();
    const QString first = s.value(0).toLower();
    const auto methodNotAllowed = [&] {
        return fail(405, QStringLiteral("MethodNotAllowed"),
                    QStringLiteral("The requested resource does not support http method '%1'.")
                        .arg(QString::fromLatin1(m)));
    };
    const auto notFound = [&] {
        return fail(404, QStringLiteral("NotFound"),
                    QStringLiteral("The requested path /%1 was not found on this vault.").arg(s.join(u'/')));
    };
    const QJsonDocument doc = QJsonDocument::fromJson(req.body);
    const QJsonObject body = doc.object();
    const bool bodyRequired = m == "POST" || m == "PATCH" || m == "PUT";

    // Paging helpers: maxresults 1..25, $skiptoken from our own nextLink.
    int maxResults = kMaxResults;
    if (const QString mr = op.query("maxresults"); !mr.isEmpty()) {
        bool ok = false;
        maxResults = mr.toInt(&ok);
        if (!ok || maxResults < 1 || maxResults > kMaxResults)
            return badParameter(QStringLiteral("The value of maxresults (%1) is out of range. Valid range is "
                                               "[1, %2].")
                                    .arg(mr)
                                    .arg(kMaxResults));
    }
    const QString skipToken = op.query("$skiptoken");
    QJsonObject skip;
    if (!skipToken.isEmpty()) {
        const auto decoded = fromB64url(skipToken);
        skip = decoded ? QJsonDocument::fromJson(*decoded).object() : QJsonObject();
        if (skip.isEmpty())
            return badParameter(QStringLiteral("The $skiptoken '%1' is not valid.").arg(skipToken));
    }
    const auto nextLink = [&](const QString &path, const QJsonObject &token) {
        QUrl u(op.uri + path);
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("api-version"), QLatin1String(kLatestApiVersion));
        q.addQueryItem(QStringLiteral("$skiptoken"),
                       QString::fromLatin1(b64url(QJsonDocument(token).toJson(QJsonDocument::Compact))));
        q.addQueryItem(QStringLiteral("maxresults"), QString::number(maxResults));
        u.setQuery(q);
        return u.toString(QUrl::FullyEncoded);
    };

    if (first == QLatin1String("keys") && s.size() == 1) {
        if (m != "GET")
            return methodNotAllowed();
        if (auto refused = op.authorize(QStringLiteral("list"), QStringLiteral("keys/read")))
            return *refused;
        const QString after = skip.value(QStringLiteral("after")).toString();
        QJsonArray value;
        QString last;
        bool more = false;
        for (const VaultKey &k : m_ctx->store->latestVaultKeys(op.vault.name)) {
            if (k.deletedMs > 0 || (!after.isEmpty() && k.name.compare(after, Qt::CaseInsensitive) <= 0))
                continue;
            if (value.size() == maxResults) {
                more = true;
                break;
            }
            value.append(op.item(k, false));
            last = k.name;
        }
        return KeyVaultReply{200, QJsonObject{{QStringLiteral("value"), value},
                                              {QStringLiteral("nextLink"),
                                               more ? QJsonValue(nextLink(QStringLiteral("keys"),
                                                                          {{QStringLiteral("after"), last}}))
                                                    : QJsonValue(QJsonValue::Null)}}};
    }

    if (first == QLatin1String("deletedkeys") && s.size() >= 2) {
        const QString name = s[1];
        const bool recover =
            s.size() == 3 && s[2].compare(QLatin1String("recover"), Qt::CaseInsensitive) == 0;
        if (s.size() > 3 || (s.size() == 3 && !recover))
            return notFound();
        std::optional<KeyVaultReply> refused;
        if (recover && m == "POST")
            refused =
                op.authorize(QStringLiteral("recover"), QStringLiteral("deletedKeys/recover/action"), name);
        else if (!recover && m == "GET")
            refused = op.authorize(QStringLiteral("get"), QStringLiteral("deletedKeys/read"), name);
        else if (!recover && m == "DELETE")
            refused = op.authorize(QStringLiteral("purge"), QStringLiteral("deletedKeys/delete"), name);
        else
            return methodNotAllowed();
        if (refused)
            return *refused;
        const auto k = m_ctx->store->vaultKey(op.vault.name, name);
        if (!k || k->deletedMs == 0)
            return fail(404, QStringLiteral("KeyNotFound"),
                        QStringLiteral("Deleted Key not found: %1").arg(name));
        if (m == "GET")
            return KeyVaultReply{200, op.deletedBundle(*k)};
        if (recover) {
            if (auto r = m_ctx->store->setVaultKeyDeleted(op.vault.name, k->name, 0, 0); !r)
                return fail(500, QStringLiteral("InternalError"), r.error().message);
            VaultKey back = *k;
            back.deletedMs = 0;
            return KeyVaultReply{200, op.bundle(back)};
        }
        if (op.flag("enablePurgeProtection"))
            return fail(
                403, QStringLiteral("Forbidden"),
                QStringLiteral("Operation \"purge\" is not allowed because purge protection is enabled for "
                               "this vault. Key Vault service will automatically purge it after the "
                               "retention period has passed."));
        if (auto r = m_ctx->store->purgeVaultKey(op.vault.name, k->name); !r)
            return fail(500, QStringLiteral("InternalError"), r.error().message);
        return KeyVaultReply{204, {}};
    }

    if (first != QLatin1String("keys") || s.size() < 2)
        return notFound();
    const QString name = s[1];
    if (!validKeyName(name))
        return badParameter(QStringLiteral("The request URI contains an invalid name: %1").arg(name));
    if (bodyRequired && !req.body.trimmed().isEmpty() && !doc.isObject())
        return badParameter(QStringLiteral("The request body is not valid JSON."));

    static const QStringList cryptoOps{QStringLiteral("encrypt"), QStringLiteral("decrypt"),
                                       QStringLiteral("wrapkey"), QStringLiteral("unwrapkey")};
    // keys/{name}/create, keys/{name}/rotate, keys/{name}/versions, keys/{name}[/{version}],
    // keys/{name}[/{version}]/{op}
    const QString third = s.value(2).toLower();
    if (s.size() == 3 && (third == QLatin1String("create") || third == QLatin1String("rotate"))) {
        if (m != "POST")
            return methodNotAllowed();
        const bool rotate = third == QLatin1String("rotate");
        if (auto refused =
                rotate ? op.authorize(QStringLiteral("rotate"), QStringLiteral("keys/rotate/action"), name)
                       : op.authorize(QStringLiteral("create"), QStringLiteral("keys/create/action"), name))
            return *refused;
        const auto current = m_ctx->store->vaultKey(op.vault.name, name);
        if (current && current->deletedMs > 0)
            return fail(409, QStringLiteral("Conflict"),
                        QStringLiteral(
                            "Key %1 is currently in a deleted but recoverable state, and its name cannot be "
                            "reused; in this state, the key can only be recovered or purged.")
                            .arg(name),
                        QStringLiteral("ObjectIsDeletedButRecoverable"));
        if (rotate && !current)
            return op.keyNotFound(name);
        QString kty;
        int size = 2048;
        QJsonArray keyOps;
        QJsonObject attrs{{QStringLiteral("enabled"), true}};
        QJsonObject tags;
        if (rotate) {
            kty = current->bundle.value(QStringLiteral("kty")).toString();
            size = current->bundle.value(QStringLiteral("key_size")).toInt(2048);
            keyOps = current->bundle.value(QStringLiteral("key_ops")).toArray();
            tags = current->bundle.value(QStringLiteral("tags")).toObject();
        } else {
            kty = body.value(QStringLiteral("kty")).toString();
            if (kty.isEmpty())
                return badParameter(QStringLiteral("The property 'kty' is required."));
            if (kty != QLatin1String("RSA") && kty != QLatin1String("RSA-HSM")) {
                if (kty == QLatin1String("EC") || kty == QLatin1String("EC-HSM") ||
                    kty == QLatin1String("oct") || kty == QLatin1String("oct-HSM"))
                    return badParameter(
                        QStringLiteral("Key type '%1' is not supported by this local vault: it "
                                       "creates RSA and RSA-HSM keys only.")
                            .arg(kty));
                return badParameter(
                    QStringLiteral("Invalid key type '%1'. Valid key types are RSA, RSA-HSM, EC, "
                                   "EC-HSM, oct and oct-HSM.")
                        .arg(kty));
            }
            const QString skuName =
                op.props.value(QStringLiteral("sku")).toObject().value(QStringLiteral("name")).toString();
            if (kty == QLatin1String("RSA-HSM") && skuName != QLatin1String("premium"))
                return badParameter(
                    QStringLiteral("HSM-protected keys (RSA-HSM) require a premium vault; %1 is a "
                                   "%2 vault.")
                        .arg(op.vault.name, skuName));
            if (body.contains(QStringLiteral("key_size"))) {
                const QJsonValue v = body.value(QStringLiteral("key_size"));
                size = v.isDouble() ? v.toInt() : 0;
                if (!KeyVaultCrypto::isSupportedRsaSize(size))
                    return badParameter(
                        QStringLiteral("The key size %1 is not supported. Supported RSA key sizes are "
                                       "2048, 3072 and 4096.")
                            .arg(v.isDouble() ? QString::number(v.toDouble()) : v.toVariant().toString()));
            }
            if (body.contains(QStringLiteral("public_exponent")) &&
                body.value(QStringLiteral("public_exponent")).toInt() != 65537)
                return badParameter(QStringLiteral("The public exponent must be 65537."));
            if (body.contains(QStringLiteral("crv")))
                return badParameter(QStringLiteral("The property 'crv' is only valid for EC keys."));
            const QJsonValue opsValue = body.value(QStringLiteral("key_ops"));
            if (opsValue.isArray()) {
                QStringList bad;
                for (const QJsonValue &o : opsValue.toArray()) {
                    if (!rsaKeyOps().contains(o.toString()))
                        bad << u'"' + o.toString() + u'"';
                    else if (!keyOps.contains(o))
                        keyOps.append(o);
                }
                if (!bad.isEmpty()) {
                    QStringList supported;
                    for (const QString &o : rsaKeyOps())
                        supported << u'"' + o + u'"';
                    return badParameter(
                        QStringLiteral("Unsupported key operation(s): %1. Supported values are %2.")
                            .arg(bad.join(QStringLiteral(", ")), supported.join(QStringLiteral(", "))));
                }
            } else if (!opsValue.isUndefined() && !opsValue.isNull()) {
                return badParameter(QStringLiteral("The property 'key_ops' must be an array."));
            } else {
                keyOps = QJsonArray::fromStringList(rsaKeyOps());
            }
            const QJsonObject a = body.value(QStringLiteral("attributes")).toObject();
            if (a.value(QStringLiteral("exportable")).toBool())
                return badParameter(
                    QStringLiteral("Exportable keys need a release policy, which this local vault "
                                   "does not support."));
            if (a.contains(QStringLiteral("enabled")))
                attrs.insert(QStringLiteral("enabled"), a.value(QStringLiteral("enabled")).toBool(true));
            for (const char *t : {"nbf", "exp"}) {
                if (a.value(QLatin1String(t)).isDouble())
                    attrs.insert(QLatin1String(t), qint64(a.value(QLatin1String(t)).toDouble()));
            }
            const QJsonValue tagValue = body.value(QStringLiteral("tags"));
            if (tagValue.isObject()) {
                tags = tagValue.toObject();
                if (tags.size() > 15)
                    return badParameter(QStringLiteral("A key can have at most 15 tags."));
                for (auto it = tags.begin(); it != tags.end(); ++it) {
                    if (!it.value().isString())
                        return badParameter(
                            QStringLiteral("The value of tag '%1' must be a string.").arg(it.key()));
                }
            }
        }
        auto made = makeRsaKey(op.vault.name, current ? current->name : name, kty, size, keyOps, attrs, tags);
        if (!made)
            return fail(500, QStringLiteral("InternalError"), made.error().message);
        VaultKey k = made.value();
        if (auto r = m_ctx->store->addVaultKey(k); !r)
            return fail(500, QStringLiteral("InternalError"), r.error().message);
        return KeyVaultReply{200, op.bundle(k)};
    }

    if (s.size() == 3 && third == QLatin1String("versions")) {
        if (m != "GET")
            return methodNotAllowed();
        if (auto refused = op.authorize(QStringLiteral("list"), QStringLiteral("keys/read"), name))
            return *refused;
        const qint64 afterSeq = qint64(skip.value(QStringLiteral("seq")).toDouble());
        QJsonArray value;
        qint64 lastSeq = 0;
        bool more = false;
        for (const VaultKey &k : m_ctx->store->vaultKeyVersions(op.vault.name, name)) {
            if (k.deletedMs > 0 || k.seq <= afterSeq)
                continue;
            if (value.size() == maxResults) {
                more = true;
                break;
            }
            value.append(op.item(k, true));
            lastSeq = k.seq;
        }
        return KeyVaultReply{200, QJsonObject{{QStringLiteral("value"), value},
                                              {QStringLiteral("nextLink"),
                                               more ? QJsonValue(nextLink(QStringLiteral("keys/") + name +
                                                                              QStringLiteral("/versions"),
                                                                          {{QStringLiteral("seq"), lastSeq}}))
                                                    : QJsonValue(QJsonValue::Null)}}};
    }

    // keys/{name}, keys/{name}/{version}, keys/{name}[/{version}]/{crypto op}
    QString version;
    QString cryptoOp;
    if (s.size() == 3 && cryptoOps.contains(third)) {
        cryptoOp = third;
    } else if (s.size() == 3) {
        version = s[2];
    } else if (s.size() == 4 && cryptoOps.contains(s[3].toLower())) {
        version = s[2];
        cryptoOp = s[3].toLower();
    } else if (s.size() != 2) {
        return notFound();
    }
    if (!version.isEmpty() && !isVersion(version))
        return op.keyNotFound(name + u'/' + version);

    if (cryptoOp.isEmpty()) {
        std::optional<KeyVaultReply> refused;
        if (m == "GET")
            refused = op.authorize(QStringLiteral("get"), QStringLiteral("keys/read"), name);
        else if (m == "PATCH")
            refused = op.authorize(QStringLiteral("update"), QStringLiteral("keys/update/action"), name);
        else if (m == "DELETE" && version.isEmpty())
            refused = op.authorize(QStringLiteral("delete"), QStringLiteral("keys/delete"), name);
        else
            return methodNotAllowed();
        if (refused)
            return *refused;
        auto k = m_ctx->store->vaultKey(op.vault.name, name, version);
        if (!k || k->deletedMs > 0)
            return op.keyNotFound(version.isEmpty() ? name : name + u'/' + version);
        if (m == "GET")
            return KeyVaultReply{200, op.bundle(*k)};
        if (m == "DELETE") {
            const qint64 purgeMs = nowMs + qint64(op.retentionDays()) * 24 * 3600 * 1000;
            if (auto r = m_ctx->store->setVaultKeyDeleted(op.vault.name, k->name, nowMs, purgeMs); !r)
                return fail(500, QStringLiteral("InternalError"), r.error().message);
            k->deletedMs = nowMs;
            k->purgeMs = purgeMs;
            return KeyVaultReply{200, op.deletedBundle(*k)};
        }
        // PATCH: key_ops, attributes (enabled, nbf, exp), tags.
        QJsonObject b = k->bundle;
        if (body.contains(QStringLiteral("key_ops"))) {
            if (!body.value(QStringLiteral("key_ops")).isArray())
                return badParameter(QStringLiteral("The property 'key_ops' must be an array."));
            QJsonArray ops;
            for (const QJsonValue &o : body.value(QStringLiteral("key_ops")).toArray()) {
                if (!rsaKeyOps().contains(o.toString()))
                    return badParameter(
                        QStringLiteral("Unsupported key operation(s): \"%1\".").arg(o.toString()));
                if (!ops.contains(o))
                    ops.append(o);
            }
            b.insert(QStringLiteral("key_ops"), ops);
        }
        QJsonObject attrs = b.value(QStringLiteral("attributes")).toObject();
        const QJsonObject a = body.value(QStringLiteral("attributes")).toObject();
        if (a.contains(QStringLiteral("enabled"))) {
            if (!a.value(QStringLiteral("enabled")).isBool())
                return badParameter(QStringLiteral("The attribute 'enabled' must be a boolean."));
            attrs.insert(QStringLiteral("enabled"), a.value(QStringLiteral("enabled")).toBool());
        }
        for (const char *t : {"nbf", "exp"}) {
            const QJsonValue v = a.value(QLatin1String(t));
            if (v.isDouble())
                attrs.insert(QLatin1String(t), qint64(v.toDouble()));
            else if (v.isNull() && a.contains(QLatin1String(t)))
                attrs.remove(QLatin1String(t));
            else if (!v.isUndefined())
                return badParameter(
                    QStringLiteral("The attribute '%1' must be a number (seconds since 1970).")
                        .arg(QLatin1String(t)));
        }
        attrs.insert(QStringLiteral("updated"), nowMs / 1000);
        b.insert(QStringLiteral("attributes"), attrs);
        if (body.value(QStringLiteral("tags")).isObject())
            b.insert(QStringLiteral("tags"), body.value(QStringLiteral("tags")));
        k->bundle = b;
        if (auto r = m_ctx->store->updateVaultKey(*k); !r)
            return fail(500, QStringLiteral("InternalError"), r.error().message);
        return KeyVaultReply{200, op.bundle(*k)};
    }

    // Cryptographic operations.
    if (m != "POST")
        return methodNotAllowed();
    struct CryptoSpec
    {
        const char *path;
        const char *permission; ///< access policy key permission and key_ops entry
        const char *dataAction;
        bool usesPrivateKey;
    };
    static const CryptoSpec specs[] = {{"encrypt", "encrypt", "keys/encrypt/action", false},
                                       {"decrypt", "decrypt", "keys/decrypt/action", true},
                                       {"wrapkey", "wrapKey", "keys/wrap/action", false},
                                       {"unwrapkey", "unwrapKey", "keys/unwrap/action", true}};
    const CryptoSpec *spec = nullptr;
    for (const CryptoSpec &c : specs) {
        if (cryptoOp == QLatin1String(c.path))
            spec = &c;
    }
    const QString opName = QLatin1String(spec->permission);
    if (auto refused = op.authorize(opName, QLatin1String(spec->dataAction), name))
        return *refused;
    const QString alg = body.value(QStringLiteral("alg")).toString();
    if (alg.isEmpty())
        return badParameter(QStringLiteral("The property 'alg' is required."));
    if (!KeyVaultCrypto::rsaAlgorithms().contains(alg))
        return badParameter(QStringLiteral("Invalid algorithm '%1' for an RSA key. Valid algorithms are %2.")
                                .arg(alg, KeyVaultCrypto::rsaAlgorithms().join(QStringLiteral(", "))));
    const QJsonValue valueJson = body.value(QStringLiteral("value"));
    const auto input = valueJson.isString() ? fromB64url(valueJson.toString()) : std::nullopt;
    if (!input || input->isEmpty())
        return badParameter(
            QStringLiteral("The property 'value' is required and must be base64url-encoded."));
    auto k = m_ctx->store->vaultKey(op.vault.name, name, version);
    if (!k || k->deletedMs > 0)
        return op.keyNotFound(version.isEmpty() ? name : name + u'/' + version);
    if (!k->bundle.value(QStringLiteral("key_ops")).toArray().contains(opName))
        return fail(403, QStringLiteral("Forbidden"),
                    QStringLiteral("Operation %1 is not permitted on this key.").arg(opName),
                    QStringLiteral("KeyOperationForbidden"));
    if (spec->usesPrivateKey) {
        // The real service refuses private-key operations on disabled keys and outside nbf/exp; public-key
        // operations (encrypt, wrapKey) stay possible.
        const QJsonObject attrs = k->bundle.value(QStringLiteral("attributes")).toObject();
        if (!attrs.value(QStringLiteral("enabled")).toBool(true))
            return fail(403, QStringLiteral("Forbidden"),
                        QStringLiteral("Operation %1 is not allowed on a disabled key.").arg(opName),
                        QStringLiteral("KeyDisabled"));
        const qint64 now = nowMs / 1000;
        if (attrs.value(QStringLiteral("exp")).isDouble() &&
            now >= qint64(attrs.value(QStringLiteral("exp")).toDouble()))
            return fail(403, QStringLiteral("Forbidden"),
                        QStringLiteral("Operation %1 is not allowed on an expired key.").arg(opName),
                        QStringLiteral("KeyExpired"));
        if (attrs.value(QStringLiteral("nbf")).isDouble() &&
            now < qint64(attrs.value(QStringLiteral("nbf")).toDouble()))
            return fail(
                403, QStringLiteral("Forbidden"),
                QStringLiteral("Operation %1 is not allowed on a key that is not yet valid.").arg(opName),
                QStringLiteral("KeyNotYetValid"));
    }
    QByteArray out;
    if (spec->usesPrivateKey) {
        auto plain = KeyVaultCrypto::decrypt(k->privateKey, alg, *input);
        if (!plain)
            return badParameter(
                QStringLiteral("The value could not be decrypted with key %1 and algorithm %2.")
                    .arg(op.kidOf(*k), alg));
        out = b64url(plain.value().bytes());
    } else {
        auto cipher = KeyVaultCrypto::encrypt(k->privateKey, alg, *input);
        if (!cipher)
            return badParameter(cipher.error().message);
        out = b64url(cipher.value());
    }
    KeyVaultReply reply{200, QJsonObject{{QStringLiteral("kid"), op.kidOf(*k)},
                                         {QStringLiteral("value"), QString::fromLatin1(out)}}};
    SecureBytes::wipe(out);
    return reply;
}

} // namespace csc::emu
