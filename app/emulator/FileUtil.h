// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace csc::emu {

/// Writes `data` to `path` with an exact mode: 0600 when `secret`, else 0644. The mode is set before the
/// content.
Result<void> writeFileWithMode(const QString &path, const QByteArray &data, bool secret);
/// Reads a whole file; an ApiError naming the path on failure.
Result<QByteArray> readWholeFile(const QString &path);

} // namespace csc::emu
