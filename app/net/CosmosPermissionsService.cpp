// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "net/CosmosPermissionsService.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "net/ApiClient.h"
#include "net/JobBinding.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <utility>

namespace csc {

namespace {

const QByteArray kExpiryHeader = QByteArrayLiteral("x-ms-documentdb-expiry-seconds");

ApiError notConnected()
{
    return ApiError::validation(CosmosPermissionsService::tr("The connection was closed; sign in again."));
}

/// Items of a Cosmos feed; unreadable ones are skipped (and logged, without their content).
template <typename T, typename Parse> Result<QList<T>> parseFeed(const QJsonArray &items, Parse parse)
{
    QList<T> out;
    for (qsizetype i = 0; i < items.size(); ++i) {
        QJsonObject o = items.at(i).toObject();
        Result<T> item = parse(o);
        if (!item.ok()) {
            qCWarning(lcNet) << "skipping feed item" << i << ":" << item.error().message;
            continue;
        }
        out.append(std::move(item).value());
    }
    return out;
}

} // namespace

CosmosPermissionsService::CosmosPermissionsService(ApiClient *client, QUrl endpoint,
                                                   std::shared_ptr<RequestAuthorizer> authorizer,
                                                   QObject *parent)
    : QObject(parent), m_client(client), m_endpoint(std::move(endpoint)), m_authorizer(std::move(authorizer))
{}

CosmosPermissionsService::~CosmosPermissionsService() = default;

QUrl CosmosPermissionsService::urlFor(const QStringList &segments) const
{
    QUrl u = m_endpoint;
    QString path;
    for (const QString &s : segments)
        path += u'/' + QString::fromLatin1(QUrl::toPercentEncoding(s));
    u.setPath(path.isEmpty() ? QStringLiteral("/") : path, QUrl::TolerantMode);
    u.setQuery(QString());
    u.setFragment(QString());
    return u;
}

RestRequest CosmosPermissionsService::request(const QByteArray &method, const QStringList &segments,
                                              const QString &description) const
{
    RestRequest req(method, urlFor(segments));
    req.authorizer = m_authorizer;
    req.description = description;
    return req;
}

template <typename T>
AbstractJob *CosmosPermissionsService::failLater(QObject *context, const Done<T> &done, const ApiError &error)
{
    jobs::failLater(context, this, done, error);
    return nullptr;
}

template <typename T, typename Parse>
AbstractJob *CosmosPermissionsService::sendOne(RestRequest req, QObject *context, Done<T> done, Parse parse)
{
    if (!m_client)
        return failLater<T>(context, done, notConnected());
    RestJob *job = m_client->send(req);
    jobs::bind<RestJob, RestResult>(job, context, [done, parse](const RestResult &r) {
        if (!r.ok()) {
            done(r.error());
            return;
        }
        RestResponse response = r.value();
        Result<T> parsed = parse(response);
        // The body may hold a token: wipe our copy whatever happened.
        response.body.fill('\0');
        done(parsed);
    });
    return job;
}

template <typename T, typename Parse>
AbstractJob *CosmosPermissionsService::sendPaged(RestRequest req, const QString &itemsField, QObject *context,
                                                 Done<QList<T>> done, Parse parse)
{
    if (!m_client)
        return failLater<QList<T>>(context, done, notConnected());
    PagedJob *job = m_client->sendPaged(req, PagedJob::Mode::CosmosContinuation, itemsField);
    jobs::bind<PagedJob, Result<QJsonArray>>(job, context, [done, parse](const Result<QJsonArray> &r) {
        if (!r.ok()) {
            done(r.error());
            return;
        }
        done(parseFeed<T>(r.value(), parse));
    });
    return job;
}

AbstractJob *CosmosPermissionsService::listDatabases(QObject *context, Done<QList<CosmosDatabase>> done)
{
    return sendPaged<CosmosDatabase>(request("GET", {QStringLiteral("dbs")}, tr("List Cosmos DB databases")),
                                     QStringLiteral("Databases"), context, std::move(done),
                                     [](const QJsonObject &o) { return CosmosDatabase::fromJson(o); });
}

AbstractJob *CosmosPermissionsService::listContainers(const QString &database, QObject *context,
                                                      Done<QList<CosmosContainer>> done)
{
    if (auto ok = CosmosRules::validateId(database, tr("database id")); !ok)
        return failLater<QList<CosmosContainer>>(context, done, ok.error());
    return sendPaged<CosmosContainer>(
        request("GET", {QStringLiteral("dbs"), database, QStringLiteral("colls")}, tr("List containers")),
        QStringLiteral("DocumentCollections"), context, std::move(done),
        [database](const QJsonObject &o) { return CosmosContainer::fromJson(o, database); });
}

AbstractJob *CosmosPermissionsService::listUsers(const QString &database, QObject *context,
                                                 Done<QList<CosmosUser>> done)
{
    if (auto ok = CosmosRules::validateId(database, tr("database id")); !ok)
        return failLater<QList<CosmosUser>>(context, done, ok.error());
    return sendPaged<CosmosUser>(
        request("GET", {QStringLiteral("dbs"), database, QStringLiteral("users")}, tr("List users")),
        QStringLiteral("Users"), context, std::move(done),
        [database](const QJsonObject &o) { return CosmosUser::fromJson(o, database); });
}

AbstractJob *CosmosPermissionsService::createUser(const QString &database, const QString &id,
                                                  QObject *context, Done<CosmosUser> done)
{
    for (const auto &[value, what] : {std::pair{database, tr("database id")}, std::pair{id, tr("user id")}}) {
        if (auto ok = CosmosRules::validateId(value, what); !ok)
            return failLater<CosmosUser>(context, done, ok.error());
    }
    RestRequest req = request("POST", {QStringLiteral("dbs"), database, QStringLiteral("users")},
                              tr("Create user %1").arg(id));
    req.body = QJsonDocument(QJsonObject{{QStringLiteral("id"), id}}).toJson(QJsonDocument::Compact);
    req.setHeader("Content-Type", "application/json");
    return sendOne<CosmosUser>(req, context, std::move(done), [database](const RestResponse &r) {
        return CosmosUser::fromJson(r.json(), database);
    });
}

AbstractJob *CosmosPermissionsService::renameUser(const QString &database, const QString &id,
                                                  const QString &newId, QObject *context,
                                                  Done<CosmosUser> done)
{
    for (const auto &[value, what] : {std::pair{database, tr("database id")}, std::pair{id, tr("user id")},
                                      std::pair{newId, tr("new user id")}}) {
        if (auto ok = CosmosRules::validateId(value, what); !ok)
            return failLater<CosmosUser>(context, done, ok.error());
    }
    RestRequest req = request("PUT", {QStringLiteral("dbs"), database, QStringLiteral("users"), id},
                              tr("Rename user %1").arg(id));
    req.body = QJsonDocument(QJsonObject{{QStringLiteral("id"), newId}}).toJson(QJsonDocument::Compact);
    req.setHeader("Content-Type", "application/json");
    return sendOne<CosmosUser>(req, context, std::move(done), [database](const RestResponse &r) {
        return CosmosUser::fromJson(r.json(), database);
    });
}

AbstractJob *CosmosPermissionsService::deleteUser(const QString &database, const QString &id,
                                                  QObject *context, Done<void> done)
{
    for (const auto &[value, what] : {std::pair{database, tr("database id")}, std::pair{id, tr("user id")}}) {
        if (auto ok = CosmosRules::validateId(value, what); !ok)
            return failLater<void>(context, done, ok.error());
    }
    return sendOne<void>(request("DELETE", {QStringLiteral("dbs"), database, QStringLiteral("users"), id},
                                 tr("Delete user %1").arg(id)),
                         context, std::move(done), [](const RestResponse &) { return Result<void>(); });
}

AbstractJob *CosmosPermissionsService::listPermissions(const QString &database, const QString &user,
                                                       int lifetimeSeconds, QObject *context,
                                                       Done<QList<CosmosPermission>> done)
{
    for (const auto &[value, what] :
         {std::pair{database, tr("database id")}, std::pair{user, tr("user id")}}) {
        if (auto ok = CosmosRules::validateId(value, what); !ok)
            return failLater<QList<CosmosPermission>>(context, done, ok.error());
    }
    if (auto ok = CosmosRules::validateTokenLifetime(lifetimeSeconds); !ok)
        return failLater<QList<CosmosPermission>>(context, done, ok.error());
    RestRequest req = request(
        "GET",
        {QStringLiteral("dbs"), database, QStringLiteral("users"), user, QStringLiteral("permissions")},
        tr("List permissions of %1").arg(user));
    req.setHeader(kExpiryHeader, QByteArray::number(lifetimeSeconds));
    req.sensitiveResponse = true;
    const QDateTime expires = Clock::now().toUTC().addSecs(lifetimeSeconds);
    return sendPaged<CosmosPermission>(req, QStringLiteral("Permissions"), context, std::move(done),
                                       [database, user, expires](QJsonObject &o) {
                                           auto p = CosmosPermission::fromJson(o, database, user);
                                           if (p.ok() && !p.value().token.isEmpty())
                                               p.value().tokenExpiresAt = expires;
                                           return p;
                                       });
}

namespace {
/// Parses a permission answer and sets the token's expiry from the lifetime that was asked for.
Result<CosmosPermission> permissionFrom(const RestResponse &r, const QString &database, const QString &user,
                                        int lifetimeSeconds)
{
    QJsonObject o = r.json();
    auto p = CosmosPermission::fromJson(o, database, user);
    if (p.ok() && !p.value().token.isEmpty())
        p.value().tokenExpiresAt = Clock::now().toUTC().addSecs(lifetimeSeconds);
    return p;
}
} // namespace

AbstractJob *CosmosPermissionsService::readPermission(const QString &database, const QString &user,
                                                      const QString &id, int lifetimeSeconds,
                                                      QObject *context, Done<CosmosPermission> done)
{
    for (const auto &[value, what] : {std::pair{database, tr("database id")}, std::pair{user, tr("user id")},
                                      std::pair{id, tr("permission id")}}) {
        if (auto ok = CosmosRules::validateId(value, what); !ok)
            return failLater<CosmosPermission>(context, done, ok.error());
    }
    if (auto ok = CosmosRules::validateTokenLifetime(lifetimeSeconds); !ok)
        return failLater<CosmosPermission>(context, done, ok.error());
    RestRequest req = request(
        "GET",
        {QStringLiteral("dbs"), database, QStringLiteral("users"), user, QStringLiteral("permissions"), id},
        tr("Mint a resource token for %1").arg(id));
    req.setHeader(kExpiryHeader, QByteArray::number(lifetimeSeconds));
    req.sensitiveResponse = true;
    return sendOne<CosmosPermission>(req, context, std::move(done),
                                     [database, user, lifetimeSeconds](const RestResponse &r) {
                                         return permissionFrom(r, database, user, lifetimeSeconds);
                                     });
}

AbstractJob *CosmosPermissionsService::createPermission(const CosmosPermission &permission,
                                                        int lifetimeSeconds, QObject *context,
                                                        Done<CosmosPermission> done)
{
    for (const auto &[value, what] :
         {std::pair{permission.database, tr("database id")}, std::pair{permission.user, tr("user id")}}) {
        if (auto ok = CosmosRules::validateId(value, what); !ok)
            return failLater<CosmosPermission>(context, done, ok.error());
    }
    if (auto ok = permission.validate(); !ok)
        return failLater<CosmosPermission>(context, done, ok.error());
    if (auto ok = CosmosRules::validateTokenLifetime(lifetimeSeconds); !ok)
        return failLater<CosmosPermission>(context, done, ok.error());
    RestRequest req = request("POST",
                              {QStringLiteral("dbs"), permission.database, QStringLiteral("users"),
                               permission.user, QStringLiteral("permissions")},
                              tr("Create permission %1").arg(permission.id));
    req.body = QJsonDocument(permission.toJson()).toJson(QJsonDocument::Compact);
    req.setHeader("Content-Type", "application/json");
    req.setHeader(kExpiryHeader, QByteArray::number(lifetimeSeconds));
    req.sensitiveResponse = true;
    const QString database = permission.database;
    const QString user = permission.user;
    return sendOne<CosmosPermission>(req, context, std::move(done),
                                     [database, user, lifetimeSeconds](const RestResponse &r) {
                                         return permissionFrom(r, database, user, lifetimeSeconds);
                                     });
}

AbstractJob *CosmosPermissionsService::replacePermission(const QString &id,
                                                         const CosmosPermission &permission,
                                                         int lifetimeSeconds, QObject *context,
                                                         Done<CosmosPermission> done)
{
    for (const auto &[value, what] :
         {std::pair{permission.database, tr("database id")}, std::pair{permission.user, tr("user id")},
          std::pair{id, tr("permission id")}}) {
        if (auto ok = CosmosRules::validateId(value, what); !ok)
            return failLater<CosmosPermission>(context, done, ok.error());
    }
    if (auto ok = permission.validate(); !ok)
        return failLater<CosmosPermission>(context, done, ok.error());
    if (auto ok = CosmosRules::validateTokenLifetime(lifetimeSeconds); !ok)
        return failLater<CosmosPermission>(context, done, ok.error());
    RestRequest req = request("PUT",
                              {QStringLiteral("dbs"), permission.database, QStringLiteral("users"),
                               permission.user, QStringLiteral("permissions"), id},
                              tr("Replace permission %1").arg(id));
    req.body = QJsonDocument(permission.toJson()).toJson(QJsonDocument::Compact);
    req.setHeader("Content-Type", "application/json");
    req.setHeader(kExpiryHeader, QByteArray::number(lifetimeSeconds));
    req.sensitiveResponse = true;
    const QString database = permission.database;
    const QString user = permission.user;
    return sendOne<CosmosPermission>(req, context, std::move(done),
                                     [database, user, lifetimeSeconds](const RestResponse &r) {
                                         return permissionFrom(r, database, user, lifetimeSeconds);
                                     });
}

AbstractJob *CosmosPermissionsService::deletePermission(const QString &database, const QString &user,
                                                        const QString &id, QObject *context, Done<void> done)
{
    for (const auto &[value, what] : {std::pair{database, tr("database id")}, std::pair{user, tr("user id")},
                                      std::pair{id, tr("permission id")}}) {
        if (auto ok = CosmosRules::validateId(value, what); !ok)
            return failLater<void>(context, done, ok.error());
    }
    return sendOne<void>(request("DELETE",
                                 {QStringLiteral("dbs"), database, QStringLiteral("users"), user,
                                  QStringLiteral("permissions"), id},
                                 tr("Delete permission %1").arg(id)),
                         context, std::move(done), [](const RestResponse &) { return Result<void>(); });
}

} // namespace csc
