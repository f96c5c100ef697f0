// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "net/RestTypes.h"

namespace csc {

namespace {
QByteArray findHeader(const HeaderList &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}
} // namespace

RestRequest RestRequest::postJson(const QUrl &url, const QJsonObject &json)
{
    RestRequest r("POST", url);
    r.body = QJsonDocument(json).toJson(QJsonDocument::Compact);
    r.setHeader("Content-Type", "application/json");
    return r;
}

void RestRequest::setHeader(const QByteArray &name, const QByteArray &value)
{
    headers.removeIf([&name](const std::pair<QByteArray, QByteArray> &h) {
        return h.first.compare(name, Qt::CaseInsensitive) == 0;
    });
    headers.append({name, value});
}

QByteArray RestRequest::header(const QByteArray &name) const
{
    return findHeader(headers, name);
}

bool RestRequest::isIdempotent() const
{
    const QByteArray m = method.toUpper();
    return m == "GET" || m == "HEAD" || m == "PUT" || m == "DELETE" || m == "OPTIONS";
}

QByteArray RestResponse::header(const QByteArray &name) const
{
    return findHeader(headers, name);
}

QJsonObject RestResponse::json() const
{
    return jsonDocument().object();
}

QJsonDocument RestResponse::jsonDocument() const
{
    if (body.isEmpty())
        return {};
    QJsonParseError error{};
    QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return {};
    return doc;
}

QString RestResponse::requestId() const
{
    for (const char *name :
         {"x-ms-request-id", "x-ms-correlation-request-id", "x-ms-client-request-id", "client-request-id"}) {
        const QByteArray v = header(name);
        if (!v.isEmpty())
            return QString::fromLatin1(v);
    }
    return {};
}

} // namespace csc
