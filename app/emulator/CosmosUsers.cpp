// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "emulator/CosmosUsers.h"

#include "core/Clock.h"
#include "core/CosmosPermission.h"
#include "emulator/FeedPaging.h"
#include "emulator/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <openssl/rand.h>

namespace csc::emu {

namespace {

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

QString compact(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

/// Cosmos refuses ids with these characters (and empty or over-long ones).
bool validId(const QString &id)
{
    if (id.isEmpty() || id.size() > 255 || id.endsWith(u' '))
        return false;
    for (const QChar c : id) {
        if (c == u'/' || c == u'\\' || c == u'?' || c == u'#' || c.category() == QChar::Other_Control)
            return false;
    }
    return true;
}

DataPlaneAnswer notFound()
{
    return DataPlaneAnswer::error(404, QStringLiteral("NotFound"),
                                  QStringLiteral("Entity with the specified id does not exist in the system. "
                                                 "More info: https://aka.ms/cosmosdb-tsg-not-found"));
}

DataPlaneAnswer badRequest(const QString &message)
{
    return DataPlaneAnswer::error(400, QStringLiteral("BadRequest"), message);
}

DataPlaneAnswer conflict(const QString &message)
{
    return DataPlaneAnswer::error(409, QStringLiteral("Conflict"), message);
}

DataPlaneAnswer internalError(const ApiError &e)
{
    return DataPlaneAnswer::error(500, QStringLiteral("InternalServerError"), e.message);
}

DataPlaneAnswer methodNotAllowed(const QByteArray &method)
{
    return DataPlaneAnswer::error(405, QStringLiteral("MethodNotAllowed"),
                                  QStringLiteral("Request method '%1' is not supported on this resource.")
                                      .arg(QString::fromLatin1(method)));
}

DataPlaneAnswer ok(int status, const QJsonObject &body)
{
    DataPlaneAnswer a;
    a.status = status;
    a.body = body;
    a.etag = body.value(QStringLiteral("_etag")).toString();
    return a;
}

std::optional<QJsonObject> jsonObject(const QByteArray &body, QString *error)
{
    QJsonParseError perr{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = QStringLiteral("The input content is invalid because the JSON could not be parsed: %1")
                     .arg(perr.error != QJsonParseError::NoError ? perr.errorString()
                                                                 : QStringLiteral("not an object"));
        return std::nullopt;
    }
    return doc.object();
}

DataPlaneAnswer invalidName(const QString &id)
{
    return badRequest(
        QStringLiteral("The input name '%1' is invalid. Ensure to provide a unique non-empty string "
                       "less than '255' characters.")
            .arg(id));
}

/// One page of a feed with Cosmos's body and continuation.
DataPlaneAnswer page(const HttpRequest &request, const QString &rid, const QString &listName,
                     const QJsonArray &all)
{
    const std::optional<FeedPage> page = feedPage(request, all);
    if (!page)
        return badRequest(QStringLiteral("Invalid Continuation Token"));
    DataPlaneAnswer a;
    a.body = QJsonObject{{QStringLiteral("_rid"), rid},
                         {listName, page->items},
                         {QStringLiteral("_count"), page->items.size()}};
    a.itemCount = int(page->items.size());
    a.continuation = page->continuation;
    return a;
}

} // namespace

QString ridFromBytes(const QByteArray &bytes)
{
    QString rid = QString::fromLatin1(bytes.toBase64());
    rid.replace(u'/', u'-');
    return rid;
}

QByteArray ridBytes(const QString &rid)
{
    QString standard = rid;
    standard.replace(u'-', u'/');
    return QByteArray::fromBase64(standard.toLatin1());
}

DataPlaneAnswer DataPlaneAnswer::error(int status, const QString &code, const QString &message, int subStatus)
{
    DataPlaneAnswer a;
    a.status = status;
    a.code = code;
    a.message = message;
    a.subStatus = subStatus;
    return a;
}

struct CosmosUsers::Ctx
{
    QString account;
    const HttpRequest &request;
    DataResource db;
    bool readOnlyKey = false;
    QString dbLink() const { return QStringLiteral("dbs/") + db.id; }
    QString userLink(const QString &user) const { return dbLink() + QStringLiteral("/users/") + user; }
    /// x-ms-documentdb-expiry-seconds (default 3600); an error answer when it is not an integer in range.
    std::optional<int> lifetime(DataPlaneAnswer *error) const
    {
        const QByteArray h = request.header("x-ms-documentdb-expiry-seconds").trimmed();
        if (h.isEmpty())
            return kDefaultLifetimeSeconds;
        bool parsed = false;
        const int n = h.toInt(&parsed);
        if (!parsed || n < kMinimumLifetimeSeconds || n > kMaximumLifetimeSeconds) {
            *error = badRequest(
                QStringLiteral("The value '%1' of header x-ms-documentdb-expiry-seconds is invalid. "
                               "The resource token expiry must be an integer between %2 and %3 "
                               "seconds.")
                    .arg(QString::fromLatin1(h))
                    .arg(kMinimumLifetimeSeconds)
                    .arg(kMaximumLifetimeSeconds));
            return std::nullopt;
        }
        return n;
    }
    bool ifMatchFails(const QJsonObject &existing) const
    {
        const QByteArray ifMatch = request.header("If-Match");
        return !ifMatch.isEmpty() && ifMatch != "*" &&
               QString::fromUtf8(ifMatch) != existing.value(QStringLiteral("_etag")).toString();
    }
};

namespace {
DataPlaneAnswer preconditionFailed()
{
    return DataPlaneAnswer::error(412, QStringLiteral("PreconditionFailed"),
                                  QStringLiteral("Operation cannot be performed because one of the specified "
                                                 "precondition is not met."));
}

DataPlaneAnswer readOnlyRefused()
{
    // Permissions mint resource tokens (possibly with write access): a read-only key must not read them.
    return DataPlaneAnswer::error(
        403, QStringLiteral("Forbidden"),
        QStringLiteral("Permissions cannot be read with a read-only key: use a primary or "
                       "secondary key."));
}
} // namespace

CosmosUsers::CosmosUsers(Store *store, const ResourceTokens *tokens) : m_store(store), m_tokens(tokens) {}

DataPlaneAnswer CosmosUsers::handle(const QString &account, const HttpRequest &request, const QStringList &s,
                                    bool readOnlyKey)
{
    const auto db = m_store->dataResource(account, QString(), QStringLiteral("dbs"), s.value(1));
    if (!db)
        return notFound();
    Ctx ctx{account, request, *db, readOnlyKey};
    if (request.method == "POST" &&
        (request.header("x-ms-documentdb-isquery").compare("true", Qt::CaseInsensitive) == 0 ||
         request.header("Content-Type").startsWith("application/query+json")))
        return badRequest(
            QStringLiteral("Queries over users and permissions are not supported by this local cloud; "
                           "read the feed instead."));
    switch (s.size()) {
    case 3:
        return users(ctx);
    case 4:
        return user(ctx, s.at(3));
    case 5:
    case 6: {
        if (s.at(4) != QLatin1String("permissions"))
            return DataPlaneAnswer::error(
                404, QStringLiteral("NotFound"),
                QStringLiteral("The resource type '%1' is not supported by this local cloud.").arg(s.at(4)));
        if (!m_store->dataResource(account, ctx.dbLink(), QStringLiteral("users"), s.at(3)))
            return notFound();
        return s.size() == 5 ? permissions(ctx, s.at(3)) : permission(ctx, s.at(3), s.at(5));
    }
    default:
        return notFound();
    }
}

DataPlaneAnswer CosmosUsers::users(Ctx &ctx)
{
    const HttpRequest &req = ctx.request;
    if (req.method == "GET") {
        QJsonArray all;
        for (const DataResource &u :
             m_store->dataResources(ctx.account, ctx.dbLink(), QStringLiteral("users")))
            all.append(u.body);
        return page(req, ctx.db.rid, QStringLiteral("Users"), all);
    }
    if (req.method != "POST")
        return methodNotAllowed(req.method);
    QString parseError;
    const auto body = jsonObject(req.body, &parseError);
    if (!body)
        return badRequest(parseError);
    if (!body->value(QStringLiteral("id")).isString())
        return badRequest(QStringLiteral(
            "The input content is invalid because the required properties - 'id; ' - are missing"));
    const QString id = body->value(QStringLiteral("id")).toString();
    if (!validId(id))
        return invalidName(id);
    DataResource r;
    r.account = ctx.account;
    r.parent = ctx.dbLink();
    r.type = QStringLiteral("users");
    r.id = id;
    r.rid = ridFromBytes(ridBytes(ctx.db.rid) + randomBytes(4));
    r.body = QJsonObject{{QStringLiteral("id"), id},
                         {QStringLiteral("_rid"), r.rid},
                         {QStringLiteral("_ts"), double(Clock::now().toSecsSinceEpoch())},
                         {QStringLiteral("_self"), QStringLiteral("dbs/%1/users/%2/").arg(ctx.db.rid, r.rid)},
                         {QStringLiteral("_etag"), newEtag()},
                         {QStringLiteral("_permissions"), QStringLiteral("permissions/")}};
    if (auto added = m_store->addDataResource(r); !added) {
        if (added.error().httpStatus == 409)
            return conflict(QStringLiteral("Entity with the specified id already exists in the system."));
        return internalError(added.error());
    }
    return ok(201, r.body);
}

DataPlaneAnswer CosmosUsers::user(Ctx &ctx, const QString &id)
{
    const HttpRequest &req = ctx.request;
    auto existing = m_store->dataResource(ctx.account, ctx.dbLink(), QStringLiteral("users"), id);
    if (!existing)
        return notFound();
    if (req.method == "GET" || req.method == "HEAD")
        return ok(200, existing->body);
    if (req.method != "PUT" && req.method != "DELETE")
        return methodNotAllowed(req.method);
    if (ctx.ifMatchFails(existing->body))
        return preconditionFailed();
    if (req.method == "DELETE") {
        // Store::deleteDataResource removes everything below the user: its permissions (and so their tokens).
        if (auto deleted = m_store->deleteDataResource(*existing); !deleted)
            return internalError(deleted.error());
        DataPlaneAnswer a;
        a.status = 204;
        return a;
    }
    // PUT: replace = rename. The user keeps its _rid, _self and permissions (tokens stay valid).
    QString parseError;
    const auto body = jsonObject(req.body, &parseError);
    if (!body)
        return badRequest(parseError);
    if (!body->value(QStringLiteral("id")).isString())
        return badRequest(QStringLiteral(
            "The input content is invalid because the required properties - 'id; ' - are missing"));
    const QString newId = body->value(QStringLiteral("id")).toString();
    if (!validId(newId))
        return invalidName(newId);
    QJsonObject updated = existing->body;
    updated.insert(QStringLiteral("id"), newId);
    updated.insert(QStringLiteral("_etag"), newEtag());
    updated.insert(QStringLiteral("_ts"), double(Clock::now().toSecsSinceEpoch()));
    if (newId == id) {
        existing->body = updated;
        if (auto saved = m_store->replaceDataResource(*existing); !saved)
            return internalError(saved.error());
        return ok(200, updated);
    }
    if (m_store->dataResource(ctx.account, ctx.dbLink(), QStringLiteral("users"), newId))
        return conflict(QStringLiteral("Entity with the specified id already exists in the system."));
    const QList<DataResource> perms =
        m_store->dataResources(ctx.account, ctx.userLink(id), QStringLiteral("permissions"));
    const auto renamed = m_store->transaction([&]() -> Result<void> {
        if (auto deleted = m_store->deleteDataResource(*existing); !deleted)
            return deleted;
        DataResource u = *existing;
        u.id = newId;
        u.body = updated;
        if (auto added = m_store->addDataResource(u); !added)
            return added;
        for (DataResource p : perms) {
            p.parent = ctx.userLink(newId);
            if (auto added = m_store->addDataResource(p); !added)
                return added;
        }
        return {};
    });
    if (!renamed)
        return internalError(renamed.error());
    return ok(200, updated);
}

std::optional<DataPlaneAnswer> CosmosUsers::validatePermission(Ctx &ctx, const QByteArray &raw,
                                                               QJsonObject *out)
{
    QString parseError;
    const auto body = jsonObject(raw, &parseError);
    if (!body)
        return badRequest(parseError);
    QString missing;
    for (const char *field : {"id", "permissionMode", "resource"}) {
        if (!body->value(QLatin1String(field)).isString() ||
            body->value(QLatin1String(field)).toString().isEmpty())
            missing += QLatin1String(field) + QStringLiteral("; ");
    }
    if (!missing.isEmpty())
        return badRequest(
            QStringLiteral(
                "The input content is invalid because the required properties - '%1' - are missing")
                .arg(missing));
    const QString id = body->value(QStringLiteral("id")).toString();
    if (!validId(id))
        return invalidName(id);
    const QString modeText = body->value(QStringLiteral("permissionMode")).toString();
    QString mode;
    if (modeText.compare(QLatin1String("All"), Qt::CaseInsensitive) == 0)
        mode = QStringLiteral("All");
    else if (modeText.compare(QLatin1String("Read"), Qt::CaseInsensitive) == 0)
        mode = QStringLiteral("Read");
    else
        return badRequest(
            QStringLiteral("The permission mode '%1' is invalid. Valid values are 'All' and 'Read'.")
                .arg(modeText));
    const QString resource = body->value(QStringLiteral("resource")).toString();
    const QStringList seg = CosmosPermission::linkSegments(resource);
    const auto invalidLink = [&resource](const QString &why) {
        return badRequest(QStringLiteral("The input Resource link '%1' is invalid. Ensure to provide a valid "
                                         "resource link of size lesser than '256' characters. %2")
                              .arg(resource, why));
    };
    if (resource.size() > 255 || seg.isEmpty())
        return invalidLink(QStringLiteral("Expected dbs/{db}[/colls/{container}[/docs/{id}]]."));
    if (seg.at(1) == ctx.db.rid && seg.at(1) != ctx.db.id && scopeOf(ctx, seg.join(u'/')).isEmpty())
        return invalidLink(QStringLiteral("The resource ids in it do not name existing resources."));
    if (seg.at(1) != ctx.db.id && seg.at(1) != ctx.db.rid)
        return invalidLink(
            QStringLiteral("A permission of a user in database '%1' can only grant access inside it.")
                .arg(ctx.db.id));
    QJsonObject p{{QStringLiteral("id"), id},
                  {QStringLiteral("permissionMode"), mode},
                  {QStringLiteral("resource"), seg.join(u'/')}};
    if (body->contains(QStringLiteral("resourcePartitionKey")) &&
        !body->value(QStringLiteral("resourcePartitionKey")).isNull()) {
        const QJsonValue pk = body->value(QStringLiteral("resourcePartitionKey"));
        bool valid = pk.isArray() && !pk.toArray().isEmpty();
        for (const QJsonValue &v : pk.toArray())
            valid = valid && (v.isString() || v.isDouble() || v.isBool() || v.isNull());
        if (!valid)
            return badRequest(
                QStringLiteral("The resourcePartitionKey must be a JSON array of partition key values, "
                               "e.g. [\"tenant-1\"]."));
        if (seg.size() != 4)
            return invalidLink(
                QStringLiteral("A partition key can only restrict a permission on a container."));
        p.insert(QStringLiteral("resourcePartitionKey"), pk);
    }
    *out = p;
    return std::nullopt;
}

QString CosmosUsers::scopeOf(const Ctx &ctx, const QString &resource) const
{
    const QStringList seg = CosmosPermission::linkSegments(resource);
    if (seg.isEmpty())
        return {};
    if (seg.at(1) == ctx.db.id)
        return seg.join(u'/');
    if (seg.at(1) != ctx.db.rid)
        return {};
    // A rid-based link (`dbs/<db rid>/colls/<container rid>/...`): the names of the resources it points at.
    QStringList out{QStringLiteral("dbs"), ctx.db.id};
    const auto byRid = [&](const QString &parent, const QString &type, const QString &rid) -> QString {
        for (const DataResource &r : m_store->dataResources(ctx.account, parent, type)) {
            if (r.rid == rid)
                return r.id;
        }
        return {};
    };
    if (seg.size() >= 4) {
        const QString container = byRid(out.join(u'/'), QStringLiteral("colls"), seg.at(3));
        if (container.isEmpty())
            return {};
        out << QStringLiteral("colls") << container;
    }
    if (seg.size() >= 6) {
        // Only documents are stored here; other children of a container cannot be resolved by rid.
        const QString item = seg.at(4) == QLatin1String("docs")
                                 ? byRid(out.join(u'/'), QStringLiteral("docs"), seg.at(5))
                                 : QString();
        if (item.isEmpty() || seg.size() > 6)
            return {};
        out << QStringLiteral("docs") << item;
    }
    return out.join(u'/');
}

QJsonObject CosmosUsers::withToken(Ctx &ctx, const QString &userRid, const QJsonObject &permission,
                                   int lifetime) const
{
    const qint64 now = Clock::now().toSecsSinceEpoch();
    ResourceTokenClaims c;
    c.account = ctx.account.toLower();
    c.database = ctx.db.id;
    c.userRid = userRid;
    c.permissionRid = permission.value(QStringLiteral("_rid")).toString();
    c.permissionEtag = permission.value(QStringLiteral("_etag")).toString();
    c.resource = scopeOf(ctx, permission.value(QStringLiteral("resource")).toString());
    c.mode = permission.value(QStringLiteral("permissionMode")).toString();
    const QJsonArray pk = permission.value(QStringLiteral("resourcePartitionKey")).toArray();
    c.partitionKey = pk.isEmpty() ? QString() : compact(pk);
    c.issuedAt = now;
    c.expiresAt = now + lifetime;
    QJsonObject out = permission;
    out.insert(QStringLiteral("_token"), QString::fromLatin1(m_tokens->mint(c)));
    return out;
}

DataPlaneAnswer CosmosUsers::permissions(Ctx &ctx, const QString &userId)
{
    const HttpRequest &req = ctx.request;
    if (req.method != "GET" && req.method != "POST")
        return methodNotAllowed(req.method);
    if (ctx.readOnlyKey)
        return readOnlyRefused();
    DataPlaneAnswer bad;
    const auto lifetime = ctx.lifetime(&bad);
    if (!lifetime)
        return bad;
    const auto user = m_store->dataResource(ctx.account, ctx.dbLink(), QStringLiteral("users"), userId);
    if (!user)
        return notFound();
    const QString userLink = ctx.userLink(userId);
    const QList<DataResource> existing =
        m_store->dataResources(ctx.account, userLink, QStringLiteral("permissions"));
    if (req.method == "GET") {
        QJsonArray all;
        for (const DataResource &p : existing)
            all.append(withToken(ctx, user->rid, p.body, *lifetime));
        return page(req, user->rid, QStringLiteral("Permissions"), all);
    }
    QJsonObject body;
    if (auto invalid = validatePermission(ctx, req.body, &body))
        return *invalid;
    const QString id = body.value(QStringLiteral("id")).toString();
    for (const DataResource &p : existing) {
        if (p.id == id)
            return conflict(QStringLiteral("Entity with the specified id already exists in the system."));
        if (scopeOf(ctx, p.body.value(QStringLiteral("resource")).toString()) ==
            scopeOf(ctx, body.value(QStringLiteral("resource")).toString()))
            return conflict(
                QStringLiteral("A permission for resource '%1' already exists for user '%2' (permission "
                               "'%3'); a user can hold only one permission per resource.")
                    .arg(body.value(QStringLiteral("resource")).toString(), userId, p.id));
    }
    DataResource r;
    r.account = ctx.account;
    r.parent = userLink;
    r.type = QStringLiteral("permissions");
    r.id = id;
    r.rid = ridFromBytes(ridBytes(user->rid) + randomBytes(8));
    body.insert(QStringLiteral("_rid"), r.rid);
    body.insert(QStringLiteral("_ts"), double(Clock::now().toSecsSinceEpoch()));
    body.insert(QStringLiteral("_self"),
                QStringLiteral("dbs/%1/users/%2/permissions/%3/").arg(ctx.db.rid, user->rid, r.rid));
    body.insert(QStringLiteral("_etag"), newEtag());
    r.body = body;
    if (auto added = m_store->addDataResource(r); !added) {
        if (added.error().httpStatus == 409)
            return conflict(QStringLiteral("Entity with the specified id already exists in the system."));
        return internalError(added.error());
    }
    return ok(201, withToken(ctx, user->rid, r.body, *lifetime));
}

DataPlaneAnswer CosmosUsers::permission(Ctx &ctx, const QString &userId, const QString &id)
{
    const HttpRequest &req = ctx.request;
    const QByteArray &m = req.method;
    if (m != "GET" && m != "HEAD" && m != "PUT" && m != "DELETE")
        return methodNotAllowed(m);
    if (ctx.readOnlyKey)
        return readOnlyRefused();
    DataPlaneAnswer bad;
    const auto lifetime = ctx.lifetime(&bad);
    if (!lifetime)
        return bad;
    const auto user = m_store->dataResource(ctx.account, ctx.dbLink(), QStringLiteral("users"), userId);
    if (!user)
        return notFound();
    const QString userLink = ctx.userLink(userId);
    auto existing = m_store->dataResource(ctx.account, userLink, QStringLiteral("permissions"), id);
    if (!existing)
        return notFound();
    if (m == "GET" || m == "HEAD")
        return ok(200, withToken(ctx, user->rid, existing->body, *lifetime));
    if (ctx.ifMatchFails(existing->body))
        return preconditionFailed();
    if (m == "DELETE") {
        if (auto deleted = m_store->deleteDataResource(*existing); !deleted)
            return internalError(deleted.error());
        DataPlaneAnswer a;
        a.status = 204;
        return a;
    }
    // PUT: the full new definition (it may carry a new id). A new _etag revokes every token minted before.
    QJsonObject body;
    if (auto invalid = validatePermission(ctx, req.body, &body))
        return *invalid;
    const QString newId = body.value(QStringLiteral("id")).toString();
    for (const DataResource &p :
         m_store->dataResources(ctx.account, userLink, QStringLiteral("permissions"))) {
        if (p.seq == existing->seq)
            continue;
        if (p.id == newId)
            return conflict(QStringLiteral("Entity with the specified id already exists in the system."));
        if (scopeOf(ctx, p.body.value(QStringLiteral("resource")).toString()) ==
            scopeOf(ctx, body.value(QStringLiteral("resource")).toString()))
            return conflict(
                QStringLiteral("A permission for resource '%1' already exists for user '%2' (permission "
                               "'%3'); a user can hold only one permission per resource.")
                    .arg(body.value(QStringLiteral("resource")).toString(), userId, p.id));
    }
    for (const char *keep : {"_rid", "_self"})
        body.insert(QLatin1String(keep), existing->body.value(QLatin1String(keep)));
    body.insert(QStringLiteral("_etag"), newEtag());
    body.insert(QStringLiteral("_ts"), double(Clock::now().toSecsSinceEpoch()));
    if (newId == id) {
        existing->body = body;
        if (auto saved = m_store->replaceDataResource(*existing); !saved)
            return internalError(saved.error());
    } else {
        const auto renamed = m_store->transaction([&]() -> Result<void> {
            if (auto deleted = m_store->deleteDataResource(*existing); !deleted)
                return deleted;
            DataResource p = *existing;
            p.id = newId;
            p.body = body;
            return m_store->addDataResource(p);
        });
        if (!renamed)
            return internalError(renamed.error());
    }
    return ok(200, withToken(ctx, user->rid, body, *lifetime));
}

} // namespace csc::emu
