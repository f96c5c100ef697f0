// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Result.h"
#include "emulator/EmuContext.h"
#include "emulator/HttpsServer.h"
#include "emulator/Router.h"
#include "emulator/Store.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include <memory>
#include <vector>

namespace csc::emu {

class AccountEncryption;
class ArmService;
class CosmosDataPlane;
class EntraService;
class KeyVaultDataPlane;

struct EmulatorOptions
{
    QString dataDir; ///< CA, keys and state live here (created if missing)
    QHostAddress host = QHostAddress(QHostAddress::LocalHost); ///< primary loopback address
    quint16 port = 0;                                          ///< 0 = any free port
    bool alsoSecondary = true; ///< also listen on 127.0.0.2 (same port) when that address is available
    QString seed;              ///< "" (keep state), "demo" (load the demo tenant if the state is empty)
    bool reset = false;        ///< delete the saved state (not the CA) before starting
    QSsl::SslProtocol protocol = QSsl::TlsV1_2OrLater;
    int pageSize = 100; ///< ARM list page size before a nextLink ($skiptoken)
    /// Duration of long-running ARM operations (regenerateKey, account PATCH) in ms; 0 = complete at once.
    int lroDelayMs = 2000;
    /// How far a data-plane request's x-ms-date may be from the emulator's clock (both ways), in seconds.
    int dataPlaneClockSkewSeconds = 900;
};

/**
 * @brief The local cloud in one object: CA + HTTPS listeners + router with the emulated services. The exe is
 * a thin wrapper around it so tests can run the same thing in-process.
 */
class Emulator : public QObject
{
    Q_OBJECT
public:
    explicit Emulator(QObject *parent = nullptr);
    ~Emulator() override;

    Result<void> start(const EmulatorOptions &options);
    bool isRunning() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    QList<QHostAddress> addresses() const { return m_addresses; }
    /// https://<primary host>:<port>
    QUrl baseUrl() const;
    QString caCertificatePath() const;
    const TlsMaterial &tls() const { return m_tls; }
    Router &router() { return m_router; }
    /// The state (for tests and later services). Valid while running.
    Store *store() const { return m_store.get(); }
    const EmuContext &context() const { return m_ctx; }
    /// The Entra ID service, to register further resources (APIs tokens can be issued for).
    EntraService *entra() const { return m_entra.get(); }
    /// The ARM service, to register further resource providers.
    ArmService *arm() const { return m_arm.get(); }
    /// The first tenant in the state (the demo tenant under --seed demo); empty when there is none.
    QString tenantId() const;

    /// The Cosmos DB data plane (one listener per account). Valid while running.
    CosmosDataPlane *dataPlane() const { return m_dataPlane.get(); }
    /// The live documentEndpoint of an account (`https://127.0.0.1:<port>/`); empty when there is no such
    /// account.
    QString documentEndpoint(const QString &accountName) const;

    /// The Key Vault data plane (one listener per vault). Valid while running.
    KeyVaultDataPlane *keyVault() const { return m_keyVault.get(); }
    /// The live vaultUri of a vault (`https://127.0.0.1:<port>/`); empty when there is no such vault.
    QString vaultUri(const QString &vaultName) const;

    /// The object printed on stdout and written to --ready-file once the emulator listens.
    QJsonObject readyInfo() const;

    static QString validSeeds();

private:
    EmulatorOptions m_options;
    TlsMaterial m_tls;
    std::unique_ptr<HttpsServer> m_server;
    std::unique_ptr<Store> m_store;
    EmuContext m_ctx;
    std::shared_ptr<EntraService> m_entra;
    std::shared_ptr<ArmService> m_arm;
    Router m_router;
    std::unique_ptr<CosmosDataPlane> m_dataPlane;
    std::unique_ptr<KeyVaultDataPlane> m_keyVault;
    std::unique_ptr<AccountEncryption> m_encryption;
    quint16 m_port = 0;
    QList<QHostAddress> m_addresses;
};

} // namespace csc::emu
