// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "emulator/HttpsServer.h"

#include <QHash>
#include <QObject>
#include <QSslCertificate>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace csc::test {

/**
 * @brief A real HTTPS server on 127.0.0.1 (ephemeral CA from emu::LocalCa, any free port) with per-test
 * routes, recording every request. Unknown routes answer 404 with an ARM-shaped error body.
 */
class TestServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(const emu::HttpRequest &, emu::Responder)>;

    explicit TestServer(QObject *parent = nullptr);
    ~TestServer() override;
    bool isListening() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    QUrl url(const QString &pathAndQuery = {}) const; ///< https://127.0.0.1:<port><pathAndQuery>
    QSslCertificate caCertificate() const;
    QString caCertificatePath() const; ///< PEM file in a temp dir, for ApiClient::setExtraTrustedCaFile

    /// Exact path match (no query); a later route for the same method+path replaces the earlier one.
    void route(const QByteArray &method, const QString &path, Handler handler);
    /// Answers with a fixed JSON body.
    void routeJson(const QByteArray &method, const QString &path, int status, const QJsonObject &body,
                   const emu::Headers &headers = {});
    /// Answers the queued responses in order, then repeats the last one.
    void routeSequence(const QByteArray &method, const QString &path, QList<emu::HttpResponse> responses);
    void clearRoutes();

    QList<emu::HttpRequest> requests() const { return m_requests; }
    int requestCount(const QByteArray &method, const QString &path) const;
    void clearRequests() { m_requests.clear(); }

private:
    std::unique_ptr<emu::HttpsServer> m_server;
    QTemporaryDir m_dir;
    quint16 m_port = 0;
    QHash<QString, Handler> m_routes;
    QList<emu::HttpRequest> m_requests;
};

} // namespace csc::test
