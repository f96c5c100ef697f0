// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace csc {

/**
 * @brief A typed failure from any layer: network, TLS, HTTP (ARM / Cosmos / Entra / Key Vault bodies),
 * parsing, validation, secret storage.
 *
 * Plain value type. `url` is always stored redacted (no `sig=`, no keys). summary() and remedy() give
 * translated text an administrator can act on; the UI shows requestId under Details.
 */
struct ApiError
{
    enum class Kind
    {
        Network,     ///< connection refused, DNS, reset, proxy...
        Tls,         ///< handshake failed, untrusted certificate, protocol too old
        Timeout,     ///< the request's timeout elapsed (after retries)
        Cancelled,   ///< cancelled by the user or the caller; never shown as an error
        Http,        ///< the service answered with a non-success status; see httpStatus/code/message
        Parse,       ///< a body that is not what the API documents
        Validation,  ///< input refused before anything was sent
        Auth,        ///< sign-in failed before a request (no secret, token endpoint refused ...)
        SecretStore, ///< the OS keychain failed or is unavailable
        Process,     ///< a helper process (the local cloud) failed to start or stopped
    };

    Kind kind = Kind::Network;
    int httpStatus = 0;  ///< 0 when no HTTP response was received
    int subStatus = 0;   ///< Cosmos `x-ms-substatus`
    QString code;        ///< ARM `error.code`, Cosmos `code`, Entra `error`, Key Vault `error.code`
    QString message;     ///< the service's or the system's message, verbatim
    QString target;      ///< ARM `error.target`
    QStringList details; ///< ARM `error.details[].code: message`, Entra `error_codes`
    QString requestId;   ///< x-ms-request-id, else x-ms-correlation-request-id / Entra trace id
    QString correlationId;
    QString method; ///< HTTP method of the failing request
    QUrl url;       ///< redacted URL of the failing request

    static ApiError make(Kind kind, const QString &message);
    static ApiError cancelled();
    static ApiError validation(const QString &message);

    bool isCancelled() const { return kind == Kind::Cancelled; }
    bool isUnauthorized() const { return httpStatus == 401; }
    bool isForbidden() const { return httpStatus == 403; }
    bool isNotFound() const { return httpStatus == 404; }

    /// One translated sentence: what failed and why ("Azure Resource Manager refused the request (403
    /// AuthorizationFailed): ...").
    QString summary() const;
    /// One translated sentence: what the administrator can do about it; empty when nothing useful can be
    /// said.
    QString remedy() const;
    /// summary, remedy and the request id, for a Details section or a log line. Never contains secrets.
    QString detailedText() const;
};

} // namespace csc

Q_DECLARE_METATYPE(csc::ApiError)
