// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Result.h"
#include "core/SecureBytes.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace csc {

/**
 * @brief Rules of the Cosmos DB (API for NoSQL) data plane that the console checks before sending anything:
 * resource ids, resource links and resource-token lifetimes. Pure functions; messages are translated.
 */
namespace CosmosRules {
/// Token lifetime the service uses when none is asked for, and the range it accepts
/// (`x-ms-documentdb-expiry-seconds`).
inline constexpr int kDefaultTokenLifetimeSeconds = 3600;
inline constexpr int kMinimumTokenLifetimeSeconds = 10;
inline constexpr int kMaximumTokenLifetimeSeconds = 18000;

/// An id of a database, container, user or permission: 1–255 characters, none of `/ \ ? #`, no control
/// characters, no trailing space. `what` names the field in the message ("user id").
Result<void> validateId(const QString &id, const QString &what);
/// A lifetime within [kMinimumTokenLifetimeSeconds, kMaximumTokenLifetimeSeconds].
Result<void> validateTokenLifetime(int seconds);
} // namespace CosmosRules

/// A database as `GET /dbs` lists it.
struct CosmosDatabase
{
    QString id;
    QString rid;
    static Result<CosmosDatabase> fromJson(const QJsonObject &json);
};

/// A container as `GET /dbs/{db}/colls` lists it.
struct CosmosContainer
{
    QString id;
    QString rid;
    QString database;              ///< the database id it was listed under
    QStringList partitionKeyPaths; ///< e.g. ["/tenantId"]; empty for a non-partitioned container
    QString partitionKeyKind;      ///< Hash, MultiHash, Range
    /// The container's link, `dbs/{db}/colls/{id}`.
    QString link() const;
    static Result<CosmosContainer> fromJson(const QJsonObject &json, const QString &database);
};

/// A Cosmos DB user (`dbs/{db}/users/{id}`): a name that permissions hang under.
struct CosmosUser
{
    QString id;
    QString rid;
    QString etag;
    QString database;   ///< the database id it belongs to
    QDateTime modified; ///< `_ts`, UTC
    static Result<CosmosUser> fromJson(const QJsonObject &json, const QString &database);
};

/**
 * @brief A permission of a user: what one resource token grants (`permissionMode` on `resource`, optionally
 * limited to one logical partition), and the token the service minted when the permission was last created,
 * read or replaced.
 *
 * The token is a bearer credential: it lives only in a SecureBytes, never in item roles, logs or settings.
 */
struct CosmosPermission
{
    enum class Mode
    {
        Read,
        All
    };

    QString id;
    Mode mode = Mode::Read;
    QString resource;                ///< link of the target: dbs/{db}, dbs/{db}/colls/{c}, .../docs/{id}
    QJsonArray resourcePartitionKey; ///< empty = the whole resource
    QString rid;
    QString etag;
    QDateTime modified;       ///< `_ts`, UTC
    QString database;         ///< where the user lives
    QString user;             ///< the user id
    SecureBytes token;        ///< `_token` (type=resource&ver=1&sig=...); empty if the answer had none
    QDateTime tokenExpiresAt; ///< when the token stops working (mint time + requested lifetime), UTC

    /// Body for create and replace: id, permissionMode, resource, and resourcePartitionKey when set.
    QJsonObject toJson() const;
    /// Checks id, resource link (must be inside `database`) and partition key shape before sending.
    Result<void> validate() const;
    /// Parses a permission; `_token` is moved into `token` and the string is wiped from `json`.
    static Result<CosmosPermission> fromJson(QJsonObject &json, const QString &database, const QString &user);

    static QString modeName(Mode mode); ///< "Read", "All" (the wire values)
    static std::optional<Mode> modeFromName(const QString &name);
    /// Translated, one line: what the mode allows.
    static QString modeDescription(Mode mode);

    /// Links
    static QString databaseLink(const QString &database);
    static QString containerLink(const QString &database, const QString &container);
    static QString itemLink(const QString &database, const QString &container, const QString &item);
    /// Splits a link into its id segments ("dbs/a/colls/b" -> {"dbs","a","colls","b"}); empty if malformed.
    static QStringList linkSegments(const QString &link);
};

} // namespace csc

Q_DECLARE_METATYPE(csc::CosmosDatabase)
Q_DECLARE_METATYPE(csc::CosmosContainer)
Q_DECLARE_METATYPE(csc::CosmosUser)
