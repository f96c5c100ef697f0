// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "SyncHttps.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslConfiguration>

namespace csc::test {

QByteArray HttpsReply::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

int HttpsReply::headerCount(const QByteArray &name) const
{
    int n = 0;
    for (const auto &h : headers)
        n += h.first.compare(name, Qt::CaseInsensitive) == 0 ? 1 : 0;
    return n;
}

QJsonObject HttpsReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

HttpsReply httpsRequest(const QByteArray &method, const QUrl &url, const QSslCertificate &ca,
                        const QByteArray &body, const QList<std::pair<QByteArray, QByteArray>> &headers,
                        QSsl::SslProtocol protocol)
{
    QNetworkAccessManager nam;
    QNetworkRequest req(url);
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    if (!ca.isNull())
        conf.addCaCertificate(ca);
    conf.setProtocol(protocol);
    req.setSslConfiguration(conf);
    for (const auto &h : headers)
        req.setRawHeader(h.first, h.second);
    QNetworkReply *reply = nam.sendCustomRequest(req, method, body);
    HttpsReply out;
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                     [&out](const QList<QSslError> &errors) { out.sslErrors = errors; });
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(30000))
        qWarning("httpsRequest: %s %s did not finish", method.constData(), qPrintable(url.toString()));
    out.error = reply->error();
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.headers = reply->rawHeaderPairs();
    delete reply;
    return out;
}

} // namespace csc::test
