// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "net/RestTypes.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

class QNetworkReply;
class QTimer;

namespace csc {

class ApiClient;

/**
 * @brief Base of every job ApiClient runs: something the status bar can show and the user can cancel.
 *
 * A job lives on the thread of its ApiClient, emits its own `finished(...)` exactly once (also when aborted,
 * with an ApiError of kind Cancelled), then emits ended() and deletes itself later. Connect with a context
 * object.
 */
class AbstractJob : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual QString description() const = 0; ///< short, redacted ("GET management.azure.com/subscriptions")
    bool isEnded() const { return m_ended; }
public slots:
    virtual void abort() = 0;
signals:
    void ended(); ///< after finished(...), exactly once
protected:
    void markEnded(); ///< emits ended() once and schedules deleteLater()
private:
    bool m_ended = false;
};

/**
 * @brief One HTTP request with timeout, retries (RetryPolicy), authorization per attempt, error parsing and
 * request logging. Created and started by ApiClient::send().
 */
class RestJob : public AbstractJob
{
    Q_OBJECT
public:
    RestJob(ApiClient *client, RestRequest request);
    ~RestJob() override;
    const RestRequest &request() const { return m_request; }
    QString clientRequestId() const { return m_clientRequestId; }
    QString description() const override;
    void start();

    /// The wait the service asked for (`x-ms-retry-after-ms`, `retry-after-ms`, `Retry-After` seconds or HTTP
    /// date), in ms; -1 when it asked for nothing. Pure.
    static int serverRetryDelayMs(const HeaderList &headers);
    /// Delay before retry number `retry` (from 1): the server's wait (capped at maxServerDelayMs) or
    /// exponential backoff with jitter.
    static int retryDelayMs(const RetryPolicy &policy, int retry, const HeaderList &headers);
public slots:
    void abort() override;
signals:
    void finished(const csc::RestResult &result);
    /// A retry is scheduled after delayMs because of `reason` (attempt = the attempt that failed, from 1).
    void retrying(int attempt, int delayMs, const csc::ApiError &reason);

private:
    void sendAttempt();
    void dispatch(const HeaderList &authHeaders);
    void onReply();
    void onTimeout();
    bool canRetry(bool nothingSent) const;
    void scheduleRetry(const ApiError &reason, const HeaderList &headers);
    void logAttempt(int status, const QString &requestId, const QString &error);
    ApiError baseError(ApiError::Kind kind, const QString &message) const;
    void finish(const RestResult &result);

    QPointer<ApiClient> m_client;
    RestRequest m_request;
    QString m_clientRequestId;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_timeout = nullptr;
    QTimer *m_retryTimer = nullptr;
    int m_attempt = 0;
    int m_retries = 0;
    quint64 m_generation = 0; ///< ignores authorizer answers for attempts that were abandoned
    bool m_reauthorized = false;
    bool m_started = false;
    bool m_timedOut = false;
    bool m_encrypted = false;
    QStringList m_sslErrors;
    QElapsedTimer m_clock;
    QDateTime m_attemptTime;
    qint64 m_startedMs = 0;
    qint64 m_attemptStartedMs = 0;
    bool m_finished = false;
};

/**
 * @brief Follows pages: ARM `nextLink` (items in `value`) or Cosmos `x-ms-continuation` (items in the array
 * named by itemsField, e.g. "Documents", "Databases", "DocumentCollections", "Users", "Permissions").
 */
class PagedJob : public AbstractJob
{
    Q_OBJECT
public:
    enum class Mode
    {
        ArmNextLink,
        CosmosContinuation
    };
    PagedJob(ApiClient *client, RestRequest first, Mode mode, QString itemsField, int maxPages);
    QString description() const override;
    void start();
public slots:
    void abort() override;
signals:
    void pageReceived(const QJsonArray &items, int pageNumber); ///< pageNumber from 1
    void finished(const csc::Result<QJsonArray> &allItems);

private:
    void fetch(const RestRequest &request);
    void onPage(const RestResult &r);
    void finish(const Result<QJsonArray> &result);
    QPointer<ApiClient> m_client;
    RestRequest m_first;
    Mode m_mode;
    QString m_itemsField;
    int m_maxPages;
    int m_pages = 0;
    QJsonArray m_items;
    QSet<QByteArray> m_seenPageKeys;
    QPointer<RestJob> m_current;
    bool m_started = false;
    bool m_finished = false;
};

/**
 * @brief An ARM long-running operation: sends the request; on 201/202 (or 200 with a non-terminal
 * provisioningState) polls `Azure-AsyncOperation` (status Succeeded|Failed|Canceled) or `Location` (202 =
 * running), honouring Retry-After, then GETs the resource (finalUrl, default: the request URL for PUT/PATCH)
 * and finishes with that response. A Failed/Canceled status finishes with the operation's error.
 */
class LroJob : public AbstractJob
{
    Q_OBJECT
public:
    LroJob(ApiClient *client, RestRequest request);
    QString description() const override;
    void setFinalUrl(const QUrl &url)
    {
        m_finalUrl = url;
    } ///< GET after success; empty = no final GET for POST
    void setDefaultPollIntervalMs(int ms) { m_pollMs = ms; }
    void start();
public slots:
    /// Stops waiting. The operation may still complete on the service.
    void abort() override;
signals:
    void progressed(const QString &status, int percentComplete); ///< percentComplete -1 when unknown
    void finished(const csc::RestResult &result);

private:
    void onInitial(const RestResult &r);
    void poll();
    void onPoll(const RestResult &r);
    void finalGet();
    void onFinal(const RestResult &r);
    void run(const RestRequest &request, void (LroJob::*handler)(const RestResult &));
    void schedulePoll(const HeaderList &headers);
    bool acceptMonitorUrl(const QUrl &url);
    ApiError operationError(const QJsonObject &body, const RestResponse &response) const;
    void finish(const RestResult &r);
    QPointer<ApiClient> m_client;
    RestRequest m_request;
    QUrl m_finalUrl;
    QUrl m_asyncUrl;
    QUrl m_locationUrl;
    QUrl m_resourceUrl; ///< polled for provisioningState when the service gave no monitor URL
    RestResponse m_lastResponse;
    bool m_started = false;
    int m_pollMs = 5000;
    QPointer<RestJob> m_current;
    QTimer *m_pollTimer = nullptr;
    bool m_finished = false;
};

} // namespace csc
