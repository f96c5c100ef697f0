// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "emulator/EmuContext.h"
#include "emulator/Service.h"

#include <QDateTime>

#include <functional>
#include <optional>

namespace csc::emu {

/// A resource (API) tokens can be issued for: how to recognise its identifier in a scope, and the token
/// version.
struct ResourceApp
{
    QString name; ///< for messages: "Azure Resource Manager"
    /// Returns the `aud` to put in the token when `resource` (scope without "/.default") names this API.
    std::function<std::optional<QString>(const QString &resource, const EmuContext &ctx)> audienceFor;
    int tokenVersion = 1; ///< 1 → iss https://<origin>/<tid>/, appid; 2 → iss .../<tid>/v2.0, azp
};

/**
 * @brief Microsoft Entra ID (v2 endpoints): OIDC discovery, JWKS, and the token endpoint for
 * client_credentials with a client secret (client_secret_post and client_secret_basic), issuing RS256 tokens
 * with Entra's claim names and answering errors with Entra's body (error, error_description with the AADSTS
 * code, error_codes, trace and correlation ids). Also the v1 token endpoint (`resource=`). Further resources
 * register with addResource().
 */
class EntraService : public Service
{
public:
    explicit EntraService(const EmuContext *ctx);
    bool handle(const HttpRequest &request, const Responder &responder) override;
    void addResource(ResourceApp app) { m_resources.append(std::move(app)); }

    /// Token lifetime reported in expires_in.
    static constexpr int kLifetimeSeconds = 3599;
    /// The v1 issuer for a tenant at an origin: `<origin>/<tid>/` (sts.windows.net's counterpart).
    static QString issuerV1(const QString &origin, const QString &tenantId);
    /// The v2 issuer: `<origin>/<tid>/v2.0`.
    static QString issuerV2(const QString &origin, const QString &tenantId);
    /// Audiences ARM accepts, for ArmService.
    static bool isArmAudience(const QString &aud, const EmuContext &ctx);

private:
    void openIdConfiguration(const HttpRequest &request, const Responder &responder, const QString &tenant,
                             bool v2);
    void keys(const HttpRequest &request, const Responder &responder);
    void token(const HttpRequest &request, const Responder &responder, const QString &tenant, bool v2);
    HttpResponse entraError(const HttpRequest &request, int status, const QString &error, int code,
                            const QString &description) const;

    const EmuContext *m_ctx;
    QList<ResourceApp> m_resources;
};

} // namespace csc::emu
