// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Result.h"
#include "core/SecureBytes.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace csc::emu {

class Store;

/// What a resource token grants, as sealed into it when a permission is created, read, listed or replaced.
struct ResourceTokenClaims
{
    QString account;        ///< the account's name, lower-cased
    QString database;       ///< id of the database the user lives in
    QString userRid;        ///< the user's _rid (survives renames)
    QString permissionRid;  ///< the permission's _rid
    QString permissionEtag; ///< the permission's _etag when minted: a replace changes it (revocation)
    QString resource;       ///< name-based link of the permitted resource, e.g. dbs/d/colls/c
    QString mode;           ///< "All" or "Read"
    QString partitionKey;   ///< compact JSON array, e.g. ["tenant-1"]; empty = the whole resource
    qint64 issuedAt = 0;    ///< epoch seconds
    qint64 expiresAt = 0;   ///< epoch seconds
};

/// One data-plane request as far as a resource token's check needs it.
struct ResourceTokenRequest
{
    QString account;               ///< the account's name
    QByteArray method;             ///< GET, POST ...
    QStringList segments;          ///< the decoded path segments (`dbs`, `d`, `colls`, `c`, ...)
    bool isWrite = false;          ///< not GET/HEAD and not a query
    QByteArray partitionKeyHeader; ///< x-ms-documentdb-partitionkey as sent; empty when absent
};

/// Why a request with a resource token is refused: the data plane's status, code, message and substatus.
struct ResourceTokenRefusal
{
    int status = 403;
    QString code;
    QString message;
    int subStatus = 0;
};

/**
 * @brief The local cloud's resource tokens: minted for permissions of Cosmos DB users and checked on every
 * data-plane request that carries one.
 *
 * A token has the service's form `type=resource&ver=1&sig=<base64 signature>;<base64 blob>;`. The blob is the
 * compact JSON of ResourceTokenClaims plus a random nonce (every mint gives a different token); the signature
 * is HMAC-SHA256 over the blob with a 256-bit secret kept in the data folder (`resource-token.key`, mode
 * 0600), so tokens survive restarts and cannot be forged or altered. check() verifies the signature in
 * constant time, the account, the expiry, that the permission still exists with the same `_etag` (deleting or
 * replacing it, or deleting the user, revokes every token minted for it), then scope (the permitted resource
 * and what lies below it), mode (`Read` refuses writes) and the partition key restriction. Copies share the
 * secret. Single-threaded (the emulator's event loop).
 */
class ResourceTokens
{
public:
    /// Reads `resource-token.key` from `dir`, creating it (32 random bytes, 0600) when missing.
    static Result<ResourceTokens> loadOrCreate(const QString &dir);
    /// A secret that lives only in memory (tokens die with the process).
    static ResourceTokens ephemeral();

    /// The token string (not percent-encoded).
    QByteArray mint(const ResourceTokenClaims &claims) const;
    /// The claims of a token this emulator minted; nullopt when it is malformed or its signature is wrong.
    std::optional<ResourceTokenClaims> verify(const QByteArray &token) const;

    /// Verifies `token` and decides whether it may serve `request` at `nowSecs` (epoch seconds), looking up
    /// the permission's current state in `store`. nullopt = allowed.
    std::optional<ResourceTokenRefusal> check(const QByteArray &token, const ResourceTokenRequest &request,
                                              const Store &store, qint64 nowSecs) const;

    /// Whether `resource` (a permission's link) covers `segments` for a request with `method` / `isWrite`:
    /// the resource itself and everything below it; for tokens on items, reads of their container's
    /// metadata and partition key ranges; the account document for every token. Users and permissions are
    /// never covered (only master keys manage them).
    static bool covers(const QStringList &resource, const QStringList &segments, bool isWrite);

private:
    explicit ResourceTokens(std::shared_ptr<SecureBytes> secret) : m_secret(std::move(secret)) {}
    QByteArray signatureOf(const QByteArray &blob) const;

    std::shared_ptr<SecureBytes> m_secret;
};

} // namespace csc::emu
