// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "core/Redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

// What is redacted (the replacement is always Redactor::marker(), "[redacted]"):
//
// URL query parameters (names case-insensitive; also in the fragment, where implicit-flow tokens travel):
//   sig, signature, code, client_secret, client_assertion, access_token, refresh_token, id_token, token,
//   key, password, code_verifier, device_code. User-info passwords in a URL are removed.
//   Non-secret parameters such as sv, se, sp, api-version stay.
//
// Header values (names case-insensitive):
//   Authorization, Proxy-Authorization, x-ms-authorization-auxiliary, api-key, Ocp-Apim-Subscription-Key,
//   Cookie, Set-Cookie, X-IDENTITY-HEADER, secret. For Authorization-like headers the scheme survives
//   ("Bearer [redacted]", "type=master&ver=1.0&sig=[redacted]").
//   Every other header value is passed through text().
//
// JSON fields (names case-insensitive, any depth, any value type):
//   primaryMasterKey, secondaryMasterKey, primaryReadonlyMasterKey, secondaryReadonlyMasterKey,
//   primaryKey, secondaryKey, connectionString, primaryConnectionString, secondaryConnectionString,
//   accountKey, access_token, refresh_token, id_token, client_secret, client_assertion, code_verifier,
//   device_code, password, secret, token, _token, sig.
// Context-dependent JSON fields:
//   - `value` of a Key Vault secret bundle (an object whose `id` contains "/secrets/"),
//   - `value` of a storage-style key entry (an object with `keyName`),
//   - a string `value` at the top level of a body (Key Vault "set secret"; ARM lists keep their array),
//   - the private parts `d`, `p`, `q`, `dp`, `dq`, `qi` and the symmetric `k` of a JSON Web Key (an object
//     with `kty`).
//   Every other string value is passed through text(). `code` is NOT secret in JSON (ARM/Cosmos error
//   codes); it is secret in form bodies and URLs.
//
// Form bodies (application/x-www-form-urlencoded):
//   client_secret, client_assertion, refresh_token, access_token, id_token, code, code_verifier, password,
//   device_code; then text() over the result.
//
// Free text (best effort):
//   - `Bearer <token>`; JWT-shaped `eyJ….eyJ….<sig>`;
//   - Cosmos auth strings `type=master&ver=1.0&sig=…`, `type=resource&ver=1&sig=…` and their URL-encoded
//     forms (`…sig%3D…`); `sig=…` / `signature=…` up to `&`, whitespace or a quote;
//   - `AccountKey=…` / `SharedAccessKey=…` up to `;`;
//   - values of `client_secret=`, `client_assertion=`, `access_token=`, `refresh_token=`, `id_token=`,
//     `code_verifier=`, `device_code=`, `password=`;
//   - the URL query parameters above after `?`, `&` or `#`;
//   - quoted JSON members named like the JSON fields above (`"access_token":"…"`).

namespace csc::Redactor {

namespace {

const QSet<QString> &secretQueryNames()
{
    static const QSet<QString> names{
        QStringLiteral("sig"),           QStringLiteral("signature"),        QStringLiteral("code"),
        QStringLiteral("client_secret"), QStringLiteral("client_assertion"), QStringLiteral("access_token"),
        QStringLiteral("refresh_token"), QStringLiteral("id_token"),         QStringLiteral("token"),
        QStringLiteral("key"),           QStringLiteral("password"),         QStringLiteral("code_verifier"),
        QStringLiteral("device_code")};
    return names;
}

const QSet<QByteArray> &secretHeaderNames()
{
    static const QSet<QByteArray> names{
        "authorization", "proxy-authorization",       "x-ms-authorization-auxiliary",
        "api-key",       "ocp-apim-subscription-key", "cookie",
        "set-cookie",    "x-identity-header",         "secret"};
    return names;
}

const QSet<QString> &secretJsonNames()
{
    static const QSet<QString> names{QStringLiteral("primarymasterkey"),
                                     QStringLiteral("secondarymasterkey"),
                                     QStringLiteral("primaryreadonlymasterkey"),
                                     QStringLiteral("secondaryreadonlymasterkey"),
                                     QStringLiteral("primarykey"),
                                     QStringLiteral("secondarykey"),
                                     QStringLiteral("connectionstring"),
                                     QStringLiteral("primaryconnectionstring"),
                                     QStringLiteral("secondaryconnectionstring"),
                                     QStringLiteral("accountkey"),
                                     QStringLiteral("access_token"),
                                     QStringLiteral("refresh_token"),
                                     QStringLiteral("id_token"),
                                     QStringLiteral("client_secret"),
                                     QStringLiteral("client_assertion"),
                                     QStringLiteral("code_verifier"),
                                     QStringLiteral("device_code"),
                                     QStringLiteral("password"),
                                     QStringLiteral("secret"),
                                     QStringLiteral("token"),
                                     QStringLiteral("_token"),
                                     QStringLiteral("sig")};
    return names;
}

const QSet<QString> &secretFormNames()
{
    static const QSet<QString> names{
        QStringLiteral("client_secret"), QStringLiteral("client_assertion"), QStringLiteral("refresh_token"),
        QStringLiteral("access_token"),  QStringLiteral("id_token"),         QStringLiteral("code"),
        QStringLiteral("code_verifier"), QStringLiteral("password"),         QStringLiteral("device_code")};
    return names;
}

const QSet<QString> &jwkPrivateMembers()
{
    static const QSet<QString> names{QStringLiteral("d"),  QStringLiteral("p"),  QStringLiteral("q"),
                                     QStringLiteral("dp"), QStringLiteral("dq"), QStringLiteral("qi"),
                                     QStringLiteral("k")};
    return names;
}

QString redactQueryString(const QString &query, bool *changed)
{
    if (query.isEmpty())
        return query;
    QStringList parts = query.split(QLatin1Char('&'));
    for (QString &part : parts) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        const QString rawName = eq < 0 ? part : part.left(eq);
        const QString name = QUrl::fromPercentEncoding(rawName.toUtf8()).toLower();
        if (eq >= 0 && secretQueryNames().contains(name) && part.mid(eq + 1) != marker()) {
            part = rawName + QLatin1Char('=') + marker();
            *changed = true;
        }
    }
    return parts.join(QLatin1Char('&'));
}

QJsonValue redactValue(const QJsonValue &value);

QJsonObject redactObject(const QJsonObject &object, bool topLevel = false)
{
    const bool isJwk = object.contains(QLatin1String("kty"));
    const QString id = object.value(QLatin1String("id")).toString();
    const bool isKeyVaultSecret = id.contains(QLatin1String("/secrets/"), Qt::CaseInsensitive);
    const bool isKeyEntry =
        object.contains(QLatin1String("keyName")) || object.contains(QLatin1String("KeyName"));
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString lower = it.key().toLower();
        bool secret = secretJsonNames().contains(lower);
        if (isJwk && jwkPrivateMembers().contains(it.key()))
            secret = true;
        if ((isKeyVaultSecret || isKeyEntry || (topLevel && it.value().isString())) &&
            lower == QLatin1String("value"))
            secret = true;
        if (secret && !it.value().isNull())
            out.insert(it.key(), marker());
        else
            out.insert(it.key(), redactValue(it.value()));
    }
    return out;
}

QJsonValue redactValue(const QJsonValue &value)
{
    if (value.isObject())
        return redactObject(value.toObject());
    if (value.isArray()) {
        QJsonArray out;
        const QJsonArray in = value.toArray();
        for (const QJsonValue &v : in)
            out.append(redactValue(v));
        return out;
    }
    if (value.isString())
        return text(value.toString());
    return value;
}

struct TextRule
{
    QRegularExpression re;
    QString replacement;
};

const QList<TextRule> &textRules()
{
    static const QList<TextRule> rules = [] {
        const auto ci = QRegularExpression::CaseInsensitiveOption;
        QStringList jsonNames;
        for (const QString &n : secretJsonNames())
            jsonNames << QRegularExpression::escape(n);
        jsonNames.sort();
        QStringList queryNames;
        for (const QString &n : secretQueryNames())
            queryNames << QRegularExpression::escape(n);
        queryNames.sort();
        const QString m = marker();
        QList<TextRule> r;
        // "access_token": "..." inside JSON-ish text (also with escaped quotes).
        r.append({QRegularExpression(QStringLiteral(R"((\\?"(?:%1)\\?"\s*:\s*)(\\?")(?:[^"\\]|\\.)*?(\\?"))")
                                         .arg(jsonNames.join(QLatin1Char('|'))),
                                     ci),
                  QStringLiteral(R"(\1\2%1\3)").arg(m)});
        // Authorization schemes.
        r.append(
            {QRegularExpression(QStringLiteral(R"(\b(Bearer)(\s+)(?!\[redacted\]|\w+=")[^\s"',;]+)"), ci),
             QStringLiteral(R"(\1\2%1)").arg(m)});
        // JWT-shaped tokens.
        r.append(
            {QRegularExpression(QStringLiteral(R"(eyJ[A-Za-z0-9_-]*\.eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*)")),
             m});
        // URL-encoded Cosmos auth strings: type%3Dmaster%26ver%3D1.0%26sig%3D...
        r.append({QRegularExpression(
                      QStringLiteral(
                          R"((?<![A-Za-z])((?:sig|signature)%3D)(?!%5Bredacted%5D|\[redacted\])[^&\s"'<>]+)"),
                      ci),
                  QStringLiteral(R"(\1%1)").arg(m)});
        // sig=... (SAS, Cosmos master/resource tokens), up to & or whitespace.
        r.append({QRegularExpression(
                      QStringLiteral(R"((?<![A-Za-z])((?:sig|signature)=)(?!\[redacted\])[^&\s"'<>]+)"), ci),
                  QStringLiteral(R"(\1%1)").arg(m)});
        // Connection strings.
        r.append(
            {QRegularExpression(
                 QStringLiteral(
                     R"(\b((?:AccountKey|SharedAccessKey|SharedAccessSignature)=)(?!\[redacted\])[^;\s"']+)"),
                 ci),
             QStringLiteral(R"(\1%1)").arg(m)});
        // Form/credential pairs anywhere.
        r.append(
            {QRegularExpression(
                 QStringLiteral(
                     R"(\b((?:client_secret|client_assertion|access_token|refresh_token|id_token|code_verifier|device_code|password)=)(?!\[redacted\])[^&\s"']+)"),
                 ci),
             QStringLiteral(R"(\1%1)").arg(m)});
        // Secret query parameters of URLs embedded in text.
        r.append({QRegularExpression(QStringLiteral(R"(([?&#](?:%1)=)(?!\[redacted\])[^&\s"'<>#]+)")
                                         .arg(queryNames.join(QLatin1Char('|'))),
                                     ci),
                  QStringLiteral(R"(\1%1)").arg(m)});
        return r;
    }();
    return rules;
}

} // namespace

QString marker()
{
    return QStringLiteral("[redacted]");
}

QUrl url(const QUrl &in)
{
    QUrl out = in;
    if (!out.password().isEmpty())
        out.setPassword(QString());
    bool changed = false;
    if (out.hasQuery()) {
        const QString q = redactQueryString(out.query(QUrl::FullyEncoded), &changed);
        if (changed)
            out.setQuery(q, QUrl::TolerantMode);
    }
    if (out.hasFragment()) {
        bool fragmentChanged = false;
        const QString f = redactQueryString(out.fragment(QUrl::FullyEncoded), &fragmentChanged);
        if (fragmentChanged)
            out.setFragment(f, QUrl::TolerantMode);
    }
    return out;
}

QString urlString(const QUrl &in)
{
    return url(in).toString();
}

bool isSecretHeader(const QByteArray &name)
{
    return secretHeaderNames().contains(name.trimmed().toLower());
}

QByteArray headerValue(const QByteArray &name, const QByteArray &value)
{
    if (!isSecretHeader(name))
        return text(QString::fromUtf8(value)).toUtf8();
    const QByteArray lower = name.toLower();
    if (lower == "authorization" || lower == "proxy-authorization" ||
        lower == "x-ms-authorization-auxiliary") {
        const QByteArray v = value.trimmed();
        // Cosmos: type=master&ver=1.0&sig=..., possibly URL-encoded.
        const QByteArray decoded = QByteArray::fromPercentEncoding(v);
        if (decoded.startsWith("type=")) {
            const qsizetype sig = decoded.indexOf("&sig=");
            if (sig > 0)
                return decoded.left(sig + 5) + marker().toUtf8();
            return marker().toUtf8();
        }
        const qsizetype space = v.indexOf(' ');
        if (space > 0 && space < 16)
            return v.left(space) + ' ' + marker().toUtf8();
    }
    return marker().toUtf8();
}

bool isSecretField(const QString &name)
{
    const QString lower = name.toLower();
    return secretJsonNames().contains(lower) ||
           (lower != QLatin1String("code") && secretFormNames().contains(lower));
}

QByteArray json(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return body;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return text(QString::fromUtf8(body)).toUtf8();
    if (doc.isObject())
        return QJsonDocument(redactObject(doc.object(), true)).toJson(QJsonDocument::Compact);
    if (doc.isArray())
        return QJsonDocument(redactValue(doc.array()).toArray()).toJson(QJsonDocument::Compact);
    return body;
}

QByteArray form(const QByteArray &body)
{
    if (body.isEmpty())
        return body;
    QList<QByteArray> parts = body.split('&');
    for (QByteArray &part : parts) {
        const qsizetype eq = part.indexOf('=');
        if (eq < 0)
            continue;
        const QByteArray rawName = part.left(eq);
        QByteArray spaced = rawName;
        spaced.replace('+', ' ');
        const QString name = QString::fromUtf8(QByteArray::fromPercentEncoding(spaced)).trimmed().toLower();
        if (secretFormNames().contains(name))
            part = rawName + '=' + marker().toUtf8();
    }
    return text(QString::fromUtf8(parts.join('&'))).toUtf8();
}

QString text(const QString &in)
{
    if (in.isEmpty())
        return in;
    QString out = in;
    for (const TextRule &rule : textRules())
        out.replace(rule.re, rule.replacement);
    return out;
}

} // namespace csc::Redactor
