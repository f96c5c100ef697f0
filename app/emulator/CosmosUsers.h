// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "emulator/HttpsServer.h"
#include "emulator/ResourceTokens.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace csc::emu {

class Store;

/// A resource id (`_rid`) as the service writes it: base64 of the hierarchical id bytes with '-' for '/', so
/// that rids can stand in links (`dbs/<rid>/colls/<rid>/`).
QString ridFromBytes(const QByteArray &bytes);
/// The bytes of a `_rid` (children's rids start with their parent's bytes).
QByteArray ridBytes(const QString &rid);

/// What the data plane sends back for one request: a body (or none) on success, or Cosmos's error parts.
struct DataPlaneAnswer
{
    int status = 200;
    QJsonObject body; ///< success body (none for 204)
    QString etag;     ///< `etag` header on success
    QByteArray continuation;
    int itemCount = -1; ///< x-ms-item-count of feeds
    QString code;       ///< error code (status >= 400)
    QString message;    ///< error message (status >= 400)
    int subStatus = 0;

    bool isError() const { return status >= 400; }
    static DataPlaneAnswer error(int status, const QString &code, const QString &message, int subStatus = 0);
};

/**
 * @brief Users (`dbs/{db}/users`) and permissions (`dbs/{db}/users/{user}/permissions`) of the Cosmos DB
 * data plane, stored with the other data-plane resources (Store's `dp_resources`, one transaction per
 * change).
 *
 * Create (201), read, replace (200; a user's PUT renames it and keeps its permissions), delete (204; deleting
 * a user deletes its permissions), feeds (`{"_rid","Users"|"Permissions":[...],"_count"}` with
 * x-ms-max-item-count / x-ms-continuation). Every permission that is created, read, listed or replaced
 * carries a freshly minted `_token` valid for `x-ms-documentdb-expiry-seconds` (10 … 18000, default 3600).
 * Authorization happened before (master keys only; read-only keys cannot read permissions, so they cannot
 * mint tokens). Single-threaded (the emulator's event loop).
 */
class CosmosUsers
{
public:
    static constexpr int kDefaultLifetimeSeconds = 3600;
    static constexpr int kMinimumLifetimeSeconds = 10;
    static constexpr int kMaximumLifetimeSeconds = 18000;

    CosmosUsers(Store *store, const ResourceTokens *tokens);

    /// `segments` start with `dbs`, `{db}`, `users`. `readOnlyKey`: signed with a read-only key.
    DataPlaneAnswer handle(const QString &account, const HttpRequest &request, const QStringList &segments,
                           bool readOnlyKey);

private:
    struct Ctx;
    DataPlaneAnswer users(Ctx &ctx);
    DataPlaneAnswer user(Ctx &ctx, const QString &id);
    DataPlaneAnswer permissions(Ctx &ctx, const QString &userId);
    DataPlaneAnswer permission(Ctx &ctx, const QString &userId, const QString &id);
    /// Validates a permission body for `user`; fills `out` (id, permissionMode, resource, partition key).
    std::optional<DataPlaneAnswer> validatePermission(Ctx &ctx, const QByteArray &body, QJsonObject *out);
    /// The name-based link (`dbs/{db}/colls/{c}`) a permission's `resource` points at: name-based links as
    /// they are, rid-based ones (`dbs/<rid>/colls/<rid>/`) resolved; empty when it is outside the database or
    /// unknown.
    QString scopeOf(const Ctx &ctx, const QString &resource) const;
    /// The permission's body with a new `_token` valid `lifetime` seconds.
    QJsonObject withToken(Ctx &ctx, const QString &userRid, const QJsonObject &permission,
                          int lifetime) const;

    Store *m_store;
    const ResourceTokens *m_tokens;
};

} // namespace csc::emu
