// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QUrl>

#include <memory>
#include <utility>

namespace csc {

class RequestAuthorizer;

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

/**
 * @brief Everything needed to send one HTTP request through ApiClient. A value type; jobs copy it.
 */
struct RestRequest
{
    QByteArray method = "GET";
    QUrl url;
    /// Extra headers; Content-Type defaults to application/json when body is set.
    HeaderList headers;
    QByteArray body;
    /// Adds Authorization (and x-ms-date...) per attempt; may be null.
    std::shared_ptr<RequestAuthorizer> authorizer;
    /// Per attempt; 0 or less: the client's default (ApiClient::setDefaultTimeoutMs).
    int timeoutMs = 30000;
    /// POST/PATCH are retried only when the caller says the call is safe to repeat.
    bool retryNonIdempotent = false;
    /// -1: the client's RetryPolicy.
    int maxRetries = -1;
    /// The response body holds secrets (listKeys...): never logged, not even redacted.
    bool sensitiveResponse = false;
    /// Short human text for the status bar ("List subscriptions"); optional.
    QString description;

    RestRequest() = default;
    RestRequest(QByteArray m, QUrl u) : method(std::move(m)), url(std::move(u)) {}
    static RestRequest get(const QUrl &url) { return RestRequest("GET", url); }
    static RestRequest post(const QUrl &url, const QByteArray &body = {})
    {
        RestRequest r("POST", url);
        r.body = body;
        return r;
    }
    static RestRequest postJson(const QUrl &url, const QJsonObject &json);

    void setHeader(const QByteArray &name, const QByteArray &value); ///< replaces (case-insensitive)
    QByteArray header(const QByteArray &name) const;                 ///< case-insensitive
    bool isIdempotent() const;                                       ///< GET, HEAD, PUT, DELETE, OPTIONS
};

/**
 * @brief A received HTTP response (any status that the pipeline turned into success: 2xx).
 */
struct RestResponse
{
    int status = 0;
    QUrl url;           ///< final URL (redacted when logged, raw here)
    HeaderList headers; ///< as received, original case
    QByteArray body;
    int attempts = 1;      ///< how many sends it took (1 = no retry)
    qint64 durationMs = 0; ///< all attempts together

    QByteArray header(const QByteArray &name) const; ///< case-insensitive, first match, empty if absent
    QJsonObject json() const;                        ///< empty object if the body is not a JSON object
    QJsonDocument jsonDocument() const;
    /// x-ms-request-id, else x-ms-correlation-request-id, else x-ms-client-request-id / client-request-id
    QString requestId() const;
};

using RestResult = Result<RestResponse>;

/**
 * @brief Retry settings. Exponential backoff with full jitter: delay = min(maxDelay, base * 2^(attempt-1)) *
 * U(0.5,1], unless the service says how long to wait (Retry-After seconds or HTTP date, x-ms-retry-after-ms),
 * which wins (capped at maxServerDelayMs).
 */
struct RetryPolicy
{
    int maxRetries = 3;
    int baseDelayMs = 800;
    int maxDelayMs = 30000;
    int maxServerDelayMs = 60000;
    QList<int> retryStatuses{408, 429, 500, 502, 503, 504};
    bool retryNetworkErrors = true; ///< connection refused/reset, remote closed, timeout of one attempt
};

} // namespace csc
