// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/MasterKeySigner.h"
#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>
#include <QString>

namespace csc {

/**
 * @brief A Cosmos DB `authorization` header value as pasted: `type=master|resource|aad&ver=...&sig=...`, raw
 * or percent-encoded (once or twice), with or without a leading `authorization:` header name.
 *
 * Built on MasterKeySigner::parseAuthorization (the parser the data plane itself uses) with the checks an
 * inspector needs on top: known type, version 1.0 (resource tokens also 1), a master signature that is
 * base64 of 32 bytes, an aad signature that is a JWT. Validation errors name what is wrong.
 */
struct CosmosAuthValue
{
    static constexpr qsizetype kMaxLength = 64 * 1024;

    CosmosAuthorization parts; ///< type, version, signature (secret), token (resource)
    bool wasPercentEncoded = false;
    int encodingLayers = 0; ///< how many times it had been percent-encoded (2 = double-encoded)
    int signatureBytes = 0; ///< decoded length of a master signature (32 for HMAC-SHA256)

    static Result<CosmosAuthValue> parse(QByteArrayView text);
};

/**
 * @brief What can be read from a resource token (`type=resource&ver=1&sig=<base64>;<base64 blob>;`).
 *
 * Azure's blob is sealed by the service: only the form, version and sizes can be read. The local cloud's
 * blob is readable JSON (see csc::emu::ResourceTokens): then account, database, user and permission ids,
 * resource, mode, partition key and the issue/expiry times are filled and `readable` is true. The
 * signature itself is never exposed beyond its length.
 */
struct ResourceTokenInfo
{
    static constexpr qsizetype kMaxLength = 16 * 1024;

    QString version;
    int signatureBytes = 0;
    int blobBytes = 0;
    bool readable = false; ///< the blob is the local cloud's JSON
    QString account;
    QString database;
    QString userRid;
    QString permissionRid;
    QString permissionEtag; ///< the permission's _etag when minted (a replace revokes the token)
    QString resource;       ///< e.g. dbs/shop/colls/orders
    QString mode;           ///< All / Read
    QString partitionKey;   ///< compact JSON array or empty
    QDateTime issuedAt;     ///< invalid when unknown
    QDateTime expiresAt;    ///< invalid when unknown

    /// The token as the service returns it (not percent-encoded; percent-encoded input is decoded first).
    static Result<ResourceTokenInfo> parse(QByteArrayView token);
};

/**
 * @brief A permission resource as the data plane returns it (`{"id":..., "permissionMode":...,
 * "resource":...,
 * "_token":..., "_rid":..., "_ts":..., ...}`), e.g. pasted from a mid-tier's response. `_token` is parsed as
 * a ResourceTokenInfo; the token text itself is kept only in `token` for verification against an account.
 */
struct PermissionDocument
{
    static constexpr qsizetype kMaxLength = 64 * 1024;

    QString id;
    QString permissionMode;
    QString resource;
    QJsonValue resourcePartitionKey;
    QString rid;
    QString etag;
    QDateTime timestamp; ///< _ts
    QByteArray token;    ///< _token (secret)
    ResourceTokenInfo tokenInfo;

    static Result<PermissionDocument> parse(QByteArrayView json);
};

} // namespace csc
