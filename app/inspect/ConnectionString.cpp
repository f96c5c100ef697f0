// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "inspect/ConnectionString.h"

#include "core/MasterKeySigner.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringDecoder>

namespace csc {

namespace {

struct ConnTr
{
    Q_DECLARE_TR_FUNCTIONS(csc::CosmosConnectionString)
};

constexpr int kMaxFields = 100;

QString masked(qsizetype length)
{
    // Not a %n plural: English has no translation file, and a key is never one character long.
    return length == 1 ? ConnTr::tr("•••• (1 character)") : ConnTr::tr("•••• (%1 characters)").arg(length);
}

bool isTrue(const QString &value)
{
    return value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0 || value == QLatin1String("1");
}

bool isFalse(const QString &value)
{
    return value.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0 || value == QLatin1String("0");
}

/// Names whose values are secrets even when we do not know the field (SAS tokens, passwords ...).
bool looksSecret(const QString &name)
{
    static const char *const kParts[] = {"key",       "secret", "password", "pwd",
                                         "signature", "sas",    "token",    "sig"};
    for (const char *p : kParts) {
        if (name.contains(QLatin1String(p), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

/// A readable, bounded and single-line version of a name or value taken from the input.
QString shown(const QString &text)
{
    QString out = text.left(80);
    for (QChar &c : out) {
        if (c.category() == QChar::Other_Control)
            c = QChar(0xfffd);
    }
    if (text.size() > 80)
        out += QChar(0x2026);
    return out;
}

Result<void> checkKey(const QByteArray &key, const QString &name)
{
    if (key.isEmpty())
        return ApiError::validation(ConnTr::tr("%1 is empty.").arg(name));
    const Result<SecureBytes> decoded = MasterKeySigner::decodeKey(SecureBytes(key));
    if (!decoded)
        return ApiError::validation(
            ConnTr::tr("%1 is not base64 text, so it cannot be a Cosmos DB account key (a key is 88 "
                       "characters of base64 ending in ==).")
                .arg(name));
    return {};
}

/// The account name of a host: its first DNS label, or the whole host for IP addresses and single labels.
QString accountFromHost(const QString &host)
{
    if (host.isEmpty())
        return {};
    bool numeric = true;
    for (const QChar c : host)
        numeric = numeric && (c.isDigit() || c == QLatin1Char('.') || c == QLatin1Char(':') ||
                              c == QLatin1Char('[') || c == QLatin1Char(']'));
    if (numeric || host.contains(QLatin1Char(':')))
        return host; // an IP address
    const qsizetype dot = host.indexOf(QLatin1Char('.'));
    return dot < 0 ? host : host.left(dot);
}

Result<QUrl> endpointUrl(const QString &value, const QString &name)
{
    const QUrl url(value, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.isRelative() || url.host().isEmpty() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return ApiError::validation(
            ConnTr::tr(
                "%1 must be an absolute https:// URL such as https://myaccount.documents.azure.com:443/; "
                "it is \"%2\".")
                .arg(name, shown(value)));
    if (!url.userInfo().isEmpty())
        return ApiError::validation(ConnTr::tr("%1 must not contain a user name or password.").arg(name));
    return url;
}

Result<CosmosConnectionString> parseMongo(const QString &text)
{
    CosmosConnectionString cs;
    cs.flavor = CosmosConnectionString::Flavor::MongoDb;
    const qsizetype schemeEnd = text.indexOf(QLatin1String("://"));
    const QString scheme = text.left(schemeEnd).toLower();
    const QString rest = text.mid(schemeEnd + 3);
    const qsizetype queryStart = rest.indexOf(QLatin1Char('?'));
    const QString beforeQuery = queryStart < 0 ? rest : rest.left(queryStart);
    const QString query = queryStart < 0 ? QString() : rest.mid(queryStart + 1);
    const qsizetype at = beforeQuery.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return ApiError::validation(ConnTr::tr(
            "The MongoDB connection string has no user name and password (mongodb://<account>:<key>@"
            "<host>:10255/...), so it carries no key to inspect."));
    const QString userInfo = beforeQuery.left(at);
    const QString hostAndPath = beforeQuery.mid(at + 1);
    const qsizetype colon = userInfo.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return ApiError::validation(
            ConnTr::tr("The MongoDB connection string has a user name but no password."));
    const QString user = QUrl::fromPercentEncoding(userInfo.left(colon).toUtf8());
    QByteArray password = QByteArray::fromPercentEncoding(userInfo.mid(colon + 1).toUtf8());
    const Result<void> keyOk = checkKey(password, ConnTr::tr("The password (the account key)"));
    if (!keyOk) {
        SecureBytes::wipe(password);
        return keyOk.error();
    }
    cs.key = SecureBytes(password);
    SecureBytes::wipe(password);

    const qsizetype slash = hostAndPath.indexOf(QLatin1Char('/'));
    const QString hosts = slash < 0 ? hostAndPath : hostAndPath.left(slash);
    if (hosts.isEmpty())
        return ApiError::validation(ConnTr::tr("The MongoDB connection string names no host."));
    const QString firstHost = hosts.section(QLatin1Char(','), 0, 0);
    const QUrl endpoint(scheme + QStringLiteral("://") + firstHost + QLatin1Char('/'), QUrl::StrictMode);
    if (!endpoint.isValid() || endpoint.host().isEmpty())
        return ApiError::validation(
            ConnTr::tr("The MongoDB host \"%1\" is not a valid host name.").arg(shown(firstHost)));
    cs.endpoint = endpoint;
    cs.accountName = user.isEmpty() ? accountFromHost(endpoint.host()) : user;

    cs.fields.append({QStringLiteral("user"), shown(user), false, true});
    cs.fields.append({QStringLiteral("password"), masked(cs.key.size()), true, true});
    cs.fields.append({QStringLiteral("host"), shown(hosts), false, true});

    static const QSet<QString> kKnown = {QStringLiteral("ssl"),
                                         QStringLiteral("tls"),
                                         QStringLiteral("replicaset"),
                                         QStringLiteral("retrywrites"),
                                         QStringLiteral("maxidletimems"),
                                         QStringLiteral("appname"),
                                         QStringLiteral("authsource"),
                                         QStringLiteral("authmechanism"),
                                         QStringLiteral("tlsallowinvalidcertificates"),
                                         QStringLiteral("tlsallowinvalidhostnames"),
                                         QStringLiteral("tlsinsecure"),
                                         QStringLiteral("sslallowinvalidcertificates"),
                                         QStringLiteral("sslallowinvalidhostnames"),
                                         QStringLiteral("connecttimeoutms"),
                                         QStringLiteral("sockettimeoutms"),
                                         QStringLiteral("readpreference"),
                                         QStringLiteral("w"),
                                         QStringLiteral("maxpoolsize")};
    bool tlsOn = scheme == QLatin1String("mongodb+srv");
    bool tlsOff = false;
    QSet<QString> seen;
    const QStringList pairs = query.split(QLatin1Char('&'), Qt::SkipEmptyParts);
    if (pairs.size() > kMaxFields)
        return ApiError::validation(ConnTr::tr("The connection string has too many options."));
    for (const QString &pair : pairs) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        const QString name = QUrl::fromPercentEncoding((eq < 0 ? pair : pair.left(eq)).toUtf8());
        const QString value = eq < 0 ? QString() : QUrl::fromPercentEncoding(pair.mid(eq + 1).toUtf8());
        const QString lower = name.toLower();
        if (seen.contains(lower))
            return ApiError::validation(ConnTr::tr("The option %1 appears twice.").arg(shown(name)));
        seen.insert(lower);
        if (lower == QLatin1String("ssl") || lower == QLatin1String("tls")) {
            tlsOn = tlsOn || isTrue(value);
            tlsOff = tlsOff || isFalse(value);
        }
        if ((lower == QLatin1String("tlsallowinvalidcertificates") ||
             lower == QLatin1String("tlsallowinvalidhostnames") || lower == QLatin1String("tlsinsecure") ||
             lower == QLatin1String("sslallowinvalidcertificates") ||
             lower == QLatin1String("sslallowinvalidhostnames")) &&
            isTrue(value))
            cs.disablesCertificateValidation = true;
        const bool secret = looksSecret(name);
        cs.fields.append(
            {shown(name), secret ? masked(value.size()) : shown(value), secret, kKnown.contains(lower)});
    }
    cs.plainHttp = tlsOff || !tlsOn;
    return cs;
}

} // namespace

QString CosmosConnectionString::flavorName(Flavor flavor)
{
    switch (flavor) {
    case Flavor::Sql:
        return ConnTr::tr("API for NoSQL");
    case Flavor::Table:
        return ConnTr::tr("API for Table");
    case Flavor::MongoDb:
        return ConnTr::tr("API for MongoDB");
    }
    return {};
}

Result<CosmosConnectionString> CosmosConnectionString::parse(QByteArrayView input)
{
    if (input.size() > kMaxLength) {
        const QString message =
            ConnTr::tr("The connection string is too large (%1 bytes; at most %2 are accepted).")
                .arg(input.size())
                .arg(kMaxLength);
        return ApiError::validation(message);
    }
    for (qsizetype i = 0; i < input.size(); ++i) {
        const uchar c = uchar(input.at(i));
        if (c == 0 || (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f)
            return ApiError::validation(ConnTr::tr(
                "The connection string contains binary data (a NUL or control byte); it must be text."));
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(input);
    if (decoder.hasError())
        return ApiError::validation(ConnTr::tr("The connection string is not UTF-8 text."));
    text = text.trimmed();
    if (text.isEmpty())
        return ApiError::validation(ConnTr::tr("The connection string is empty."));

    if (text.startsWith(QLatin1String("mongodb://"), Qt::CaseInsensitive) ||
        text.startsWith(QLatin1String("mongodb+srv://"), Qt::CaseInsensitive)) {
        auto result = parseMongo(text);
        SecureBytes::wipe(text);
        return result;
    }

    CosmosConnectionString cs;
    QString endpointText;
    QString endpointName;
    QString tableEndpoint;
    QString protocol;
    bool haveSqlEndpoint = false;
    bool haveKey = false;
    QSet<QString> seen;
    const QStringList parts = text.split(QLatin1Char(';'));
    if (parts.size() > kMaxFields + 1)
        return ApiError::validation(ConnTr::tr("The connection string has too many settings."));
    int index = 0;
    for (const QString &raw : parts) {
        ++index;
        const QString part = raw.trimmed();
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq < 0)
            return ApiError::validation(
                ConnTr::tr("Setting %1 of the connection string is not of the form Name=Value.").arg(index));
        const QString name = part.left(eq).trimmed();
        const QString value = part.mid(eq + 1).trimmed();
        if (name.isEmpty())
            return ApiError::validation(
                ConnTr::tr("Setting %1 of the connection string has an empty name.").arg(index));
        const QString lower = name.toLower();
        if (seen.contains(lower))
            return ApiError::validation(
                ConnTr::tr("The setting %1 appears twice; the SDKs would silently use one of them.")
                    .arg(shown(name)));
        seen.insert(lower);

        Field field;
        field.name = shown(name);
        if (lower == QLatin1String("accountkey")) {
            QByteArray key = value.toUtf8();
            const Result<void> ok = checkKey(key, QStringLiteral("AccountKey"));
            if (!ok) {
                SecureBytes::wipe(key);
                return ok.error();
            }
            cs.key = SecureBytes(key);
            SecureBytes::wipe(key);
            haveKey = true;
            field.value = masked(value.size());
            field.secret = true;
            field.known = true;
        } else {
            field.secret = looksSecret(name);
            field.value = field.secret ? masked(value.size()) : shown(value);
            if (lower == QLatin1String("accountendpoint")) {
                field.known = true;
                haveSqlEndpoint = true;
                endpointText = value;
                endpointName = name;
            } else if (lower == QLatin1String("disableservercertificatevalidation")) {
                field.known = true;
                cs.disablesCertificateValidation = isTrue(value);
            } else if (lower == QLatin1String("tableendpoint")) {
                field.known = true;
                tableEndpoint = value;
            } else if (lower == QLatin1String("defaultendpointsprotocol")) {
                field.known = true;
                protocol = value;
            } else if (lower == QLatin1String("accountname")) {
                field.known = true;
                cs.accountName = value;
            } else if (lower == QLatin1String("endpointsuffix")) {
                field.known = true;
            }
        }
        cs.fields.append(field);
    }
    SecureBytes::wipe(text);

    if (haveSqlEndpoint) {
        cs.flavor = Flavor::Sql;
        const Result<QUrl> url = endpointUrl(endpointText, endpointName);
        if (!url)
            return url.error();
        cs.endpoint = url.value();
    } else if (!tableEndpoint.isEmpty() || !protocol.isEmpty() || !cs.accountName.isEmpty()) {
        cs.flavor = Flavor::Table;
        if (tableEndpoint.isEmpty())
            return ApiError::validation(
                ConnTr::tr("The connection string has no TableEndpoint. A Cosmos DB API for Table connection "
                           "string names it (https://<account>.table.cosmos.azure.com:443/); without it this "
                           "is an Azure Storage connection string."));
        const Result<QUrl> url = endpointUrl(tableEndpoint, QStringLiteral("TableEndpoint"));
        if (!url)
            return url.error();
        cs.endpoint = url.value();
        if (protocol.compare(QLatin1String("http"), Qt::CaseInsensitive) == 0)
            cs.plainHttp = true;
    } else {
        return ApiError::validation(
            ConnTr::tr("This is not a Cosmos DB connection string: it has no AccountEndpoint (API for NoSQL) "
                       "and no TableEndpoint (API for Table)."));
    }
    if (!haveKey)
        return ApiError::validation(
            ConnTr::tr("The connection string has no AccountKey, so it cannot authorize anything."));
    if (cs.endpoint.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0)
        cs.plainHttp = true;
    if (cs.accountName.isEmpty())
        cs.accountName = accountFromHost(cs.endpoint.host());
    return cs;
}

} // namespace csc
