// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "emulator/HttpsServer.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QMetaEnum>
#include <QPointer>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QUrlQuery>

namespace csc::emu {

namespace {

struct ResponderImpl
{
    ResponderImpl(QHttpServerResponder &&r, QTcpSocket *s, bool head)
        : responder(std::move(r)), socket(s), isHead(head)
    {}
    QHttpServerResponder responder;
    QPointer<QTcpSocket> socket;
    bool isHead = false;
    bool sent = false;
};

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

} // namespace

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QStringList HttpRequest::pathSegments() const
{
    QStringList out;
    const QByteArray encoded = url.path(QUrl::FullyEncoded).toLatin1();
    for (const QByteArray &seg : encoded.split('/')) {
        if (!seg.isEmpty())
            out << QUrl::fromPercentEncoding(seg);
    }
    return out;
}

QString HttpRequest::query(const QString &name) const
{
    const QUrlQuery q(url);
    // QUrlQuery::queryItemValue(FullyDecoded) keeps '+' as '+', which is what Azure clients mean.
    return q.queryItemValue(name, QUrl::FullyDecoded);
}

HttpResponse HttpResponse::json(int status, const QJsonObject &object, Headers extra)
{
    return json(status, QJsonDocument(object), std::move(extra));
}

HttpResponse HttpResponse::json(int status, const QJsonDocument &doc, Headers extra)
{
    HttpResponse r;
    r.status = status;
    r.headers = std::move(extra);
    r.setHeader("Content-Type", "application/json; charset=utf-8");
    r.body = doc.toJson(QJsonDocument::Compact);
    return r;
}

HttpResponse HttpResponse::empty(int status, Headers extra)
{
    HttpResponse r;
    r.status = status;
    r.headers = std::move(extra);
    return r;
}

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

void Responder::send(const HttpResponse &response) const
{
    auto impl = std::static_pointer_cast<ResponderImpl>(m_impl);
    if (!impl)
        return;
    if (impl->sent) {
        qCWarning(lcEmu) << "a response was sent twice for one request; the second one is dropped";
        return;
    }
    impl->sent = true;
    if (!impl->socket || impl->socket->state() != QAbstractSocket::ConnectedState)
        return; // the client went away
    QHttpServerResponder &r = impl->responder;
    r.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    for (const auto &h : response.headers) {
        if (h.first.compare("Content-Length", Qt::CaseInsensitive) == 0)
            continue;
        r.writeHeader(h.first, h.second);
    }
    const bool noBody =
        response.status == 204 || response.status == 304 || (response.status >= 100 && response.status < 200);
    if (!noBody)
        r.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    if (impl->isHead || noBody)
        r.writeBody(QByteArray());
    else
        r.writeBody(response.body);
}

bool Responder::isSent() const
{
    auto impl = std::static_pointer_cast<ResponderImpl>(m_impl);
    return impl && impl->sent;
}

HttpsServer::HttpsServer(const TlsMaterial &tls, QObject *parent)
    : QObject(parent), m_tls(tls), m_server(std::make_unique<QHttpServer>())
{
    m_server->setMissingHandler([this](const QHttpServerRequest &req, QHttpServerResponder &&responder) {
        QTcpSocket *socket = responder.socket();
        HttpRequest r;
        r.method = methodName(req.method());
        r.url = req.url();
        for (const auto &h : req.headers())
            r.headers.append({h.first, h.second});
        r.body = req.body();
        r.remoteAddress = req.remoteAddress();
        if (socket) {
            r.localAddress = socket->localAddress();
            r.localPort = socket->localPort();
        }
        auto impl = std::make_shared<ResponderImpl>(std::move(responder), socket, r.method == "HEAD");
        dispatch(r, Responder(std::static_pointer_cast<void>(impl)));
    });
}

HttpsServer::~HttpsServer() = default;

void HttpsServer::dispatch(const HttpRequest &request, Responder responder)
{
    if (m_handler) {
        m_handler(request, responder);
        return;
    }
    responder.send(HttpResponse::json(
        404,
        QJsonObject{{QStringLiteral("error"),
                     QJsonObject{{QStringLiteral("code"), QStringLiteral("NotFound")},
                                 {QStringLiteral("message"), QStringLiteral("No handler is installed.")}}}}));
}

Result<quint16> HttpsServer::listen(const QHostAddress &address, quint16 port)
{
    if (!address.isLoopback()) {
        return ApiError::validation(
            tr("The local cloud only listens on loopback addresses; %1 is not one.").arg(address.toString()));
    }
    if (!m_sslConfigured) {
        if (m_tls.serverCertificate.isNull() || m_tls.serverKey.isNull())
            return ApiError::validation(tr("The local cloud has no server certificate."));
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        QList<QSslCertificate> chain{m_tls.serverCertificate};
        if (!m_tls.caCertificate.isNull())
            chain << m_tls.caCertificate;
        conf.setLocalCertificateChain(chain);
        conf.setPrivateKey(m_tls.serverKey);
        conf.setProtocol(m_protocol);
        conf.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server->sslSetup(conf);
        m_sslConfigured = true;
    }
    const quint16 bound = m_server->listen(address, port);
    if (bound == 0) {
        return ApiError::make(ApiError::Kind::Network,
                              tr("Cannot listen on %1 port %2: the address or port is not available.")
                                  .arg(address.toString())
                                  .arg(port));
    }
    return bound;
}

} // namespace csc::emu
