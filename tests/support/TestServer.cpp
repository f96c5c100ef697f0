// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "TestServer.h"

#include <QFile>

namespace csc::test {

namespace {
QString routeKey(const QByteArray &method, const QString &path)
{
    return QString::fromLatin1(method.toUpper()) + u' ' + path;
}
} // namespace

TestServer::TestServer(QObject *parent) : QObject(parent)
{
    auto tls = emu::LocalCa::createEphemeral();
    if (!tls) {
        qWarning("TestServer: %s", qPrintable(tls.error().message));
        return;
    }
    emu::TlsMaterial material = tls.value();
    if (m_dir.isValid()) {
        material.caCertificatePath = m_dir.filePath(QStringLiteral("ca.crt"));
        QFile f(material.caCertificatePath);
        if (!f.open(QIODevice::WriteOnly) || f.write(material.caCertificate.toPem()) < 0) {
            qWarning("TestServer: cannot write %s", qPrintable(material.caCertificatePath));
            material.caCertificatePath.clear();
        }
    }
    m_server = std::make_unique<emu::HttpsServer>(material, this);
    m_server->setHandler([this](const emu::HttpRequest &request, emu::Responder responder) {
        m_requests.append(request);
        const auto it = m_routes.constFind(routeKey(request.method, request.url.path()));
        if (it != m_routes.constEnd()) {
            it.value()(request, responder);
            return;
        }
        responder.send(emu::HttpResponse::json(
            404,
            QJsonObject{{QStringLiteral("error"),
                         QJsonObject{{QStringLiteral("code"), QStringLiteral("NotFound")},
                                     {QStringLiteral("message"),
                                      QStringLiteral("No test route for %1 %2.")
                                          .arg(QString::fromLatin1(request.method), request.url.path())}}}}));
    });
    auto port = m_server->listen(QHostAddress(QHostAddress::LocalHost), 0);
    if (port)
        m_port = port.value();
    else
        qWarning("TestServer: %s", qPrintable(port.error().message));
}

TestServer::~TestServer() = default;

QUrl TestServer::url(const QString &pathAndQuery) const
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(m_port).arg(pathAndQuery));
}

QSslCertificate TestServer::caCertificate() const
{
    return m_server ? m_server->tls().caCertificate : QSslCertificate();
}

QString TestServer::caCertificatePath() const
{
    return m_server ? m_server->tls().caCertificatePath : QString();
}

void TestServer::route(const QByteArray &method, const QString &path, Handler handler)
{
    m_routes.insert(routeKey(method, path), std::move(handler));
}

void TestServer::routeJson(const QByteArray &method, const QString &path, int status, const QJsonObject &body,
                           const emu::Headers &headers)
{
    const emu::HttpResponse response = emu::HttpResponse::json(status, body, headers);
    route(method, path,
          [response](const emu::HttpRequest &, emu::Responder responder) { responder.send(response); });
}

void TestServer::routeSequence(const QByteArray &method, const QString &path,
                               QList<emu::HttpResponse> responses)
{
    auto queue = std::make_shared<QList<emu::HttpResponse>>(std::move(responses));
    route(method, path, [queue](const emu::HttpRequest &, emu::Responder responder) {
        if (queue->isEmpty()) {
            responder.send(emu::HttpResponse::empty(500));
            return;
        }
        const emu::HttpResponse next = queue->size() > 1 ? queue->takeFirst() : queue->first();
        responder.send(next);
    });
}

void TestServer::clearRoutes()
{
    m_routes.clear();
}

int TestServer::requestCount(const QByteArray &method, const QString &path) const
{
    int n = 0;
    for (const auto &r : m_requests) {
        if (r.method == method.toUpper() && r.url.path() == path)
            ++n;
    }
    return n;
}

} // namespace csc::test
