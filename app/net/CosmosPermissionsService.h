// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/CosmosPermission.h"
#include "core/Result.h"
#include "net/RestJob.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

namespace csc {

class ApiClient;
class RequestAuthorizer;

/**
 * @brief Cosmos DB users and permissions (resource tokens) of one account, over the data plane: list the
 * databases and containers (for the resource picker), list / create / rename / delete users, and list / read
 * / create / replace / delete permissions, minting a resource token with a chosen lifetime
 * (`x-ms-documentdb-expiry-seconds`).
 *
 * Users and permissions can only be managed with an account key, so the authorizer is normally a
 * MasterKeyAuthorizer built from a key fetched on demand (and wiped with it). Inputs are validated before
 * anything is sent (a Validation error, later). Answers holding tokens are marked sensitive: never logged.
 * Every call returns its job (abortable) and calls `done` exactly once unless `context` is destroyed first.
 * The ApiClient is not owned. Lives on the client's thread.
 */
class CosmosPermissionsService : public QObject
{
    Q_OBJECT
public:
    template <typename T> using Done = std::function<void(const Result<T> &)>;

    /// `endpoint`: the account's documentEndpoint.
    CosmosPermissionsService(ApiClient *client, QUrl endpoint, std::shared_ptr<RequestAuthorizer> authorizer,
                             QObject *parent = nullptr);
    ~CosmosPermissionsService() override;

    QUrl endpoint() const { return m_endpoint; }
    /// The endpoint with a resource path, each id percent-encoded ("dbs/a b" -> "/dbs/a%20b").
    QUrl urlFor(const QStringList &segments) const;

    AbstractJob *listDatabases(QObject *context, Done<QList<CosmosDatabase>> done);
    AbstractJob *listContainers(const QString &database, QObject *context, Done<QList<CosmosContainer>> done);

    AbstractJob *listUsers(const QString &database, QObject *context, Done<QList<CosmosUser>> done);
    AbstractJob *createUser(const QString &database, const QString &id, QObject *context,
                            Done<CosmosUser> done);
    /// `PUT` with the new id (the service renames the user; its permissions stay).
    AbstractJob *renameUser(const QString &database, const QString &id, const QString &newId,
                            QObject *context, Done<CosmosUser> done);
    /// Deletes the user and every permission under it (their tokens stop working).
    AbstractJob *deleteUser(const QString &database, const QString &id, QObject *context, Done<void> done);

    /// Lists the user's permissions; the service mints a fresh token for each, valid `lifetimeSeconds`.
    AbstractJob *listPermissions(const QString &database, const QString &user, int lifetimeSeconds,
                                 QObject *context, Done<QList<CosmosPermission>> done);
    /// Reads one permission, minting a fresh token valid `lifetimeSeconds` ("Mint token").
    AbstractJob *readPermission(const QString &database, const QString &user, const QString &id,
                                int lifetimeSeconds, QObject *context, Done<CosmosPermission> done);
    AbstractJob *createPermission(const CosmosPermission &permission, int lifetimeSeconds, QObject *context,
                                  Done<CosmosPermission> done);
    /// Replaces the permission `id` with `permission` (which may carry a new id); tokens minted before stop
    /// working.
    AbstractJob *replacePermission(const QString &id, const CosmosPermission &permission, int lifetimeSeconds,
                                   QObject *context, Done<CosmosPermission> done);
    AbstractJob *deletePermission(const QString &database, const QString &user, const QString &id,
                                  QObject *context, Done<void> done);

private:
    RestRequest request(const QByteArray &method, const QStringList &segments,
                        const QString &description) const;
    template <typename T>
    AbstractJob *failLater(QObject *context, const Done<T> &done, const ApiError &error);
    template <typename T, typename Parse>
    AbstractJob *sendOne(RestRequest req, QObject *context, Done<T> done, Parse parse);
    template <typename T, typename Parse>
    AbstractJob *sendPaged(RestRequest req, const QString &itemsField, QObject *context, Done<QList<T>> done,
                           Parse parse);

    QPointer<ApiClient> m_client;
    QUrl m_endpoint;
    std::shared_ptr<RequestAuthorizer> m_authorizer;
};

} // namespace csc
