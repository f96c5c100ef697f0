// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "net/ApiClient.h"

#include "core/Redactor.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QRegularExpression>

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

QString jsonScalarText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInteger());
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

/// Index just past the `]` matching the `[` at `open`, or -1. Strings and escapes are respected.
qsizetype matchingBracket(const QString &s, qsizetype open)
{
    int depth = 0;
    bool inString = false;
    for (qsizetype i = open; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (inString) {
            if (c == QLatin1Char('\\'))
                ++i;
            else if (c == QLatin1Char('"'))
                inString = false;
            continue;
        }
        if (c == QLatin1Char('"'))
            inString = true;
        else if (c == QLatin1Char('['))
            ++depth;
        else if (c == QLatin1Char(']') && --depth == 0)
            return i + 1;
    }
    return -1;
}

/// Cosmos data-plane messages often look like `Message: {"Errors":["..."]}\r\nActivityId: ..., Request URI:
/// ...`. Returns the joined Errors (or the message unchanged) and the ActivityId if present.
QString cosmosMessage(const QString &message, QString *activityId)
{
    static const QRegularExpression activityRe(QStringLiteral(R"(ActivityId:\s*([0-9A-Fa-f-]{36}))"));
    const QRegularExpressionMatch am = activityRe.match(message);
    if (am.hasMatch())
        *activityId = am.captured(1);

    static const QRegularExpression errorsRe(QStringLiteral(R"("Errors"\s*:\s*\[)"));
    const QRegularExpressionMatch em = errorsRe.match(message);
    if (!em.hasMatch())
        return message;
    const qsizetype open = em.capturedEnd() - 1;
    const qsizetype end = matchingBracket(message, open);
    if (end < 0)
        return message;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(message.mid(open, end - open).toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return message;
    QStringList parts;
    const QJsonArray errors = doc.array();
    for (const QJsonValue &v : errors) {
        const QString t =
            v.isObject() ? v.toObject().value(QLatin1String("message")).toString() : jsonScalarText(v);
        if (!t.trimmed().isEmpty())
            parts << t.trimmed();
    }
    return parts.isEmpty() ? message : parts.join(QStringLiteral(" "));
}

} // namespace

ApiClient::ApiClient(QNetworkAccessManager *nam, QObject *parent) : QObject(parent), m_nam(nam)
{
    Q_ASSERT(nam);
    setExtraTrustedCa(QSslCertificate());
}

ApiClient::~ApiClient()
{
    // Jobs are children of the client; they must not emit into a half-destroyed client.
    for (const QPointer<AbstractJob> &job : std::as_const(m_active)) {
        if (job)
            job->disconnect(this);
    }
}

void ApiClient::setExtraTrustedCa(const QSslCertificate &ca)
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setProtocol(QSsl::TlsV1_2OrLater);
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    QList<QSslCertificate> cas = QSslConfiguration::systemCaCertificates();
    if (!ca.isNull())
        cas.append(ca);
    ssl.setCaCertificates(cas);
    m_ssl = ssl;
}

Result<void> ApiClient::setExtraTrustedCaFile(const QString &pemPath)
{
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(pemPath, QSsl::Pem);
    if (certs.isEmpty() || certs.first().isNull()) {
        return ApiError::validation(
            QCoreApplication::translate("csc::ApiClient", "The file %1 does not contain a PEM certificate.")
                .arg(pemPath));
    }
    setExtraTrustedCa(certs.first());
    return {};
}

QSslConfiguration ApiClient::sslConfiguration() const
{
    return m_ssl;
}

QNetworkRequest ApiClient::networkRequest(const RestRequest &request, const HeaderList &authHeaders,
                                          const QString &clientRequestId) const
{
    QNetworkRequest req(request.url);
    QSslConfiguration ssl = m_ssl;
    // Never weaker than TLS 1.2 and never without peer verification, whatever was configured.
    ssl.setProtocol(QSsl::TlsV1_2OrLater);
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    req.setSslConfiguration(ssl);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    req.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    req.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);

    req.setRawHeader("User-Agent",
                     QByteArrayLiteral("cosmos-security-console/") + QByteArrayLiteral(CSC_VERSION));
    req.setRawHeader("Accept", "application/json");
    for (const auto &[name, value] : request.headers)
        req.setRawHeader(name, value);
    for (const auto &[name, value] : authHeaders)
        req.setRawHeader(name, value);
    req.setRawHeader("x-ms-client-request-id", clientRequestId.toLatin1());
    if (!request.body.isEmpty() && request.header("Content-Type").isEmpty())
        req.setRawHeader("Content-Type", "application/json");
    return req;
}

RestJob *ApiClient::createJob(const RestRequest &request)
{
    return new RestJob(this, request);
}

void ApiClient::track(AbstractJob *job)
{
    m_active.append(job);
    connect(job, &AbstractJob::ended, this, [this, job] {
        m_active.removeIf([job](const QPointer<AbstractJob> &p) { return p.isNull() || p.data() == job; });
        emit activeJobCountChanged(int(m_active.size()));
    });
    emit jobStarted(job);
    emit activeJobCountChanged(int(m_active.size()));
}

RestJob *ApiClient::send(const RestRequest &request)
{
    RestJob *job = createJob(request);
    track(job);
    job->start();
    return job;
}

PagedJob *ApiClient::sendPaged(const RestRequest &first, PagedJob::Mode mode, const QString &itemsField,
                               int maxPages)
{
    auto *job = new PagedJob(this, first, mode, itemsField, maxPages);
    track(job);
    job->start();
    return job;
}

LroJob *ApiClient::sendLongRunning(const RestRequest &request)
{
    auto *job = new LroJob(this, request);
    track(job);
    job->start();
    return job;
}

QList<AbstractJob *> ApiClient::activeJobs() const
{
    QList<AbstractJob *> out;
    for (const QPointer<AbstractJob> &p : m_active) {
        if (p && !p->isEnded())
            out.append(p.data());
    }
    return out;
}

void ApiClient::abortAll()
{
    const QList<AbstractJob *> jobs = activeJobs();
    for (AbstractJob *job : jobs)
        job->abort();
}

ApiError ApiClient::parseErrorResponse(int httpStatus, const HeaderList &headers, const QByteArray &body,
                                       const QByteArray &method, const QUrl &url)
{
    ApiError e;
    e.kind = ApiError::Kind::Http;
    e.httpStatus = httpStatus;
    e.method = QString::fromLatin1(method);
    e.url = Redactor::url(url);
    e.subStatus = headerOf(headers, "x-ms-substatus").trimmed().toInt();

    QString traceId;
    QString activityId;
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject obj = doc.object();
    const QJsonValue errorValue = obj.value(QLatin1String("error"));
    if (parseError.error == QJsonParseError::NoError && doc.isObject()) {
        if (errorValue.isObject()) {
            // ARM `{"error":{code,message,target,details[],additionalInfo[]}}` and Key Vault
            // `{"error":{code,message,innererror{code}}}` (also Log Analytics).
            const QJsonObject err = errorValue.toObject();
            e.code = err.value(QLatin1String("code")).toString();
            e.message = err.value(QLatin1String("message")).toString();
            e.target = err.value(QLatin1String("target")).toString();
            const QJsonArray details = err.value(QLatin1String("details")).toArray();
            for (const QJsonValue &d : details) {
                const QJsonObject dobj = d.toObject();
                const QString code = dobj.value(QLatin1String("code")).toString();
                const QString message = dobj.value(QLatin1String("message")).toString();
                if (!code.isEmpty() || !message.isEmpty())
                    e.details << (code.isEmpty()      ? message
                                  : message.isEmpty() ? code
                                                      : QStringLiteral("%1: %2").arg(code, message));
            }
            QJsonObject inner = err.value(QLatin1String("innererror")).toObject();
            while (!inner.isEmpty()) {
                const QString code = inner.value(QLatin1String("code")).toString();
                if (!code.isEmpty())
                    e.details << QStringLiteral("innererror: %1").arg(code);
                inner = inner.value(QLatin1String("innererror")).toObject();
            }
        } else if (errorValue.isString()) {
            // Entra ID `{error,error_description,error_codes[],trace_id,correlation_id}`.
            e.code = errorValue.toString();
            e.message = obj.value(QLatin1String("error_description")).toString();
            const QJsonArray codes = obj.value(QLatin1String("error_codes")).toArray();
            for (const QJsonValue &c : codes)
                e.details << QStringLiteral("AADSTS%1").arg(jsonScalarText(c));
            traceId = obj.value(QLatin1String("trace_id")).toString();
            e.correlationId = obj.value(QLatin1String("correlation_id")).toString();
        } else if (obj.contains(QLatin1String("code")) || obj.contains(QLatin1String("message"))) {
            // Cosmos data plane / Cosmos RP `{code,message}`.
            e.code = jsonScalarText(obj.value(QLatin1String("code")));
            e.message = cosmosMessage(obj.value(QLatin1String("message")).toString(), &activityId);
        } else if (obj.contains(QLatin1String("Message"))) {
            // Older ASP.NET-style services answer `{"Message":"..."}`.
            e.message = obj.value(QLatin1String("Message")).toString();
        }
    }
    if (e.code.isEmpty() && e.message.isEmpty()) {
        // Not a known shape: keep a short, scrubbed excerpt of the body.
        QString textBody = QString::fromUtf8(body).simplified();
        if (textBody.size() > 300)
            textBody = textBody.left(300) + QStringLiteral("…");
        e.message = textBody;
    }
    e.message = Redactor::text(e.message);
    for (QString &d : e.details)
        d = Redactor::text(d);

    const QByteArray requestId = headerOf(headers, "x-ms-request-id");
    const QByteArray correlation = headerOf(headers, "x-ms-correlation-request-id");
    if (!requestId.isEmpty())
        e.requestId = QString::fromLatin1(requestId);
    else if (!correlation.isEmpty())
        e.requestId = QString::fromLatin1(correlation);
    else if (!traceId.isEmpty())
        e.requestId = traceId;
    else if (!headerOf(headers, "x-ms-activity-id").isEmpty())
        e.requestId = QString::fromLatin1(headerOf(headers, "x-ms-activity-id"));
    else
        e.requestId = activityId;
    if (e.correlationId.isEmpty() && !correlation.isEmpty())
        e.correlationId = QString::fromLatin1(correlation);
    return e;
}

} // namespace csc
