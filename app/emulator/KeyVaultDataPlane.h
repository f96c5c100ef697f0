// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Result.h"
#include "emulator/EmuContext.h"
#include "emulator/EntraService.h"
#include "emulator/HttpsServer.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

#include <map>
#include <memory>
#include <optional>

namespace csc::emu {

/// One Key Vault data-plane operation on behalf of an authenticated principal (over HTTPS, or in-process for
/// services of this cloud that use a vault, such as Cosmos DB customer-managed keys).
struct KeyVaultRequest
{
    QString vault;     ///< vault name
    QByteArray method; ///< GET, POST, PATCH, DELETE
    QStringList path;  ///< decoded path segments, e.g. {"keys", "cmk", "<version>", "unwrapkey"}
    QList<std::pair<QString, QString>> query; ///< decoded query items (maxresults, $skiptoken)
    QByteArray body;
    QString objectId; ///< the caller's object id (token `oid`)
    QString appId;    ///< the caller's application id (token `appid`/`azp`), for compound access policies
    QString issuer;   ///< for messages ("appid=...;oid=...;iss=...")
    QHostAddress clientAddress = QHostAddress(QHostAddress::LocalHost);
    /// A trusted Azure service of this cloud calling (passes networkAcls with bypass AzureServices).
    bool trustedService = false;
};

/// The answer to a KeyVaultRequest: status and JSON body (`{"error":{"code","message","innererror"}}` on
/// errors).
struct KeyVaultReply
{
    int status = 200;
    QJsonObject body;
};

/**
 * @brief The Key Vault keys data plane (keyvault-cmk.md §2), one HTTPS listener per vault on loopback
 * (`https://127.0.0.1:<port>/`, the vault's `vaultUri`), api-version 7.6 (7.0-7.5 and 2025-07-01 accepted).
 *
 * Each HTTPS request: the 401 challenge (`WWW-Authenticate: Bearer authorization="<authority>/<tenant>",
 * resource="https://vault.azure.net"`) without a bearer token; Entra token validation (signature by the
 * emulator's TokenSigner, issuer of the vault's tenant at one of the emulator's origins, audience
 * `https://vault.azure.net` or the vault's own origin, exp/nbf with five minutes of skew, oid); then
 * execute(): network rules (publicNetworkAccess, networkAcls with the client's address; loopback clients are
 * never trusted Azure services), authorization (Azure RBAC data actions when enableRbacAuthorization, else
 * the vault's access policies), and the operation: create / get / list / versions / update / rotate / delete
 * keys, deleted-key get / recover / purge, encrypt / decrypt / wrapKey / unwrapKey with RSA-OAEP,
 * RSA-OAEP-256 and RSA1_5. RSA 2048 / 3072 / 4096 keys only (EC and oct key types are refused with
 * BadParameter). Private keys stay in the Store.
 */
class KeyVaultDataPlane : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QHostAddress host = QHostAddress(QHostAddress::LocalHost);
        quint16 firstPort = 0; ///< 0 = any free port per vault; else vaults (by name) get firstPort, +1, ...
        QSsl::SslProtocol protocol = QSsl::TlsV1_2OrLater;
    };

    /// The resource the challenge names and the token audience (`https://vault.azure.net/.default`).
    static constexpr auto kResource = "https://vault.azure.net";
    static constexpr auto kLatestApiVersion = "7.6";
    static const QStringList &apiVersions();

    KeyVaultDataPlane(const EmuContext *ctx, TlsMaterial tls, Options options, QObject *parent = nullptr);
    ~KeyVaultDataPlane() override;

    /// Listens for every vault in the state.
    Result<void> start();
    /// `https://<host>:<port>/` of the vault, listening first when it has no listener yet; empty when the
    /// vault does not exist or no port is available.
    QString uriOf(const QString &vaultName);
    /// Vault name → vaultUri of every listener.
    QJsonObject endpoints() const;
    /// `aud` for a token requested for `resource` (scope without "/.default"): `https://vault.azure.net` or
    /// the origin of one of the vault listeners; nullopt otherwise.
    std::optional<QString> audienceFor(const QString &resource) const;
    /// To register with EntraService::addResource (v1 tokens, as for the real Key Vault).
    ResourceApp entraResource() const;

    /// A new version of an RSA key (fresh key material, version, created/updated now), not yet stored.
    static Result<VaultKey> makeRsaKey(const QString &vault, const QString &name, const QString &kty,
                                       int bits, const QJsonArray &keyOps, QJsonObject attributes,
                                       const QJsonObject &tags);

    /// Runs one operation for an already authenticated principal: network rules, authorization, the
    /// operation.
    KeyVaultReply execute(const KeyVaultRequest &request);

private:
    struct Op;
    Result<quint16> listen(const QString &vaultName, quint16 port);
    void handle(const QString &vaultKey, const HttpRequest &request, const Responder &responder);
    QString hostText() const;

    const EmuContext *m_ctx;
    TlsMaterial m_tls;
    Options m_options;
    std::map<QString, std::unique_ptr<HttpsServer>> m_servers; ///< by lower-cased vault name
    QHash<QString, quint16> m_ports;                           ///< by lower-cased vault name
    QHash<QString, QString> m_names;                           ///< lower-cased → stored spelling
};

} // namespace csc::emu
