// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "LocalCloudFixture.h"

#include "core/KeyVault.h"
#include "core/SecureBytes.h"
#include "emulator/CustomerManagedKeys.h"
#include "net/ApiClient.h"
#include "net/AzureSession.h"
#include "net/EncryptionService.h"
#include "net/IdentityService.h"
#include "net/KeyVaultService.h"
#include "net/RequestLog.h"
#include "net/RoleAssignmentsService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QRegularExpression>
#include <QTest>
#include <QUuid>

#include <map>
#include <memory>
#include <optional>

using namespace csc;

namespace {

const QString kProd = QLatin1String(emu::DemoSeed::kSubscriptionProduction);
const QString kDev = QLatin1String(emu::DemoSeed::kSubscriptionDevelopment);
const QString kTenant = QLatin1String(emu::DemoSeed::kTenantId);
const QString kCmkVault = QLatin1String(emu::DemoSeed::kCmkVault);
const QString kLegacyVault = QLatin1String(emu::DemoSeed::kLegacyVault);
const QString kCmkKey = QLatin1String(emu::DemoSeed::kCmkKeyName);
const QString kEncryptionUser = QLatin1String(AzureRoles::kKeyVaultCryptoServiceEncryptionUser);
/// fabrikam-telemetry's system-assigned identity (a service principal of the demo tenant).
const QString kTelemetryPrincipal = QStringLiteral("1d0e0000-0000-4000-8000-000000000006");

QString vaultId(const QString &sub, const QString &rg, const QString &name)
{
    return QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/Microsoft.KeyVault/vaults/%3")
        .arg(sub, rg, name);
}

QString cmkVaultId()
{
    return vaultId(kProd, QLatin1String(emu::DemoSeed::kCmkVaultGroup), kCmkVault);
}

QString legacyVaultId()
{
    return vaultId(kDev, QLatin1String(emu::DemoSeed::kLegacyVaultGroup), kLegacyVault);
}

template <typename T> Result<T> waitFor(std::optional<Result<T>> &slot)
{
    if (!QTest::qWaitFor([&] { return slot.has_value(); }, 30000))
        return ApiError::make(ApiError::Kind::Timeout, QStringLiteral("no answer within 30 s"));
    return *slot;
}

const char *why(const ApiError &e)
{
    static QByteArray text;
    text = e.detailedText().toUtf8();
    return text.constData();
}

#define VERIFY_OK(r) QVERIFY2((r).ok(), (r).ok() ? "" : why((r).error()))

} // namespace

class TestKeyVaultService : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void listAndGetVaults();
    void invalidInputIsAnsweredLater_data();
    void invalidInputIsAnsweredLater();
    void createVaultAndApplyFixes();
    void enablePurgeProtectionOnLegacyVault();
    void addAndRemoveAccessPolicy();
    void keysThroughTheDataPlane();
    void bearerTokenIsSentUpFront();
    void tokenOnlyGoesToTheCloudsVaults();
    void forbiddenKeepsTheInnerErrorCode_data();
    void forbiddenKeepsTheInnerErrorCode();
    void roleAssignmentsCreateListRemove();
    void userAssignedIdentities();
    void graphServicePrincipalLookup();
    void encryptionWithSystemIdentity();
    void combinedIdentityAndKeyChangeIsRefused();
    void destroyedContextGetsNoAnswer();

private:
    AzureSession *session(test::DemoWho who = test::DemoOwner);
    Result<KeyVault> getVault(const QString &id);
    Result<KeyVaultKey> getKey(const KeyVaultKeyId &id);
    Result<RoleAssignment> grant(const QString &scope, const QString &principalId);

    test::LocalCloudFixture m_cloud;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<RequestLog> m_log;
    std::map<int, std::unique_ptr<AzureSession>> m_sessions;
};

void TestKeyVaultService::initTestCase()
{
    emu::EmulatorOptions options;
    options.lroDelayMs = 200; // the account PATCHes run as real long-running operations
    const Result<void> started = m_cloud.start(options);
    QVERIFY2(started.ok(), started.ok() ? "" : why(started.error()));
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_log = std::make_unique<RequestLog>();
    QVERIFY(session(test::DemoOwner));
}

AzureSession *TestKeyVaultService::session(test::DemoWho who)
{
    auto &slot = m_sessions[who];
    if (!slot)
        slot = m_cloud.session(m_nam.get(), m_log.get(), who);
    return slot.get();
}

Result<KeyVault> TestKeyVaultService::getVault(const QString &id)
{
    KeyVaultService kv(session());
    std::optional<Result<KeyVault>> got;
    kv.getVault(id, this, [&got](const Result<KeyVault> &r) { got = r; });
    return waitFor(got);
}

Result<KeyVaultKey> TestKeyVaultService::getKey(const KeyVaultKeyId &id)
{
    KeyVaultService kv(session());
    std::optional<Result<KeyVaultKey>> got;
    kv.getKey(id, this, [&got](const Result<KeyVaultKey> &r) { got = r; });
    return waitFor(got);
}

Result<RoleAssignment> TestKeyVaultService::grant(const QString &scope, const QString &principalId)
{
    RoleAssignmentsService roles(session());
    std::optional<Result<RoleAssignment>> got;
    roles.create(scope, kEncryptionUser, principalId, QStringLiteral("ServicePrincipal"),
                 QStringLiteral("Cosmos DB CMK access"), this,
                 [&got](const Result<RoleAssignment> &r) { got = r; });
    return waitFor(got);
}

void TestKeyVaultService::listAndGetVaults()
{
    KeyVaultService kv(session());
    std::optional<Result<QList<KeyVault>>> listed;
    QVERIFY(kv.listVaults(kProd, this, [&listed](const Result<QList<KeyVault>> &r) { listed = r; }));
    const auto vaults = waitFor(listed);
    VERIFY_OK(vaults);
    const KeyVault *ready = nullptr;
    for (const KeyVault &v : vaults.value()) {
        if (v.name == kCmkVault)
            ready = &v;
    }
    QVERIFY(ready);
    QCOMPARE(ready->id, cmkVaultId());
    QCOMPARE(ready->resourceGroup, QLatin1String(emu::DemoSeed::kCmkVaultGroup));
    QVERIFY(ready->enablePurgeProtection);
    QVERIFY(ready->enableSoftDelete);
    QVERIFY(ready->enableRbacAuthorization);
    QVERIFY(ready->allowsTrustedServices());
    QCOMPARE(ready->tenantId, kTenant);
    // The data-plane base is the vault's own loopback listener, exactly as ARM reports it.
    QCOMPARE(ready->vaultUri, QUrl(m_cloud.emulator().vaultUri(kCmkVault)));
    QCOMPARE(ready->vaultUri.host(), QStringLiteral("127.0.0.1"));

    const auto legacy = getVault(legacyVaultId());
    VERIFY_OK(legacy);
    QCOMPARE(legacy.value().name, kLegacyVault);
    QVERIFY(!legacy.value().enableRbacAuthorization);
    QCOMPARE(legacy.value().softDeleteRetentionInDays, 30);
    const KeyVaultAccessPolicy *analytics =
        legacy.value().accessPolicyFor(QStringLiteral("1d0e0000-0000-4000-8000-000000000005"), kTenant);
    QVERIFY(analytics);
    QVERIFY(analytics->allowsCustomerManagedKey());

    const auto missing = getVault(vaultId(kProd, QStringLiteral("rg-orders"), QStringLiteral("no-such-kv")));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().httpStatus, 404);
    QCOMPARE(missing.error().code, QStringLiteral("ResourceNotFound"));
}

void TestKeyVaultService::invalidInputIsAnsweredLater_data()
{
    QTest::addColumn<int>("call");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("vault id of an account") << 0 << QStringLiteral("is not the id of a key vault");
    QTest::newRow("http vault uri") << 1 << QStringLiteral("https address");
    QTest::newRow("bad key size") << 2 << QStringLiteral("2048, 3072 or 4096");
    QTest::newRow("bad vault name") << 3 << QStringLiteral("start with a letter");
    QTest::newRow("role scope") << 4
                                << QStringLiteral("not a subscription, resource group or resource scope");
    QTest::newRow("identity name") << 5 << QStringLiteral("start with a letter or a digit");
    QTest::newRow("graph app id") << 6 << QStringLiteral("must be a GUID");
    QTest::newRow("key uri") << 7 << QStringLiteral("must start with https://");
    QTest::newRow("default identity") << 8 << QStringLiteral("FirstPartyIdentity");
}

void TestKeyVaultService::invalidInputIsAnsweredLater()
{
    QFETCH(int, call);
    QFETCH(QString, fragment);
    KeyVaultService kv(session());
    RoleAssignmentsService roles(session());
    IdentityService identities(session());
    EncryptionService encryption(session(),
                                 test::LocalCloudFixture::accountId(QStringLiteral("contoso-legacy")));
    std::optional<ApiError> error;
    int calls = 0;
    const auto fail = [&](const auto &r) {
        ++calls;
        if (!r.ok())
            error = r.error();
    };
    AbstractJob *job = nullptr;
    switch (call) {
    case 0:
        job = kv.getVault(test::LocalCloudFixture::accountId(QStringLiteral("contoso-orders")), this, fail);
        break;
    case 1:
        job = kv.listKeys(QUrl(QStringLiteral("http://127.0.0.1:1/")), this, fail);
        break;
    case 2:
        job =
            kv.createKey(QUrl(m_cloud.emulator().vaultUri(kCmkVault)), QStringLiteral("k"), 1024, this, fail);
        break;
    case 3: {
        KeyVaultService::NewVault nv;
        nv.subscriptionId = kProd;
        nv.resourceGroup = QStringLiteral("rg-orders");
        nv.name = QStringLiteral("1-bad");
        nv.location = QStringLiteral("westus");
        nv.tenantId = kTenant;
        job = kv.createVault(nv, this, fail);
        break;
    }
    case 4:
        job =
            roles.list(QStringLiteral("/providers/Microsoft.Management/managementGroups/x"), {}, this, fail);
        break;
    case 5:
        job = identities.createUserAssigned(kProd, QStringLiteral("rg-orders"), QStringLiteral("-x-identity"),
                                            QStringLiteral("westus"), this, fail);
        break;
    case 6:
        job = identities.servicePrincipalByAppId(QStringLiteral("Azure Cosmos DB"), this, fail);
        break;
    case 7:
        job = encryption.setKeyVaultKeyUri(
            QStringLiteral("http://contoso-orders-kv.vault.azure.net/keys/cosmos-cmk"), {}, this, fail);
        break;
    case 8:
        job = encryption.setDefaultIdentity(QStringLiteral("ManagedIdentity"), this, fail);
        break;
    }
    QVERIFY(!job);
    QCOMPARE(calls, 0); // never re-entrantly
    QTRY_COMPARE(calls, 1);
    QVERIFY(error.has_value());
    QCOMPARE(error->kind, ApiError::Kind::Validation);
    QVERIFY2(error->message.contains(fragment), qPrintable(error->message));
    QTest::qWait(50);
    QCOMPARE(calls, 1);
}

void TestKeyVaultService::createVaultAndApplyFixes()
{
    KeyVaultService kv(session());
    KeyVaultService::NewVault nv;
    nv.subscriptionId = kProd;
    nv.resourceGroup = QStringLiteral("rg-orders");
    nv.name = QStringLiteral("kvnet-orders-kv");
    nv.location = QStringLiteral("westus");
    nv.tenantId = kTenant;
    nv.softDeleteRetentionInDays = 7;
    std::optional<Result<KeyVault>> created;
    QVERIFY(kv.createVault(nv, this, [&created](const Result<KeyVault> &r) { created = r; }));
    const auto vault = waitFor(created);
    VERIFY_OK(vault);
    QCOMPARE(vault.value().name, nv.name);
    QVERIFY(vault.value().enablePurgeProtection);
    QVERIFY(vault.value().enableRbacAuthorization);
    QCOMPARE(vault.value().softDeleteRetentionInDays, 7);
    QCOMPARE(vault.value().vaultUri, QUrl(m_cloud.emulator().vaultUri(nv.name)));

    // Close the firewall with one IP rule, then let trusted services through: the IP rule stays.
    const QString id = vault.value().id;
    RestRequest req("PATCH", kv.vaultIdUrl(id));
    req.authorizer = session()->armAuthorizer();
    req.body =
        QJsonDocument(
            QJsonObject{
                {QStringLiteral("properties"),
                 QJsonObject{{QStringLiteral("networkAcls"),
                              QJsonObject{{QStringLiteral("defaultAction"), QStringLiteral("Deny")},
                                          {QStringLiteral("bypass"), QStringLiteral("None")},
                                          {QStringLiteral("ipRules"),
                                           QJsonArray{QJsonObject{{QStringLiteral("value"),
                                                                   QStringLiteral("203.0.113.7/32")}}}}}}}}})
            .toJson(QJsonDocument::Compact);
    std::optional<RestResult> closed;
    RestJob *patch = session()->client()->send(req);
    connect(patch, &RestJob::finished, this, [&closed](const RestResult &r) { closed = r; });
    QTRY_VERIFY_WITH_TIMEOUT(closed.has_value(), 30000);
    QVERIFY2(closed->ok(), closed->ok() ? "" : why(closed->error()));
    auto firewalled = getVault(id);
    VERIFY_OK(firewalled);
    QVERIFY(!firewalled.value().allowsTrustedServices());

    std::optional<Result<KeyVault>> fixed;
    QVERIFY(kv.applyFix(id, KeyVaultService::VaultFix::AllowTrustedServices, this,
                        [&fixed](const Result<KeyVault> &r) { fixed = r; }));
    const auto after = waitFor(fixed);
    VERIFY_OK(after);
    QCOMPARE(after.value().networkBypass, QStringLiteral("AzureServices"));
    QCOMPARE(after.value().networkDefaultAction, QStringLiteral("Deny"));
    QCOMPARE(after.value().ipRules, QStringList{QStringLiteral("203.0.113.7/32")});
    QVERIFY(after.value().allowsTrustedServices());

    fixed.reset();
    QVERIFY(kv.applyFix(id, KeyVaultService::VaultFix::EnablePublicNetworkAccess, this,
                        [&fixed](const Result<KeyVault> &r) { fixed = r; }));
    const auto open = waitFor(fixed);
    VERIFY_OK(open);
    QVERIFY(open.value().isPublicNetworkAccessEnabled());

    // PUT is create-or-replace: the same vault again answers with it.
    created.reset();
    QVERIFY(kv.createVault(nv, this, [&created](const Result<KeyVault> &r) { created = r; }));
    const auto again = waitFor(created);
    VERIFY_OK(again);
    QCOMPARE(again.value().id, id);
    QVERIFY(again.value().enablePurgeProtection);
}

void TestKeyVaultService::enablePurgeProtectionOnLegacyVault()
{
    const auto before = getVault(legacyVaultId());
    VERIFY_OK(before);
    QVERIFY(!before.value().enablePurgeProtection);
    KeyVaultService kv(session());
    std::optional<Result<KeyVault>> fixed;
    QVERIFY(kv.applyFix(legacyVaultId(), KeyVaultService::VaultFix::EnablePurgeProtection, this,
                        [&fixed](const Result<KeyVault> &r) { fixed = r; }));
    const auto after = waitFor(fixed);
    VERIFY_OK(after);
    QVERIFY(after.value().enablePurgeProtection);
    // Everything else is kept.
    QCOMPARE(after.value().accessPolicies.size(), before.value().accessPolicies.size());
    QCOMPARE(after.value().softDeleteRetentionInDays, 30);
    const auto reread = getVault(legacyVaultId());
    VERIFY_OK(reread);
    QVERIFY(reread.value().enablePurgeProtection);
}

void TestKeyVaultService::addAndRemoveAccessPolicy()
{
    KeyVaultService kv(session());
    const KeyVaultAccessPolicy policy =
        KeyVaultAccessPolicy::forCustomerManagedKey(kTenant, kTelemetryPrincipal);
    std::optional<Result<KeyVault>> added;
    QVERIFY(kv.addAccessPolicy(legacyVaultId(), policy, this,
                               [&added](const Result<KeyVault> &r) { added = r; }));
    const auto vault = waitFor(added);
    VERIFY_OK(vault);
    const KeyVaultAccessPolicy *p = vault.value().accessPolicyFor(kTelemetryPrincipal, kTenant);
    QVERIFY(p);
    QVERIFY(p->allowsCustomerManagedKey());

    std::optional<Result<KeyVault>> removed;
    QVERIFY(kv.removeAccessPolicy(legacyVaultId(), *p, this,
                                  [&removed](const Result<KeyVault> &r) { removed = r; }));
    const auto after = waitFor(removed);
    VERIFY_OK(after);
    QVERIFY(!after.value().accessPolicyFor(kTelemetryPrincipal));
    QVERIFY(after.value().accessPolicyFor(QStringLiteral("1d0e0000-0000-4000-8000-000000000005")));

    // A reader may not change the policies: the service's 403 comes back.
    KeyVaultService asReader(session(test::DemoReader));
    std::optional<Result<KeyVault>> refused;
    asReader.addAccessPolicy(cmkVaultId(), policy, this,
                             [&refused](const Result<KeyVault> &r) { refused = r; });
    const auto denied = waitFor(refused);
    QVERIFY(!denied.ok());
    QCOMPARE(denied.error().httpStatus, 403);
    QCOMPARE(denied.error().code, QStringLiteral("AuthorizationFailed"));
}

void TestKeyVaultService::keysThroughTheDataPlane()
{
    KeyVaultService kv(session());
    const QUrl vaultUri(m_cloud.emulator().vaultUri(kCmkVault));

    std::optional<Result<QList<KeyVaultKey>>> listed;
    QVERIFY(kv.listKeys(vaultUri, this, [&listed](const Result<QList<KeyVaultKey>> &r) { listed = r; }));
    const auto keys = waitFor(listed);
    VERIFY_OK(keys);
    bool found = false;
    for (const KeyVaultKey &k : keys.value()) {
        if (k.id.name == kCmkKey) {
            found = true;
            QVERIFY(k.id.isVersionless());
            QVERIFY(k.enabled);
        }
    }
    QVERIFY(found);

    const KeyVaultKeyId cmkId =
        KeyVaultKeyId::parse(vaultUri.toString() + QStringLiteral("keys/") + kCmkKey).value();
    const auto cmk = getKey(cmkId);
    VERIFY_OK(cmk);
    QCOMPARE(cmk.value().keySize, 3072);
    QVERIFY(cmk.value().isRsa());
    QVERIFY(!cmk.value().id.isVersionless());
    QCOMPARE(cmk.value().id.vaultUri.port(), vaultUri.port());
    QVERIFY(cmk.value().suitsCustomerManagedKey(QDateTime::currentDateTimeUtc()));

    // Create, rotate, list the versions (newest first), disable the first version.
    std::optional<Result<KeyVaultKey>> made;
    QVERIFY(kv.createKey(vaultUri, QStringLiteral("kvnet-key"), 2048, this,
                         [&made](const Result<KeyVaultKey> &r) { made = r; }));
    const auto first = waitFor(made);
    VERIFY_OK(first);
    QCOMPARE(first.value().keySize, 2048);
    QCOMPARE(first.value().keyOps, (QStringList{QStringLiteral("wrapKey"), QStringLiteral("unwrapKey")}));
    std::optional<Result<KeyVaultKey>> rotated;
    QVERIFY(kv.rotateKey(vaultUri, QStringLiteral("kvnet-key"), this,
                         [&rotated](const Result<KeyVaultKey> &r) { rotated = r; }));
    const auto second = waitFor(rotated);
    VERIFY_OK(second);
    QCOMPARE(second.value().id.name, QStringLiteral("kvnet-key"));
    QVERIFY(second.value().id.version != first.value().id.version);
    QCOMPARE(second.value().keySize, 2048);

    std::optional<Result<QList<KeyVaultKey>>> versions;
    QVERIFY(kv.listKeyVersions(vaultUri, QStringLiteral("kvnet-key"), this,
                               [&versions](const Result<QList<KeyVaultKey>> &r) { versions = r; }));
    const auto all = waitFor(versions);
    VERIFY_OK(all);
    QCOMPARE(all.value().size(), 2);
    QCOMPARE(all.value().at(0).id.version, second.value().id.version);
    QCOMPARE(all.value().at(1).id.version, first.value().id.version);

    std::optional<Result<KeyVaultKey>> disabled;
    QVERIFY(kv.setKeyEnabled(first.value().id, false, this,
                             [&disabled](const Result<KeyVaultKey> &r) { disabled = r; }));
    const auto off = waitFor(disabled);
    VERIFY_OK(off);
    QVERIFY(!off.value().enabled);
    QVERIFY(!off.value().suitsCustomerManagedKey(QDateTime::currentDateTimeUtc()));
    const auto reread = getKey(first.value().id);
    VERIFY_OK(reread);
    QVERIFY(!reread.value().enabled);
    const auto latest = getKey(KeyVaultKeyId::parse(first.value().id.versionless()).value());
    VERIFY_OK(latest);
    QVERIFY(latest.value().enabled);
    QCOMPARE(latest.value().id.version, second.value().id.version);

    // A missing key: the Key Vault error code, and Key Vault named as the service.
    const auto missing =
        getKey(KeyVaultKeyId::parse(vaultUri.toString() + QStringLiteral("keys/no-such-key")).value());
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().httpStatus, 404);
    QCOMPARE(missing.error().code, QStringLiteral("KeyNotFound"));
    QVERIFY(missing.error().summary().contains(QLatin1String("Key Vault")));

    // A paged list: more keys than one page (25) holds.
    for (int i = 0; i < 25; ++i) {
        made.reset();
        kv.createKey(vaultUri, QStringLiteral("kvnet-page-%1").arg(i), 2048, this,
                     [&made](const Result<KeyVaultKey> &r) { made = r; });
        const auto k = waitFor(made);
        VERIFY_OK(k);
    }
    listed.reset();
    kv.listKeys(vaultUri, this, [&listed](const Result<QList<KeyVaultKey>> &r) { listed = r; });
    const auto many = waitFor(listed);
    VERIFY_OK(many);
    QVERIFY2(many.value().size() >= 27, qPrintable(QString::number(many.value().size())));
}

void TestKeyVaultService::bearerTokenIsSentUpFront()
{
    m_log->clear();
    const QUrl vaultUri(m_cloud.emulator().vaultUri(kCmkVault));
    const auto key =
        getKey(KeyVaultKeyId::parse(vaultUri.toString() + QStringLiteral("keys/") + kCmkKey).value());
    VERIFY_OK(key);
    int vaultRequests = 0;
    for (const RequestLogEntry &e : m_log->entries()) {
        if (!e.url.contains(QStringLiteral(":%1/").arg(vaultUri.port())))
            continue;
        ++vaultRequests;
        // No unauthenticated first try answered with the 401 challenge: the token goes with the request.
        QCOMPARE(e.status, 200);
        QCOMPARE(e.attempt, 1);
    }
    QCOMPARE(vaultRequests, 1);
}

void TestKeyVaultService::tokenOnlyGoesToTheCloudsVaults()
{
    // A public-cloud connection: Key Vault tokens only go to *.vault.azure.net.
    ConnectionProfile profile = m_cloud.profile(test::DemoOwner);
    profile.cloud = CloudEnvironment::Id::AzureCloud;
    profile.localCloud = false;
    auto created =
        AzureSession::create(profile, SecureBytes(QByteArray("not-used")), m_nam.get(), m_log.get());
    VERIFY_OK(created);
    std::unique_ptr<AzureSession> publicCloud = std::move(created.value());
    QCOMPARE(publicCloud->environment().id, CloudEnvironment::Id::AzureCloud);
    KeyVaultService kv(publicCloud.get());
    QVERIFY(kv.isVaultHostOfThisCloud(QUrl(QStringLiteral("https://contoso-orders-kv.vault.azure.net/"))));
    QVERIFY(!kv.isVaultHostOfThisCloud(QUrl(QStringLiteral("https://vault.azure.net.example.com/"))));
    QVERIFY(!kv.isVaultHostOfThisCloud(QUrl(QStringLiteral("https://127.0.0.1:1/"))));

    m_log->clear();
    std::optional<Result<KeyVaultKey>> got;
    QVERIFY(!kv.getKey(KeyVaultKeyId::parse(QStringLiteral("https://keys.example.com/keys/cmk")).value(),
                       this, [&got](const Result<KeyVaultKey> &r) { got = r; }));
    const auto refused = waitFor(got);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ApiError::Kind::Validation);
    QVERIFY2(refused.error().message.contains(QLatin1String("*.vault.azure.net")),
             qPrintable(refused.error().message));
    QVERIFY(m_log->entries().isEmpty()); // nothing was sent, not even a token request
}

void TestKeyVaultService::forbiddenKeepsTheInnerErrorCode_data()
{
    QTest::addColumn<int>("who");
    QTest::addColumn<QString>("vault");
    QTest::addColumn<QString>("inner");
    QTest::newRow("RBAC vault, no role")
        << int(test::DemoReader) << kCmkVault << QStringLiteral("ForbiddenByRbac");
    QTest::newRow("access policy vault, no policy")
        << int(test::DemoReader) << kLegacyVault << QStringLiteral("AccessDenied");
}

void TestKeyVaultService::forbiddenKeepsTheInnerErrorCode()
{
    QFETCH(int, who);
    QFETCH(QString, vault);
    QFETCH(QString, inner);
    KeyVaultService kv(session(test::DemoWho(who)));
    std::optional<Result<QList<KeyVaultKey>>> listed;
    QVERIFY(kv.listKeys(QUrl(m_cloud.emulator().vaultUri(vault)), this,
                        [&listed](const Result<QList<KeyVaultKey>> &r) { listed = r; }));
    const auto r = waitFor(listed);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ApiError::Kind::Http);
    QCOMPARE(r.error().httpStatus, 403);
    QCOMPARE(r.error().code, QStringLiteral("Forbidden")); // the top code stays the code
    QVERIFY2(r.error().details.contains(QStringLiteral("innererror: ") + inner),
             qPrintable(r.error().details.join(u'|')));
    QVERIFY(r.error().detailedText().contains(inner));
    QVERIFY(!r.error().message.isEmpty());
}

void TestKeyVaultService::roleAssignmentsCreateListRemove()
{
    const QString scope = cmkVaultId();
    const auto created = grant(scope, kTelemetryPrincipal);
    VERIFY_OK(created);
    QCOMPARE(created.value().principalId, kTelemetryPrincipal);
    QCOMPARE(created.value().roleGuid(), kEncryptionUser);
    QCOMPARE(created.value().principalType, QStringLiteral("ServicePrincipal"));
    QCOMPARE(created.value().description, QStringLiteral("Cosmos DB CMK access"));
    QVERIFY(created.value().createdOn.isValid());

    // Again: the service says RoleAssignmentExists; the answer is the existing assignment.
    const auto again = grant(scope, kTelemetryPrincipal);
    VERIFY_OK(again);
    QCOMPARE(again.value().id, created.value().id);

    RoleAssignmentsService roles(session());
    std::optional<Result<QList<RoleAssignment>>> listed;
    QVERIFY(roles.list(scope, kTelemetryPrincipal, this,
                       [&listed](const Result<QList<RoleAssignment>> &r) { listed = r; }));
    auto mine = waitFor(listed);
    VERIFY_OK(mine);
    QCOMPARE(mine.value().size(), 1);
    QVERIFY(RoleAssignmentsService::covers(mine.value(), scope, kEncryptionUser, kTelemetryPrincipal));
    QVERIFY(RoleAssignmentsService::covers(mine.value(), scope + QStringLiteral("/keys/") + kCmkKey,
                                           kEncryptionUser, kTelemetryPrincipal));
    listed.reset();
    QVERIFY(roles.list(scope, {}, this, [&listed](const Result<QList<RoleAssignment>> &r) { listed = r; }));
    const auto atScope = waitFor(listed);
    VERIFY_OK(atScope);
    QVERIFY(atScope.value().size() >= 3); // the seed's two plus ours (and the Owner's from the subscription)
    QVERIFY(RoleAssignmentsService::covers(atScope.value(), scope, kEncryptionUser,
                                           QStringLiteral("1d0e0000-0000-4000-8000-000000000001")));

    std::optional<Result<void>> removed;
    QVERIFY(roles.remove(created.value().id, this, [&removed](const Result<void> &r) { removed = r; }));
    const auto gone = waitFor(removed);
    VERIFY_OK(gone);
    listed.reset();
    roles.list(scope, kTelemetryPrincipal, this,
               [&listed](const Result<QList<RoleAssignment>> &r) { listed = r; });
    mine = waitFor(listed);
    VERIFY_OK(mine);
    QVERIFY(mine.value().isEmpty());
    // Removing it again is no error (204).
    removed.reset();
    roles.remove(created.value().id, this, [&removed](const Result<void> &r) { removed = r; });
    const auto twice = waitFor(removed);
    VERIFY_OK(twice);

    // A Reader may not grant.
    RoleAssignmentsService asReader(session(test::DemoReader));
    std::optional<Result<RoleAssignment>> refused;
    asReader.create(scope, kEncryptionUser, kTelemetryPrincipal, QStringLiteral("ServicePrincipal"), {}, this,
                    [&refused](const Result<RoleAssignment> &r) { refused = r; });
    const auto denied = waitFor(refused);
    QVERIFY(!denied.ok());
    QCOMPARE(denied.error().httpStatus, 403);
    QCOMPARE(denied.error().code, QStringLiteral("AuthorizationFailed"));
}

void TestKeyVaultService::userAssignedIdentities()
{
    IdentityService identities(session());
    std::optional<Result<QList<UserAssignedIdentityResource>>> listed;
    QVERIFY(identities.listUserAssigned(kDev, this, [&listed](const auto &r) { listed = r; }));
    auto dev = waitFor(listed);
    VERIFY_OK(dev);
    QCOMPARE(dev.value().size(), 1);
    QCOMPARE(dev.value().at(0).name, QStringLiteral("fabrikam-analytics-cmk"));
    QCOMPARE(dev.value().at(0).principalId, QStringLiteral("1d0e0000-0000-4000-8000-000000000005"));
    QCOMPARE(dev.value().at(0).resourceGroup, QStringLiteral("rg-analytics"));

    std::optional<Result<UserAssignedIdentityResource>> created;
    QVERIFY(identities.createUserAssigned(kProd, QStringLiteral("rg-orders"),
                                          QStringLiteral("kvnet-identity"), QStringLiteral("westus"), this,
                                          [&created](const auto &r) { created = r; }));
    const auto made = waitFor(created);
    VERIFY_OK(made);
    QCOMPARE(made.value().name, QStringLiteral("kvnet-identity"));
    QVERIFY(!QUuid::fromString(made.value().principalId).isNull());
    QVERIFY(!QUuid::fromString(made.value().clientId).isNull());
    QCOMPARE(made.value().tenantId, kTenant);

    listed.reset();
    identities.listUserAssigned(kProd, this, [&listed](const auto &r) { listed = r; });
    const auto prod = waitFor(listed);
    VERIFY_OK(prod);
    bool found = false;
    for (const auto &i : prod.value())
        found = found || (i.id == made.value().id && i.principalId == made.value().principalId);
    QVERIFY(found);

    // A Reader may not create one.
    IdentityService asReader(session(test::DemoReader));
    created.reset();
    asReader.createUserAssigned(kProd, QStringLiteral("rg-orders"), QStringLiteral("kvnet-refused"),
                                QStringLiteral("westus"), this, [&created](const auto &r) { created = r; });
    const auto denied = waitFor(created);
    QVERIFY(!denied.ok());
    QCOMPARE(denied.error().httpStatus, 403);
}

void TestKeyVaultService::graphServicePrincipalLookup()
{
    IdentityService identities(session());
    QCOMPARE(
        identities.servicePrincipalUrl(QLatin1String(kCosmosFirstPartyAppId)).path(),
        QStringLiteral("/v1.0/servicePrincipals(appId='%1')").arg(QLatin1String(kCosmosFirstPartyAppId)));
    std::optional<Result<ServicePrincipalInfo>> got;
    QVERIFY(identities.servicePrincipalByAppId(QLatin1String(kCosmosFirstPartyAppId), this,
                                               [&got](const Result<ServicePrincipalInfo> &r) { got = r; }));
    const auto sp = waitFor(got);
    VERIFY_OK(sp);
    QCOMPARE(sp.value().objectId, QStringLiteral("1d0e0000-0000-4000-8000-0000000000c0"));
    QCOMPARE(sp.value().appId, QLatin1String(kCosmosFirstPartyAppId));
    QCOMPARE(sp.value().displayName, QStringLiteral("Azure Cosmos DB"));

    got.reset();
    identities.servicePrincipalByAppId(QStringLiteral("0000dead-0000-4000-8000-000000000000"), this,
                                       [&got](const Result<ServicePrincipalInfo> &r) { got = r; });
    const auto missing = waitFor(got);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().httpStatus, 404);
}

void TestKeyVaultService::encryptionWithSystemIdentity()
{
    const QString accountId = test::LocalCloudFixture::accountId(QStringLiteral("contoso-legacy"));
    const auto account = test::LocalCloudFixture::fetchAccount(session(), QStringLiteral("contoso-legacy"));
    VERIFY_OK(account);
    QVERIFY(!account.value().identity.hasSystemAssigned());
    EncryptionService encryption(session(), accountId);
    encryption.setDefaultPollIntervalMs(100);

    std::optional<Result<CosmosAccount>> added;
    QStringList progress;
    LroJob *job = encryption.addIdentities(account.value(), true, {}, this,
                                           [&added](const Result<CosmosAccount> &r) { added = r; });
    QVERIFY(job);
    connect(job, &LroJob::progressed, this, [&progress](const QString &status, int) { progress << status; });
    const auto withIdentity = waitFor(added);
    VERIFY_OK(withIdentity);
    QVERIFY(withIdentity.value().identity.hasSystemAssigned());
    const QString principal = withIdentity.value().identity.principalId;
    QVERIFY(!QUuid::fromString(principal).isNull());
    QVERIFY(!progress.isEmpty()); // it ran as a long-running operation

    // Not granted yet: the account refuses the key, and says why.
    const QString keyUri = QStringLiteral("https://%1.vault.azure.net/keys/%2").arg(kCmkVault, kCmkKey);
    std::optional<Result<CosmosAccount>> keyed;
    QVERIFY(encryption.setKeyVaultKeyUri(keyUri, QStringLiteral("SystemAssignedIdentity"), this,
                                         [&keyed](const Result<CosmosAccount> &r) { keyed = r; }));
    const auto refused = waitFor(keyed);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().httpStatus, 400);
    QVERIFY2(refused.error().message.contains(QLatin1String("4002")), qPrintable(refused.error().message));

    const auto granted = grant(cmkVaultId(), principal);
    VERIFY_OK(granted);
    keyed.reset();
    QVERIFY(encryption.setKeyVaultKeyUri(keyUri, QStringLiteral("SystemAssignedIdentity"), this,
                                         [&keyed](const Result<CosmosAccount> &r) { keyed = r; }));
    const auto encrypted = waitFor(keyed);
    VERIFY_OK(encrypted);
    QCOMPARE(encrypted.value().keyVaultKeyUri, keyUri);
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$"))
                .match(encrypted.value().keyVaultKeyUriVersion)
                .hasMatch());
    QCOMPARE(encrypted.value().defaultIdentity, QStringLiteral("SystemAssignedIdentity"));
    QCOMPARE(encrypted.value().customerManagedKeyStatus,
             QLatin1String(emu::CustomerManagedKeys::kAccessConfirmed));

    std::optional<Result<CosmosAccount>> refreshed;
    QVERIFY(encryption.refresh(this, [&refreshed](const Result<CosmosAccount> &r) { refreshed = r; }));
    const auto current = waitFor(refreshed);
    VERIFY_OK(current);
    QCOMPARE(current.value().keyVaultKeyUriVersion, encrypted.value().keyVaultKeyUriVersion);

    std::optional<Result<CosmosAccount>> defaulted;
    QVERIFY(encryption.setDefaultIdentity(QStringLiteral("SystemAssignedIdentity"), this,
                                          [&defaulted](const Result<CosmosAccount> &r) { defaulted = r; }));
    const auto same = waitFor(defaulted);
    VERIFY_OK(same);
    QCOMPARE(same.value().defaultIdentity, QStringLiteral("SystemAssignedIdentity"));
}

void TestKeyVaultService::combinedIdentityAndKeyChangeIsRefused()
{
    // EncryptionService never sends both; what Azure answers when a client does must still reach the user.
    const QString accountId = test::LocalCloudFixture::accountId(QStringLiteral("contoso-catalog"));
    const auto account = test::LocalCloudFixture::fetchAccount(session(), QStringLiteral("contoso-catalog"));
    VERIFY_OK(account);
    QJsonObject body = EncryptionService::identityPatch(account.value(), true, {});
    body.insert(QStringLiteral("properties"),
                EncryptionService::keyPatch(
                    QStringLiteral("https://%1.vault.azure.net/keys/%2").arg(kCmkVault, kCmkKey), {})
                    .value(QStringLiteral("properties")));
    RestRequest req("PATCH", session()->environment().armUrl(accountId, EncryptionService::apiVersion()));
    req.authorizer = session()->armAuthorizer();
    req.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    LroJob *job = session()->client()->sendLongRunning(req);
    std::optional<RestResult> result;
    connect(job, &LroJob::finished, this, [&result](const RestResult &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
    QVERIFY(!result->ok());
    QCOMPARE(result->error().httpStatus, 400);
    QVERIFY2(result->error().message.contains(QLatin1String("cannot be changed in the same update")),
             qPrintable(result->error().message));
    QVERIFY(result->error().summary().contains(QLatin1String("cannot be changed in the same update")));
    const auto after = test::LocalCloudFixture::fetchAccount(session(), QStringLiteral("contoso-catalog"));
    VERIFY_OK(after);
    QVERIFY(!after.value().identity.hasSystemAssigned());
    QVERIFY(after.value().keyVaultKeyUri.isEmpty());
}

void TestKeyVaultService::destroyedContextGetsNoAnswer()
{
    KeyVaultService kv(session());
    auto *context = new QObject(this);
    int calls = 0;
    AbstractJob *job = kv.listKeys(QUrl(m_cloud.emulator().vaultUri(kCmkVault)), context,
                                   [&calls](const Result<QList<KeyVaultKey>> &) { ++calls; });
    QVERIFY(job);
    QPointer<AbstractJob> watched(job);
    delete context; // aborts the job
    QTRY_VERIFY(!watched);
    QTest::qWait(100);
    QCOMPARE(calls, 0);

    // A multi-step call (PUT, then GET) aborted by its context: no answer, no later step.
    RoleAssignmentsService roles(session());
    context = new QObject(this);
    job = roles.create(cmkVaultId(), kEncryptionUser, kTelemetryPrincipal, QStringLiteral("ServicePrincipal"),
                       {}, context, [&calls](const Result<RoleAssignment> &) { ++calls; });
    QVERIFY(job);
    watched = job;
    delete context;
    QTRY_VERIFY(!watched);
    QTest::qWait(100);
    QCOMPARE(calls, 0);

    // Aborting a multi-step call answers Cancelled.
    std::optional<Result<KeyVault>> answer;
    job = kv.addAccessPolicy(legacyVaultId(),
                             KeyVaultAccessPolicy::forCustomerManagedKey(kTenant, kTelemetryPrincipal), this,
                             [&answer](const Result<KeyVault> &r) { answer = r; });
    QVERIFY(job);
    job->abort();
    QVERIFY(answer.has_value());
    QVERIFY(!answer->ok());
    QVERIFY(answer->error().isCancelled());
}

QTEST_GUILESS_MAIN(TestKeyVaultService)
#include "tst_keyvaultservice.moc"
