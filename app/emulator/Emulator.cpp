// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "emulator/Emulator.h"

#include "core/Logging.h"
#include "emulator/AccountEncryption.h"
#include "emulator/ArmService.h"
#include "emulator/CosmosAccountsProvider.h"
#include "emulator/CosmosDataPlane.h"
#include "emulator/CosmosOperations.h"
#include "emulator/DemoSeed.h"
#include "emulator/EntraService.h"
#include "emulator/GraphService.h"
#include "emulator/KeyVaultDataPlane.h"
#include "emulator/KeyVaultProvider.h"
#include "emulator/ManagedIdentitiesProvider.h"
#include "emulator/MetadataService.h"
#include "emulator/RoleAssignmentsProvider.h"
#include "emulator/TokenSigner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>

namespace csc::emu {

Emulator::Emulator(QObject *parent) : QObject(parent) {}

Emulator::~Emulator()
{
    if (m_store)
        m_store->setBodyCipher(nullptr);
}

QString Emulator::validSeeds()
{
    return QStringLiteral("demo, none");
}

Result<void> Emulator::start(const EmulatorOptions &options)
{
    if (m_server)
        return ApiError::validation(tr("The local cloud is already running."));
    if (!options.seed.isEmpty() && options.seed != QLatin1String("demo") &&
        options.seed != QLatin1String("none"))
        return ApiError::validation(
            tr("Unknown seed \"%1\"; valid seeds: %2.").arg(options.seed, validSeeds()));
    if (options.dataDir.isEmpty())
        return ApiError::validation(tr("The local cloud needs a data folder."));
    QDir dir(options.dataDir);
    if (!dir.mkpath(QStringLiteral(".")))
        return ApiError::make(ApiError::Kind::Process,
                              tr("Cannot create the data folder %1.").arg(options.dataDir));
    QFile::setPermissions(dir.absolutePath(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    m_options = options;
    m_options.dataDir = dir.absolutePath();

    if (options.reset) {
        for (const QString &name : {QStringLiteral("state.db"), QStringLiteral("state.db-wal"),
                                    QStringLiteral("state.db-shm"), QStringLiteral("state.db-journal")}) {
            if (dir.exists(name) && !dir.remove(name))
                return ApiError::make(ApiError::Kind::Process,
                                      tr("Cannot delete %1.").arg(dir.filePath(name)));
        }
    }

    auto tls = LocalCa::loadOrCreate(m_options.dataDir);
    if (!tls)
        return tls.error();
    m_tls = tls.value();
    auto signer = TokenSigner::loadOrCreate(m_options.dataDir);
    if (!signer)
        return signer.error();
    auto store = Store::open(dir.filePath(QStringLiteral("state.db")));
    if (!store)
        return store.error();
    m_store = std::move(store.value());
    if (options.seed == QLatin1String("demo") && m_store->isEmpty()) {
        if (auto seeded = DemoSeed::apply(*m_store); !seeded)
            return seeded.error();
    }

    auto server = std::make_unique<HttpsServer>(m_tls, this);
    server->setProtocol(options.protocol);
    server->setHandler(
        [this](const HttpRequest &request, Responder responder) { m_router.handle(request, responder); });
    auto port = server->listen(options.host, options.port);
    if (!port)
        return port.error();
    m_addresses = {options.host};
    const QHostAddress secondary(QStringLiteral("127.0.0.2"));
    if (options.alsoSecondary && options.host != secondary) {
        auto second = server->listen(secondary, port.value());
        if (second)
            m_addresses << secondary;
        else
            qCInfo(lcEmu) << "not listening on 127.0.0.2:" << second.error().message;
    }
    m_server = std::move(server);
    m_port = port.value();

    m_ctx.store = m_store.get();
    m_ctx.signer = signer.value();
    m_ctx.port = m_port;
    m_ctx.addresses = m_addresses;
    m_ctx.baseUrl = baseUrl();
    m_ctx.pageSize = qMax(1, options.pageSize);
    m_ctx.lroDelayMs = qMax(0, options.lroDelayMs);
    m_ctx.owner = this;
    // The data plane: a listener per account; with a fixed --port, the accounts (by name) get port+1, +2 ...
    CosmosDataPlane::Options dp;
    dp.host = options.host;
    dp.firstPort = options.port == 0 ? 0 : quint16(options.port + 1);
    dp.protocol = options.protocol;
    dp.clockSkewSeconds = qMax(0, options.dataPlaneClockSkewSeconds);
    dp.dataDir = m_options.dataDir; // resource-token.key
    m_dataPlane = std::make_unique<CosmosDataPlane>(&m_ctx, m_tls, dp);
    if (auto listening = m_dataPlane->start(); !listening)
        return listening.error();
    m_ctx.documentEndpointOf = [this](const QString &name) { return m_dataPlane->endpointOf(name); };
    // Key Vault: a listener per vault; with a fixed --port, the vaults (by name) get port+50, +51 ...
    KeyVaultDataPlane::Options kv;
    kv.host = options.host;
    kv.firstPort = options.port == 0 ? 0 : quint16(options.port + 50);
    kv.protocol = options.protocol;
    m_keyVault = std::make_unique<KeyVaultDataPlane>(&m_ctx, m_tls, kv);
    if (auto listening = m_keyVault->start(); !listening)
        return listening.error();
    m_ctx.vaultUriOf = [this](const QString &name) { return m_keyVault->uriOf(name); };
    m_ctx.keyVaultExecute = [this](const KeyVaultRequest &request) { return m_keyVault->execute(request); };
    // Documents of accounts with a customer-managed key are encrypted at rest with a key wrapped by it.
    m_encryption = std::make_unique<AccountEncryption>(&m_ctx);
    m_ctx.encryption = m_encryption.get();
    m_store->setBodyCipher(m_encryption.get());
    // Accounts that have a key but no data encryption key yet (seeded, or from an older state) are encrypted
    // now; those whose key cannot be used stay as they are, in the revoked state.
    for (const QString &name : m_store->accountNames()) {
        const auto acct = m_store->accountByName(name);
        if (!acct || m_store->accountDek(name) ||
            acct->resource.value(QStringLiteral("properties"))
                .toObject()
                .value(QStringLiteral("keyVaultKeyUri"))
                .toString()
                .isEmpty())
            continue;
        if (const KeyAccess access = m_encryption->admit(name); !access.ok)
            qCWarning(lcEmu) << "the customer-managed key of" << name << "cannot be used:" << access.reason;
    }
    // One service per API; the router asks them in this order.
    m_router.addService(std::make_shared<MetadataService>(baseUrl()));
    m_entra = std::make_shared<EntraService>(&m_ctx);
    // Tokens for the data plane: `<documentEndpoint>/.default` of every account and the generic Cosmos scope.
    m_entra->addResource(m_dataPlane->entraResource());
    // Tokens for Key Vault: `https://vault.azure.net/.default` (what the challenge names) and each vault's
    // origin.
    m_entra->addResource(m_keyVault->entraResource());
    m_router.addService(m_entra);
    m_arm = std::make_shared<ArmService>(&m_ctx);
    m_arm->addProvider(std::make_shared<CosmosAccountsProvider>());
    m_arm->addProvider(std::make_shared<CosmosLocationsProvider>());
    m_arm->addProvider(std::make_shared<KeyVaultProvider>());
    m_arm->addProvider(std::make_shared<RoleAssignmentsProvider>());
    m_arm->addProvider(std::make_shared<ManagedIdentitiesProvider>());
    m_router.addService(m_arm);
    // Microsoft Graph (service principals), on the same base URL as ARM (the cloud metadata says so).
    m_router.addService(std::make_shared<GraphService>(&m_ctx));
    // Operations still running when the emulator stopped complete now (or when due).
    CosmosOperations::resumeAll(m_ctx);
    return {};
}

QUrl Emulator::baseUrl() const
{
    QUrl u;
    u.setScheme(QStringLiteral("https"));
    u.setHost(m_options.host.toString());
    u.setPort(m_port);
    return u;
}

QString Emulator::documentEndpoint(const QString &accountName) const
{
    return m_dataPlane ? m_dataPlane->endpointOf(accountName) : QString();
}

QString Emulator::vaultUri(const QString &vaultName) const
{
    return m_keyVault ? m_keyVault->uriOf(vaultName) : QString();
}

QString Emulator::caCertificatePath() const
{
    return m_tls.caCertificatePath;
}

QString Emulator::tenantId() const
{
    if (!m_store)
        return {};
    const QList<Tenant> tenants = m_store->tenants();
    return tenants.isEmpty() ? QString() : tenants.first().id;
}

QJsonObject Emulator::readyInfo() const
{
    const QString base = baseUrl().toString();
    const QString tid = tenantId();
    QJsonArray addresses;
    for (const QHostAddress &a : m_addresses)
        addresses.append(a.toString());
    return QJsonObject{
        {QStringLiteral("version"), QStringLiteral(CSC_VERSION)},
        {QStringLiteral("pid"), QCoreApplication::applicationPid()},
        {QStringLiteral("host"), m_options.host.toString()},
        {QStringLiteral("port"), m_port},
        {QStringLiteral("addresses"), addresses},
        {QStringLiteral("dataDir"), m_options.dataDir},
        {QStringLiteral("caCertificate"), m_tls.caCertificatePath},
        {QStringLiteral("tenantId"), tid},
        {QStringLiteral("seed"), m_options.seed},
        {QStringLiteral("pageSize"), m_ctx.pageSize},
        {QStringLiteral("lroDelayMs"), m_ctx.lroDelayMs},
        {QStringLiteral("accounts"), m_dataPlane ? m_dataPlane->endpoints() : QJsonObject()},
        {QStringLiteral("vaults"), m_keyVault ? m_keyVault->endpoints() : QJsonObject()},
        {QStringLiteral("endpoints"),
         QJsonObject{
             {QStringLiteral("authorityHost"), base},
             {QStringLiteral("openidConfiguration"),
              tid.isEmpty() ? QString()
                            : base + u'/' + tid + QStringLiteral("/v2.0/.well-known/openid-configuration")},
             {QStringLiteral("token"),
              tid.isEmpty() ? QString() : base + u'/' + tid + QStringLiteral("/oauth2/v2.0/token")},
             {QStringLiteral("jwks"),
              tid.isEmpty() ? QString() : base + u'/' + tid + QStringLiteral("/discovery/v2.0/keys")},
             {QStringLiteral("resourceManager"), base + u'/'},
             {QStringLiteral("resourceManagerScope"), base + QStringLiteral("/.default")},
             {QStringLiteral("metadata"),
              base + QStringLiteral("/metadata/endpoints?api-version=2015-01-01")},
         }},
    };
}

} // namespace csc::emu
