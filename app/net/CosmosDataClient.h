// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Result.h"
#include "core/SecureBytes.h"
#include "net/RestJob.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>

namespace csc {

class ApiClient;
class RequestAuthorizer;

/// What the account document (`GET /` on the data plane) says about the account.
struct DataPlaneAccountInfo
{
    QString id;                  ///< the account name
    QStringList writableRegions; ///< `writableLocations[].name`
    QStringList readableRegions; ///< `readableLocations[].name`
    bool multipleWriteLocations = false;
    QString consistencyLevel; ///< `userConsistencyPolicy.defaultConsistencyLevel`

    /// Needs a string `id`; a Parse error otherwise.
    static Result<DataPlaneAccountInfo> fromJson(const QJsonObject &json);
};

/// The outcome of a successful "Test key".
struct DataPlaneTestReport
{
    DataPlaneAccountInfo account;
    QStringList databases; ///< ids on the first page of `GET /dbs`
    int databaseCount = 0; ///< `_count` of that page
};

/**
 * @brief A minimal Cosmos DB (API for NoSQL) data-plane client for "Test key": reads the account document
 * (`GET /`) and lists databases (`GET /dbs`) at one account endpoint, authorized with any RequestAuthorizer
 * (normally a MasterKeyAuthorizer built from the key under test).
 *
 * The ApiClient is not owned (its trusted CA is used, e.g. the local cloud's). Calls return their job
 * (abortable) and call `done` exactly once unless `context` is destroyed first. Failures are the ApiError of
 * the data plane (HTTP status, Cosmos `code`/`message`, `x-ms-substatus`); explainDataPlaneError() turns it
 * into advice. Lives on the client's thread.
 */
class CosmosDataClient : public QObject
{
    Q_OBJECT
public:
    template <typename T> using Done = std::function<void(const Result<T> &)>;

    /// `endpoint`: the account's documentEndpoint, e.g. `https://acct.documents.azure.com:443/`.
    CosmosDataClient(ApiClient *client, QUrl endpoint, QObject *parent = nullptr);
    ~CosmosDataClient() override;

    QUrl endpoint() const { return m_endpoint; }
    /// The endpoint with the given path (e.g. "/dbs"), any path of the endpoint itself replaced.
    QUrl urlFor(const QString &path) const;

    /// `GET /` (resourceType and link empty).
    RestJob *readAccount(std::shared_ptr<RequestAuthorizer> authorizer, QObject *context,
                         Done<DataPlaneAccountInfo> done);
    /// `GET /dbs`, first page; items are the `Databases` array.
    RestJob *listDatabases(std::shared_ptr<RequestAuthorizer> authorizer, QObject *context,
                           Done<DataPlaneTestReport> done);

    /// "Test key": signs `GET /` and then `GET /dbs` with `base64Key` (a MasterKeyAuthorizer). An invalid key
    /// fails with a Validation error before anything is sent. A second call while one runs cancels the first
    /// (it finishes with Cancelled).
    void testKey(const SecureBytes &base64Key, QObject *context, Done<DataPlaneTestReport> done);
    bool isTesting() const { return !m_testJob.isNull(); }
public slots:
    /// Stops a running testKey(); its `done` gets Cancelled.
    void cancelTest();

private:
    QPointer<ApiClient> m_client;
    QUrl m_endpoint;
    QPointer<AbstractJob> m_testJob;
    quint64 m_testRun = 0;
};

/**
 * Explains a data-plane failure for an administrator, translated: 401 (wrong key, key regenerated, clock
 * skew), 401/5202 (key-based authentication disabled), 403 from the firewall ("Request originated from IP …
 * through public internet"), 403/5301–5306/5400 (data-plane RBAC), 403/5300 (metadata writes blocked), and
 * network or TLS problems. Never contains secrets.
 */
QString explainDataPlaneError(const ApiError &error);

} // namespace csc
