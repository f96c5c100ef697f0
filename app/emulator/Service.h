// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "emulator/HttpsServer.h"

namespace csc::emu {

/**
 * @brief One emulated API (Entra ID, ARM, Cosmos data plane, Key Vault, Monitor, ...). The Router offers each
 * request to its services in order; the first one that claims it answers it, now or later, exactly once.
 */
class Service
{
public:
    virtual ~Service() = default;
    /// Returns false when the request is not for this service (the router tries the next one). When it
    /// returns true the service owns the answer.
    virtual bool handle(const HttpRequest &request, const Responder &responder) = 0;
};

} // namespace csc::emu
