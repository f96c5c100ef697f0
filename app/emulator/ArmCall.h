// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "emulator/EmuContext.h"
#include "emulator/HttpsServer.h"
#include "emulator/Store.h"

#include <QStringList>

namespace csc::emu {

/// Who is calling ARM, from a validated bearer token.
struct ArmCaller
{
    QString objectId;
    QString tenantId;
    QString appId;
};

/**
 * @brief One authenticated ARM request on its way to a provider: the caller, its role assignments and ARM's
 * way of answering (request ids, rate-limit headers, error bodies, 403 AuthorizationFailed).
 */
class ArmCall
{
public:
    ArmCall(const HttpRequest &request, const Responder &responder, const EmuContext &ctx, ArmCaller caller);

    const HttpRequest &request;
    const Responder &responder;
    const EmuContext &ctx;
    ArmCaller caller;
    QStringList seg;    ///< decoded path segments
    QString apiVersion; ///< the api-version query value
    QString origin;     ///< https://host:port the client used
    QList<RoleAssignment> assignments;

    /// Adds ARM's response headers and answers.
    void send(HttpResponse response) const;
    void error(int status, const QString &code, const QString &message) const;
    void notFound() const;
    void methodNotAllowed() const;
    /// Azure RBAC: whether the caller may perform `action` at `scope`.
    bool isAllowed(const QString &action, const QString &scope) const;
    /// Like isAllowed(), but answers 403 AuthorizationFailed when not.
    bool authorize(const QString &action, const QString &scope) const;
};

/// Where a provider request points: `{scope}/providers/{namespace}/{type}/{rest...}`.
struct ArmTarget
{
    QString subscriptionId;
    QString resourceGroup; ///< empty at subscription scope
    QString scope;         ///< the path before `/providers/{ns}/{type}`, as the client spelled it
    QString typePath;      ///< scope + `/providers/{ns}/{type}`, as the client spelled it
    QStringList rest;      ///< segments after the type: empty for a list, then the name and sub-paths
    bool nested = false;   ///< an extension/child under another resource (scope is a resource id)
};

/**
 * @brief One ARM resource provider type (Microsoft.DocumentDB/databaseAccounts, later
 * Microsoft.KeyVault/vaults, Microsoft.Insights/diagnosticSettings, operation-status endpoints ...).
 * ArmService authenticates, checks the subscription and the api-version against apiVersions(), then hands the
 * call over; the provider authorizes the concrete action and answers.
 */
class ArmProvider
{
public:
    virtual ~ArmProvider() = default;
    virtual QString providerNamespace() const = 0; ///< "Microsoft.DocumentDB"
    virtual QString resourceType() const = 0;      ///< "databaseAccounts"
    virtual const QStringList &apiVersions() const = 0;
    virtual void handle(const ArmCall &call, const ArmTarget &target) = 0;
};

} // namespace csc::emu
