// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "net/RestJob.h"

#include "core/Logging.h"
#include "core/Redactor.h"
#include "net/ApiClient.h"
#include "net/RequestAuthorizer.h"
#include "net/RequestLog.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslError>
#include <QTimer>
#include <QUuid>

#include <cmath>

namespace csc {

namespace {

QByteArray headerOf(const HeaderList &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

/// "GET host/path" without query, for descriptions and log lines.
QString shortTarget(const QByteArray &method, const QUrl &url)
{
    return QStringLiteral("%1 %2%3").arg(QString::fromLatin1(method), url.host(), url.path());
}

bool isTerminalState(const QString &state)
{
    return state.compare(QLatin1String("Succeeded"), Qt::CaseInsensitive) == 0 ||
           state.compare(QLatin1String("Failed"), Qt::CaseInsensitive) == 0 ||
           state.compare(QLatin1String("Canceled"), Qt::CaseInsensitive) == 0 ||
           state.compare(QLatin1String("Cancelled"), Qt::CaseInsensitive) == 0;
}

bool isSucceeded(const QString &state)
{
    return state.compare(QLatin1String("Succeeded"), Qt::CaseInsensitive) == 0;
}

QString provisioningState(const QJsonObject &obj)
{
    const QString nested = obj.value(QLatin1String("properties"))
                               .toObject()
                               .value(QLatin1String("provisioningState"))
                               .toString();
    return nested.isEmpty() ? obj.value(QLatin1String("provisioningState")).toString() : nested;
}

QString bodyForLog(const QByteArray &body, const HeaderList &headers)
{
    if (body.isEmpty())
        return {};
    const QByteArray type = headerOf(headers, "Content-Type").toLower();
    QByteArray redacted =
        type.contains("x-www-form-urlencoded") ? Redactor::form(body) : Redactor::json(body);
    if (redacted.size() > 2000)
        redacted = redacted.left(2000) + "…";
    return QString::fromUtf8(redacted);
}

} // namespace

// ---------------------------------------------------------------------------------------------------------------
// AbstractJob

void AbstractJob::markEnded()
{
    if (m_ended)
        return;
    m_ended = true;
    emit ended();
    deleteLater();
}

// ---------------------------------------------------------------------------------------------------------------
// RestJob

RestJob::RestJob(ApiClient *client, RestRequest request)
    : AbstractJob(client), m_client(client), m_request(std::move(request))
{
    m_clientRequestId = QString::fromLatin1(m_request.header("x-ms-client-request-id"));
    if (m_clientRequestId.isEmpty())
        m_clientRequestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_timeout = new QTimer(this);
    m_timeout->setSingleShot(true);
    m_timeout->setTimerType(Qt::PreciseTimer);
    connect(m_timeout, &QTimer::timeout, this, &RestJob::onTimeout);
    m_retryTimer = new QTimer(this);
    m_retryTimer->setSingleShot(true);
    m_retryTimer->setTimerType(Qt::PreciseTimer);
    connect(m_retryTimer, &QTimer::timeout, this, &RestJob::sendAttempt);
}

RestJob::~RestJob()
{
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

QString RestJob::description() const
{
    if (!m_request.description.isEmpty())
        return m_request.description;
    return shortTarget(m_request.method, m_request.url);
}

void RestJob::start()
{
    if (m_started || m_finished)
        return;
    m_started = true;
    m_clock.start();
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    // Always asynchronous, so callers can connect after ApiClient::send() returned.
    QMetaObject::invokeMethod(this, &RestJob::sendAttempt, Qt::QueuedConnection);
}

int RestJob::serverRetryDelayMs(const HeaderList &headers)
{
    for (const char *name : {"x-ms-retry-after-ms", "retry-after-ms"}) {
        const QByteArray v = headerOf(headers, name).trimmed();
        bool ok = false;
        const double ms = v.toDouble(&ok);
        if (ok && ms >= 0 && std::isfinite(ms))
            return int(std::min(ms, double(std::numeric_limits<int>::max())));
    }
    const QByteArray retryAfter = headerOf(headers, "Retry-After").trimmed();
    if (retryAfter.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = retryAfter.toLongLong(&ok);
    if (ok && seconds >= 0)
        return int(std::min<qint64>(seconds * 1000, std::numeric_limits<int>::max()));
    // HTTP-date (IMF-fixdate, RFC 9110): "Sun, 06 Nov 1994 08:49:37 GMT".
    QString date = QString::fromLatin1(retryAfter).simplified();
    QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!when.isValid()) {
        if (date.endsWith(QLatin1String(" GMT")) || date.endsWith(QLatin1String(" UTC")))
            date.chop(4);
        when = QLocale::c().toDateTime(date, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss"));
        when.setTimeSpec(Qt::UTC);
    }
    if (when.isValid()) {
        const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(when);
        return int(std::clamp<qint64>(ms, 0, std::numeric_limits<int>::max()));
    }
    return -1;
}

int RestJob::retryDelayMs(const RetryPolicy &policy, int retry, const HeaderList &headers)
{
    const int server = serverRetryDelayMs(headers);
    if (server >= 0)
        return std::min(server, policy.maxServerDelayMs);
    const double exp = double(policy.baseDelayMs) * std::pow(2.0, std::max(0, retry - 1));
    const double capped = std::min(exp, double(policy.maxDelayMs));
    // Full jitter in (0.5, 1]: 0.5 + 0.5 * (1 - U[0,1)).
    const double factor = 0.5 + 0.5 * (1.0 - QRandomGenerator::global()->generateDouble());
    return std::max(0, int(capped * factor));
}

ApiError RestJob::baseError(ApiError::Kind kind, const QString &message) const
{
    ApiError e = ApiError::make(kind, Redactor::text(message));
    e.method = QString::fromLatin1(m_request.method);
    e.url = Redactor::url(m_request.url);
    return e;
}

void RestJob::sendAttempt()
{
    if (m_finished)
        return;
    if (!m_client || !m_client->networkAccessManager()) {
        finish(baseError(ApiError::Kind::Network, tr("The connection was closed.")));
        return;
    }
    if (!m_request.url.isValid() || m_request.url.scheme() != QLatin1String("https") ||
        m_request.url.host().isEmpty()) {
        finish(
            baseError(ApiError::Kind::Validation,
                      tr("Only https:// addresses can be used: %1").arg(Redactor::urlString(m_request.url))));
        return;
    }
    ++m_attempt;
    m_attemptStartedMs = m_clock.elapsed();
    m_attemptTime = QDateTime::currentDateTimeUtc();
    const quint64 generation = ++m_generation;
    if (!m_request.authorizer) {
        dispatch({});
        return;
    }
    std::shared_ptr<RequestAuthorizer> authorizer = m_request.authorizer;
    QPointer<RestJob> self(this);
    authorizer->authorize(m_request, this, [self, generation](Result<HeaderList> result) {
        if (!self || self->m_finished || generation != self->m_generation)
            return;
        if (!result.ok()) {
            ApiError e = result.error();
            if (e.method.isEmpty())
                e.method = QString::fromLatin1(self->m_request.method);
            if (e.url.isEmpty())
                e.url = Redactor::url(self->m_request.url);
            self->logAttempt(0, e.requestId, e.message);
            self->finish(e);
            return;
        }
        self->dispatch(result.value());
    });
}

void RestJob::dispatch(const HeaderList &authHeaders)
{
    if (m_finished || !m_client)
        return;
    QNetworkRequest req = m_client->networkRequest(m_request, authHeaders, m_clientRequestId);
    QNetworkAccessManager *nam = m_client->networkAccessManager();
    const QByteArray method = m_request.method.toUpper();
    if (method == "POST" || method == "PUT" || method == "PATCH")
        req.setHeader(QNetworkRequest::ContentLengthHeader, m_request.body.size());

    if (lcNet().isDebugEnabled()) {
        QStringList headerLines;
        const QList<QByteArray> names = req.rawHeaderList();
        for (const QByteArray &name : names)
            headerLines << QStringLiteral("%1: %2").arg(
                QString::fromLatin1(name),
                QString::fromUtf8(Redactor::headerValue(name, req.rawHeader(name))));
        qCDebug(lcNet).noquote() << "->" << QString::fromLatin1(method) << Redactor::urlString(m_request.url)
                                 << "attempt" << m_attempt << "|" << headerLines.join(QStringLiteral("; "))
                                 << "|" << bodyForLog(m_request.body, m_request.headers);
    }

    QNetworkReply *reply = nullptr;
    if (method == "GET" && m_request.body.isEmpty())
        reply = nam->get(req);
    else if (method == "HEAD")
        reply = nam->head(req);
    else
        reply = nam->sendCustomRequest(req, method, m_request.body);
    m_reply = reply;
    m_timedOut = false;
    m_encrypted = false;
    m_sslErrors.clear();
    connect(reply, &QNetworkReply::finished, this, &RestJob::onReply);
    connect(reply, &QNetworkReply::encrypted, this, [this] { m_encrypted = true; });
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            m_sslErrors << e.errorString();
    });
    const int timeoutMs =
        m_request.timeoutMs > 0 ? m_request.timeoutMs : (m_client ? m_client->m_defaultTimeoutMs : 30000);
    m_timeout->start(std::max(1, timeoutMs));
}

void RestJob::onTimeout()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort(); // emits finished -> onReply
}

bool RestJob::canRetry(bool nothingSent) const
{
    const int maxRetries = m_request.maxRetries >= 0 ? m_request.maxRetries
                                                     : (m_client ? m_client->retryPolicy().maxRetries : 0);
    if (m_retries >= maxRetries)
        return false;
    return m_request.isIdempotent() || m_request.retryNonIdempotent || nothingSent;
}

void RestJob::scheduleRetry(const ApiError &reason, const HeaderList &headers)
{
    ++m_retries;
    const RetryPolicy policy = m_client ? m_client->retryPolicy() : RetryPolicy{};
    const int delay = retryDelayMs(policy, m_retries, headers);
    qCDebug(lcNet).noquote() << "retry" << m_retries << "of" << description() << "in" << delay << "ms";
    emit retrying(m_attempt, delay, reason);
    if (!m_finished)
        m_retryTimer->start(delay);
}

void RestJob::onReply()
{
    QNetworkReply *reply = m_reply;
    if (!reply || sender() != reply)
        return;
    m_timeout->stop();
    m_reply = nullptr;
    reply->deleteLater();
    reply->disconnect(this);

    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttr.isValid() ? statusAttr.toInt() : 0;
    const HeaderList headers = reply->rawHeaderPairs();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const RetryPolicy policy = m_client ? m_client->retryPolicy() : RetryPolicy{};

    if (status > 0 && !m_timedOut) {
        if (status >= 200 && status < 300) {
            RestResponse response;
            response.status = status;
            response.url = reply->url();
            response.headers = headers;
            response.body = body;
            response.attempts = m_attempt;
            response.durationMs = m_clock.elapsed();
            logAttempt(status, response.requestId(), {});
            if (!m_request.sensitiveResponse && lcNet().isDebugEnabled())
                qCDebug(lcNet).noquote() << "<-" << status << bodyForLog(body, headers);
            finish(response);
            return;
        }
        const ApiError error =
            ApiClient::parseErrorResponse(status, headers, body, m_request.method, m_request.url);
        const QString code = error.code.isEmpty() ? QString() : error.code + QStringLiteral(": ");
        logAttempt(status, error.requestId, (code + error.message).left(500));
        if (!m_request.sensitiveResponse && lcNet().isDebugEnabled())
            qCDebug(lcNet).noquote() << "<-" << status << bodyForLog(body, headers);
        if (status == 401 && m_request.authorizer && !m_reauthorized) {
            m_reauthorized = true;
            if (m_request.authorizer->invalidate()) {
                emit retrying(m_attempt, 0, error);
                if (!m_finished)
                    sendAttempt();
                return;
            }
        }
        if (policy.retryStatuses.contains(status) && canRetry(false)) {
            scheduleRetry(error, headers);
            return;
        }
        finish(error);
        return;
    }

    const QNetworkReply::NetworkError code = reply->error();
    ApiError error;
    bool nothingSent = false;
    if (m_timedOut) {
        const int timeoutMs =
            m_request.timeoutMs > 0 ? m_request.timeoutMs : (m_client ? m_client->m_defaultTimeoutMs : 30000);
        error = baseError(ApiError::Kind::Timeout, tr("No answer within %1 ms.").arg(timeoutMs));
    } else if (code == QNetworkReply::SslHandshakeFailedError || !m_sslErrors.isEmpty()) {
        QString message = reply->errorString();
        QStringList extra;
        for (const QString &e : std::as_const(m_sslErrors)) {
            if (!message.contains(e) && !extra.contains(e))
                extra << e;
        }
        if (!extra.isEmpty())
            message += QStringLiteral(" (") + extra.join(QStringLiteral("; ")) + QLatin1Char(')');
        error = baseError(ApiError::Kind::Tls, message);
    } else if (code == QNetworkReply::OperationCanceledError) {
        error = baseError(ApiError::Kind::Cancelled, tr("The request was aborted."));
    } else {
        error = baseError(ApiError::Kind::Network, reply->errorString());
        nothingSent =
            (code == QNetworkReply::ConnectionRefusedError || code == QNetworkReply::HostNotFoundError ||
             code == QNetworkReply::ProxyConnectionRefusedError ||
             code == QNetworkReply::ProxyNotFoundError) &&
            !m_encrypted;
    }
    logAttempt(0, {}, error.message);
    const bool retryable = error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout;
    if (retryable && policy.retryNetworkErrors && canRetry(nothingSent)) {
        scheduleRetry(error, {});
        return;
    }
    finish(error);
}

void RestJob::logAttempt(int status, const QString &requestId, const QString &error)
{
    RequestLogEntry entry;
    entry.time = m_attemptTime.isValid() ? m_attemptTime : QDateTime::currentDateTimeUtc();
    entry.method = QString::fromLatin1(m_request.method);
    entry.url = Redactor::urlString(m_request.url);
    entry.status = status;
    entry.durationMs = m_clock.isValid() ? m_clock.elapsed() - m_attemptStartedMs : 0;
    entry.requestId = requestId;
    entry.clientRequestId = m_clientRequestId;
    entry.attempt = std::max(1, m_attempt);
    entry.error = Redactor::text(error);
    qCDebug(lcNet).noquote() << entry.method << entry.url << "status" << entry.status << entry.durationMs
                             << "ms"
                             << "attempt" << entry.attempt << "request id" << entry.requestId
                             << "client request id" << entry.clientRequestId << entry.error;
    if (m_client && m_client->requestLog())
        m_client->requestLog()->append(entry);
}

void RestJob::abort()
{
    if (m_finished)
        return;
    ++m_generation; // a pending authorizer answer must not send anything any more
    m_retryTimer->stop();
    m_timeout->stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
        logAttempt(0, {}, tr("Cancelled"));
    }
    ApiError e = ApiError::cancelled();
    e.method = QString::fromLatin1(m_request.method);
    e.url = Redactor::url(m_request.url);
    finish(e);
}

void RestJob::finish(const RestResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timeout->stop();
    m_retryTimer->stop();
    if (!result.ok() && !result.error().isCancelled())
        qCDebug(lcNet).noquote() << "failed:" << description() << "-" << result.error().detailedText();
    emit finished(result);
    markEnded();
}

// ---------------------------------------------------------------------------------------------------------------
// PagedJob

PagedJob::PagedJob(ApiClient *client, RestRequest first, Mode mode, QString itemsField, int maxPages)
    : AbstractJob(client), m_client(client), m_first(std::move(first)), m_mode(mode),
      m_itemsField(itemsField.isEmpty() ? QStringLiteral("value") : std::move(itemsField)),
      m_maxPages(std::max(1, maxPages))
{}

QString PagedJob::description() const
{
    if (!m_first.description.isEmpty())
        return m_first.description;
    return shortTarget(m_first.method, m_first.url);
}

void PagedJob::start()
{
    if (m_started || m_finished)
        return;
    m_started = true;
    QMetaObject::invokeMethod(
        this, [this] { fetch(m_first); }, Qt::QueuedConnection);
}

void PagedJob::fetch(const RestRequest &request)
{
    if (m_finished)
        return;
    if (!m_client) {
        ApiError e = ApiError::make(ApiError::Kind::Network, tr("The connection was closed."));
        finish(e);
        return;
    }
    RestJob *job = m_client->createJob(request);
    job->setParent(this);
    m_current = job;
    connect(job, &RestJob::finished, this, &PagedJob::onPage);
    job->start();
}

void PagedJob::onPage(const RestResult &r)
{
    m_current = nullptr;
    if (m_finished)
        return;
    if (!r.ok()) {
        finish(r.error());
        return;
    }
    const RestResponse &response = r.value();
    auto parseError = [&](const QString &message) {
        ApiError e = ApiError::make(ApiError::Kind::Parse, message);
        e.httpStatus = response.status;
        e.method = QString::fromLatin1(m_first.method);
        e.url = Redactor::url(m_first.url);
        e.requestId = response.requestId();
        return e;
    };
    const QJsonDocument doc = response.jsonDocument();
    if (!doc.isObject()) {
        finish(parseError(tr("The list response is not a JSON object.")));
        return;
    }
    const QJsonObject obj = doc.object();
    const QJsonValue itemsValue = obj.value(m_itemsField);
    if (!itemsValue.isArray() && !itemsValue.isUndefined() && !itemsValue.isNull()) {
        finish(parseError(tr("The list response has no array named %1.").arg(m_itemsField)));
        return;
    }
    const QJsonArray items = itemsValue.toArray();
    for (const QJsonValue &v : items)
        m_items.append(v);
    ++m_pages;
    emit pageReceived(items, m_pages);
    if (m_finished)
        return;

    RestRequest next = m_first;
    if (m_mode == Mode::ArmNextLink) {
        const QString link = obj.value(QLatin1String("nextLink")).toString();
        if (link.isEmpty()) {
            finish(m_items);
            return;
        }
        const QUrl url = QUrl::fromEncoded(link.toUtf8());
        // The bearer token goes with the next request: only follow links to the same https host.
        if (!url.isValid() || url.scheme() != QLatin1String("https") ||
            url.host().compare(m_first.url.host(), Qt::CaseInsensitive) != 0 ||
            url.port(443) != m_first.url.port(443)) {
            finish(parseError(tr("The service returned a next page link to another host: %1")
                                  .arg(Redactor::urlString(url))));
            return;
        }
        next = RestRequest::get(url);
        next.headers = m_first.headers;
        next.authorizer = m_first.authorizer;
        next.timeoutMs = m_first.timeoutMs;
        next.maxRetries = m_first.maxRetries;
        next.sensitiveResponse = m_first.sensitiveResponse;
        next.description = m_first.description;
    } else {
        const QByteArray continuation = response.header("x-ms-continuation");
        if (continuation.isEmpty()) {
            finish(m_items);
            return;
        }
        next.setHeader("x-ms-continuation", continuation);
    }
    // A next page that names the page just read would loop until maxPages: stop at once.
    const QByteArray pageKey =
        m_mode == Mode::ArmNextLink ? next.url.toEncoded() : next.header("x-ms-continuation");
    if (m_seenPageKeys.contains(pageKey)) {
        finish(parseError(tr("The service returned the same next page twice; stopped reading.")));
        return;
    }
    m_seenPageKeys.insert(pageKey);
    if (m_pages >= m_maxPages) {
        finish(parseError(tr("The service returned more than %1 pages; stopped reading.").arg(m_maxPages)));
        return;
    }
    fetch(next);
}

void PagedJob::abort()
{
    if (m_finished)
        return;
    if (m_current) {
        m_current->disconnect(this);
        m_current->abort();
        m_current = nullptr;
    }
    ApiError e = ApiError::cancelled();
    e.method = QString::fromLatin1(m_first.method);
    e.url = Redactor::url(m_first.url);
    finish(e);
}

void PagedJob::finish(const Result<QJsonArray> &result)
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(result);
    markEnded();
}

// ---------------------------------------------------------------------------------------------------------------
// LroJob

LroJob::LroJob(ApiClient *client, RestRequest request)
    : AbstractJob(client), m_client(client), m_request(std::move(request))
{
    const QByteArray method = m_request.method.toUpper();
    if (method == "PUT" || method == "PATCH")
        m_finalUrl = m_request.url;
    m_pollTimer = new QTimer(this);
    m_pollTimer->setSingleShot(true);
    m_pollTimer->setTimerType(Qt::PreciseTimer);
    connect(m_pollTimer, &QTimer::timeout, this, &LroJob::poll);
}

QString LroJob::description() const
{
    if (!m_request.description.isEmpty())
        return m_request.description;
    return shortTarget(m_request.method, m_request.url);
}

void LroJob::start()
{
    if (m_started || m_finished)
        return;
    m_started = true;
    QMetaObject::invokeMethod(
        this, [this] { run(m_request, &LroJob::onInitial); }, Qt::QueuedConnection);
}

void LroJob::run(const RestRequest &request, void (LroJob::*handler)(const RestResult &))
{
    if (m_finished)
        return;
    if (!m_client) {
        finish(ApiError::make(ApiError::Kind::Network, tr("The connection was closed.")));
        return;
    }
    RestJob *job = m_client->createJob(request);
    job->setParent(this);
    m_current = job;
    connect(job, &RestJob::finished, this, [this, handler](const RestResult &r) {
        m_current = nullptr;
        if (!m_finished)
            (this->*handler)(r);
    });
    job->start();
}

bool LroJob::acceptMonitorUrl(const QUrl &url)
{
    // The monitor request carries the same authorization: only the request's own https host is polled.
    if (url.isValid() && url.scheme() == QLatin1String("https") &&
        url.host().compare(m_request.url.host(), Qt::CaseInsensitive) == 0 &&
        url.port(443) == m_request.url.port(443))
        return true;
    ApiError e = ApiError::make(
        ApiError::Kind::Parse,
        tr("The service asked to follow the operation at another host: %1").arg(Redactor::urlString(url)));
    e.method = QString::fromLatin1(m_request.method);
    e.url = Redactor::url(m_request.url);
    finish(e);
    return false;
}

void LroJob::onInitial(const RestResult &r)
{
    if (!r.ok()) {
        finish(r);
        return;
    }
    const RestResponse &response = r.value();
    m_lastResponse = response;
    const QByteArray async = response.header("Azure-AsyncOperation");
    const QByteArray location = response.header("Location");
    if (!async.isEmpty()) {
        m_asyncUrl = QUrl::fromEncoded(async.trimmed());
        if (!acceptMonitorUrl(m_asyncUrl))
            return;
    }
    if (!location.isEmpty()) {
        m_locationUrl = response.url.resolved(QUrl::fromEncoded(location.trimmed()));
        if (!acceptMonitorUrl(m_locationUrl))
            return;
    }
    const QString state = provisioningState(response.json());
    const bool stateRunning = !state.isEmpty() && !isTerminalState(state);
    const bool running = response.status == 202 || ((response.status == 200 || response.status == 201) &&
                                                    (stateRunning || (state.isEmpty() && !async.isEmpty())));
    if (!running || (m_asyncUrl.isEmpty() && m_locationUrl.isEmpty() && !stateRunning)) {
        // Completed synchronously (or a 202 without anything to poll).
        if (!state.isEmpty() && isTerminalState(state) && !isSucceeded(state)) {
            finish(operationError(response.json(), response));
            return;
        }
        finish(response);
        return;
    }
    if (m_asyncUrl.isEmpty() && m_locationUrl.isEmpty())
        m_resourceUrl = m_request.url; // 200/201 with a non-terminal provisioningState: watch the resource
    emit progressed(state.isEmpty() ? QStringLiteral("InProgress") : state, -1);
    schedulePoll(response.headers);
}

void LroJob::schedulePoll(const HeaderList &headers)
{
    if (m_finished)
        return;
    int delay = RestJob::serverRetryDelayMs(headers);
    if (delay < 0)
        delay = m_pollMs;
    else if (m_client)
        delay = std::min(delay, m_client->retryPolicy().maxServerDelayMs);
    m_pollTimer->start(std::max(0, delay));
}

void LroJob::poll()
{
    const QUrl url = !m_asyncUrl.isEmpty()      ? m_asyncUrl
                     : !m_locationUrl.isEmpty() ? m_locationUrl
                                                : m_resourceUrl;
    RestRequest req = RestRequest::get(url);
    req.authorizer = m_request.authorizer;
    req.timeoutMs = m_request.timeoutMs;
    req.maxRetries = m_request.maxRetries;
    req.description = description();
    run(req, &LroJob::onPoll);
}

ApiError LroJob::operationError(const QJsonObject &body, const RestResponse &response) const
{
    QJsonObject errorBody = body;
    if (!body.value(QLatin1String("error")).isObject()) {
        // No error object: describe the terminal state.
        const QString state = body.value(QLatin1String("status")).toString(provisioningState(body));
        errorBody = QJsonObject{
            {QStringLiteral("error"),
             QJsonObject{{QStringLiteral("code"), state},
                         {QStringLiteral("message"), tr("The operation ended with status %1.").arg(state)}}}};
    }
    ApiError e = ApiClient::parseErrorResponse(response.status, response.headers,
                                               QJsonDocument(errorBody).toJson(QJsonDocument::Compact),
                                               m_request.method, m_request.url);
    return e;
}

void LroJob::onPoll(const RestResult &r)
{
    if (!r.ok()) {
        finish(r);
        return;
    }
    const RestResponse &response = r.value();
    m_lastResponse = response;
    const QJsonObject obj = response.json();
    if (!m_asyncUrl.isEmpty()) {
        const QString status = obj.value(QLatin1String("status")).toString();
        const QJsonValue pct = obj.value(QLatin1String("percentComplete"));
        const int percent = pct.isDouble() ? int(pct.toDouble()) : -1;
        if (status.isEmpty()) {
            ApiError e =
                ApiError::make(ApiError::Kind::Parse, tr("The operation status has no status field."));
            e.httpStatus = response.status;
            e.method = QString::fromLatin1(m_request.method);
            e.url = Redactor::url(m_request.url);
            e.requestId = response.requestId();
            finish(e);
            return;
        }
        emit progressed(status, isSucceeded(status) ? 100 : percent);
        if (isSucceeded(status)) {
            if (m_finalUrl.isEmpty() && !m_locationUrl.isEmpty() && m_request.method.toUpper() == "POST")
                m_finalUrl = m_locationUrl; // POST results live at Location
            if (m_finalUrl.isEmpty())
                finish(response);
            else
                finalGet();
            return;
        }
        if (isTerminalState(status)) {
            finish(operationError(obj, response));
            return;
        }
        schedulePoll(response.headers);
        return;
    }
    if (!m_locationUrl.isEmpty()) {
        if (response.status == 202) {
            emit progressed(QStringLiteral("InProgress"), -1);
            schedulePoll(response.headers);
            return;
        }
        emit progressed(QStringLiteral("Succeeded"), 100);
        if (m_finalUrl.isEmpty())
            finish(response);
        else
            finalGet();
        return;
    }
    const QString state = provisioningState(obj);
    emit progressed(state, isSucceeded(state) ? 100 : -1);
    if (isSucceeded(state) || state.isEmpty()) {
        finish(response);
        return;
    }
    if (isTerminalState(state)) {
        finish(operationError(obj, response));
        return;
    }
    schedulePoll(response.headers);
}

void LroJob::finalGet()
{
    RestRequest req = RestRequest::get(m_finalUrl);
    req.authorizer = m_request.authorizer;
    req.timeoutMs = m_request.timeoutMs;
    req.maxRetries = m_request.maxRetries;
    req.sensitiveResponse = m_request.sensitiveResponse;
    req.description = description();
    run(req, &LroJob::onFinal);
}

void LroJob::onFinal(const RestResult &r)
{
    finish(r);
}

void LroJob::abort()
{
    if (m_finished)
        return;
    m_pollTimer->stop();
    if (m_current) {
        m_current->disconnect(this);
        m_current->abort();
        m_current = nullptr;
    }
    ApiError e = ApiError::cancelled();
    e.method = QString::fromLatin1(m_request.method);
    e.url = Redactor::url(m_request.url);
    finish(e);
}

void LroJob::finish(const RestResult &r)
{
    if (m_finished)
        return;
    m_finished = true;
    m_pollTimer->stop();
    emit finished(r);
    markEnded();
}

} // namespace csc
