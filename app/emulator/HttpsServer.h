// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Result.h"
#include "emulator/LocalCa.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSsl>
#include <QUrl>

#include <functional>
#include <memory>
#include <utility>

class QHttpServer;

namespace csc::emu {

using Headers = QList<std::pair<QByteArray, QByteArray>>;

/// One received request, independent of QtHttpServer's types.
struct HttpRequest
{
    QByteArray method; ///< upper case: GET, POST ...
    QUrl url;          ///< as received (path + query)
    Headers headers;   ///< original case and order
    QByteArray body;
    QHostAddress remoteAddress;
    QHostAddress localAddress; ///< which listening address got it (127.0.0.1 vs 127.0.0.2)
    quint16 localPort = 0;

    QByteArray header(const QByteArray &name) const; ///< case-insensitive; empty if absent
    QStringList pathSegments() const;                ///< percent-decoded segments of the encoded path
    QString query(const QString &name) const;        ///< decoded query value
};

struct HttpResponse
{
    int status = 200;
    Headers headers;
    QByteArray body;

    static HttpResponse json(int status, const QJsonObject &object, Headers extra = {});
    static HttpResponse json(int status, const QJsonDocument &doc, Headers extra = {});
    static HttpResponse empty(int status, Headers extra = {});
    void setHeader(const QByteArray &name, const QByteArray &value);
};

/// Answers one request, now or later; copyable (shared), answers at most once.
class Responder
{
public:
    Responder() = default;
    explicit Responder(std::shared_ptr<void> impl) : m_impl(std::move(impl)) {}
    void send(const HttpResponse &response) const;
    bool isSent() const;

private:
    std::shared_ptr<void> m_impl;
};

/**
 * @brief HTTPS on loopback via QtHttpServer: TLS 1.2+ (configurable for tests), a single handler that
 * receives every request (the emulator's router sits behind it). listen() may be called for several
 * addresses. Refuses non-loopback addresses.
 */
class HttpsServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(const HttpRequest &, Responder)>;

    explicit HttpsServer(const TlsMaterial &tls, QObject *parent = nullptr);
    ~HttpsServer() override;
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    /// Default TlsV1_2OrLater. Call before listen().
    void setProtocol(QSsl::SslProtocol protocol) { m_protocol = protocol; }
    /// port 0 = any free port. Returns the bound port. Loopback addresses only.
    Result<quint16> listen(const QHostAddress &address, quint16 port = 0);
    const TlsMaterial &tls() const { return m_tls; }

private:
    void dispatch(const HttpRequest &request, Responder responder);
    TlsMaterial m_tls;
    QSsl::SslProtocol m_protocol = QSsl::TlsV1_2OrLater;
    std::unique_ptr<QHttpServer> m_server;
    bool m_sslConfigured = false;
    Handler m_handler;
};

} // namespace csc::emu
