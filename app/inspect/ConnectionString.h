// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Result.h"
#include "core/SecureBytes.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace csc {

/**
 * @brief A Cosmos DB connection string, parsed without sending anything anywhere.
 *
 * Flavours: the SQL (NoSQL) form `AccountEndpoint=https://x.documents.azure.com:443/;AccountKey=...;` (plus
 * the emulator's `DisableServerCertificateValidation=True` and any other `Name=Value` pairs, kept as
 * unknown); the Table form (`DefaultEndpointsProtocol`, `AccountName`, `AccountKey`, `TableEndpoint`); the
 * MongoDB URI (`mongodb://user:password@host:10255/?ssl=true&replicaSet=globaldb&...`, password = key).
 * Keys are case-insensitive like the SDKs; duplicates, empty names, a missing endpoint or key, an endpoint
 * that is not an absolute http(s) URL, and a key that is not base64 are Validation errors with the reason.
 * The key is held only in `key` (SecureBytes); `fields` carry a masked value for it.
 */
struct CosmosConnectionString
{
    static constexpr qsizetype kMaxLength = 16 * 1024;

    enum class Flavor
    {
        Sql,
        Table,
        MongoDb
    };

    struct Field
    {
        QString name;  ///< as written
        QString value; ///< masked ("••••…last 4") for secrets
        bool secret = false;
        bool known = false; ///< a field the SDKs understand
    };

    Flavor flavor = Flavor::Sql;
    QUrl endpoint;       ///< document endpoint (SQL), table endpoint, or mongodb host as https URL-less
    QString accountName; ///< from the endpoint's first DNS label or AccountName / the Mongo user name
    SecureBytes key;     ///< AccountKey / Mongo password (base64 text as given); never shown
    QList<Field> fields;
    bool disablesCertificateValidation =
        false;              ///< DisableServerCertificateValidation=true / tlsAllowInvalid*
    bool plainHttp = false; ///< http:// endpoint or DefaultEndpointsProtocol=http / ssl=false

    static QString flavorName(Flavor flavor); ///< translated
    static Result<CosmosConnectionString> parse(QByteArrayView text);
};

} // namespace csc
