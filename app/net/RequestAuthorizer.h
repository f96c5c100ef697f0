// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "net/RestTypes.h"

#include <QObject>

#include <functional>

namespace csc {

/**
 * @brief Adds authentication to a request, once per attempt (so x-ms-date and tokens are fresh on retries).
 *
 * Implementations: BearerAuthorizer (Entra tokens for ARM, Key Vault, Monitor, Cosmos AAD), and later the
 * Cosmos master-key signer and resource tokens. authorize() may answer synchronously or later; `done` is
 * called exactly once unless `context` is destroyed first. The returned headers are added to the request and
 * never logged raw.
 */
class RequestAuthorizer
{
public:
    virtual ~RequestAuthorizer() = default;
    using Done = std::function<void(Result<HeaderList>)>;
    virtual void authorize(const RestRequest &request, QObject *context, Done done) = 0;
    /// Called when the service answered 401 for headers this authorizer produced; a token credential drops
    /// its cached token so the next attempt fetches a new one. Returns true if a retry can help.
    virtual bool invalidate() { return false; }
};

} // namespace csc
