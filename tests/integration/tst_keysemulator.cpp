// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "LocalCloudFixture.h"
#include "core/Clock.h"
#include "net/ApiClient.h"
#include "net/ArmService.h"
#include "net/AzureSession.h"
#include "net/CosmosDataClient.h"
#include "net/KeysService.h"
#include "net/RequestLog.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace csc;

namespace {

const QString kLegacy = QStringLiteral("contoso-legacy");
const QString kCatalog = QStringLiteral("contoso-catalog");

/// Real time moved by a fixed offset, so that times written by the local cloud differ from the seed's.
class OffsetClock : public Clock
{
public:
    explicit OffsetClock(qint64 seconds) : m_offset(seconds) {}
    QDateTime utcNow() const override { return QDateTime::currentDateTimeUtc().addSecs(m_offset); }

private:
    qint64 m_offset;
};

template <typename T> std::optional<Result<T>> waitFor(std::optional<Result<T>> &slot)
{
    if (!QTest::qWaitFor([&] { return slot.has_value(); }, 30000))
        return std::nullopt;
    return slot;
}

} // namespace

class TestKeysEmulator : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void listKeysAsOwner();
    void readerIsRefusedWithTheMissingAction_data();
    void readerIsRefusedWithTheMissingAction();
    void regenerateKeyReportsProgressAndNewGenerationTime();
    void disableLocalAuthRoundTrip();
    void testKeyAgainstTheDataPlane();
    void testKeyWhenLocalAuthIsDisabled();

private:
    /// "Test key" with `kind` of `account` (keys listed as the owner) at the documentEndpoint ARM reports.
    std::optional<Result<DataPlaneTestReport>> testKey(const QString &account, KeyKind kind);
    std::unique_ptr<KeysService> keys(test::DemoWho who, const QString &account);
    std::optional<Result<AccountKeys>> listKeys(test::DemoWho who, const QString &account);

    test::LocalCloudFixture m_cloud;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<RequestLog> m_log;
    std::vector<std::unique_ptr<AzureSession>> m_sessions;
};

void TestKeysEmulator::initTestCase()
{
    emu::EmulatorOptions options;
    options.lroDelayMs = 300;
    const Result<void> started = m_cloud.start(options);
    QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().summary()));
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_log = std::make_unique<RequestLog>();
}

void TestKeysEmulator::cleanup()
{
    Clock::setInstance(nullptr);
}

std::unique_ptr<KeysService> TestKeysEmulator::keys(test::DemoWho who, const QString &account)
{
    m_sessions.push_back(m_cloud.session(m_nam.get(), m_log.get(), who));
    if (!m_sessions.back())
        return nullptr;
    auto service =
        std::make_unique<KeysService>(m_sessions.back().get(), test::LocalCloudFixture::accountId(account));
    service->setDefaultPollIntervalMs(200);
    return service;
}

std::optional<Result<AccountKeys>> TestKeysEmulator::listKeys(test::DemoWho who, const QString &account)
{
    auto service = keys(who, account);
    if (!service)
        return std::nullopt;
    std::optional<Result<AccountKeys>> got;
    service->listKeys(this, [&got](const Result<AccountKeys> &r) { got = r; });
    return waitFor(got);
}

void TestKeysEmulator::listKeysAsOwner()
{
    const auto got = listKeys(test::DemoOwner, kLegacy);
    QVERIFY(got.has_value());
    QVERIFY2(got->ok(), got->ok() ? "" : qPrintable(got->error().detailedText()));
    const AccountKeys &k = got->value();
    for (KeyKind kind :
         {KeyKind::Primary, KeyKind::Secondary, KeyKind::PrimaryReadonly, KeyKind::SecondaryReadonly})
        QCOMPARE(QByteArray::fromBase64(k.key(kind).bytes()).size(), 64);
    QVERIFY(k.primaryMasterKey.bytes() != k.secondaryMasterKey.bytes());

    auto service = keys(test::DemoOwner, kLegacy);
    std::optional<Result<ConnectionStrings>> strings;
    service->listConnectionStrings(this, [&strings](const Result<ConnectionStrings> &r) { strings = r; });
    QVERIFY(waitFor(strings).has_value());
    QVERIFY(strings->ok());
    QCOMPARE(strings->value().size(), 4);
    QVERIFY(strings->value().first().connectionString.bytes().contains(k.primaryMasterKey.bytes()));
}

void TestKeysEmulator::readerIsRefusedWithTheMissingAction_data()
{
    QTest::addColumn<int>("who");
    QTest::addColumn<int>("list");
    QTest::addColumn<QString>("action");
    QTest::newRow("Reader: listKeys")
        << int(test::DemoReader) << int(KeysService::ListType::Keys)
        << QStringLiteral("Microsoft.DocumentDB/databaseAccounts/listKeys/action");
    QTest::newRow("Reader: readonlykeys")
        << int(test::DemoReader) << int(KeysService::ListType::ReadOnlyKeys)
        << QStringLiteral("Microsoft.DocumentDB/databaseAccounts/readonlykeys/action");
    QTest::newRow("Cosmos DB Operator: connection strings")
        << int(test::DemoCosmosOperator) << int(KeysService::ListType::ConnectionStrings)
        << QStringLiteral("Microsoft.DocumentDB/databaseAccounts/listConnectionStrings/action");
    QTest::newRow("Cosmos DB Account Reader: listKeys")
        << int(test::DemoCosmosReader) << int(KeysService::ListType::Keys)
        << QStringLiteral("Microsoft.DocumentDB/databaseAccounts/listKeys/action");
}

void TestKeysEmulator::readerIsRefusedWithTheMissingAction()
{
    QFETCH(int, who);
    QFETCH(int, list);
    QFETCH(QString, action);
    auto service = keys(test::DemoWho(who), kLegacy);
    QVERIFY(service);
    std::optional<ApiError> error;
    switch (KeysService::ListType(list)) {
    case KeysService::ListType::Keys:
        service->listKeys(
            this, [&error](const Result<AccountKeys> &r) { error = r.ok() ? ApiError() : r.error(); });
        break;
    case KeysService::ListType::ReadOnlyKeys:
        service->listReadOnlyKeys(
            this, [&error](const Result<AccountKeys> &r) { error = r.ok() ? ApiError() : r.error(); });
        break;
    case KeysService::ListType::ConnectionStrings:
        service->listConnectionStrings(
            this, [&error](const Result<ConnectionStrings> &r) { error = r.ok() ? ApiError() : r.error(); });
        break;
    }
    QVERIFY(QTest::qWaitFor([&] { return error.has_value(); }, 30000));
    QCOMPARE(error->kind, ApiError::Kind::Http);
    QCOMPARE(error->httpStatus, 403);
    QCOMPARE(error->code, QStringLiteral("AuthorizationFailed"));
    QVERIFY2(error->message.contains(action), qPrintable(error->message));
    QVERIFY(error->message.contains(test::LocalCloudFixture::accountId(kLegacy)));
    QVERIFY(!error->requestId.isEmpty());
}

void TestKeysEmulator::regenerateKeyReportsProgressAndNewGenerationTime()
{
    OffsetClock later(90); // the seed wrote the old generation times at the real time
    Clock::setInstance(&later);
    const auto before = listKeys(test::DemoOwner, kLegacy);
    QVERIFY(before.has_value() && before->ok());

    auto service = keys(test::DemoOwner, kLegacy);
    std::optional<Result<CosmosAccount>> result;
    LroJob *job = service->regenerateKey(KeyKind::Secondary, this,
                                         [&result](const Result<CosmosAccount> &r) { result = r; });
    QVERIFY(job);
    QSignalSpy progress(job, &LroJob::progressed);
    QVERIFY(waitFor(result).has_value());
    QVERIFY2(result->ok(), result->ok() ? "" : qPrintable(result->error().detailedText()));
    QVERIFY(progress.size() >= 2);
    QCOMPARE(progress.first().first().toString(), QStringLiteral("InProgress")); // the 202
    QCOMPARE(progress.last().first().toString(), QStringLiteral("Succeeded"));
    QCOMPARE(progress.last().at(1).toInt(), 100);

    const CosmosAccount &account = result->value();
    QCOMPARE(account.name, kLegacy);
    QCOMPARE(account.provisioningState, QStringLiteral("Succeeded"));
    const QDateTime generated = account.keysMetadata.secondaryMasterKey;
    QVERIFY(generated.isValid());
    QVERIFY(generated > account.keysMetadata.primaryMasterKey);
    QVERIFY(qAbs(generated.secsTo(later.utcNow())) < 60);

    const auto after = listKeys(test::DemoOwner, kLegacy);
    QVERIFY(after.has_value() && after->ok());
    QVERIFY(after->value().secondaryMasterKey.bytes() != before->value().secondaryMasterKey.bytes());
    QCOMPARE(after->value().primaryMasterKey.bytes(), before->value().primaryMasterKey.bytes());
}

void TestKeysEmulator::disableLocalAuthRoundTrip()
{
    auto service = keys(test::DemoOwner, kCatalog);
    for (const bool disable : {true, false}) {
        std::optional<Result<CosmosAccount>> result;
        LroJob *job = service->setDisableLocalAuth(disable, this,
                                                   [&result](const Result<CosmosAccount> &r) { result = r; });
        QVERIFY(job);
        QSignalSpy progress(job, &LroJob::progressed);
        QVERIFY(waitFor(result).has_value());
        QVERIFY2(result->ok(), result->ok() ? "" : qPrintable(result->error().detailedText()));
        QCOMPARE(result->value().disableLocalAuth, disable);
        QCOMPARE(result->value().provisioningState, QStringLiteral("Succeeded"));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.first().first().toString(), QStringLiteral("Updating"));
    }
    // A principal without write is refused before anything changes.
    auto reader = keys(test::DemoReader, kCatalog);
    std::optional<Result<CosmosAccount>> refused;
    reader->setDisableKeyBasedMetadataWriteAccess(
        true, this, [&refused](const Result<CosmosAccount> &r) { refused = r; });
    QVERIFY(waitFor(refused).has_value());
    QVERIFY(!refused->ok());
    QCOMPARE(refused->error().httpStatus, 403);
    QVERIFY(refused->error().message.contains(QLatin1String("Microsoft.DocumentDB/databaseAccounts/write")));
}

std::optional<Result<DataPlaneTestReport>> TestKeysEmulator::testKey(const QString &account, KeyKind kind)
{
    m_sessions.push_back(m_cloud.session(m_nam.get(), m_log.get(), test::DemoOwner));
    AzureSession *session = m_sessions.back().get();
    if (!session)
        return std::nullopt;
    ArmService arm(session);
    std::optional<Result<CosmosAccount>> got;
    arm.getAccount(test::LocalCloudFixture::accountId(account), this,
                   [&got](const Result<CosmosAccount> &r) { got = r; });
    if (!waitFor(got) || !got->ok())
        return std::nullopt;
    const auto keys = listKeys(test::DemoOwner, account);
    if (!keys || !keys->ok())
        return std::nullopt;
    CosmosDataClient client(session->client(), QUrl(got->value().documentEndpoint));
    std::optional<Result<DataPlaneTestReport>> report;
    client.testKey(keys->value().key(kind), this,
                   [&report](const Result<DataPlaneTestReport> &r) { report = r; });
    return waitFor(report);
}

void TestKeysEmulator::testKeyAgainstTheDataPlane()
{
    QCOMPARE(QUrl(m_cloud.emulator().documentEndpoint(kLegacy)).host(), QStringLiteral("127.0.0.1"));
    for (const KeyKind kind : {KeyKind::Primary, KeyKind::SecondaryReadonly}) {
        const auto report = testKey(kLegacy, kind);
        QVERIFY(report.has_value());
        QVERIFY2(report->ok(), report->ok() ? "" : qPrintable(report->error().detailedText()));
        QCOMPARE(report->value().account.id, kLegacy);
        QCOMPARE(report->value().account.writableRegions, QStringList{QStringLiteral("West Europe")});
        QCOMPARE(report->value().account.consistencyLevel, QStringLiteral("Session"));
        QCOMPARE(report->value().databaseCount, report->value().databases.size());
    }
}

void TestKeysEmulator::testKeyWhenLocalAuthIsDisabled()
{
    // contoso-orders is Entra-only in the demo seed.
    auto report = testKey(QStringLiteral("contoso-orders"), KeyKind::Primary);
    QVERIFY(report.has_value());
    QVERIFY(!report->ok());
    QCOMPARE(report->error().httpStatus, 401);
    QCOMPARE(report->error().subStatus, 5202);
    QVERIFY(report->error().message.contains(QLatin1String("Local Authorization is disabled")));
    QVERIFY(!explainDataPlaneError(report->error()).isEmpty());

    // Switching it off and on again through ARM takes effect on the data plane.
    auto service = keys(test::DemoOwner, kLegacy);
    for (const bool disable : {true, false}) {
        std::optional<Result<CosmosAccount>> result;
        service->setDisableLocalAuth(disable, this,
                                     [&result](const Result<CosmosAccount> &r) { result = r; });
        QVERIFY(waitFor(result).has_value());
        QVERIFY(result->ok());
        report = testKey(kLegacy, KeyKind::Secondary);
        QVERIFY(report.has_value());
        QCOMPARE(report->ok(), !disable);
        if (disable)
            QCOMPARE(report->error().subStatus, 5202);
    }
}

QTEST_GUILESS_MAIN(TestKeysEmulator)
#include "tst_keysemulator.moc"
