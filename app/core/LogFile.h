// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace csc {

/**
 * @brief The application's diagnostic log: one Qt message handler that scrubs every message with
 * Redactor::text, forwards it to the previous handler (stderr) and appends it to
 * `<AppLocalDataLocation>/logs/console.log` (rotated to console.log.1 beyond 1 MiB). Install once from
 * main(); not thread-safe to install twice.
 */
class LogFile
{
public:
    /// Installs the handler. `path` empty = the default location. Returns the file path in use.
    static QString install(const QString &path = {});
    static QString path();
    static void uninstall();
};

} // namespace csc
