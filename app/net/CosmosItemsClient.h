// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/CosmosPermission.h"
#include "core/Result.h"
#include "net/RestJob.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>

namespace csc {

class ApiClient;
class RequestAuthorizer;

/// The first page of a container's items (`GET .../docs`).
struct CosmosItemPage
{
    QJsonArray items;
    int count = 0;        ///< `_count`
    bool hasMore = false; ///< the service sent `x-ms-continuation`
};

/**
 * @brief Items (documents) of Cosmos DB (API for NoSQL) containers, and the databases and containers that
 * hold them, over the data plane: read a container's first page, read / create / delete one item, create a
 * database or a container. Used by "Try this token" (with a ResourceTokenAuthorizer) and to set up test data
 * (with a MasterKeyAuthorizer).
 *
 * Every call takes the authorizer to use, so one client serves several credentials. Partition key values are
 * JSON arrays (`["tenant-1"]`), sent as `x-ms-documentdb-partitionkey`; an empty array sends no header. Calls
 * return their job (abortable) and call `done` exactly once unless `context` is destroyed first. The
 * ApiClient is not owned. Lives on the client's thread.
 */
class CosmosItemsClient : public QObject
{
    Q_OBJECT
public:
    template <typename T> using Done = std::function<void(const Result<T> &)>;
    using Authorizer = std::shared_ptr<RequestAuthorizer>;

    /// `endpoint`: the account's documentEndpoint.
    CosmosItemsClient(ApiClient *client, QUrl endpoint, QObject *parent = nullptr);
    ~CosmosItemsClient() override;

    QUrl endpoint() const { return m_endpoint; }
    /// The endpoint with a resource path, each id percent-encoded.
    QUrl urlFor(const QStringList &segments) const;

    /// `GET dbs/{db}/colls/{c}/docs`, one page of at most `maxItems`, limited to `partitionKey` when set.
    AbstractJob *readItems(const QString &database, const QString &container, const QJsonArray &partitionKey,
                           int maxItems, const Authorizer &authorizer, QObject *context,
                           Done<CosmosItemPage> done);
    AbstractJob *readItem(const QString &database, const QString &container, const QString &id,
                          const QJsonArray &partitionKey, const Authorizer &authorizer, QObject *context,
                          Done<QJsonObject> done);
    /// `POST .../docs` with `item` (must carry a string `id`); answers the stored item.
    AbstractJob *createItem(const QString &database, const QString &container, const QJsonObject &item,
                            const QJsonArray &partitionKey, const Authorizer &authorizer, QObject *context,
                            Done<QJsonObject> done);
    AbstractJob *deleteItem(const QString &database, const QString &container, const QString &id,
                            const QJsonArray &partitionKey, const Authorizer &authorizer, QObject *context,
                            Done<void> done);
    /// `POST dbs` with `{"id"}`.
    AbstractJob *createDatabase(const QString &id, const Authorizer &authorizer, QObject *context,
                                Done<CosmosDatabase> done);
    /// `POST dbs/{db}/colls` with `{"id", "partitionKey": {"paths":[path], "kind":"Hash", "version":2}}`
    /// (no partitionKey when `partitionKeyPath` is empty).
    AbstractJob *createContainer(const QString &database, const QString &id, const QString &partitionKeyPath,
                                 const Authorizer &authorizer, QObject *context, Done<CosmosContainer> done);

    /// `item` with the value at a partition key path ("/a/b") set to `value`, creating nested objects.
    static QJsonObject withValueAt(QJsonObject item, const QString &path, const QJsonValue &value);

private:
    RestRequest request(const QByteArray &method, const QStringList &segments, const Authorizer &authorizer,
                        const QString &description) const;
    template <typename T, typename Parse>
    AbstractJob *send(RestRequest req, QObject *context, Done<T> done, Parse parse);

    QPointer<ApiClient> m_client;
    QUrl m_endpoint;
};

} // namespace csc
