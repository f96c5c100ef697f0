// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "emulator/ResourceTokens.h"

#include "core/MasterKeySigner.h"
#include "emulator/FileUtil.h"
#include "emulator/Store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

namespace csc::emu {

namespace {

constexpr int kSecretLength = 32;
const QString kSecretFile = QStringLiteral("resource-token.key");
/// Domain separation: this key signs nothing else, but the purpose is part of what is signed.
const QByteArray kPurpose = QByteArrayLiteral("csc-emulator resource token v1\n");

QString tr(const char *text)
{
    return QCoreApplication::translate("csc::emu::ResourceTokens", text);
}

QByteArray randomSecret()
{
    QByteArray b(kSecretLength, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(b.data()), kSecretLength) != 1)
        return {};
    return b;
}

ResourceTokenRefusal unauthorized(const QString &detail)
{
    return ResourceTokenRefusal{
        401, QStringLiteral("Unauthorized"),
        QStringLiteral(
            "The input authorization token can't serve the request. Please check that the expected "
            "payload is built as per the protocol, and check the key being used. ") +
            detail,
        0};
}

ResourceTokenRefusal forbidden(const QString &detail)
{
    return ResourceTokenRefusal{
        403, QStringLiteral("Forbidden"),
        QStringLiteral("Insufficient permissions provided in the authorization header for the corresponding "
                       "request. Please retry with another authorization header. ") +
            detail,
        0};
}

/// The resource type a request addresses: the type of the item, or the feed's type.
QString addressedType(const QStringList &segments)
{
    if (segments.isEmpty())
        return {};
    return segments.size() % 2 == 0 ? segments.at(segments.size() - 2) : segments.last();
}

/// x-ms-documentdb-partitionkey as compact JSON (`["v"]`); empty when absent, `[]` or not a JSON array.
QString normalizedKey(const QByteArray &header)
{
    const QJsonDocument doc = QJsonDocument::fromJson(header);
    if (!doc.isArray() || doc.array().isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(doc.array()).toJson(QJsonDocument::Compact));
}

bool startsWith(const QStringList &list, const QStringList &prefix)
{
    if (list.size() < prefix.size())
        return false;
    for (qsizetype i = 0; i < prefix.size(); ++i) {
        if (list.at(i) != prefix.at(i))
            return false;
    }
    return true;
}

} // namespace

Result<ResourceTokens> ResourceTokens::loadOrCreate(const QString &dir)
{
    const QString path = QDir(dir).filePath(kSecretFile);
    if (QFileInfo::exists(path)) {
        auto bytes = readWholeFile(path);
        if (!bytes)
            return bytes.error();
        auto secret = std::make_shared<SecureBytes>(bytes.value());
        SecureBytes::wipe(bytes.value());
        if (secret->size() != kSecretLength)
            return ApiError::make(
                ApiError::Kind::Process,
                tr("The resource token key %1 is damaged; delete it to make a new one (every "
                   "resource token issued so far stops working).")
                    .arg(path));
        return ResourceTokens(std::move(secret));
    }
    QByteArray fresh = randomSecret();
    if (fresh.isEmpty())
        return ApiError::make(ApiError::Kind::Process, tr("Cannot generate the resource token key."));
    auto secret = std::make_shared<SecureBytes>(fresh);
    const auto written = writeFileWithMode(path, fresh, true);
    SecureBytes::wipe(fresh);
    if (!written)
        return written.error();
    return ResourceTokens(std::move(secret));
}

ResourceTokens ResourceTokens::ephemeral()
{
    QByteArray fresh = randomSecret();
    ResourceTokens t(std::make_shared<SecureBytes>(fresh));
    SecureBytes::wipe(fresh);
    return t;
}

QByteArray ResourceTokens::signatureOf(const QByteArray &blob) const
{
    const QByteArray message = kPurpose + blob;
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    const QByteArray &key = m_secret->bytes();
    if (!HMAC(EVP_sha256(), key.constData(), int(key.size()),
              reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()), out,
              &len))
        return {};
    const QByteArray sig(reinterpret_cast<const char *>(out), int(len));
    OPENSSL_cleanse(out, sizeof out);
    return sig;
}

QByteArray ResourceTokens::mint(const ResourceTokenClaims &c) const
{
    const QJsonObject o{{QStringLiteral("v"), 1},
                        {QStringLiteral("a"), c.account.toLower()},
                        {QStringLiteral("d"), c.database},
                        {QStringLiteral("u"), c.userRid},
                        {QStringLiteral("p"), c.permissionRid},
                        {QStringLiteral("e"), c.permissionEtag},
                        {QStringLiteral("r"), c.resource},
                        {QStringLiteral("m"), c.mode},
                        {QStringLiteral("k"), c.partitionKey},
                        {QStringLiteral("iat"), double(c.issuedAt)},
                        {QStringLiteral("exp"), double(c.expiresAt)},
                        // Every mint gives a new token, even within the same second.
                        {QStringLiteral("n"), QString::fromLatin1(randomSecret().left(12).toBase64())}};
    const QByteArray blob = QJsonDocument(o).toJson(QJsonDocument::Compact);
    return QByteArrayLiteral("type=resource&ver=1&sig=") + signatureOf(blob).toBase64() + ';' +
           blob.toBase64() + ';';
}

std::optional<ResourceTokenClaims> ResourceTokens::verify(const QByteArray &token) const
{
    // type=resource&ver=1&sig=<sig>;<blob>;  (the SDK fixtures also show ver=1.0)
    if (!token.startsWith("type=resource&ver=1&sig=") && !token.startsWith("type=resource&ver=1.0&sig="))
        return std::nullopt;
    const QByteArray rest = token.mid(token.indexOf("sig=") + 4);
    const QList<QByteArray> parts = rest.split(';');
    if (parts.size() != 3 || !parts.at(2).isEmpty())
        return std::nullopt;
    const auto sig = QByteArray::fromBase64Encoding(parts.at(0), QByteArray::AbortOnBase64DecodingErrors);
    const auto blob = QByteArray::fromBase64Encoding(parts.at(1), QByteArray::AbortOnBase64DecodingErrors);
    if (!sig || !blob || sig.decoded.isEmpty() || blob.decoded.isEmpty())
        return std::nullopt;
    const QByteArray expected = signatureOf(*blob);
    if (expected.isEmpty() || !MasterKeySigner::constantTimeEquals(expected, *sig))
        return std::nullopt;
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(*blob, &err);
    const QJsonObject o = doc.object();
    if (err.error != QJsonParseError::NoError || !doc.isObject() || o.value(QStringLiteral("v")).toInt() != 1)
        return std::nullopt;
    ResourceTokenClaims c;
    c.account = o.value(QStringLiteral("a")).toString();
    c.database = o.value(QStringLiteral("d")).toString();
    c.userRid = o.value(QStringLiteral("u")).toString();
    c.permissionRid = o.value(QStringLiteral("p")).toString();
    c.permissionEtag = o.value(QStringLiteral("e")).toString();
    c.resource = o.value(QStringLiteral("r")).toString();
    c.mode = o.value(QStringLiteral("m")).toString();
    c.partitionKey = o.value(QStringLiteral("k")).toString();
    c.issuedAt = qint64(o.value(QStringLiteral("iat")).toDouble());
    c.expiresAt = qint64(o.value(QStringLiteral("exp")).toDouble());
    return c;
}

bool ResourceTokens::covers(const QStringList &resource, const QStringList &segments, bool isWrite)
{
    if (segments.isEmpty())
        return !isWrite; // the account document, which the SDKs read first with any token
    // Users and permissions: only master keys manage (and mint) them.
    if (segments.size() >= 3 && segments.at(0) == QLatin1String("dbs") &&
        segments.at(2) == QLatin1String("users"))
        return false;
    if (resource.isEmpty())
        return false;
    if (startsWith(segments, resource)) {
        // At or below the permitted resource. Databases and containers themselves are metadata: a resource
        // token never creates, replaces or deletes them.
        const QString type = addressedType(segments);
        return !(isWrite && (type == QLatin1String("dbs") || type == QLatin1String("colls") ||
                             type == QLatin1String("offers")));
    }
    // A token for something inside a container (an item, a stored procedure ...) may read that container's
    // definition and partition key ranges: the SDKs need both to address the item.
    if (!isWrite && resource.size() >= 6) {
        const QStringList container = resource.mid(0, 4);
        if (segments == container || segments == container + QStringList{QStringLiteral("pkranges")})
            return true;
    }
    return false;
}

std::optional<ResourceTokenRefusal> ResourceTokens::check(const QByteArray &token,
                                                          const ResourceTokenRequest &request,
                                                          const Store &store, qint64 nowSecs) const
{
    const auto claims = verify(token);
    if (!claims)
        return unauthorized(QStringLiteral("The resource token is malformed or its signature is not valid."));
    if (claims->account != request.account.toLower())
        return unauthorized(QStringLiteral("The resource token was issued for another account."));
    if (nowSecs >= claims->expiresAt)
        return forbidden(
            QStringLiteral("The resource token has expired (token expiry time: %1; current server time: %2).")
                .arg(MasterKeySigner::httpDate(QDateTime::fromSecsSinceEpoch(claims->expiresAt, Qt::UTC)),
                     MasterKeySigner::httpDate(QDateTime::fromSecsSinceEpoch(nowSecs, Qt::UTC))));

    // Revocation: the permission must still exist, under a user that still exists, unchanged since minting.
    const QString dbLink = QStringLiteral("dbs/") + claims->database;
    std::optional<DataResource> permission;
    for (const DataResource &user : store.dataResources(request.account, dbLink, QStringLiteral("users"))) {
        if (user.rid != claims->userRid)
            continue;
        for (const DataResource &p :
             store.dataResources(request.account, dbLink + QStringLiteral("/users/") + user.id,
                                 QStringLiteral("permissions"))) {
            if (p.rid == claims->permissionRid)
                permission = p;
        }
    }
    if (!permission || permission->body.value(QStringLiteral("_etag")).toString() != claims->permissionEtag)
        return unauthorized(QStringLiteral(
            "The permission this resource token was issued for has been deleted or replaced."));

    const QStringList resource = claims->resource.split(u'/');
    if (!covers(resource, request.segments, request.isWrite))
        return forbidden(QStringLiteral("The resource token does not grant access to '%1'.")
                             .arg(request.segments.join(u'/')));
    if (request.isWrite && claims->mode != QLatin1String("All"))
        return forbidden(QStringLiteral("The resource token grants read access only (permissionMode Read)."));
    // A partition key restriction applies to everything inside the container except its own definition and
    // partition key ranges.
    const QStringList &s = request.segments;
    const bool insideContainer =
        s.size() >= 5 && s.at(2) == QLatin1String("colls") && s.at(4) != QLatin1String("pkranges");
    if (!claims->partitionKey.isEmpty() && insideContainer &&
        normalizedKey(request.partitionKeyHeader) != claims->partitionKey)
        return forbidden(QStringLiteral("The resource token is limited to the partition key %1.")
                             .arg(claims->partitionKey));
    return std::nullopt;
}

} // namespace csc::emu
