// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "emulator/FeedPaging.h"

#include "emulator/HttpsServer.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace csc::emu {

namespace {
constexpr int kDefaultPageSize = 100;
constexpr int kMaxPageSize = 1000;

/// A continuation token: opaque to clients (base64 of our own JSON).
QByteArray continuationFor(qsizetype offset)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("offset"), double(offset)}})
        .toJson(QJsonDocument::Compact)
        .toBase64();
}

std::optional<qsizetype> offsetFrom(const QByteArray &token)
{
    if (token.isEmpty())
        return 0;
    const auto decoded = QByteArray::fromBase64Encoding(token, QByteArray::AbortOnBase64DecodingErrors);
    const QJsonObject o = decoded ? QJsonDocument::fromJson(*decoded).object() : QJsonObject();
    if (!o.value(QStringLiteral("offset")).isDouble() || o.value(QStringLiteral("offset")).toDouble() < 0)
        return std::nullopt;
    return qsizetype(o.value(QStringLiteral("offset")).toDouble());
}

int pageSizeOf(const HttpRequest &request)
{
    bool ok = false;
    const int n = request.header("x-ms-max-item-count").toInt(&ok);
    if (!ok || n == 0)
        return kDefaultPageSize;
    if (n < 0)
        return kMaxPageSize; // -1: as many as the service likes
    return std::min(n, kMaxPageSize);
}
} // namespace

std::optional<FeedPage> feedPage(const HttpRequest &request, const QJsonArray &all)
{
    const auto offset = offsetFrom(request.header("x-ms-continuation"));
    if (!offset)
        return std::nullopt;
    const int size = pageSizeOf(request);
    FeedPage page;
    for (qsizetype i = *offset; i < all.size() && page.items.size() < size; ++i)
        page.items.append(all.at(i));
    if (*offset + page.items.size() < all.size())
        page.continuation = continuationFor(*offset + page.items.size());
    return page;
}

} // namespace csc::emu
