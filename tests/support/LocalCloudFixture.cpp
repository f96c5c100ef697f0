// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "LocalCloudFixture.h"

#include "emulator/LocalCloudHost.h"
#include "net/ArmService.h"

#include <QTest>

#include <QUuid>

namespace csc::test {

LocalCloudFixture::LocalCloudFixture() = default;
LocalCloudFixture::~LocalCloudFixture() = default;

Result<void> LocalCloudFixture::start(emu::EmulatorOptions options)
{
    if (!m_dir.isValid())
        return ApiError::validation(QStringLiteral("no temporary folder"));
    if (options.dataDir.isEmpty())
        options.dataDir = m_dir.filePath(QStringLiteral("local-cloud"));
    if (options.seed.isEmpty())
        options.seed = QStringLiteral("demo");
    return m_emulator.start(options);
}

QString LocalCloudFixture::dataDir() const
{
    return m_dir.filePath(QStringLiteral("local-cloud"));
}

ConnectionProfile LocalCloudFixture::profile(DemoWho who) const
{
    ConnectionProfile base;
    base.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    base.name = QStringLiteral("Local cloud (%1)").arg(QLatin1String(emu::DemoSeed::kPrincipals[who].name));
    base.clientId = QLatin1String(emu::DemoSeed::kPrincipals[who].clientId);
    auto p = emu::LocalCloudHost::profileFor(m_emulator.readyInfo(), base);
    return p ? p.value() : ConnectionProfile();
}

std::unique_ptr<AzureSession> LocalCloudFixture::session(QNetworkAccessManager *nam, RequestLog *log,
                                                         DemoWho who)
{
    const ConnectionProfile p = profile(who);
    auto created = AzureSession::create(p, emu::LocalCloudHost::demoSecret(p.clientId), nam, log);
    return created ? std::move(created.value()) : nullptr;
}

QString LocalCloudFixture::accountId(const QString &name)
{
    static const struct
    {
        const char *name;
        const char *subscription;
        const char *group;
    } accounts[] = {
        {"contoso-orders", emu::DemoSeed::kSubscriptionProduction, "rg-orders"},
        {"contoso-payments", emu::DemoSeed::kSubscriptionProduction, "rg-orders"},
        {"contoso-catalog", emu::DemoSeed::kSubscriptionProduction, "rg-catalog"},
        {"contoso-legacy", emu::DemoSeed::kSubscriptionProduction, "rg-legacy"},
        {"fabrikam-analytics", emu::DemoSeed::kSubscriptionDevelopment, "rg-analytics"},
        {"fabrikam-telemetry", emu::DemoSeed::kSubscriptionDevelopment, "rg-analytics"},
        {"fabrikam-sandbox", emu::DemoSeed::kSubscriptionDevelopment, "rg-sandbox"},
    };
    for (const auto &a : accounts) {
        if (name == QLatin1String(a.name))
            return QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/Microsoft.DocumentDB/"
                                  "databaseAccounts/%3")
                .arg(QLatin1String(a.subscription), QLatin1String(a.group), name);
    }
    return {};
}

Result<CosmosAccount> LocalCloudFixture::fetchAccount(AzureSession *session, const QString &name)
{
    ArmService arm(session);
    std::optional<Result<CosmosAccount>> got;
    arm.getAccount(accountId(name), nullptr, [&got](const Result<CosmosAccount> &r) { got = r; });
    if (!QTest::qWaitFor([&got] { return got.has_value(); }, 20000))
        return ApiError::make(ApiError::Kind::Timeout, QStringLiteral("no answer for %1").arg(name));
    return *got;
}

} // namespace csc::test
