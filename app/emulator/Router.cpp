// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "emulator/Router.h"

#include "emulator/ArmErrors.h"

namespace csc::emu {

void Router::handle(const HttpRequest &request, const Responder &responder) const
{
    for (const auto &service : m_services) {
        if (service->handle(request, responder))
            return;
    }
    responder.send(armError(404, QStringLiteral("NotFound"),
                            QStringLiteral("No HTTP resource was found that matches the request URI '%1'.")
                                .arg(request.url.path())));
}

} // namespace csc::emu
