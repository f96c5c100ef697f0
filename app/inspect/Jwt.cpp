// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "inspect/Jwt.h"

#include "inspect/Base64Url.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QSet>
#include <QStringDecoder>

namespace csc {

namespace {

struct JwtTr
{
    Q_DECLARE_TR_FUNCTIONS(csc::Jwt)
};

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

QString partName(int index)
{
    switch (index) {
    case 0:
        return JwtTr::tr("header");
    case 1:
        return JwtTr::tr("payload");
    default:
        return JwtTr::tr("signature");
    }
}

bool isUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    Q_UNUSED(text)
    return !decoder.hasError();
}

/// Reads a JSON string starting at text[pos] == '"' (already validated JSON), returns the decoded text and
/// moves pos past the closing quote.
QString readJsonString(QByteArrayView text, qsizetype &pos)
{
    QByteArray raw;
    ++pos; // opening quote
    const qsizetype start = pos;
    while (pos < text.size() && text.at(pos) != '"') {
        if (text.at(pos) == '\\')
            ++pos;
        ++pos;
    }
    raw = QByteArray(text.data() + start, qMin(pos, text.size()) - start);
    ++pos; // closing quote
    if (!raw.contains('\\'))
        return QString::fromUtf8(raw);
    // Let the JSON parser resolve the escapes of this one string.
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[\"" + raw + "\"]"));
    return doc.array().at(0).toString();
}

/// True when an object anywhere in the (already validated) JSON text has the same member name twice.
/// QJsonDocument silently keeps the last one, which would let a header say "alg" twice.
bool hasDuplicateMembers(QByteArrayView text)
{
    struct Level
    {
        bool object = false;
        QSet<QString> names;
    };
    QList<Level> stack;
    qsizetype pos = 0;
    while (pos < text.size()) {
        const char c = text.at(pos);
        if (c == '{' || c == '[') {
            stack.append(Level{c == '{', {}});
            ++pos;
        } else if (c == '}' || c == ']') {
            if (!stack.isEmpty())
                stack.removeLast();
            ++pos;
        } else if (c == '"') {
            const QString s = readJsonString(text, pos);
            qsizetype next = pos;
            while (next < text.size() && isSpace(text.at(next)))
                ++next;
            if (next < text.size() && text.at(next) == ':' && !stack.isEmpty() && stack.last().object) {
                if (stack.last().names.contains(s))
                    return true;
                stack.last().names.insert(s);
            }
        } else {
            ++pos;
        }
    }
    return false;
}

} // namespace

QString Jwt::alg() const
{
    return header.value(QStringLiteral("alg")).toString();
}

QString Jwt::kid() const
{
    return header.value(QStringLiteral("kid")).toString();
}

QString Jwt::typ() const
{
    return header.value(QStringLiteral("typ")).toString();
}

QByteArray Jwt::signingInput() const
{
    return encodedHeader + '.' + encodedPayload;
}

Result<Jwt> Jwt::parse(QByteArrayView token)
{
    qsizetype begin = 0;
    qsizetype end = token.size();
    while (begin < end && isSpace(token.at(begin)))
        ++begin;
    while (end > begin && isSpace(token.at(end - 1)))
        --end;
    const QByteArrayView text = token.sliced(begin, end - begin);
    if (text.isEmpty())
        return ApiError::validation(JwtTr::tr("The token is empty."));
    if (text.size() > kMaxLength) {
        const QString message =
            JwtTr::tr("The token is too large (%1 bytes; a JWT is accepted up to %2 bytes).")
                .arg(text.size())
                .arg(kMaxLength);
        return ApiError::validation(message);
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == '\0' || (uchar(c) < 0x20 && !isSpace(c)) || c == 0x7f)
            return ApiError::validation(
                JwtTr::tr("The token contains binary data (a NUL or control byte at position %1); a JWT is "
                          "plain text.")
                    .arg(i + 1));
        if (isSpace(c))
            return ApiError::validation(
                JwtTr::tr("The token contains a space or line break at position %1; a JWT has none (was it "
                          "wrapped or copied with a prefix such as \"Bearer\"?).")
                    .arg(i + 1));
    }

    QList<QByteArrayView> parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size() && parts.size() <= 6; ++i) {
        if (i == text.size() || text.at(i) == '.') {
            parts.append(text.sliced(start, i - start));
            start = i + 1;
        }
    }
    if (parts.size() == 5)
        return ApiError::validation(JwtTr::tr(
            "An encrypted token (JWE) cannot be read without the recipient's key: this input has the "
            "five parts of a JWE, not the three (header.payload.signature) of a signed token."));
    if (parts.size() != 3) {
        const int count = int(parts.size());
        const QString message =
            count > 6 ? JwtTr::tr("A JWT has three parts separated by dots (header.payload.signature); this "
                                  "input has more than six.")
                      : JwtTr::tr("A JWT has three parts separated by dots (header.payload.signature); this "
                                  "input has %n part(s).",
                                  nullptr, count);
        return ApiError::validation(message);
    }

    Jwt jwt;
    jwt.encodedHeader = parts.at(0).toByteArray();
    jwt.encodedPayload = parts.at(1).toByteArray();
    jwt.encodedSignature = parts.at(2).toByteArray();

    QByteArray decoded[3];
    for (int i = 0; i < 3; ++i) {
        if (i < 2 && parts.at(i).isEmpty())
            return ApiError::validation(
                JwtTr::tr("The %1 (part %2 of the JWT) is empty.").arg(partName(i)).arg(i + 1));
        const auto bytes = Base64Url::decode(parts.at(i));
        if (!bytes) {
            const bool standard = parts.at(i).contains('+') || parts.at(i).contains('/');
            const QString message =
                standard ? JwtTr::tr("The %1 (part %2 of the JWT) uses the standard base64 alphabet ('+' or "
                                     "'/'); JWTs use base64url ('-' and '_').")
                               .arg(partName(i))
                               .arg(i + 1)
                         : JwtTr::tr("The %1 (part %2 of the JWT) is not valid base64url.")
                               .arg(partName(i))
                               .arg(i + 1);
            return ApiError::validation(message);
        }
        decoded[i] = *bytes;
    }

    QJsonObject objects[2];
    for (int i = 0; i < 2; ++i) {
        if (!isUtf8(decoded[i])) {
            if (i == 1 && decoded[i].size() > 0)
                return ApiError::validation(
                    JwtTr::tr("The payload (part 2 of the JWT) is not UTF-8 text: it is binary or encrypted "
                              "data, which an Entra ID token never has."));
            return ApiError::validation(
                JwtTr::tr("The %1 (part %2 of the JWT) is not UTF-8 text.").arg(partName(i)).arg(i + 1));
        }
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(decoded[i], &error);
        if (error.error == QJsonParseError::DeepNesting)
            return ApiError::validation(
                JwtTr::tr("The %1 (part %2 of the JWT) is JSON nested too deeply to be a token.")
                    .arg(partName(i))
                    .arg(i + 1));
        if (error.error != QJsonParseError::NoError) {
            // A nested JWT (cty "JWT") carries another compact token as its payload.
            if (i == 1 && (decoded[i].startsWith("eyJ") ||
                           objects[0]
                                   .value(QStringLiteral("cty"))
                                   .toString()
                                   .compare(QLatin1String("JWT"), Qt::CaseInsensitive) == 0))
                return ApiError::validation(
                    JwtTr::tr("The payload is itself a token (a nested JWT); Entra ID does not issue nested "
                              "tokens. Inspect the inner token on its own."));
            return ApiError::validation(JwtTr::tr("The %1 (part %2 of the JWT) is not JSON: %3 at offset %4.")
                                            .arg(partName(i))
                                            .arg(i + 1)
                                            .arg(error.errorString())
                                            .arg(error.offset));
        }
        if (!doc.isObject())
            return ApiError::validation(
                JwtTr::tr("The %1 (part %2 of the JWT) is JSON but not an object ({...}).")
                    .arg(partName(i))
                    .arg(i + 1));
        if (hasDuplicateMembers(decoded[i]))
            return ApiError::validation(
                JwtTr::tr("The %1 (part %2 of the JWT) names the same member twice; such a token is "
                          "ambiguous and is refused.")
                    .arg(partName(i))
                    .arg(i + 1));
        objects[i] = doc.object();
    }
    jwt.header = objects[0];
    jwt.payload = objects[1];
    jwt.signature = decoded[2];

    const QJsonValue alg = jwt.header.value(QStringLiteral("alg"));
    if (!alg.isString() || alg.toString().isEmpty())
        return ApiError::validation(
            JwtTr::tr("The header has no \"alg\" (signing algorithm) parameter, which every JWT must have."));
    if (jwt.header.contains(QStringLiteral("enc")))
        return ApiError::validation(
            JwtTr::tr("The header names a content encryption (\"enc\"): this is an encrypted token (JWE) "
                      "header, and an encrypted token (JWE) cannot be read without the recipient's key."));
    if (jwt.signature.isEmpty() && alg.toString().compare(QLatin1String("none"), Qt::CaseInsensitive) != 0)
        return ApiError::validation(
            JwtTr::tr("The signature (part 3 of the JWT) is empty although the header names the algorithm "
                      "%1: the token was cut off or its signature removed.")
                .arg(alg.toString().left(20)));
    return jwt;
}

} // namespace csc
