// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/KeyVault.h"
#include "core/Result.h"
#include "net/RestJob.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace csc {

class AzureSession;

/**
 * @brief Azure RBAC role assignments through ARM (Microsoft.Authorization/roleAssignments, api-version
 * 2022-04-01) at any scope (subscription, resource group, resource such as a vault, or a key
 * `{vaultId}/keys/{name}`). Same job/done contract as KeyVaultService. The session is not owned.
 */
class RoleAssignmentsService : public QObject
{
    Q_OBJECT
public:
    template <typename T> using Done = std::function<void(const Result<T> &)>;
    static QString apiVersion() { return QStringLiteral("2022-04-01"); }

    explicit RoleAssignmentsService(AzureSession *session, QObject *parent = nullptr);
    ~RoleAssignmentsService() override;

    /// `GET {scope}/providers/Microsoft.Authorization/roleAssignments?$filter=principalId eq '{id}'` (all
    /// pages) when `principalId` is given, else `$filter=atScope()`. Includes assignments inherited from
    /// parent scopes as ARM returns them.
    AbstractJob *list(const QString &scope, const QString &principalId, QObject *context,
                      Done<QList<RoleAssignment>> done);
    /// `PUT {scope}/providers/Microsoft.Authorization/roleAssignments/{new GUID}` with roleDefinitionId
    /// `/subscriptions/{sub of scope}/providers/Microsoft.Authorization/roleDefinitions/{roleGuid}`,
    /// principalId, principalType and description. A 409 RoleAssignmentExists is answered as success with
    /// the existing assignment (listed afterwards), so the call is safe to repeat.
    AbstractJob *create(const QString &scope, const QString &roleGuid, const QString &principalId,
                        const QString &principalType, const QString &description, QObject *context,
                        Done<RoleAssignment> done);
    /// `DELETE {assignmentId}`; 200 and 204 are success.
    AbstractJob *remove(const QString &assignmentId, QObject *context, Done<void> done);

    /// Whether one of `assignments` gives `principalId` the role `roleGuid` at `scope` or a parent of it.
    static bool covers(const QList<RoleAssignment> &assignments, const QString &scope,
                       const QString &roleGuid, const QString &principalId);
    /// The PUT body.
    static QJsonObject createBody(const QString &scope, const QString &roleGuid, const QString &principalId,
                                  const QString &principalType, const QString &description);
    /// `az role assignment create --assignee-object-id O --assignee-principal-type ServicePrincipal
    ///  --role e147488a-… --scope S`
    static QString azCreateCommand(const QString &scope, const QString &roleGuid, const QString &principalId,
                                   const QString &principalType);

    /// The ARM URL `{scope}/providers/Microsoft.Authorization/roleAssignments[/{name}]`; empty when `scope`
    /// is not a subscription, resource group or resource scope.
    QUrl assignmentsUrl(const QString &scope, const QString &name = {}) const;

private:
    template <typename T>
    AbstractJob *failLater(QObject *context, const Done<T> &done, const ApiError &error);
    PagedJob *startList(const QString &scope, const QString &principalId, QObject *context,
                        Done<QList<RoleAssignment>> done);

    QPointer<AzureSession> m_session;
};

} // namespace csc
