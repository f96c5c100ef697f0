// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "emulator/CosmosDataPlane.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "core/MasterKeySigner.h"
#include "emulator/AadDataPlane.h"
#include "emulator/AccountEncryption.h"
#include "emulator/ArmErrors.h"
#include "emulator/CosmosQuery.h"
#include "emulator/FeedPaging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <openssl/rand.h>

namespace csc::emu {

namespace {

QString compactArray(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QByteArray randomBytes(int n)
{
    QByteArray b(n, Qt::Uninitialized);
    RAND_bytes(reinterpret_cast<unsigned char *>(b.data()), n);
    return b;
}

QString newEtag()
{
    return u'"' + QUuid::createUuid().toString(QUuid::WithoutBraces) + u'"';
}

/// The list member of a feed body.
QString listName(const QString &type)
{
    if (type == QLatin1String("dbs"))
        return QStringLiteral("Databases");
    if (type == QLatin1String("colls"))
        return QStringLiteral("DocumentCollections");
    return QStringLiteral("Documents");
}

/// Cosmos refuses ids with these characters (and empty or over-long ones).
bool validId(const QString &id)
{
    if (id.isEmpty() || id.size() > 255 || id.endsWith(u' '))
        return false;
    for (const QChar c : id) {
        if (c == u'/' || c == u'\\' || c == u'?' || c == u'#')
            return false;
    }
    return true;
}

QString link(const QString &parent, const QString &type, const QString &id)
{
    return (parent.isEmpty() ? QString() : parent + u'/') + type + u'/' + id;
}

} // namespace

/// One data-plane request on its way: the account, the activity id and the data plane's way of answering.
struct CosmosDataPlane::Call
{
    const HttpRequest &request;
    const Responder &responder;
    CosmosAccount account;
    QString endpoint;
    QStringList seg;
    QString activityId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool readOnlyKey = false;

    bool isQuery() const
    {
        return request.method == "POST" &&
               (request.header("x-ms-documentdb-isquery").compare("true", Qt::CaseInsensitive) == 0 ||
                request.header("Content-Type").startsWith("application/query+json"));
    }
    bool isWrite() const { return request.method != "GET" && request.method != "HEAD" && !isQuery(); }
    QString accountProp(const char *name) const
    {
        return account.resource.value(QStringLiteral("properties"))
            .toObject()
            .value(QLatin1String(name))
            .toString();
    }
    bool accountFlag(const char *name) const
    {
        return account.resource.value(QStringLiteral("properties"))
            .toObject()
            .value(QLatin1String(name))
            .toBool();
    }

    void send(HttpResponse r, int itemCount = -1) const
    {
        r.setHeader("x-ms-activity-id", activityId.toLatin1());
        r.setHeader("x-ms-request-charge", r.status < 300 ? "1" : "0");
        r.setHeader("x-ms-gatewayversion", "version=2.14.0");
        r.setHeader("x-ms-serviceversion", "version=2.14.0.0");
        if (itemCount >= 0)
            r.setHeader("x-ms-item-count", QByteArray::number(itemCount));
        responder.send(r);
    }
    void json(int status, const QJsonObject &body, const QString &etag = {}) const
    {
        HttpResponse r = HttpResponse::json(status, body);
        if (!etag.isEmpty())
            r.setHeader("etag", etag.toUtf8());
        send(r);
    }
    void error(int status, const QString &code, const QString &message, int subStatus = 0) const
    {
        HttpResponse r = HttpResponse::json(
            status, QJsonObject{{QStringLiteral("code"), code},
                                {QStringLiteral("message"),
                                 message + QStringLiteral(
                                               "\r\nActivityId: %1, Microsoft.Azure.Documents.Common/2.14.0")
                                               .arg(activityId)}});
        r.setHeader("x-ms-substatus", QByteArray::number(subStatus));
        send(r);
    }
    void notFound() const
    {
        error(404, QStringLiteral("NotFound"),
              QStringLiteral("Entity with the specified id does not exist in the system. More info: "
                             "https://aka.ms/cosmosdb-tsg-not-found"));
    }
    void badRequest(const QString &message, int subStatus = 0) const
    {
        error(400, QStringLiteral("BadRequest"), message, subStatus);
    }
    void methodNotAllowed() const
    {
        error(405, QStringLiteral("MethodNotAllowed"),
              QStringLiteral("Request method '%1' is not supported on this resource.")
                  .arg(QString::fromLatin1(request.method)));
    }
};

CosmosDataPlane::CosmosDataPlane(const EmuContext *ctx, TlsMaterial tls, Options options, QObject *parent)
    : QObject(parent), m_ctx(ctx), m_tls(std::move(tls)), m_options(std::move(options)),
      m_tokens(ResourceTokens::ephemeral()), m_users(ctx->store, &m_tokens)
{}

CosmosDataPlane::~CosmosDataPlane() = default;

Result<void> CosmosDataPlane::start()
{
    if (!m_options.dataDir.isEmpty()) {
        auto tokens = ResourceTokens::loadOrCreate(m_options.dataDir);
        if (!tokens)
            return tokens.error();
        m_tokens = tokens.value();
    }
    const QStringList names = m_ctx->store->accountNames();
    for (qsizetype i = 0; i < names.size(); ++i) {
        const quint16 wanted = m_options.firstPort == 0 ? 0 : quint16(m_options.firstPort + i);
        auto port = listen(names[i], wanted);
        if (!port && wanted != 0) {
            qCInfo(lcEmu) << "data plane of" << names[i] << "cannot use port" << wanted
                          << "; using a free one";
            port = listen(names[i], 0);
        }
        if (!port)
            return port.error();
    }
    return {};
}

Result<quint16> CosmosDataPlane::listen(const QString &accountName, quint16 port)
{
    auto server = std::make_unique<HttpsServer>(m_tls, this);
    server->setProtocol(m_options.protocol);
    const QString key = accountName.toLower();
    server->setHandler(
        [this, key](const HttpRequest &request, Responder responder) { handle(key, request, responder); });
    auto bound = server->listen(m_options.host, port);
    if (!bound)
        return bound.error();
    m_servers[key] = std::move(server);
    m_ports.insert(key, bound.value());
    m_names.insert(key, accountName);
    return bound.value();
}

QString CosmosDataPlane::endpointOf(const QString &accountName)
{
    const QString key = accountName.toLower();
    if (!m_ports.contains(key)) {
        if (!m_ctx->store->accountByName(accountName) || !listen(accountName, 0))
            return {};
    }
    return QStringLiteral("https://%1:%2/").arg(hostText()).arg(m_ports.value(key));
}

QJsonObject CosmosDataPlane::endpoints() const
{
    QJsonObject out;
    for (auto it = m_names.cbegin(); it != m_names.cend(); ++it)
        out.insert(it.value(), const_cast<CosmosDataPlane *>(this)->endpointOf(it.value()));
    return out;
}

QString CosmosDataPlane::hostText() const
{
    return m_options.host.protocol() == QAbstractSocket::IPv6Protocol
               ? u'[' + m_options.host.toString() + u']'
               : m_options.host.toString();
}

QStringList CosmosDataPlane::audiencesOf(const QString &accountName) const
{
    const QString key = accountName.toLower();
    if (!m_ports.contains(key))
        return {};
    const quint16 port = m_ports.value(key);
    return {QStringLiteral("https://%1:%2").arg(hostText()).arg(port),
            QStringLiteral("https://localhost:%1").arg(port), QLatin1String(AadDataPlane::kGenericAudience)};
}

std::optional<QString> CosmosDataPlane::audienceFor(const QString &resource) const
{
    QString r = resource.trimmed().toLower();
    while (r.endsWith(u'/'))
        r.chop(1);
    if (r == QLatin1String(AadDataPlane::kGenericAudience))
        return r;
    const QUrl url(r, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || !url.path().isEmpty() ||
        !url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment() || url.port() <= 0)
        return std::nullopt;
    const QString host = url.host(QUrl::FullyEncoded);
    const QString own = m_options.host.toString().toLower();
    if (host != own && host != QLatin1String("localhost"))
        return std::nullopt;
    for (const quint16 port : m_ports) {
        if (port == url.port())
            return r;
    }
    return std::nullopt;
}

ResourceApp CosmosDataPlane::entraResource() const
{
    // Cosmos DB is an Azure resource API: v1 tokens (iss https://<origin>/<tid>/, appid).
    return ResourceApp{QStringLiteral("Azure Cosmos DB"),
                       [this](const QString &resource, const EmuContext &) { return audienceFor(resource); },
                       1};
}

void CosmosDataPlane::handle(const QString &accountKey, const HttpRequest &request,
                             const Responder &responder)
{
    const auto account = m_ctx->store->accountByName(m_names.value(accountKey));
    Call call{request, responder, account.value_or(CosmosAccount{}), endpointOf(m_names.value(accountKey)),
              request.pathSegments()};
    if (!account) {
        // The account was deleted: the real service says so with 403 / DatabaseAccountNotFound.
        call.error(403, QStringLiteral("Forbidden"),
                   QStringLiteral("Database Account %1 does not exist").arg(m_names.value(accountKey)), 1008);
        return;
    }
    if (!checkNetwork(call) || !authorize(call) || !checkKey(call))
        return;
    route(call);
}

bool CosmosDataPlane::checkNetwork(Call &)
{
    // Network rules (publicNetworkAccess, ipRules, virtual network rules, private endpoints) are enforced
    // here by a later issue; until then every loopback client may reach every account.
    return true;
}

bool CosmosDataPlane::checkKey(Call &call)
{
    if (!m_ctx->encryption)
        return true;
    const KeyAccess access = m_ctx->encryption->admit(call.account.name);
    if (access.ok)
        return true;
    call.error(
        403, QStringLiteral("Forbidden"),
        QStringLiteral("The request is blocked because the customer-managed key of the database account "
                       "'%1' cannot be accessed (%2, substatus %3): %4 The account is in the revoked "
                       "state; restore the default identity's access to the key (get, wrapKey and "
                       "unwrapKey), or re-enable the key, to access its data again.")
            .arg(call.account.name, access.subStatusName())
            .arg(access.subStatus)
            .arg(access.reason),
        access.subStatus);
    return false;
}

bool CosmosDataPlane::authorize(Call &call)
{
    const HttpRequest &req = call.request;
    const QByteArray header = req.header("authorization");
    if (header.isEmpty()) {
        call.error(
            401, QStringLiteral("Unauthorized"),
            QStringLiteral("Required Header authorization is missing. Ensure a valid Authorization token is "
                           "passed."),
            5000);
        return false;
    }
    if (req.header("x-ms-version").isEmpty()) {
        call.badRequest(QStringLiteral("The request is missing the required header x-ms-version."));
        return false;
    }
    const auto parsed = MasterKeySigner::parseAuthorization(header);
    if (!parsed) {
        call.error(
            401, QStringLiteral("Unauthorized"),
            QStringLiteral("The authorization token is not in the expected format: type=<master|resource|aad>"
                           "&ver=<version>&sig=<signature>."),
            5001);
        return false;
    }
    const CosmosAuthorization &auth = parsed.value();
    const bool keyBased = auth.type == QLatin1String("master") || auth.type == QLatin1String("resource");
    if (keyBased && call.accountFlag("disableLocalAuth")) {
        call.error(
            401, QStringLiteral("Unauthorized"),
            QStringLiteral("Local Authorization is disabled. Use an AAD token to authorize all requests."),
            5202);
        return false;
    }
    if (auth.type == QLatin1String("resource"))
        return authorizeResourceToken(call, auth.token);
    // Entra tokens are not local authorization: disableLocalAuth does not affect them.
    if (auth.type == QLatin1String("aad"))
        return authorizeAad(call, auth.signature);
    if (auth.type != QLatin1String("master")) {
        call.error(401, QStringLiteral("Unauthorized"),
                   QStringLiteral("The authorization type '%1' is not supported.").arg(auth.type), 5001);
        return false;
    }
    const QString dateText = QString::fromLatin1(req.header("x-ms-date"));
    const QDateTime date = MasterKeySigner::parseHttpDate(dateText);
    if (!date.isValid()) {
        call.error(
            401, QStringLiteral("Unauthorized"),
            QStringLiteral("The input date header is invalid format. Please pass in RFC 1123 style date "
                           "format."));
        return false;
    }
    const QDateTime now = Clock::now().toUTC();
    if (qAbs(date.secsTo(now)) > m_options.clockSkewSeconds) {
        call.error(
            401, QStringLiteral("Unauthorized"),
            QStringLiteral("The authorization token is not valid at the current time. Please create another "
                           "token and retry (token start time: %1; token expiry time: %2; current server "
                           "time: %3).")
                .arg(dateText, MasterKeySigner::httpDate(date.addSecs(m_options.clockSkewSeconds)),
                     MasterKeySigner::httpDate(now)));
        return false;
    }
    const CosmosResource resource = MasterKeySigner::resourceFromPath(u'/' + call.seg.join(u'/'));
    const auto keys = m_ctx->store->accountKeys(call.account.name);
    int matched = -1;
    if (keys) {
        const QString all[] = {keys->primaryMasterKey, keys->secondaryMasterKey,
                               keys->primaryReadonlyMasterKey, keys->secondaryReadonlyMasterKey};
        for (int i = 0; i < 4; ++i) {
            // Every key is checked (no early exit), each comparison in constant time.
            if (MasterKeySigner::verify(SecureBytes(all[i].toLatin1()), req.method, resource, dateText,
                                        auth.signature) &&
                matched < 0)
                matched = i;
        }
    }
    // A read-only key signing a write gets the same answer as a wrong key (the real service's behaviour).
    if (matched < 0 || (matched >= 2 && call.isWrite())) {
        const QByteArray payload =
            MasterKeySigner::stringToSign(req.method, resource.resourceType, resource.resourceLink, dateText);
        QString shown = QString::fromUtf8(payload);
        shown.replace(u'\n', QLatin1String("\\n"));
        call.error(
            401, QStringLiteral("Unauthorized"),
            QStringLiteral("The input authorization token can't serve the request. The wrong key is being "
                           "used or the expected payload is not built as per the protocol. For more info: "
                           "https://aka.ms/cosmosdb-tsg-401. Server used the following payload to sign: "
                           "'%1'")
                .arg(shown));
        return false;
    }
    call.readOnlyKey = matched >= 2;
    if (call.isWrite() && call.accountFlag("disableKeyBasedMetadataWriteAccess") &&
        (resource.resourceType == QLatin1String("dbs") || resource.resourceType == QLatin1String("colls") ||
         resource.resourceType == QLatin1String("offers"))) {
        call.error(
            403, QStringLiteral("Forbidden"),
            QStringLiteral("Operation '%1' on resource '%2' is not allowed through Azure Cosmos DB endpoint. "
                           "Please switch on such operations for your account, or perform this operation "
                           "through Azure Resource Manager, Azure Portal, Azure CLI or Azure Powershell")
                .arg(QString::fromLatin1(req.method), resource.resourceType),
            5300);
        return false;
    }
    return true;
}

bool CosmosDataPlane::authorizeAad(Call &call, const QByteArray &jwt)
{
    AadDataPlane::Caller caller;
    auto refused =
        AadDataPlane::validateToken(*m_ctx, call.account, audiencesOf(call.account.name), jwt, &caller);
    if (!refused)
        refused = AadDataPlane::authorize(
            *m_ctx->store, call.account, caller, call.request.method, call.seg, call.isQuery(),
            call.request.header("x-ms-documentdb-is-upsert").compare("true", Qt::CaseInsensitive) == 0);
    if (refused) {
        call.error(refused->status, refused->code, refused->message, refused->subStatus);
        return false;
    }
    return true;
}

bool CosmosDataPlane::authorizeResourceToken(Call &call, const QByteArray &token)
{
    const ResourceTokenRequest request{call.account.name, call.request.method, call.seg, call.isWrite(),
                                       call.request.header("x-ms-documentdb-partitionkey")};
    const auto refused =
        m_tokens.check(token, request, *m_ctx->store, Clock::now().toUTC().toSecsSinceEpoch());
    if (refused) {
        call.error(refused->status, refused->code, refused->message, refused->subStatus);
        return false;
    }
    return true;
}

void CosmosDataPlane::users(Call &call)
{
    const DataPlaneAnswer a = m_users.handle(call.account.name, call.request, call.seg, call.readOnlyKey);
    if (a.isError())
        return call.error(a.status, a.code, a.message, a.subStatus);
    HttpResponse r = a.status == 204 ? HttpResponse::empty(204) : HttpResponse::json(a.status, a.body);
    if (!a.etag.isEmpty())
        r.setHeader("etag", a.etag.toUtf8());
    if (!a.continuation.isEmpty())
        r.setHeader("x-ms-continuation", a.continuation);
    call.send(r, a.itemCount);
}

void CosmosDataPlane::route(Call &call)
{
    const QStringList &s = call.seg;
    const QByteArray &m = call.request.method;
    if (s.isEmpty()) {
        if (m != "GET" && m != "HEAD")
            return call.methodNotAllowed();
        return accountDocument(call);
    }
    // dbs/{db}/users/{user}/permissions/{perm}
    if (s.size() >= 3 && s[0] == QLatin1String("dbs") && s[2] == QLatin1String("users"))
        return users(call);
    // dbs/{db}/colls/{coll}/docs/{id}, and pkranges under a container.
    static const char *const types[] = {"dbs", "colls", "docs"};
    QString parent;
    for (qsizetype i = 0; i < s.size(); i += 2) {
        const qsizetype level = i / 2;
        if (level == 3 || (level < 3 && s[i] != QLatin1String(types[level]))) {
            if (level == 2 && s[i] == QLatin1String("pkranges") && s.size() == i + 1)
                return partitionKeyRanges(call, parent);
            return call.error(
                404, QStringLiteral("NotFound"),
                QStringLiteral("The resource type '%1' is not supported by this local cloud.").arg(s[i]));
        }
        const QString type = s[i];
        if (i + 1 == s.size())
            return feed(call, parent, type);
        if (i + 2 == s.size())
            return item(call, parent, type, s[i + 1]);
        // The parent must exist.
        const QString pParent = parent;
        if (!m_ctx->store->dataResource(call.account.name, pParent, type, s[i + 1]))
            return call.notFound();
        parent = link(parent, type, s[i + 1]);
    }
}

void CosmosDataPlane::accountDocument(Call &call)
{
    const QJsonObject props = call.account.resource.value(QStringLiteral("properties")).toObject();
    const auto regions = [&](const char *list) {
        QJsonArray out;
        for (const QJsonValue &l : props.value(QLatin1String(list)).toArray())
            out.append(
                QJsonObject{{QStringLiteral("name"), l.toObject().value(QStringLiteral("locationName"))},
                            {QStringLiteral("databaseAccountEndpoint"), call.endpoint}});
        if (out.isEmpty())
            out.append(
                QJsonObject{{QStringLiteral("name"), call.account.resource.value(QStringLiteral("location"))},
                            {QStringLiteral("databaseAccountEndpoint"), call.endpoint}});
        return out;
    };
    const QString consistency = props.value(QStringLiteral("consistencyPolicy"))
                                    .toObject()
                                    .value(QStringLiteral("defaultConsistencyLevel"))
                                    .toString(QStringLiteral("Session"));
    call.json(
        200,
        QJsonObject{
            {QStringLiteral("_self"), QString()},
            {QStringLiteral("id"), call.account.name},
            {QStringLiteral("_rid"), call.account.name + QStringLiteral(".documents.localhost")},
            {QStringLiteral("media"), QStringLiteral("//media/")},
            {QStringLiteral("addresses"), QStringLiteral("//addresses/")},
            {QStringLiteral("_dbs"), QStringLiteral("//dbs/")},
            {QStringLiteral("writableLocations"), regions("writeLocations")},
            {QStringLiteral("readableLocations"), regions("readLocations")},
            {QStringLiteral("enableMultipleWriteLocations"),
             props.value(QStringLiteral("enableMultipleWriteLocations")).toBool()},
            {QStringLiteral("userReplicationPolicy"), QJsonObject{{QStringLiteral("asyncReplication"), false},
                                                                  {QStringLiteral("minReplicaSetSize"), 3},
                                                                  {QStringLiteral("maxReplicasetSize"), 4}}},
            {QStringLiteral("userConsistencyPolicy"),
             QJsonObject{{QStringLiteral("defaultConsistencyLevel"), consistency}}},
            {QStringLiteral("systemReplicationPolicy"),
             QJsonObject{{QStringLiteral("minReplicaSetSize"), 3}, {QStringLiteral("maxReplicasetSize"), 4}}},
            {QStringLiteral("readPolicy"), QJsonObject{{QStringLiteral("primaryReadCoefficient"), 1},
                                                       {QStringLiteral("secondaryReadCoefficient"), 1}}},
            {QStringLiteral("queryEngineConfiguration"),
             QStringLiteral("{\"maxSqlQueryInputLength\":262144,\"maxJoinsPerSqlQuery\":5,"
                            "\"maxLogicalAndPerSqlQuery\":500,\"maxLogicalOrPerSqlQuery\":500,"
                            "\"maxUdfRefPerSqlQuery\":10,\"maxInExpressionItemsCount\":16000,"
                            "\"queryMaxInMemorySortDocumentCount\":500,\"maxQueryRequestTimeoutFraction\":"
                            "0.9,\"sqlAllowNonFiniteNumbers\":false,\"sqlAllowAggregateFunctions\":true,"
                            "\"sqlAllowSubQuery\":true,\"sqlAllowScalarSubQuery\":true,"
                            "\"allowNewKeywords\":true,\"sqlAllowLike\":true,"
                            "\"sqlAllowGroupByClause\":true,\"maxSpatialQueryCells\":12,"
                            "\"spatialMaxGeometryPointCount\":256,\"sqlDisableOptimizationFlags\":0,"
                            "\"sqlAllowTop\":true,\"enableSpatialIndexing\":true}")},
        });
}

namespace {

/// The partition key definition's paths of a container ("" list for a container without one).
QStringList keyPaths(const QJsonObject &container)
{
    QStringList out;
    for (const QJsonValue &p :
         container.value(QStringLiteral("partitionKey")).toObject().value(QStringLiteral("paths")).toArray())
        out << p.toString();
    return out;
}

/// The partition key value of a document as the SDKs send it (`["v"]`, `[{}]` when absent).
QString keyOf(const QJsonObject &doc, const QStringList &paths)
{
    QJsonArray values;
    for (const QString &path : paths) {
        QJsonValue v = doc;
        for (const QString &part : path.split(u'/', Qt::SkipEmptyParts)) {
            if (!v.isObject()) {
                v = QJsonValue(QJsonValue::Undefined);
                break;
            }
            v = v.toObject().value(part);
        }
        values.append(v.isUndefined() ? QJsonValue(QJsonObject{}) : v);
    }
    return compactArray(values);
}

/// The request's x-ms-documentdb-partitionkey normalized, empty when absent or `[]`; nullopt when malformed.
std::optional<QString> headerKey(const HttpRequest &request)
{
    const QByteArray h = request.header("x-ms-documentdb-partitionkey");
    if (h.isEmpty())
        return QString();
    const QJsonDocument doc = QJsonDocument::fromJson(h);
    if (!doc.isArray())
        return std::nullopt;
    if (doc.array().isEmpty())
        return QString();
    return compactArray(doc.array());
}

QJsonObject systemProperties(QJsonObject body, const DataResource &r, const QString &selfLink)
{
    body.insert(QStringLiteral("_rid"), r.rid);
    body.insert(QStringLiteral("_self"), selfLink);
    body.insert(QStringLiteral("_etag"), newEtag());
    body.insert(QStringLiteral("_ts"), double(Clock::now().toSecsSinceEpoch()));
    if (r.type == QLatin1String("dbs")) {
        body.insert(QStringLiteral("_colls"), QStringLiteral("colls/"));
        body.insert(QStringLiteral("_users"), QStringLiteral("users/"));
    } else if (r.type == QLatin1String("colls")) {
        body.insert(QStringLiteral("_docs"), QStringLiteral("docs/"));
        body.insert(QStringLiteral("_sprocs"), QStringLiteral("sprocs/"));
        body.insert(QStringLiteral("_triggers"), QStringLiteral("triggers/"));
        body.insert(QStringLiteral("_udfs"), QStringLiteral("udfs/"));
        body.insert(QStringLiteral("_conflicts"), QStringLiteral("conflicts/"));
    } else {
        body.insert(QStringLiteral("_attachments"), QStringLiteral("attachments/"));
    }
    return body;
}

} // namespace

void CosmosDataPlane::feed(Call &call, const QString &parent, const QString &type)
{
    const QByteArray &m = call.request.method;
    if (call.isQuery())
        return query(call, parent, type);
    if (m == "POST")
        return create(call, parent, type);
    if (m != "GET")
        return call.methodNotAllowed();
    query(call, parent, type);
}

void CosmosDataPlane::query(Call &call, const QString &parent, const QString &type)
{
    const HttpRequest &req = call.request;
    std::optional<CosmosQuery> q;
    if (call.isQuery()) {
        const QJsonDocument body = QJsonDocument::fromJson(req.body);
        const QString text = body.object().value(QStringLiteral("query")).toString();
        if (!body.isObject() || text.isEmpty())
            return call.badRequest(
                QStringLiteral("The query body must be a JSON object with a \"query\" string."));
        auto parsed = CosmosQuery::parse(text, body.object().value(QStringLiteral("parameters")).toArray());
        if (!parsed) {
            const QJsonObject errors{
                {QStringLiteral("errors"),
                 QJsonArray{QJsonObject{{QStringLiteral("severity"), QStringLiteral("Error")},
                                        {QStringLiteral("code"), QStringLiteral("SC1001")},
                                        {QStringLiteral("message"), parsed.error().message}}}}};
            return call.badRequest(QStringLiteral("Message: ") +
                                   QString::fromUtf8(QJsonDocument(errors).toJson(QJsonDocument::Compact)));
        }
        q = parsed.value();
        if (req.header("x-ms-cosmos-is-query-plan-request").compare("true", Qt::CaseInsensitive) == 0) {
            // What the gateway answers for a query it can run on one range as is.
            QJsonObject info{{QStringLiteral("distinctType"), QStringLiteral("None")},
                             {QStringLiteral("top"), q->top() ? QJsonValue(*q->top()) : QJsonValue()},
                             {QStringLiteral("offset"), QJsonValue()},
                             {QStringLiteral("limit"), QJsonValue()},
                             {QStringLiteral("orderBy"), QJsonArray{}},
                             {QStringLiteral("orderByExpressions"), QJsonArray{}},
                             {QStringLiteral("groupByExpressions"), QJsonArray{}},
                             {QStringLiteral("groupByAliases"), QJsonArray{}},
                             {QStringLiteral("aggregates"), QJsonArray{}},
                             {QStringLiteral("groupByAliasToAggregateType"), QJsonObject{}},
                             {QStringLiteral("rewrittenQuery"), QString()},
                             {QStringLiteral("hasSelectValue"), q->hasSelectValue()},
                             {QStringLiteral("dCountInfo"), QJsonValue()},
                             {QStringLiteral("hasNonStreamingOrderBy"), false}};
            return call.json(
                200, QJsonObject{{QStringLiteral("partitionedQueryExecutionInfoVersion"), 2},
                                 {QStringLiteral("queryInfo"), info},
                                 {QStringLiteral("queryRanges"),
                                  QJsonArray{QJsonObject{{QStringLiteral("min"), QString()},
                                                         {QStringLiteral("max"), QStringLiteral("FF")},
                                                         {QStringLiteral("isMinInclusive"), true},
                                                         {QStringLiteral("isMaxInclusive"), false}}}}});
        }
    }
    QString collRid;
    std::optional<DataResource> container;
    if (type == QLatin1String("docs")) {
        const QStringList p = parent.split(u'/');
        container =
            m_ctx->store->dataResource(call.account.name, p[0] + u'/' + p[1], QStringLiteral("colls"), p[3]);
        if (!container)
            return call.notFound();
        collRid = container->rid;
    } else if (type == QLatin1String("colls")) {
        const auto db = m_ctx->store->dataResource(call.account.name, QString(), QStringLiteral("dbs"),
                                                   parent.section(u'/', 1));
        if (!db)
            return call.notFound();
        collRid = db->rid;
    }
    const auto key = headerKey(req);
    if (!key)
        return call.badRequest(
            QStringLiteral("The partition key supplied in x-ms-documentdb-partitionkey header "
                           "has fewer components than defined in the the collection."));
    QList<QJsonObject> bodies;
    for (const DataResource &r : m_ctx->store->dataResources(call.account.name, parent, type)) {
        if (type == QLatin1String("docs") && !key->isEmpty() && r.pk != *key)
            continue;
        bodies << r.body;
    }
    QJsonArray results;
    if (q) {
        results = q->evaluate(bodies);
    } else {
        for (const QJsonObject &b : bodies)
            results.append(b);
    }
    const std::optional<FeedPage> page = feedPage(req, results);
    if (!page)
        return call.badRequest(QStringLiteral("Invalid Continuation Token"));
    HttpResponse r = HttpResponse::json(200, QJsonObject{{QStringLiteral("_rid"), collRid},
                                                         {listName(type), page->items},
                                                         {QStringLiteral("_count"), page->items.size()}});
    if (!page->continuation.isEmpty())
        r.setHeader("x-ms-continuation", page->continuation);
    call.send(r, int(page->items.size()));
}

void CosmosDataPlane::create(Call &call, const QString &parent, const QString &type)
{
    const HttpRequest &req = call.request;
    QJsonParseError perr{};
    const QJsonDocument doc = QJsonDocument::fromJson(req.body, &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject())
        return call.badRequest(
            QStringLiteral("The input content is invalid because the JSON could not be parsed: %1")
                .arg(perr.error != QJsonParseError::NoError ? perr.errorString()
                                                            : QStringLiteral("not an object")));
    QJsonObject body = doc.object();
    if (!body.value(QStringLiteral("id")).isString())
        return call.badRequest(
            QStringLiteral("The input content is invalid because the required properties - 'id; "
                           "' - are missing"));
    const QString id = body.value(QStringLiteral("id")).toString();
    if (!validId(id))
        return call.badRequest(
            QStringLiteral("The input name '%1' is invalid. Ensure to provide a unique non-empty "
                           "string less than '255' characters.")
                .arg(id));
    DataResource r;
    r.account = call.account.name;
    r.parent = parent;
    r.type = type;
    r.id = id;
    QString selfLink;
    if (type == QLatin1String("dbs")) {
        r.rid = ridFromBytes(randomBytes(4));
        selfLink = QStringLiteral("dbs/%1/").arg(r.rid);
    } else if (type == QLatin1String("colls")) {
        const auto db = m_ctx->store->dataResource(call.account.name, QString(), QStringLiteral("dbs"),
                                                   parent.section(u'/', 1));
        if (!db)
            return call.notFound();
        if (body.contains(QStringLiteral("partitionKey"))) {
            QJsonObject pk = body.value(QStringLiteral("partitionKey")).toObject();
            const QJsonArray paths = pk.value(QStringLiteral("paths")).toArray();
            bool ok = !paths.isEmpty();
            for (const QJsonValue &p : paths)
                ok = ok && p.isString() && p.toString().startsWith(u'/') && p.toString().size() > 1;
            if (!ok)
                return call.badRequest(
                    QStringLiteral("The partition key definition is invalid: 'paths' must list "
                                   "paths such as \"/tenantId\"."));
            if (!pk.contains(QStringLiteral("kind")))
                pk.insert(QStringLiteral("kind"),
                          paths.size() > 1 ? QStringLiteral("MultiHash") : QStringLiteral("Hash"));
            body.insert(QStringLiteral("partitionKey"), pk);
        }
        if (!body.contains(QStringLiteral("indexingPolicy")))
            body.insert(QStringLiteral("indexingPolicy"),
                        QJsonObject{{QStringLiteral("indexingMode"), QStringLiteral("consistent")},
                                    {QStringLiteral("automatic"), true},
                                    {QStringLiteral("includedPaths"),
                                     QJsonArray{QJsonObject{{QStringLiteral("path"), QStringLiteral("/*")}}}},
                                    {QStringLiteral("excludedPaths"),
                                     QJsonArray{QJsonObject{
                                         {QStringLiteral("path"), QStringLiteral("/\"_etag\"/?")}}}}});
        body.insert(QStringLiteral("conflictResolutionPolicy"),
                    QJsonObject{{QStringLiteral("mode"), QStringLiteral("LastWriterWins")},
                                {QStringLiteral("conflictResolutionPath"), QStringLiteral("/_ts")},
                                {QStringLiteral("conflictResolutionProcedure"), QString()}});
        body.insert(QStringLiteral("geospatialConfig"),
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("Geography")}});
        const QByteArray dbBytes = ridBytes(db->rid);
        r.rid = ridFromBytes(dbBytes + randomBytes(4));
        selfLink = QStringLiteral("dbs/%1/colls/%2/").arg(db->rid, r.rid);
    } else {
        const QStringList p = parent.split(u'/');
        const auto db = m_ctx->store->dataResource(call.account.name, QString(), QStringLiteral("dbs"), p[1]);
        const auto coll =
            m_ctx->store->dataResource(call.account.name, p[0] + u'/' + p[1], QStringLiteral("colls"), p[3]);
        if (!db || !coll)
            return call.notFound();
        const QStringList paths = keyPaths(coll->body);
        const auto header = headerKey(req);
        if (!header)
            return call.badRequest(
                QStringLiteral("The partition key supplied in x-ms-documentdb-partitionkey header "
                               "is not valid JSON."));
        if (!paths.isEmpty()) {
            r.pk = keyOf(body, paths);
            if (!header->isEmpty() && *header != r.pk)
                return call.badRequest(
                    QStringLiteral("PartitionKey extracted from document doesn't match the one "
                                   "specified in the header. Learn more: "
                                   "https://aka.ms/CosmosDB/sql/errors/wrong-pk-value"),
                    1001);
        }
        const QByteArray collBytes = ridBytes(coll->rid);
        r.rid = ridFromBytes(collBytes + randomBytes(8));
        selfLink = QStringLiteral("dbs/%1/colls/%2/docs/%3/").arg(db->rid, coll->rid, r.rid);
        const bool upsert = req.header("x-ms-documentdb-is-upsert").compare("true", Qt::CaseInsensitive) == 0;
        if (upsert) {
            if (auto existing = m_ctx->store->dataResource(call.account.name, parent, type, id, r.pk)) {
                existing->body = systemProperties(body, *existing,
                                                  existing->body.value(QStringLiteral("_self")).toString());
                if (auto saved = m_ctx->store->replaceDataResource(*existing); !saved)
                    return call.error(500, QStringLiteral("InternalServerError"), saved.error().message);
                return call.json(200, existing->body,
                                 existing->body.value(QStringLiteral("_etag")).toString());
            }
        }
    }
    r.body = systemProperties(body, r, selfLink);
    if (auto added = m_ctx->store->addDataResource(r); !added) {
        if (added.error().httpStatus == 409)
            return call.error(409, QStringLiteral("Conflict"),
                              QStringLiteral("Entity with the specified id already exists in the system."));
        return call.error(500, QStringLiteral("InternalServerError"), added.error().message);
    }
    call.json(201, r.body, r.body.value(QStringLiteral("_etag")).toString());
}

void CosmosDataPlane::item(Call &call, const QString &parent, const QString &type, const QString &id)
{
    const HttpRequest &req = call.request;
    const QByteArray &m = req.method;
    if (m != "GET" && m != "HEAD" && m != "PUT" && m != "DELETE")
        return call.methodNotAllowed();
    QString pk;
    if (type == QLatin1String("docs")) {
        const QStringList p = parent.split(u'/');
        const auto coll =
            m_ctx->store->dataResource(call.account.name, p[0] + u'/' + p[1], QStringLiteral("colls"), p[3]);
        if (!coll)
            return call.notFound();
        const auto header = headerKey(req);
        if (!header)
            return call.badRequest(
                QStringLiteral("The partition key supplied in x-ms-documentdb-partitionkey header "
                               "is not valid JSON."));
        if (!keyPaths(coll->body).isEmpty()) {
            if (header->isEmpty())
                return call.badRequest(
                    QStringLiteral("PartitionKey value must be supplied for this operation."));
            pk = *header;
        }
    }
    auto existing = m_ctx->store->dataResource(call.account.name, parent, type, id, pk);
    if (!existing)
        return call.notFound();
    const QString etag = existing->body.value(QStringLiteral("_etag")).toString();
    const QByteArray ifMatch = req.header("If-Match");
    if (m == "GET" || m == "HEAD") {
        const QByteArray ifNoneMatch = req.header("If-None-Match");
        if (!ifNoneMatch.isEmpty() && QString::fromUtf8(ifNoneMatch) == etag) {
            HttpResponse r = HttpResponse::empty(304);
            r.setHeader("etag", etag.toUtf8());
            return call.send(r);
        }
        return call.json(200, existing->body, etag);
    }
    if (!ifMatch.isEmpty() && ifMatch != "*" && QString::fromUtf8(ifMatch) != etag)
        return call.error(
            412, QStringLiteral("PreconditionFailed"),
            QStringLiteral("Operation cannot be performed because one of the specified precondition is "
                           "not met."));
    if (m == "DELETE") {
        if (auto deleted = m_ctx->store->deleteDataResource(*existing); !deleted)
            return call.error(500, QStringLiteral("InternalServerError"), deleted.error().message);
        return call.send(HttpResponse::empty(204));
    }
    // PUT: replace (documents; containers keep their partition key definition).
    const QJsonDocument doc = QJsonDocument::fromJson(req.body);
    if (!doc.isObject())
        return call.badRequest(
            QStringLiteral("The input content is invalid because the JSON could not be parsed."));
    QJsonObject body = doc.object();
    if (body.value(QStringLiteral("id")).toString() != id)
        return call.badRequest(
            QStringLiteral("The id in the request body '%1' does not match the id in the URI '%2'.")
                .arg(body.value(QStringLiteral("id")).toString(), id));
    if (type == QLatin1String("dbs"))
        return call.methodNotAllowed();
    if (type == QLatin1String("colls")) {
        if (body.value(QStringLiteral("partitionKey")) !=
                existing->body.value(QStringLiteral("partitionKey")) &&
            body.contains(QStringLiteral("partitionKey")))
            return call.badRequest(
                QStringLiteral("The partition key definition of a container cannot be changed."));
        for (const char *keep : {"partitionKey", "conflictResolutionPolicy", "geospatialConfig"})
            body.insert(QLatin1String(keep), existing->body.value(QLatin1String(keep)));
        if (!body.contains(QStringLiteral("indexingPolicy")))
            body.insert(QStringLiteral("indexingPolicy"),
                        existing->body.value(QStringLiteral("indexingPolicy")));
    } else if (!pk.isEmpty()) {
        const QStringList p = parent.split(u'/');
        const auto coll =
            m_ctx->store->dataResource(call.account.name, p[0] + u'/' + p[1], QStringLiteral("colls"), p[3]);
        if (keyOf(body, keyPaths(coll->body)) != pk)
            return call.badRequest(
                QStringLiteral("PartitionKey extracted from document doesn't match the one "
                               "specified in the header. Learn more: "
                               "https://aka.ms/CosmosDB/sql/errors/wrong-pk-value"),
                1001);
    }
    existing->body =
        systemProperties(body, *existing, existing->body.value(QStringLiteral("_self")).toString());
    if (auto saved = m_ctx->store->replaceDataResource(*existing); !saved)
        return call.error(500, QStringLiteral("InternalServerError"), saved.error().message);
    call.json(200, existing->body, existing->body.value(QStringLiteral("_etag")).toString());
}

void CosmosDataPlane::partitionKeyRanges(Call &call, const QString &collLink)
{
    if (call.request.method != "GET")
        return call.methodNotAllowed();
    const QStringList p = collLink.split(u'/');
    const auto coll =
        m_ctx->store->dataResource(call.account.name, p[0] + u'/' + p[1], QStringLiteral("colls"), p[3]);
    if (!coll)
        return call.notFound();
    const QByteArray collBytes = ridBytes(coll->rid);
    const QString rangeRid = ridFromBytes(collBytes + QByteArray("\x02\x00\x00\x00\x00\x00\x00\x00", 8));
    const QString etag = u'"' + coll->rid + u'"';
    const QJsonObject range{{QStringLiteral("_rid"), rangeRid},
                            {QStringLiteral("id"), QStringLiteral("0")},
                            {QStringLiteral("_etag"), etag},
                            {QStringLiteral("minInclusive"), QString()},
                            {QStringLiteral("maxExclusive"), QStringLiteral("FF")},
                            {QStringLiteral("ridPrefix"), 0},
                            {QStringLiteral("_self"), coll->body.value(QStringLiteral("_self")).toString() +
                                                          QStringLiteral("pkranges/") + rangeRid + u'/'},
                            {QStringLiteral("throughputFraction"), 1},
                            {QStringLiteral("status"), QStringLiteral("online")},
                            {QStringLiteral("parents"), QJsonArray{}},
                            {QStringLiteral("_ts"), coll->body.value(QStringLiteral("_ts"))},
                            {QStringLiteral("_lsn"), 1}};
    // The SDKs follow this feed incrementally (If-None-Match with the last etag): nothing changes here.
    if (!call.request.header("If-None-Match").isEmpty() &&
        QString::fromUtf8(call.request.header("If-None-Match")) == etag) {
        HttpResponse r = HttpResponse::empty(304);
        r.setHeader("etag", etag.toUtf8());
        return call.send(r, 0);
    }
    HttpResponse r =
        HttpResponse::json(200, QJsonObject{{QStringLiteral("_rid"), coll->rid},
                                            {QStringLiteral("PartitionKeyRanges"), QJsonArray{range}},
                                            {QStringLiteral("_count"), 1}});
    r.setHeader("etag", etag.toUtf8());
    call.send(r, 1);
}

} // namespace csc::emu
