// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "net/EntraTokenClient.h"

#include "core/Clock.h"
#include "core/Redactor.h"
#include "net/ApiClient.h"
#include "net/RestJob.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QTimer>

namespace csc {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("csc::EntraTokenClient", text);
}

/// A JSON number or a string holding an integer; -1 when neither.
qint64 integerField(const QJsonValue &v)
{
    if (v.isDouble())
        return qint64(v.toDouble());
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().trimmed().toLongLong(&ok);
        return ok ? n : -1;
    }
    return -1;
}

ApiError parseError(const RestResponse &response, const QString &message)
{
    ApiError e = ApiError::make(ApiError::Kind::Parse, message);
    e.httpStatus = response.status;
    e.method = QStringLiteral("POST");
    e.url = Redactor::url(response.url);
    e.requestId = response.requestId();
    return e;
}
} // namespace

EntraTokenClient::FormField EntraTokenClient::field(const char *name, const QString &value)
{
    return {QByteArray(name), SecureBytes::fromUtf8(value)};
}

EntraTokenClient::EntraTokenClient(ApiClient *client, CloudEnvironment cloud, QString tenantId)
    : m_client(client), m_cloud(std::move(cloud)), m_tenantId(std::move(tenantId))
{}

ApiClient *EntraTokenClient::client() const
{
    return m_client.data();
}

QUrl EntraTokenClient::tokenEndpoint() const
{
    return m_cloud.tokenEndpoint(m_tenantId);
}

QByteArray EntraTokenClient::encodeForm(const Form &form)
{
    QByteArray body;
    for (const FormField &f : form) {
        if (!body.isEmpty())
            body += '&';
        body += QByteArray(f.name).toPercentEncoding();
        body += '=';
        QByteArray encoded = f.value.bytes().toPercentEncoding();
        body += encoded;
        SecureBytes::wipe(encoded);
    }
    return body;
}

RestJob *EntraTokenClient::requestToken(const QString &scope, const Form &form, QObject *context,
                                        TokenCredential::Done done) const
{
    ApiClient *client = m_client.data();
    if (!client) {
        QTimer::singleShot(0, context, [done = std::move(done)] {
            done(ApiError::make(ApiError::Kind::Auth, tr("The connection was closed before signing in.")));
        });
        return nullptr;
    }
    RestRequest request = RestRequest::post(tokenEndpoint());
    request.body = encodeForm(form);
    request.setHeader("Content-Type", "application/x-www-form-urlencoded");
    request.setHeader("Accept", "application/json");
    request.retryNonIdempotent = true; // token requests are safe to repeat
    request.sensitiveResponse = true;  // the answer holds the access token
    request.description = tr("Sign in to Microsoft Entra ID");

    const QDateTime sentAt = Clock::now();
    RestJob *job = client->send(request);
    SecureBytes::wipe(request.body); // the job keeps its own (shared) copy; drop ours
    QObject::connect(job, &RestJob::finished, context,
                     [scope, sentAt, done = std::move(done)](const RestResult &result) {
                         if (!result.ok()) {
                             done(result.error());
                             return;
                         }
                         done(parseTokenResponse(result.value(), scope, sentAt));
                     });
    return job;
}

Result<AccessToken> EntraTokenClient::parseTokenResponse(const RestResponse &response, const QString &scope,
                                                         const QDateTime &sentAt)
{
    const QJsonObject o = response.json();
    if (o.isEmpty())
        return parseError(response, tr("The token endpoint did not answer with a JSON object."));

    const QJsonValue tokenValue = o.value(QLatin1String("access_token"));
    if (!tokenValue.isString() || tokenValue.toString().isEmpty())
        return parseError(response, tr("The token endpoint's answer has no access_token."));

    const QJsonValue typeValue = o.value(QLatin1String("token_type"));
    if (!typeValue.isUndefined() &&
        typeValue.toString().compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0)
        return parseError(response, tr("The token endpoint issued a token of type \"%1\" instead of Bearer.")
                                        .arg(typeValue.toString()));

    QDateTime expiresOn;
    const qint64 expiresIn = integerField(o.value(QLatin1String("expires_in")));
    if (expiresIn > 0) {
        expiresOn = sentAt.addSecs(expiresIn);
    } else {
        const qint64 epoch = integerField(o.value(QLatin1String("expires_on")));
        if (epoch > 0)
            expiresOn = QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC);
    }
    if (!expiresOn.isValid() || expiresOn <= sentAt)
        return parseError(response, tr("The token endpoint's answer has no valid expires_in."));

    AccessToken token;
    QString text = tokenValue.toString();
    token.token = SecureBytes::fromUtf8Wiping(text);
    token.expiresOn = expiresOn.toUTC();
    token.refreshAfter = refreshAfter(sentAt, token.expiresOn);
    token.scope = scope;
    return token;
}

QDateTime EntraTokenClient::refreshAfter(const QDateTime &issuedAt, const QDateTime &expiresOn)
{
    constexpr qint64 margin = 5 * 60;
    const qint64 lifetime = issuedAt.secsTo(expiresOn);
    if (lifetime < 2 * margin)
        return issuedAt.addSecs(lifetime / 2).toUTC();
    return expiresOn.addSecs(-margin).toUTC();
}

} // namespace csc
