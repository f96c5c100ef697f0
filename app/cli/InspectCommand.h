// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

class QIODevice;
class QTextStream;

namespace csc::cli {

/// Exit statuses of `inspect`.
enum InspectExit
{
    InspectValid = 0,   ///< recognised, well-formed, in its validity window, no critical finding
    InspectInvalid = 1, ///< recognised but expired, not yet valid, malformed, critical, or signature refused
    InspectUnreadable = 2, ///< no input, unreadable file, too large, or nothing recognisable
    InspectUsage = 3       ///< bad command-line options
};

/**
 * @brief `cosmos-security-console inspect [options] [FILE|-]`: the token inspector's analysis on the command
 * line, as text or `--json`. Reads FILE or standard input (at most TokenInspector::kMaxInput bytes), never
 * prints the credential or any secret part of it, and sends nothing anywhere unless `--verify` is given (then
 * only to a known authority host, for a JWT's OpenID configuration and signing keys). `arguments` are the
 * words after `inspect`. Needs a QCoreApplication (an event loop runs only for --verify).
 */
int runInspect(const QStringList &arguments, QIODevice *input, QTextStream &out, QTextStream &err);

/// The usage text (translated).
QString inspectUsage();

} // namespace csc::cli
