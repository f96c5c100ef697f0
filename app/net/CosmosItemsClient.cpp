// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "net/CosmosItemsClient.h"

#include "net/ApiClient.h"
#include "net/JobBinding.h"

#include <QJsonDocument>

#include <utility>

namespace csc {

namespace {

const QByteArray kPartitionKeyHeader = QByteArrayLiteral("x-ms-documentdb-partitionkey");

Result<void> checkIds(const QList<std::pair<QString, QString>> &ids)
{
    for (const auto &[value, what] : ids) {
        if (auto ok = CosmosRules::validateId(value, what); !ok)
            return ok.error();
    }
    return {};
}

void setPartitionKey(RestRequest &req, const QJsonArray &partitionKey)
{
    if (!partitionKey.isEmpty())
        req.setHeader(kPartitionKeyHeader, QJsonDocument(partitionKey).toJson(QJsonDocument::Compact));
}

} // namespace

CosmosItemsClient::CosmosItemsClient(ApiClient *client, QUrl endpoint, QObject *parent)
    : QObject(parent), m_client(client), m_endpoint(std::move(endpoint))
{}

CosmosItemsClient::~CosmosItemsClient() = default;

QUrl CosmosItemsClient::urlFor(const QStringList &segments) const
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

RestRequest CosmosItemsClient::request(const QByteArray &method, const QStringList &segments,
                                       const Authorizer &authorizer, const QString &description) const
{
    RestRequest req(method, urlFor(segments));
    req.authorizer = authorizer;
    req.description = description;
    // Denials (401/403) are answers here, not hiccups: do not retry them, and keep "Try" quick.
    req.maxRetries = 0;
    return req;
}

template <typename T, typename Parse>
AbstractJob *CosmosItemsClient::send(RestRequest req, QObject *context, Done<T> done, Parse parse)
{
    if (!m_client) {
        jobs::failLater(context, this, done,
                        ApiError::validation(tr("The connection was closed; sign in again.")));
        return nullptr;
    }
    RestJob *job = m_client->send(req);
    jobs::bind<RestJob, RestResult>(job, context, [done, parse](const RestResult &r) {
        if (!r.ok()) {
            done(r.error());
            return;
        }
        done(parse(r.value()));
    });
    return job;
}

AbstractJob *CosmosItemsClient::readItems(const QString &database, const QString &container,
                                          const QJsonArray &partitionKey, int maxItems,
                                          const Authorizer &authorizer, QObject *context,
                                          Done<CosmosItemPage> done)
{
    if (auto ok = checkIds({{database, tr("database id")}, {container, tr("container id")}}); !ok) {
        jobs::failLater(context, this, done, ok.error());
        return nullptr;
    }
    RestRequest req = request(
        "GET", {QStringLiteral("dbs"), database, QStringLiteral("colls"), container, QStringLiteral("docs")},
        authorizer, tr("Read items of %1").arg(container));
    req.setHeader("x-ms-max-item-count", QByteArray::number(qMax(1, maxItems)));
    setPartitionKey(req, partitionKey);
    return send<CosmosItemPage>(req, context, std::move(done), [](const RestResponse &r) {
        const QJsonObject o = r.json();
        CosmosItemPage page;
        page.items = o.value(QStringLiteral("Documents")).toArray();
        page.count = o.value(QStringLiteral("_count")).toInt(int(page.items.size()));
        page.hasMore = !r.header("x-ms-continuation").isEmpty();
        return Result<CosmosItemPage>(page);
    });
}

AbstractJob *CosmosItemsClient::readItem(const QString &database, const QString &container, const QString &id,
                                         const QJsonArray &partitionKey, const Authorizer &authorizer,
                                         QObject *context, Done<QJsonObject> done)
{
    if (auto ok =
            checkIds({{database, tr("database id")}, {container, tr("container id")}, {id, tr("item id")}});
        !ok) {
        jobs::failLater(context, this, done, ok.error());
        return nullptr;
    }
    RestRequest req = request(
        "GET",
        {QStringLiteral("dbs"), database, QStringLiteral("colls"), container, QStringLiteral("docs"), id},
        authorizer, tr("Read item %1").arg(id));
    setPartitionKey(req, partitionKey);
    return send<QJsonObject>(req, context, std::move(done),
                             [](const RestResponse &r) { return Result<QJsonObject>(r.json()); });
}

AbstractJob *CosmosItemsClient::createItem(const QString &database, const QString &container,
                                           const QJsonObject &item, const QJsonArray &partitionKey,
                                           const Authorizer &authorizer, QObject *context,
                                           Done<QJsonObject> done)
{
    const QString id = item.value(QStringLiteral("id")).toString();
    if (auto ok =
            checkIds({{database, tr("database id")}, {container, tr("container id")}, {id, tr("item id")}});
        !ok) {
        jobs::failLater(context, this, done, ok.error());
        return nullptr;
    }
    RestRequest req = request(
        "POST", {QStringLiteral("dbs"), database, QStringLiteral("colls"), container, QStringLiteral("docs")},
        authorizer, tr("Create item %1").arg(id));
    req.body = QJsonDocument(item).toJson(QJsonDocument::Compact);
    req.setHeader("Content-Type", "application/json");
    setPartitionKey(req, partitionKey);
    return send<QJsonObject>(req, context, std::move(done),
                             [](const RestResponse &r) { return Result<QJsonObject>(r.json()); });
}

AbstractJob *CosmosItemsClient::deleteItem(const QString &database, const QString &container,
                                           const QString &id, const QJsonArray &partitionKey,
                                           const Authorizer &authorizer, QObject *context, Done<void> done)
{
    if (auto ok =
            checkIds({{database, tr("database id")}, {container, tr("container id")}, {id, tr("item id")}});
        !ok) {
        jobs::failLater(context, this, done, ok.error());
        return nullptr;
    }
    RestRequest req = request(
        "DELETE",
        {QStringLiteral("dbs"), database, QStringLiteral("colls"), container, QStringLiteral("docs"), id},
        authorizer, tr("Delete item %1").arg(id));
    setPartitionKey(req, partitionKey);
    return send<void>(req, context, std::move(done), [](const RestResponse &) { return Result<void>(); });
}

AbstractJob *CosmosItemsClient::createDatabase(const QString &id, const Authorizer &authorizer,
                                               QObject *context, Done<CosmosDatabase> done)
{
    if (auto ok = checkIds({{id, tr("database id")}}); !ok) {
        jobs::failLater(context, this, done, ok.error());
        return nullptr;
    }
    RestRequest req = request("POST", {QStringLiteral("dbs")}, authorizer, tr("Create database %1").arg(id));
    req.body = QJsonDocument(QJsonObject{{QStringLiteral("id"), id}}).toJson(QJsonDocument::Compact);
    req.setHeader("Content-Type", "application/json");
    return send<CosmosDatabase>(req, context, std::move(done),
                                [](const RestResponse &r) { return CosmosDatabase::fromJson(r.json()); });
}

AbstractJob *CosmosItemsClient::createContainer(const QString &database, const QString &id,
                                                const QString &partitionKeyPath, const Authorizer &authorizer,
                                                QObject *context, Done<CosmosContainer> done)
{
    if (auto ok = checkIds({{database, tr("database id")}, {id, tr("container id")}}); !ok) {
        jobs::failLater(context, this, done, ok.error());
        return nullptr;
    }
    QJsonObject body{{QStringLiteral("id"), id}};
    if (!partitionKeyPath.isEmpty())
        body.insert(QStringLiteral("partitionKey"),
                    QJsonObject{{QStringLiteral("paths"), QJsonArray{partitionKeyPath}},
                                {QStringLiteral("kind"), QStringLiteral("Hash")},
                                {QStringLiteral("version"), 2}});
    RestRequest req = request("POST", {QStringLiteral("dbs"), database, QStringLiteral("colls")}, authorizer,
                              tr("Create container %1").arg(id));
    req.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    req.setHeader("Content-Type", "application/json");
    return send<CosmosContainer>(req, context, std::move(done), [database](const RestResponse &r) {
        return CosmosContainer::fromJson(r.json(), database);
    });
}

QJsonObject CosmosItemsClient::withValueAt(QJsonObject item, const QString &path, const QJsonValue &value)
{
    QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return item;
    const QString head = parts.takeFirst();
    if (parts.isEmpty()) {
        item.insert(head, value);
        return item;
    }
    item.insert(head, withValueAt(item.value(head).toObject(), parts.join(u'/'), value));
    return item;
}

} // namespace csc
