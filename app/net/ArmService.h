// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/CosmosAccount.h"
#include "core/Result.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

namespace csc {

class AbstractJob;
class AzureSession;

/**
 * @brief Azure Resource Manager reads for the Accounts panel: subscriptions, resource groups and
 * Microsoft.DocumentDB/databaseAccounts (api-version 2025-10-15). The only place that knows these URLs.
 *
 * Each call starts one job on the session's ApiClient (following ARM `nextLink` for lists) and answers
 * through `done` exactly once, on the session's thread, unless `context` is destroyed first: then the job is
 * aborted and `done` is never called. Aborting the returned job (or destroying the session) answers with an
 * ApiError of kind Cancelled. List items that do not parse are skipped (and logged); a body that is not a
 * list is a Parse error. The session is not owned; without one, calls answer (later) with a Validation error
 * and return null.
 */
class ArmService : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *subscriptionsApiVersion = "2022-12-01";
    static constexpr const char *resourceGroupsApiVersion = "2021-04-01";
    static constexpr const char *cosmosApiVersion = "2025-10-15";

    template <typename T> using Callback = std::function<void(const Result<T> &)>;

    explicit ArmService(AzureSession *session, QObject *parent = nullptr);
    ~ArmService() override;

    AzureSession *session() const;

    /// `GET /subscriptions`
    AbstractJob *listSubscriptions(QObject *context, Callback<QList<Subscription>> done);
    /// `GET /subscriptions/{id}/resourcegroups`
    AbstractJob *listResourceGroups(const QString &subscriptionId, QObject *context,
                                    Callback<QList<ResourceGroup>> done);
    /// `GET /subscriptions/{id}/providers/Microsoft.DocumentDB/databaseAccounts`
    AbstractJob *listAccounts(const QString &subscriptionId, QObject *context,
                              Callback<QList<CosmosAccount>> done);
    /// `GET /subscriptions/{id}/resourceGroups/{rg}/providers/Microsoft.DocumentDB/databaseAccounts`
    AbstractJob *listAccountsInResourceGroup(const QString &subscriptionId, const QString &resourceGroup,
                                             QObject *context, Callback<QList<CosmosAccount>> done);
    /// `GET {accountId}` (a full ARM id of a database account).
    AbstractJob *getAccount(const QString &accountId, QObject *context, Callback<CosmosAccount> done);

    // URL builders (pure; used by the calls above and by tests).
    QUrl subscriptionsUrl() const;
    QUrl resourceGroupsUrl(const QString &subscriptionId) const;
    QUrl accountsUrl(const QString &subscriptionId) const;
    QUrl accountsUrl(const QString &subscriptionId, const QString &resourceGroup) const;
    /// Empty when `accountId` is not a database account id.
    QUrl accountUrl(const QString &accountId) const;

private:
    template <typename T>
    AbstractJob *list(const QUrl &url, const QString &description, QObject *context, Callback<QList<T>> done);
    template <typename T> void failLater(QObject *context, const Callback<T> &done, const ApiError &error);

    QPointer<AzureSession> m_session;
};

} // namespace csc
