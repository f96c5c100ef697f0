// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Result.h"
#include "core/SqlRbac.h"
#include "net/RestJob.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

namespace csc {

class AzureSession;

/**
 * @brief Cosmos DB data-plane RBAC of one account through Azure Resource Manager (api-version 2025-10-15):
 * list, create or replace, and delete `sqlRoleDefinitions` and `sqlRoleAssignments`.
 *
 * Writes are long-running operations (200, or 202 + Azure-AsyncOperation polling); the returned LroJob
 * reports progressed() and can be aborted (the operation may still complete in Azure). Inputs are validated
 * before anything is sent. Needs the Azure RBAC actions `.../sqlRoleDefinitions/write|delete` and
 * `.../sqlRoleAssignments/write|delete`, not data-plane rights. `done` is called exactly once unless
 * `context` is destroyed first. The session is not owned.
 */
class SqlRbacService : public QObject
{
    Q_OBJECT
public:
    template <typename T> using Done = std::function<void(const Result<T> &)>;

    SqlRbacService(AzureSession *session, QString accountId, QObject *parent = nullptr);
    ~SqlRbacService() override;

    static QString apiVersion() { return QStringLiteral("2025-10-15"); }
    QString accountId() const { return m_accountId; }
    /// Poll interval when the service sends no Retry-After (default 5000 ms; tests shorten it).
    void setDefaultPollIntervalMs(int ms) { m_pollMs = ms; }

    AbstractJob *listRoleDefinitions(QObject *context, Done<QList<SqlRoleDefinition>> done);
    AbstractJob *listRoleAssignments(QObject *context, Done<QList<SqlRoleAssignment>> done);
    /// PUT `{account}/sqlRoleDefinitions/{definition.name}` (a custom role).
    AbstractJob *putRoleDefinition(const SqlRoleDefinition &definition, QObject *context,
                                   Done<SqlRoleDefinition> done);
    AbstractJob *deleteRoleDefinition(const QString &name, QObject *context, Done<void> done);
    /// PUT `{account}/sqlRoleAssignments/{assignment.name}`.
    AbstractJob *putRoleAssignment(const SqlRoleAssignment &assignment, QObject *context,
                                   Done<SqlRoleAssignment> done);
    AbstractJob *deleteRoleAssignment(const QString &name, QObject *context, Done<void> done);

    /// The full id of a definition of this account (`{account}/sqlRoleDefinitions/{guid}`).
    QString roleDefinitionId(const QString &guid) const;

    // The equivalent az CLI commands.
    static QString azCreateDefinitionCommand(const QString &accountId, const SqlRoleDefinition &definition);
    static QString azDeleteDefinitionCommand(const QString &accountId, const QString &name);
    static QString azCreateAssignmentCommand(const QString &accountId, const SqlRoleAssignment &assignment);
    static QString azDeleteAssignmentCommand(const QString &accountId, const QString &name);

private:
    QUrl url(const QString &collection, const QString &name = {}) const;
    template <typename T>
    AbstractJob *failLater(QObject *context, const Done<T> &done, const ApiError &error);
    template <typename T, typename Parse>
    AbstractJob *list(const QString &collection, const QString &description, QObject *context,
                      Done<QList<T>> done, Parse parse);
    template <typename T, typename Parse>
    AbstractJob *longRunning(RestRequest request, QObject *context, Done<T> done, Parse parse);

    QPointer<AzureSession> m_session;
    QString m_accountId;
    int m_pollMs = 5000;
};

} // namespace csc
