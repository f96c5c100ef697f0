// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "emulator/EmuContext.h"
#include "emulator/Service.h"

#include <QJsonObject>

#include <optional>

namespace csc::emu {

/**
 * @brief The part of Microsoft Graph the console needs: service principals of the caller's tenant by
 * application id (`GET /v1.0/servicePrincipals(appId='{appId}')`, `GET /v1.0/servicePrincipals?$filter=appId
 * eq
 * '{appId}'`) or by object id (`GET /v1.0/servicePrincipals/{id}`), from the principals of the local cloud,
 * in Graph's JSON shape and with Graph's errors (`{"error":{"code","message","innerError"}}`). Served on the
 * emulator's base URL (the Graph endpoint of its cloud metadata); a bearer token for the emulator's ARM
 * audience is required (401 InvalidAuthenticationToken otherwise).
 */
class GraphService : public Service
{
public:
    explicit GraphService(const EmuContext *ctx) : m_ctx(ctx) {}
    bool handle(const HttpRequest &request, const Responder &responder) override;

    /// Graph's JSON of a service principal.
    static QJsonObject servicePrincipal(const Principal &principal);

private:
    /// The caller's tenant when the token is valid; else answers 401 and returns nullopt.
    std::optional<QString> authenticate(const HttpRequest &request, const Responder &responder) const;
    const EmuContext *m_ctx;
};

} // namespace csc::emu
