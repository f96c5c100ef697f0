// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace csc {

/**
 * @brief Removes secret material from anything that may be logged or shown: URLs (`sig=`, `code=`, ...),
 * header values (`Authorization`, keys), JSON bodies (key-bearing fields such as `primaryMasterKey`,
 * `access_token`, `connectionString`), form bodies (`client_secret`, `client_assertion`, `refresh_token`) and
 * free text (Bearer tokens, JWTs, Cosmos `type=master&ver=1.0&sig=...`, `AccountKey=...`).
 *
 * Pure functions, thread-safe. The replacement marker is Redactor::marker().
 */
namespace Redactor {
QString marker();                            ///< "[redacted]"
QUrl url(const QUrl &url);                   ///< secret query values replaced
QString urlString(const QUrl &url);          ///< url(url).toString()
bool isSecretHeader(const QByteArray &name); ///< case-insensitive
QByteArray headerValue(const QByteArray &name, const QByteArray &value);
/// JSON/form field names holding secrets in any context (`code` is not one: it is secret only in forms and
/// URLs).
bool isSecretField(const QString &name);
QByteArray json(const QByteArray &body); ///< redacts recursively; non-JSON -> text()
QByteArray form(const QByteArray &body); ///< application/x-www-form-urlencoded
QString text(const QString &text);       ///< best-effort scrub of free text
} // namespace Redactor

} // namespace csc
