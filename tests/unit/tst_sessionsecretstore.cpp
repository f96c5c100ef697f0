// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "secrets/SecretStore.h"

#include <QObject>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace csc;

// SessionSecretStore without a keychain (nullptr): always the memory fallback, so the waiting/queueing logic
// can be checked without D-Bus. The keychain paths are covered by the integration tests keychainstore and
// nosecretservice.
class TestSessionSecretStore : public QObject
{
    Q_OBJECT
private slots:
    void withoutKeychainFallsBackToMemory()
    {
        SessionSecretStore store(nullptr);
        QSignalSpy determined(&store, &SessionSecretStore::availabilityDetermined);
        QVERIFY(!store.isReady());
        QVERIFY(!store.isPersistent());
        QVERIFY(!store.backendName().isEmpty());
        store.start();
        QVERIFY(!store.isReady()); // determined later, never from inside start()
        QCOMPARE(determined.size(), 0);
        QVERIFY(determined.wait(5000));
        QCOMPARE(determined.size(), 1);
        QCOMPARE(determined.at(0).at(0).toBool(), false);
        QVERIFY(store.isReady());
        QVERIFY(!store.isPersistent());
        QVERIFY(!store.unavailableReason().isEmpty());
        QCOMPARE(determined.at(0).at(1).toString(), store.unavailableReason());
        QVERIFY(store.unavailableReason().contains(QStringLiteral("this session only")));
        QCOMPARE(store.backendName(), MemoryStore().backendName());

        store.start();        // idempotent: no second probe, no second signal
        bool reached = false; // a later callback: anything queued by start() has run by then
        store.remove(QStringLiteral("drain/marker"), this, [&reached](Result<void>) { reached = true; });
        QTRY_VERIFY(reached);
        QCOMPARE(determined.size(), 1);
    }

    void operationsWaitForTheProbeInOrder()
    {
        SessionSecretStore store(nullptr);
        QSignalSpy determined(&store, &SessionSecretStore::availabilityDetermined);
        QStringList order;
        std::optional<Result<SecureBytes>> read;
        store.write(
            QStringLiteral("p/1/clientSecret"), SecureBytes(QByteArray("first")), this,
            [&order](Result<void> r) { order << (r.ok() ? QStringLiteral("write") : QStringLiteral("!")); });
        store.read(QStringLiteral("p/1/clientSecret"), this, [&order, &read](Result<SecureBytes> r) {
            order << QStringLiteral("read");
            read = std::move(r);
        });
        QVERIFY(order.isEmpty());
        QVERIFY(!store.isReady());
        // The first operation starts the probe if nobody did.
        QVERIFY(determined.wait(5000));
        QTRY_COMPARE(order, QStringList({QStringLiteral("write"), QStringLiteral("read")}));
        QVERIFY(read->ok());
        QVERIFY(read->value() == SecureBytes(QByteArray("first")));
    }

    void contextDestroyedWhileWaiting()
    {
        SessionSecretStore store(nullptr);
        int calls = 0;
        auto context = std::make_unique<QObject>();
        store.write(QStringLiteral("p/2/clientSecret"), SecureBytes(QByteArray("kept")), context.get(),
                    [&calls](Result<void>) { ++calls; });
        store.read(QStringLiteral("p/2/clientSecret"), context.get(),
                   [&calls](Result<SecureBytes>) { ++calls; });
        context.reset();
        std::optional<Result<SecureBytes>> read;
        store.read(QStringLiteral("p/2/clientSecret"), this,
                   [&read](Result<SecureBytes> r) { read = std::move(r); });
        QTRY_VERIFY(read.has_value());
        QCOMPARE(calls, 0);
        // The write still happened: only its callback was dropped.
        QVERIFY(read->ok());
        QVERIFY(read->value() == SecureBytes(QByteArray("kept")));
    }

    void callbacksAfterTheProbeAreAsynchronous()
    {
        SessionSecretStore store(nullptr);
        QSignalSpy determined(&store, &SessionSecretStore::availabilityDetermined);
        store.start();
        QVERIFY(determined.wait(5000));
        int calls = 0;
        store.remove(QStringLiteral("p/3/clientSecret"), this,
                     [&calls](Result<void> r) { calls += r.ok() ? 1 : 100; });
        QCOMPARE(calls, 0);
        QTRY_COMPARE(calls, 1);
        std::optional<Result<SecureBytes>> missing;
        store.read(QStringLiteral("p/3/clientSecret"), this,
                   [&missing](Result<SecureBytes> r) { missing = std::move(r); });
        QTRY_VERIFY(missing.has_value());
        QVERIFY(!missing->ok());
        QCOMPARE(missing->error().kind, ApiError::Kind::SecretStore);
        QCOMPARE(missing->error().code, SecretStore::notFoundCode());
    }
};

QTEST_GUILESS_MAIN(TestSessionSecretStore)
#include "tst_sessionsecretstore.moc"
