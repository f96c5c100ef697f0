// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/ConnectionProfile.h"
#include "core/CosmosAccount.h"
#include "core/Result.h"
#include "emulator/DemoSeed.h"
#include "emulator/Emulator.h"
#include "net/AzureSession.h"

#include <QTemporaryDir>

#include <memory>

class QNetworkAccessManager;

namespace csc {
class RequestLog;
}

namespace csc::test {

/// Index into emu::DemoSeed::kPrincipals.
enum DemoWho
{
    DemoOwner = 0,
    DemoContributor = 1,
    DemoReader = 2,
    DemoCosmosContributor = 3,
    DemoCosmosReader = 4,
    DemoCosmosOperator = 5,
    DemoNoAccess = 6
};

/**
 * @brief The local cloud with the demo seed, in-process on the test's thread, in a temporary data folder,
 * plus real AzureSessions against it for any demo principal (real HTTPS, the emulator's CA trusted).
 */
class LocalCloudFixture
{
public:
    LocalCloudFixture();
    ~LocalCloudFixture();

    /// Starts the emulator (`options.dataDir` and `seed` are filled in when empty).
    Result<void> start(emu::EmulatorOptions options = {});
    emu::Emulator &emulator() { return m_emulator; }
    QString dataDir() const;

    /// The profile the console would use for `who` (LocalCloudHost::profileFor).
    ConnectionProfile profile(DemoWho who = DemoOwner) const;
    /// A signed-in-able session for `who` (the token is fetched on first use).
    std::unique_ptr<AzureSession> session(QNetworkAccessManager *nam, RequestLog *log,
                                          DemoWho who = DemoOwner);

    /// The ARM id of a demo account, e.g. account("contoso-orders").
    static QString accountId(const QString &name);
    /// GETs the demo account `name` through ARM with `session` (as the Accounts panel would have it), waiting
    /// up to 20 s; the ApiError on failure.
    static Result<CosmosAccount> fetchAccount(AzureSession *session, const QString &name);

private:
    QTemporaryDir m_dir;
    emu::Emulator m_emulator;
};

} // namespace csc::test
