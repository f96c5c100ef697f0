// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "net/RestJob.h"
#include "net/RestTypes.h"

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslConfiguration>

class QNetworkAccessManager;
class QNetworkRequest;

namespace csc {

class RequestLog;

/**
 * @brief Sends REST requests over an injected QNetworkAccessManager (not owned; must outlive the client).
 *
 * Every request uses TLS 1.2 or later and verifies the peer against the system CAs plus at most one extra
 * trusted CA (the local cloud's). Verification is never disabled. Lives on one thread (the NAM's).
 */
class ApiClient : public QObject
{
    Q_OBJECT
public:
    explicit ApiClient(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~ApiClient() override;

    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

    /// Trusts one extra CA (PEM) in addition to the system's. Empty = system CAs only.
    void setExtraTrustedCa(const QSslCertificate &ca);
    /// Loads the extra CA from a PEM file; a Validation error if the file holds no certificate.
    Result<void> setExtraTrustedCaFile(const QString &pemPath);
    QSslConfiguration sslConfiguration() const; ///< what every request uses

    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    const RetryPolicy &retryPolicy() const { return m_retry; }
    void setDefaultTimeoutMs(int ms) { m_defaultTimeoutMs = ms; }

    void setRequestLog(RequestLog *log) { m_log = log; } ///< not owned; may be null
    RequestLog *requestLog() const { return m_log; }

    RestJob *send(const RestRequest &request);
    PagedJob *sendPaged(const RestRequest &first, PagedJob::Mode mode = PagedJob::Mode::ArmNextLink,
                        const QString &itemsField = QStringLiteral("value"), int maxPages = 1000);
    LroJob *sendLongRunning(const RestRequest &request);

    QList<AbstractJob *> activeJobs() const; ///< top-level jobs not yet ended
    void abortAll();

    /// Parses an error response body (ARM `error{code,message,target,details}`, Cosmos `{code,message}` +
    /// x-ms-substatus, Entra `{error,error_description,error_codes,trace_id,correlation_id}`, Key Vault) into
    /// an ApiError of kind Http. Pure; used by RestJob and in tests.
    static ApiError parseErrorResponse(int httpStatus, const HeaderList &headers, const QByteArray &body,
                                       const QByteArray &method, const QUrl &url);

signals:
    void jobStarted(csc::AbstractJob *job); ///< top-level jobs (not the attempts inside paged/LRO jobs)
    void activeJobCountChanged(int count);

private:
    friend class RestJob;
    friend class PagedJob;
    friend class LroJob;
    void track(AbstractJob *job);
    RestJob *createJob(const RestRequest &request); ///< not tracked, not started (inner jobs)
    /// The QNetworkRequest for one attempt: TLS settings, User-Agent, client request id, default
    /// Content-Type.
    QNetworkRequest networkRequest(const RestRequest &request, const HeaderList &authHeaders,
                                   const QString &clientRequestId) const;

    QNetworkAccessManager *m_nam;
    QSslConfiguration m_ssl;
    RetryPolicy m_retry;
    int m_defaultTimeoutMs = 30000;
    RequestLog *m_log = nullptr;
    QList<QPointer<AbstractJob>> m_active;
};

} // namespace csc
