// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "emulator/ArmCall.h"
#include "emulator/Service.h"

#include <memory>
#include <optional>
#include <vector>

namespace csc::emu {

/**
 * @brief Azure Resource Manager: bearer validation (signature, issuer, audience, exp, nbf with ARM's
 * five-minute skew) on every call, `/tenants`, `/subscriptions`, resource groups (each authorized with Azure
 * RBAC), and dispatch of `.../providers/{namespace}/{type}/...` to the registered ArmProviders after the
 * api-version check.
 */
class ArmService : public Service
{
public:
    explicit ArmService(const EmuContext *ctx) : m_ctx(ctx) {}
    bool handle(const HttpRequest &request, const Responder &responder) override;
    void addProvider(std::shared_ptr<ArmProvider> provider) { m_providers.push_back(std::move(provider)); }

    /// api-versions of Microsoft.Resources (subscriptions, resource groups, tenants) this emulator answers.
    static const QStringList &resourcesApiVersions();

private:
    std::optional<ArmCaller> authenticate(const HttpRequest &request, const Responder &responder) const;
    void route(const ArmCall &call);
    void routeProvider(const ArmCall &call, qsizetype providersIndex);
    void tenants(const ArmCall &call);
    void subscriptions(const ArmCall &call);
    void subscription(const ArmCall &call, const QString &subId);
    void resourceGroups(const ArmCall &call, const QString &subId);
    void resourceGroup(const ArmCall &call, const QString &subId, const QString &rg);

    const EmuContext *m_ctx;
    std::vector<std::shared_ptr<ArmProvider>> m_providers;
};

} // namespace csc::emu
