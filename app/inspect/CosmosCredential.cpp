// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "inspect/CosmosCredential.h"

#include "inspect/Jwt.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>
#include <QTimeZone>

#include <cmath>

namespace csc {

namespace {

struct CredTr
{
    Q_DECLARE_TR_FUNCTIONS(csc::CosmosCredential)
};

/// Percent-decoding is peeled at most this many times (a client encodes once; twice is a known bug).
constexpr int kMaxLayers = 4;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

QByteArray trimmed(QByteArrayView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isSpace(text.at(begin)))
        ++begin;
    while (end > begin && isSpace(text.at(end - 1)))
        --end;
    return text.sliced(begin, end - begin).toByteArray();
}

bool startsWithCi(QByteArrayView text, QByteArrayView prefix)
{
    if (text.size() < prefix.size())
        return false;
    for (qsizetype i = 0; i < prefix.size(); ++i) {
        if (QChar::toLower(char16_t(uchar(text.at(i)))) != QChar::toLower(char16_t(uchar(prefix.at(i)))))
            return false;
    }
    return true;
}

/// Refuses oversized, binary and non-UTF-8 input with a message naming `what`.
Result<void> checkText(QByteArrayView text, qsizetype maxLength, const QString &what)
{
    if (text.size() > maxLength) {
        const QString message = CredTr::tr("The %1 is too large (%2 bytes; at most %3 are accepted).")
                                    .arg(what)
                                    .arg(text.size())
                                    .arg(maxLength);
        return ApiError::validation(message);
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        const uchar c = uchar(text.at(i));
        if (c == 0 || (c < 0x20 && !isSpace(char(c))) || c == 0x7f)
            return ApiError::validation(
                CredTr::tr("The %1 contains binary data (a NUL or control byte); it must be text.")
                    .arg(what));
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(text);
    Q_UNUSED(decoded)
    if (decoder.hasError())
        return ApiError::validation(CredTr::tr("The %1 is not UTF-8 text.").arg(what));
    return {};
}

/// Decodes %XX until the text starts with `prefix` (case-insensitive) or nothing changes; counts the layers.
/// -1 layers when the prefix never appears within kMaxLayers decodings.
QByteArray peel(QByteArray text, QByteArrayView prefix, int &layers)
{
    layers = 0;
    while (!startsWithCi(text, prefix)) {
        if (layers >= kMaxLayers || !text.contains('%')) {
            layers = -1;
            return text;
        }
        QByteArray next = QByteArray::fromPercentEncoding(text);
        if (next == text) {
            layers = -1;
            return text;
        }
        SecureBytes::wipe(text);
        text = std::move(next);
        ++layers;
    }
    return text;
}

/// Strict standard base64 (padding required); nullopt otherwise.
std::optional<QByteArray> strictBase64(const QByteArray &text)
{
    if (text.isEmpty() || text.size() % 4 != 0)
        return std::nullopt;
    const auto r = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!r)
        return std::nullopt;
    return r.decoded;
}

QDateTime epochTime(const QJsonValue &value)
{
    if (!value.isDouble())
        return {};
    const double d = value.toDouble();
    if (!std::isfinite(d) || d < 0 || d > 253402300799.0)
        return {};
    return QDateTime::fromSecsSinceEpoch(qint64(d), QTimeZone::utc());
}

/// A value from the input for an error message: shown only when short and plain (a version or type name),
/// so that a signature shifted into the wrong place by a damaged value is never echoed.
QString bounded(const QString &text)
{
    bool plain = text.size() <= 12;
    for (const QChar c : text)
        plain = plain && (c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('-'));
    if (plain)
        return text;
    return CredTr::tr("(%1 characters)").arg(text.size());
}

} // namespace

Result<CosmosAuthValue> CosmosAuthValue::parse(QByteArrayView input)
{
    const QString what = CredTr::tr("authorization value");
    if (const Result<void> ok = checkText(input, kMaxLength, what); !ok)
        return ok.error();
    QByteArray text = trimmed(input);
    if (startsWithCi(text, "authorization:"))
        text = trimmed(QByteArrayView(text).sliced(14));
    if (text.isEmpty())
        return ApiError::validation(CredTr::tr("The authorization value is empty."));
    if (startsWithCi(text, "bearer "))
        return ApiError::validation(
            CredTr::tr("This is a Bearer header, not a Cosmos DB authorization value: Cosmos DB expects "
                       "type=aad&ver=1.0&sig=<token>, percent-encoded, without \"Bearer\"."));

    int layers = 0;
    QByteArray raw = peel(text, "type=", layers);
    SecureBytes::wipe(text);
    if (layers < 0) {
        SecureBytes::wipe(raw);
        return ApiError::validation(
            CredTr::tr("This is not a Cosmos DB authorization value: it does not start with type=master, "
                       "type=resource or type=aad, also after percent-decoding up to %1 times.")
                .arg(kMaxLayers));
    }

    // parseAuthorization decodes once itself: give it exactly one layer so that it sees `raw`.
    QByteArray encoded = MasterKeySigner::encodeToken(raw);
    Result<CosmosAuthorization> parts = MasterKeySigner::parseAuthorization(encoded);
    SecureBytes::wipe(encoded);
    SecureBytes::wipe(raw);
    if (!parts)
        return ApiError::validation(CredTr::tr(
            "The authorization value is not of the form type=...&ver=...&sig=... (one of the three "
            "is missing or empty)."));

    CosmosAuthValue v;
    v.parts = std::move(parts.value());
    v.encodingLayers = layers;
    v.wasPercentEncoded = layers > 0;
    const QString type = v.parts.type.toLower();
    if (type == QLatin1String("master")) {
        if (v.parts.version != QLatin1String("1.0"))
            return ApiError::validation(
                CredTr::tr("The version is \"%1\"; master-key signatures use ver=1.0.")
                    .arg(bounded(v.parts.version)));
        if (v.parts.signature.contains(' '))
            return ApiError::validation(
                CredTr::tr("The master-key signature contains spaces: a '+' was turned into a space, usually "
                           "by decoding the value as a form or a query string."));
        const auto sig = strictBase64(v.parts.signature);
        if (!sig)
            return ApiError::validation(CredTr::tr("The master-key signature is not base64."));
        v.signatureBytes = int(sig->size());
        if (sig->size() != 32) {
            const QString message =
                CredTr::tr("The master-key signature decodes to %1 bytes; an HMAC-SHA256 signature has 32.")
                    .arg(sig->size());
            return ApiError::validation(message);
        }
    } else if (type == QLatin1String("resource")) {
        if (v.parts.version != QLatin1String("1") && v.parts.version != QLatin1String("1.0"))
            return ApiError::validation(CredTr::tr("The version is \"%1\"; resource tokens use ver=1.")
                                            .arg(bounded(v.parts.version)));
        const Result<ResourceTokenInfo> info = ResourceTokenInfo::parse(v.parts.token);
        if (!info)
            return info.error();
        v.signatureBytes = info.value().signatureBytes;
    } else if (type == QLatin1String("aad")) {
        if (v.parts.version != QLatin1String("1.0"))
            return ApiError::validation(
                CredTr::tr("The version is \"%1\"; Entra ID (aad) values use ver=1.0.")
                    .arg(bounded(v.parts.version)));
        const Result<Jwt> jwt = Jwt::parse(v.parts.signature);
        if (!jwt)
            return ApiError::validation(
                CredTr::tr("The type=aad value does not carry a readable JWT: %1").arg(jwt.error().message));
    } else {
        return ApiError::validation(
            CredTr::tr("Unknown authorization type \"%1\": Cosmos DB knows master, resource and aad.")
                .arg(bounded(v.parts.type)));
    }
    return v;
}

Result<ResourceTokenInfo> ResourceTokenInfo::parse(QByteArrayView input)
{
    const QString what = CredTr::tr("resource token");
    if (const Result<void> ok = checkText(input, kMaxLength, what); !ok)
        return ok.error();
    QByteArray text = trimmed(input);
    if (text.isEmpty())
        return ApiError::validation(CredTr::tr("The resource token is empty."));
    int layers = 0;
    QByteArray token = peel(text, "type=resource&", layers);
    SecureBytes::wipe(text);
    if (layers < 0) {
        SecureBytes::wipe(token);
        return ApiError::validation(
            CredTr::tr("This is not a resource token: it does not start with type=resource&ver=1&sig=."));
    }
    const qsizetype sigAt = token.indexOf("&sig=");
    if (sigAt < 0) {
        SecureBytes::wipe(token);
        return ApiError::validation(CredTr::tr("The resource token has no sig= part."));
    }
    ResourceTokenInfo info;
    // type=resource&ver=1 (any order of the pairs before sig).
    const QList<QByteArray> pairs = token.left(sigAt).split('&');
    for (const QByteArray &pair : pairs) {
        if (startsWithCi(pair, "ver="))
            info.version = QString::fromUtf8(pair.mid(4));
    }
    if (info.version != QLatin1String("1") && info.version != QLatin1String("1.0")) {
        SecureBytes::wipe(token);
        return ApiError::validation(
            CredTr::tr("The resource token's version is \"%1\"; the service issues ver=1.")
                .arg(bounded(info.version)));
    }
    QByteArray rest = token.mid(sigAt + 5);
    SecureBytes::wipe(token);
    QList<QByteArray> parts = rest.split(';');
    SecureBytes::wipe(rest);
    if (parts.size() == 3 && parts.at(2).isEmpty())
        parts.removeLast();
    if (parts.size() != 2 || parts.at(0).isEmpty() || parts.at(1).isEmpty()) {
        for (QByteArray &p : parts)
            SecureBytes::wipe(p);
        return ApiError::validation(
            CredTr::tr("The resource token is not of the form type=resource&ver=1&sig=<signature>;<data>; "
                       "(it was cut off, or parts were added)."));
    }
    auto sig = strictBase64(parts.at(0));
    const auto blob = strictBase64(parts.at(1));
    for (QByteArray &p : parts)
        SecureBytes::wipe(p);
    if (!sig)
        return ApiError::validation(CredTr::tr("The resource token's signature is not base64."));
    if (!blob)
        return ApiError::validation(CredTr::tr("The resource token's data part is not base64."));
    info.signatureBytes = int(sig->size());
    info.blobBytes = int(blob->size());
    SecureBytes::wipe(*sig);

    // The local cloud's blob is compact JSON {"v":1,"a":...}; Azure's is sealed binary.
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(*blob, &error);
    if (error.error == QJsonParseError::NoError && doc.isObject()) {
        const QJsonObject o = doc.object();
        if (o.value(QStringLiteral("v")).toInt() == 1 && o.value(QStringLiteral("r")).isString()) {
            info.readable = true;
            info.account = o.value(QStringLiteral("a")).toString();
            info.database = o.value(QStringLiteral("d")).toString();
            info.userRid = o.value(QStringLiteral("u")).toString();
            info.permissionRid = o.value(QStringLiteral("p")).toString();
            info.permissionEtag = o.value(QStringLiteral("e")).toString();
            info.resource = o.value(QStringLiteral("r")).toString();
            info.mode = o.value(QStringLiteral("m")).toString();
            info.partitionKey = o.value(QStringLiteral("k")).toString();
            info.issuedAt = epochTime(o.value(QStringLiteral("iat")));
            info.expiresAt = epochTime(o.value(QStringLiteral("exp")));
        }
    }
    return info;
}

Result<PermissionDocument> PermissionDocument::parse(QByteArrayView json)
{
    const QString what = CredTr::tr("permission document");
    if (const Result<void> ok = checkText(json, kMaxLength, what); !ok)
        return ok.error();
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error == QJsonParseError::DeepNesting)
        return ApiError::validation(CredTr::tr("The permission document is JSON nested too deeply."));
    if (error.error != QJsonParseError::NoError)
        return ApiError::validation(CredTr::tr("The permission document is not valid JSON: %1 at offset %2.")
                                        .arg(error.errorString())
                                        .arg(error.offset));
    if (!doc.isObject())
        return ApiError::validation(CredTr::tr("The permission document is not a JSON object."));
    const QJsonObject o = doc.object();
    PermissionDocument p;
    const QJsonValue token = o.value(QStringLiteral("_token"));
    if (!token.isString() || token.toString().isEmpty())
        return ApiError::validation(
            CredTr::tr("The JSON has no _token: a permission document carries its resource token there (the "
                       "service adds it whenever the permission is created, read or replaced)."));
    const auto stringMember = [&o](const char *name, QString &out) {
        const QJsonValue v = o.value(QLatin1String(name));
        if (v.isUndefined() || v.isNull())
            return true;
        if (!v.isString())
            return false;
        out = v.toString();
        return true;
    };
    if (!stringMember("id", p.id) || !stringMember("permissionMode", p.permissionMode) ||
        !stringMember("resource", p.resource) || !stringMember("_rid", p.rid) ||
        !stringMember("_etag", p.etag))
        return ApiError::validation(CredTr::tr(
            "The permission document has a member of the wrong type (id, permissionMode, resource, "
            "_rid and _etag are strings)."));
    p.resourcePartitionKey = o.value(QStringLiteral("resourcePartitionKey"));
    p.timestamp = epochTime(o.value(QStringLiteral("_ts")));
    p.token = token.toString().toUtf8();
    const Result<ResourceTokenInfo> info = ResourceTokenInfo::parse(p.token);
    if (!info)
        return ApiError::validation(
            CredTr::tr("The permission's _token is not a resource token: %1").arg(info.error().message));
    p.tokenInfo = info.value();
    return p;
}

} // namespace csc
