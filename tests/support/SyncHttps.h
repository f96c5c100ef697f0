// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslError>
#include <QUrl>

#include <utility>

namespace csc::test {

/// What one HTTPS exchange produced (for tests).
struct HttpsReply
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QList<QSslError> sslErrors;

    QByteArray header(const QByteArray &name) const;
    int headerCount(const QByteArray &name) const;
    QJsonObject json() const;
};

/**
 * @brief One real HTTPS request with its own QNetworkAccessManager, waiting in the event loop (QSignalSpy) up
 * to 30 s. Trusts `ca` in addition to nothing else it is given; never ignores TLS errors.
 */
HttpsReply httpsRequest(const QByteArray &method, const QUrl &url, const QSslCertificate &ca,
                        const QByteArray &body = {},
                        const QList<std::pair<QByteArray, QByteArray>> &headers = {},
                        QSsl::SslProtocol protocol = QSsl::SecureProtocols);

} // namespace csc::test
