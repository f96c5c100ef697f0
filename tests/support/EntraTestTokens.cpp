// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "EntraTestTokens.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUuid>

namespace csc::test {

namespace {
QByteArray b64url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}
} // namespace

QByteArray makeJwt(const QJsonObject &claims)
{
    const QJsonObject header{{QStringLiteral("typ"), QStringLiteral("JWT")},
                             {QStringLiteral("alg"), QStringLiteral("RS256")},
                             {QStringLiteral("kid"), QStringLiteral("test-key")}};
    QByteArray signature(64, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(signature.data()),
                                          signature.size() / 4);
    return b64url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
           b64url(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + '.' + b64url(signature);
}

emu::HttpResponse entraTokenResponse(const QByteArray &accessToken, qint64 expiresIn, bool expiresInAsString)
{
    QJsonObject body{{QStringLiteral("token_type"), QStringLiteral("Bearer")},
                     {QStringLiteral("ext_expires_in"), expiresIn},
                     {QStringLiteral("access_token"), QString::fromLatin1(accessToken)}};
    if (expiresInAsString)
        body.insert(QStringLiteral("expires_in"), QString::number(expiresIn));
    else
        body.insert(QStringLiteral("expires_in"), expiresIn);
    return emu::HttpResponse::json(200, body, {{"Cache-Control", "no-store, no-cache"}});
}

emu::HttpResponse entraErrorResponse(int status, const QString &error, int aadsts, const QString &description,
                                     const QString &traceId)
{
    const QString correlationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString timestamp = QStringLiteral("2026-01-01 00:00:00Z");
    const QJsonObject body{{QStringLiteral("error"), error},
                           {QStringLiteral("error_description"),
                            QStringLiteral("AADSTS%1: %2 Trace ID: %3 Correlation ID: %4 Timestamp: %5")
                                .arg(aadsts)
                                .arg(description, traceId, correlationId, timestamp)},
                           {QStringLiteral("error_codes"), QJsonArray{aadsts}},
                           {QStringLiteral("timestamp"), timestamp},
                           {QStringLiteral("trace_id"), traceId},
                           {QStringLiteral("correlation_id"), correlationId},
                           {QStringLiteral("error_uri"),
                            QStringLiteral("https://login.microsoftonline.com/error?code=%1").arg(aadsts)}};
    return emu::HttpResponse::json(status, body);
}

QMap<QString, QString> decodeForm(const QByteArray &body, int *duplicates)
{
    QMap<QString, QString> out;
    int dup = 0;
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray name = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        name.replace('+', ' ');
        value.replace('+', ' ');
        const QString key = QString::fromUtf8(QByteArray::fromPercentEncoding(name));
        if (out.contains(key))
            ++dup;
        out.insert(key, QString::fromUtf8(QByteArray::fromPercentEncoding(value)));
    }
    if (duplicates)
        *duplicates = dup;
    return out;
}

} // namespace csc::test
