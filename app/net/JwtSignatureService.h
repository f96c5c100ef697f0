// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "inspect/Jwks.h"
#include "inspect/Jwt.h"
#include "inspect/TrustedAuthorities.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <functional>

namespace csc {

class AbstractJob;
class ApiClient;

/**
 * @brief Verifies Entra JWT signatures on request: iss → OpenID configuration (TrustedAuthorities; nothing
 * is fetched for an untrusted issuer) → `jwks_uri` (must be trusted too, and the configuration's `issuer`
 * must equal the token's) → JWKS → JwtSignatureVerifier.
 *
 * Key sets are cached per jwks_uri for cacheLifetimeSeconds (default 24 h); an unknown kid refetches the set
 * once (keys rotate) before answering UnknownKid. `alg: none` and algorithms other than RS256 are refused
 * before anything is fetched. Requests carry no authorization. done() is always called exactly once, from
 * the event loop, unless `context` is destroyed first.
 */
class JwtSignatureService : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const JwtVerification &)>;

    JwtSignatureService(ApiClient *client, TrustedAuthorities trusted, QObject *parent = nullptr);

    const TrustedAuthorities &trustedAuthorities() const { return m_trusted; }
    void setTrustedAuthorities(TrustedAuthorities trusted);
    void setCacheLifetimeSeconds(qint64 seconds) { m_cacheSeconds = seconds; }

    /// Returns the running job (abort() cancels; done() then gets DiscoveryFailed "cancelled"), or nullptr
    /// when the answer was known without fetching (done() is still called, queued).
    AbstractJob *verify(const Jwt &jwt, QObject *context, Done done);

    void clearCache();
    int cachedKeySets() const { return int(m_cache.size()); }

private:
    struct CachedKeys
    {
        Jwks keys;
        QDateTime fetchedAt;
    };
    ApiClient *m_client;
    TrustedAuthorities m_trusted;
    qint64 m_cacheSeconds = 24 * 3600;
    QHash<QString, CachedKeys> m_cache; ///< jwks_uri → keys
    QHash<QString, QString> m_jwksUriByIssuer;
};

} // namespace csc
