// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "emulator/Service.h"

#include <memory>
#include <vector>

namespace csc::emu {

/**
 * @brief The emulator's single entry point behind HttpsServer: offers every request to the registered
 * services in order and answers 404 with an ARM-shaped error when none claims it.
 */
class Router
{
public:
    void addService(std::shared_ptr<Service> service) { m_services.push_back(std::move(service)); }
    void handle(const HttpRequest &request, const Responder &responder) const;

private:
    std::vector<std::shared_ptr<Service>> m_services;
};

} // namespace csc::emu
