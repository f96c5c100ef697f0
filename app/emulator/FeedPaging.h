// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonArray>

#include <optional>

namespace csc::emu {

struct HttpRequest;

/// One page of a Cosmos DB feed: the items and the `x-ms-continuation` for the next page (empty at the end).
struct FeedPage
{
    QJsonArray items;
    QByteArray continuation;
};

/**
 * The page of `all` that a data-plane request asks for: `x-ms-max-item-count` (default 100, -1 or more than
 * 1000 = 1000) from the offset in `x-ms-continuation` (an opaque token this emulator issued). nullopt when
 * the continuation is not one of ours.
 */
std::optional<FeedPage> feedPage(const HttpRequest &request, const QJsonArray &all);

} // namespace csc::emu
