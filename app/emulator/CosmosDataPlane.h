// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Result.h"
#include "emulator/CosmosUsers.h"
#include "emulator/EmuContext.h"
#include "emulator/EntraService.h"
#include "emulator/HttpsServer.h"
#include "emulator/ResourceTokens.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QObject>

#include <map>
#include <memory>
#include <optional>

namespace csc::emu {

/**
 * @brief The Cosmos DB (API for NoSQL) data plane of every account: one HTTPS listener per account on
 * loopback
 * (`https://<host>:<port>/`, the account's documentEndpoint), serving the account document, databases,
 * containers, documents (CRUD, feeds with continuation, simple queries with the gateway's query plan) and
 * partition key ranges, stored in the emulator's SQLite state.
 *
 * Users and permissions (CosmosUsers) mint resource tokens (ResourceTokens).
 *
 * Every request goes through the same steps: network rules (not enforced yet: the seam is
 * checkNetwork()), authorization (master keys per cosmos-data-plane.md: HMAC recomputed with each of the four
 * keys, read-only keys only for reads, x-ms-date within the clock skew, `disableLocalAuth` → 401/5202 for
 * keys and resource tokens, `disableKeyBasedMetadataWriteAccess` → 403 for database/container writes with
 * keys; resource tokens checked by ResourceTokens::check (signature, expiry, revocation, scope, mode,
 * partition key); Entra tokens (`type=aad`) validated and authorized with data-plane RBAC by AadDataPlane),
 * then the resource. Errors are the data plane's
 * `{"code","message"}` with `x-ms-activity-id` and `x-ms-substatus`. Lives on the emulator's thread.
 */
class CosmosDataPlane : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QHostAddress host = QHostAddress(QHostAddress::LocalHost);
        quint16 firstPort =
            0; ///< 0 = any free port per account; else accounts (by name) get firstPort, +1, ...
        QSsl::SslProtocol protocol = QSsl::TlsV1_2OrLater;
        int clockSkewSeconds = 900; ///< allowed distance of x-ms-date from the server's clock, both ways
        /// Where the resource-token key lives (`resource-token.key`); empty = a key kept only in memory.
        QString dataDir;
    };

    CosmosDataPlane(const EmuContext *ctx, TlsMaterial tls, Options options, QObject *parent = nullptr);
    ~CosmosDataPlane() override;

    /// Loads (or creates) the resource-token key and listens for every account in the state.
    Result<void> start();
    /// `https://<host>:<port>/` of the account, listening first when it has no listener yet; empty when the
    /// account does not exist or no port is available.
    QString endpointOf(const QString &accountName);
    /// Account name → documentEndpoint of every listener.
    QJsonObject endpoints() const;
    /// The `aud` values an Entra token for the account may carry: its endpoint without the trailing slash
    /// (also with `localhost`) and the generic `https://cosmos.azure.com`; empty when it has no listener.
    QStringList audiencesOf(const QString &accountName) const;
    /// The `aud` Entra puts in a token for `resource` (a scope without "/.default"): `https://<host>:<port>`
    /// (lower case, no trailing slash) when it names a listener of this data plane, or the generic Cosmos
    /// resource; std::nullopt otherwise (Entra then answers AADSTS500011).
    std::optional<QString> audienceFor(const QString &resource) const;
    /// The resource to register with EntraService::addResource, so the scopes the SDKs request (`<endpoint>/
    /// .default`, `https://cosmos.azure.com/.default`) get tokens. Valid as long as this data plane lives.
    ResourceApp entraResource() const;

private:
    struct Call;
    Result<quint16> listen(const QString &accountName, quint16 port);
    void handle(const QString &accountName, const HttpRequest &request, const Responder &responder);
    /// Firewall / public network access / private endpoints: the place for a later issue; allows everything.
    bool checkNetwork(Call &call);
    bool authorize(Call &call);
    /// Customer-managed key: the account's key must be usable (AccountEncryption::admit), else 403 with its
    /// Key Vault substatus (4002, 4003, 4017 ...).
    bool checkKey(Call &call);
    bool authorizeResourceToken(Call &call, const QByteArray &token);
    bool authorizeAad(Call &call, const QByteArray &jwt);
    QString hostText() const;
    void users(Call &call);
    void route(Call &call);
    void accountDocument(Call &call);
    void feed(Call &call, const QString &parent, const QString &type);
    void item(Call &call, const QString &parent, const QString &type, const QString &id);
    void partitionKeyRanges(Call &call, const QString &collLink);
    void query(Call &call, const QString &parent, const QString &type);
    void create(Call &call, const QString &parent, const QString &type);

    const EmuContext *m_ctx;
    TlsMaterial m_tls;
    Options m_options;
    std::map<QString, std::unique_ptr<HttpsServer>> m_servers; ///< by lower-cased account name
    QHash<QString, quint16> m_ports;                           ///< by lower-cased account name
    QHash<QString, QString> m_names;                           ///< lower-cased → stored spelling
    ResourceTokens m_tokens;
    CosmosUsers m_users;
};

} // namespace csc::emu
