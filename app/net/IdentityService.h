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
 * @brief Identities the CMK setup can use: user-assigned managed identities
 * (Microsoft.ManagedIdentity/userAssignedIdentities, api-version 2023-01-31) and the service principal of a
 * first-party application looked up in Microsoft Graph (`GET {graph}/v1.0/servicePrincipals(appId='{id}')`,
 * scope `CloudEnvironment::microsoftGraphScope`). Same job/done contract as KeyVaultService.
 */
class IdentityService : public QObject
{
    Q_OBJECT
public:
    template <typename T> using Done = std::function<void(const Result<T> &)>;
    static QString apiVersion() { return QStringLiteral("2023-01-31"); }

    explicit IdentityService(AzureSession *session, QObject *parent = nullptr);
    ~IdentityService() override;

    /// `GET /subscriptions/{sub}/providers/Microsoft.ManagedIdentity/userAssignedIdentities`, all pages.
    AbstractJob *listUserAssigned(const QString &subscriptionId, QObject *context,
                                  Done<QList<UserAssignedIdentityResource>> done);
    /// `PUT .../userAssignedIdentities/{name}` with `{"location":…}` (200/201). Name: 3–128 of
    /// [A-Za-z0-9-_], starting with a letter or digit.
    AbstractJob *createUserAssigned(const QString &subscriptionId, const QString &resourceGroup,
                                    const QString &name, const QString &location, QObject *context,
                                    Done<UserAssignedIdentityResource> done);
    /// The first-party application's service principal in the signed-in tenant (Graph). A 404 says the
    /// application has no service principal in this tenant.
    AbstractJob *servicePrincipalByAppId(const QString &appId, QObject *context,
                                         Done<ServicePrincipalInfo> done);

    static Result<void> validateName(const QString &name);
    /// `az identity create --name N --resource-group G --location L`
    static QString azCreateCommand(const QString &resourceGroup, const QString &name,
                                   const QString &location);

    /// `{graph}/v1.0/servicePrincipals(appId='{appId}')`; empty without a session.
    QUrl servicePrincipalUrl(const QString &appId) const;

private:
    template <typename T>
    AbstractJob *failLater(QObject *context, const Done<T> &done, const ApiError &error);

    QPointer<AzureSession> m_session;
};

} // namespace csc
