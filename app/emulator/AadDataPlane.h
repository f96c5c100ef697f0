// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "emulator/EmuContext.h"

#include <QStringList>

#include <optional>

namespace csc::emu {

/**
 * @brief Microsoft Entra ID tokens on the Cosmos DB data plane (`authorization: type=aad&ver=1.0&sig=<JWT>`,
 * cosmos-data-plane.md §5, §7, §8): validation of the access token and authorization by data-plane RBAC
 * (SqlRbac), answering the service's 401 / 403 substatus codes. Pure functions over the emulator's state.
 */
namespace AadDataPlane {

/// The generic Cosmos DB resource (scope `https://cosmos.azure.com/.default`), valid for every account.
inline constexpr auto kGenericAudience = "https://cosmos.azure.com";
/// How far `exp` / `nbf` may be off the emulator's clock (seconds).
inline constexpr qint64 kClockSkewSeconds = 300;
inline constexpr auto kActionPrefix = "Microsoft.DocumentDB/databaseAccounts/";

/// A refused request: HTTP status, data-plane error code, message (without the ActivityId suffix) and
/// x-ms-substatus.
struct Refusal
{
    int status = 0;
    QString code;
    QString message;
    int subStatus = 0;
};

/// Who an accepted token names.
struct Caller
{
    QString objectId;
    QString tenantId;
    QString appId;
};

/// What a request needs from data-plane RBAC.
struct Requirement
{
    /// Create / replace / delete of databases, containers, users, permissions, stored procedures ...: never
    /// authorized by an Entra token (403 / 5300).
    bool metadataWrite = false;
    QStringList dataActions; ///< full names, all required
    QString resourceLink;    ///< where they are evaluated ("" = the account, "dbs/x", "dbs/x/colls/y", ...)
    int subStatus = 0;       ///< 5301 for metadata requests, 5302 for name-based data requests
};

/// Validates `jwt` for `account`: RS256 with the emulator's signing key (5003 format, 5004 signature), `iss`
/// of the account's tenant at one of the emulator's origins (5007), `aud` one of `audiences` (5008), `nbf`
/// (5005) and `exp` (5006) against csc::Clock with kClockSkewSeconds, `oid` present (5011). Fills `caller`
/// when it is accepted.
std::optional<Refusal> validateToken(const EmuContext &ctx, const CosmosAccount &account,
                                     const QStringList &audiences, const QByteArray &jwt, Caller *caller);

/// The data actions a data-plane request (method, path segments) needs.
Requirement requirementOf(const QByteArray &method, const QStringList &segments, bool isQuery, bool isUpsert);

/// Authorizes a request of `caller` with data-plane RBAC: 403 / 5300 for metadata writes, 403 / 5301 or 5302
/// naming the principal and the first missing action otherwise.
std::optional<Refusal> authorize(const Store &store, const CosmosAccount &account, const Caller &caller,
                                 const QByteArray &method, const QStringList &segments, bool isQuery,
                                 bool isUpsert);

} // namespace AadDataPlane

} // namespace csc::emu
