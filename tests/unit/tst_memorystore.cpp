// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "secrets/SecretStore.h"

#include <QObject>
#include <QTest>

#include <memory>
#include <optional>

using namespace csc;

namespace {

/// Collects one callback's result; counts calls so "exactly once" can be checked.
template <typename R> struct Outcome
{
    int calls = 0;
    std::optional<R> result;
};

} // namespace

class TestMemoryStore : public QObject
{
    Q_OBJECT
private:
    /// Waits until every callback queued before this point has run: callbacks are delivered in order, so when
    /// a later marker operation has called back, the earlier ones have too (or were dropped).
    void drain(MemoryStore &store)
    {
        bool reached = false;
        store.remove(QStringLiteral("drain/marker"), this, [&reached](Result<void>) { reached = true; });
        QTRY_VERIFY(reached);
    }

    static ApiError helperFailure(const char *what)
    {
        return ApiError::make(ApiError::Kind::Validation, QString::fromLatin1(what));
    }

    /// write() and wait for its single callback; a missing or repeated callback is returned as an error.
    Result<void> writeSync(MemoryStore &store, const QString &key, const SecureBytes &value)
    {
        Outcome<Result<void>> o;
        store.write(key, value, this, [&o](Result<void> r) {
            ++o.calls;
            o.result = std::move(r);
        });
        if (!QTest::qWaitFor([&o] { return o.result.has_value(); }))
            return helperFailure("write: no callback");
        drain(store);
        if (o.calls != 1)
            return helperFailure("write: callback not called exactly once");
        return *o.result;
    }

    Result<SecureBytes> readSync(MemoryStore &store, const QString &key)
    {
        Outcome<Result<SecureBytes>> o;
        store.read(key, this, [&o](Result<SecureBytes> r) {
            ++o.calls;
            o.result = std::move(r);
        });
        if (!QTest::qWaitFor([&o] { return o.result.has_value(); }))
            return helperFailure("read: no callback");
        drain(store);
        if (o.calls != 1)
            return helperFailure("read: callback not called exactly once");
        return *o.result;
    }

private slots:
    void describesItself()
    {
        MemoryStore store;
        QVERIFY(!store.isPersistent());
        QVERIFY(!store.backendName().isEmpty());
    }

    void writeThenRead_data()
    {
        QTest::addColumn<QByteArray>("secret");
        QTest::newRow("ascii client secret") << QByteArray("Xy8Q~abcdefghijklmnopqrstuvwxyz0123456789");
        QTest::newRow("binary with NULs") << QByteArray("\x00\x01\xfe\xff\x00key", 8);
        QTest::newRow("utf-8") << QStringLiteral(u"pässwörd-€-\u65e5\u672c").toUtf8();
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("64-byte account key") << QByteArray(64, 'k');
    }

    void writeThenRead()
    {
        QFETCH(QByteArray, secret);
        MemoryStore store;
        const QString key = QStringLiteral("sub-1/account-1/primaryKey");
        QVERIFY(writeSync(store, key, SecureBytes(secret)).ok());
        const Result<SecureBytes> r = readSync(store, key);
        QVERIFY(r.ok());
        QVERIFY(r.value() == SecureBytes(secret));
        QCOMPARE(r.value().size(), secret.size());
    }

    void overwriteReplacesValue()
    {
        MemoryStore store;
        const QString key = QStringLiteral("profile/p1/clientSecret");
        QVERIFY(writeSync(store, key, SecureBytes(QByteArray("first-value"))).ok());
        QVERIFY(writeSync(store, key, SecureBytes(QByteArray("second"))).ok());
        const Result<SecureBytes> r = readSync(store, key);
        QVERIFY(r.ok());
        QVERIFY(r.value() == SecureBytes(QByteArray("second")));
    }

    void keysAreIndependent()
    {
        MemoryStore store;
        QVERIFY(writeSync(store, QStringLiteral("a/b/primaryKey"), SecureBytes(QByteArray("one"))).ok());
        QVERIFY(writeSync(store, QStringLiteral("a/b/secondaryKey"), SecureBytes(QByteArray("two"))).ok());
        const Result<SecureBytes> one = readSync(store, QStringLiteral("a/b/primaryKey"));
        const Result<SecureBytes> two = readSync(store, QStringLiteral("a/b/secondaryKey"));
        QVERIFY(one.ok() && two.ok());
        QVERIFY(one.value() == SecureBytes(QByteArray("one")));
        QVERIFY(two.value() == SecureBytes(QByteArray("two")));
    }

    void removeThenReadIsNotFound()
    {
        MemoryStore store;
        const QString key = QStringLiteral("profile/p2/clientSecret");
        QVERIFY(writeSync(store, key, SecureBytes(QByteArray("to-be-removed"))).ok());

        Outcome<Result<void>> removed;
        store.remove(key, this, [&removed](Result<void> r) {
            ++removed.calls;
            removed.result = std::move(r);
        });
        QTRY_VERIFY(removed.result.has_value());
        QVERIFY(removed.result->ok());

        const Result<SecureBytes> r = readSync(store, key);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::SecretStore);
        QCOMPARE(r.error().code, SecretStore::notFoundCode());
    }

    void removeMissingSucceeds()
    {
        MemoryStore store;
        Outcome<Result<void>> removed;
        store.remove(QStringLiteral("never/written/key"), this, [&removed](Result<void> r) {
            ++removed.calls;
            removed.result = std::move(r);
        });
        QTRY_VERIFY(removed.result.has_value());
        QVERIFY(removed.result->ok());
        drain(store);
        QCOMPARE(removed.calls, 1);
    }

    void readMissingIsNotFound()
    {
        MemoryStore store;
        const QString key = QStringLiteral("sub/acct/readOnlyKey");
        const Result<SecureBytes> r = readSync(store, key);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::SecretStore);
        QCOMPARE(r.error().code, SecretStore::notFoundCode());
        QVERIFY(!r.error().message.isEmpty());
        QVERIFY(r.error().message.contains(key)); // the key's name helps; it is not secret
    }

    void errorsNeverContainOtherSecrets()
    {
        MemoryStore store;
        const QByteArray secret("hunter2-very-secret-value");
        QVERIFY(writeSync(store, QStringLiteral("k/one"), SecureBytes(secret)).ok());
        const Result<SecureBytes> r = readSync(store, QStringLiteral("k/two"));
        QVERIFY(!r.ok());
        QVERIFY(!r.error().detailedText().contains(QString::fromLatin1(secret)));
    }

    void callbacksAreAsynchronous_data()
    {
        QTest::addColumn<int>("operation");
        QTest::newRow("write") << 0;
        QTest::newRow("read existing") << 1;
        QTest::newRow("read missing") << 2;
        QTest::newRow("remove") << 3;
    }

    void callbacksAreAsynchronous()
    {
        QFETCH(int, operation);
        MemoryStore store;
        QVERIFY(writeSync(store, QStringLiteral("x/y/z"), SecureBytes(QByteArray("v"))).ok());
        int calls = 0;
        switch (operation) {
        case 0:
            store.write(QStringLiteral("x/y/z"), SecureBytes(QByteArray("w")), this,
                        [&calls](Result<void>) { ++calls; });
            break;
        case 1:
            store.read(QStringLiteral("x/y/z"), this, [&calls](Result<SecureBytes>) { ++calls; });
            break;
        case 2:
            store.read(QStringLiteral("x/y/missing"), this, [&calls](Result<SecureBytes>) { ++calls; });
            break;
        default:
            store.remove(QStringLiteral("x/y/z"), this, [&calls](Result<void>) { ++calls; });
            break;
        }
        QCOMPARE(calls, 0); // not called before the call returned
        QTRY_COMPARE(calls, 1);
        drain(store);
        QCOMPARE(calls, 1); // exactly once
    }

    void destroyedContextIsNotCalled_data() { callbacksAreAsynchronous_data(); }

    void destroyedContextIsNotCalled()
    {
        QFETCH(int, operation);
        MemoryStore store;
        QVERIFY(writeSync(store, QStringLiteral("x/y/z"), SecureBytes(QByteArray("v"))).ok());
        int calls = 0;
        auto context = std::make_unique<QObject>();
        switch (operation) {
        case 0:
            store.write(QStringLiteral("x/y/z"), SecureBytes(QByteArray("w")), context.get(),
                        [&calls](Result<void>) { ++calls; });
            break;
        case 1:
            store.read(QStringLiteral("x/y/z"), context.get(), [&calls](Result<SecureBytes>) { ++calls; });
            break;
        case 2:
            store.read(QStringLiteral("x/y/missing"), context.get(),
                       [&calls](Result<SecureBytes>) { ++calls; });
            break;
        default:
            store.remove(QStringLiteral("x/y/z"), context.get(), [&calls](Result<void>) { ++calls; });
            break;
        }
        context.reset();
        drain(store);
        QCOMPARE(calls, 0);
    }

    void writeWithDestroyedContextStillStores()
    {
        MemoryStore store;
        auto context = std::make_unique<QObject>();
        store.write(QStringLiteral("p/q/r"), SecureBytes(QByteArray("kept")), context.get(),
                    [](Result<void>) {});
        context.reset();
        const Result<SecureBytes> r = readSync(store, QStringLiteral("p/q/r"));
        QVERIFY(r.ok());
        QVERIFY(r.value() == SecureBytes(QByteArray("kept")));
    }

    void nullContextIsCalled()
    {
        MemoryStore store;
        int calls = 0;
        store.write(QStringLiteral("n/u/ll"), SecureBytes(QByteArray("v")), nullptr,
                    [&calls](Result<void>) { ++calls; });
        QCOMPARE(calls, 0);
        QTRY_COMPARE(calls, 1);
    }

    void readReturnsSnapshot()
    {
        // A read answered before a later overwrite still delivers the value it read.
        MemoryStore store;
        QVERIFY(writeSync(store, QStringLiteral("s/n/ap"), SecureBytes(QByteArray("old"))).ok());
        std::optional<Result<SecureBytes>> first;
        store.read(QStringLiteral("s/n/ap"), this, [&first](Result<SecureBytes> r) { first = std::move(r); });
        store.write(QStringLiteral("s/n/ap"), SecureBytes(QByteArray("new")), this, {});
        QTRY_VERIFY(first.has_value());
        QVERIFY(first->ok());
        QVERIFY(first->value() == SecureBytes(QByteArray("old")));
        const Result<SecureBytes> second = readSync(store, QStringLiteral("s/n/ap"));
        QVERIFY(second.ok());
        QVERIFY(second.value() == SecureBytes(QByteArray("new")));
    }
};

QTEST_GUILESS_MAIN(TestMemoryStore)
#include "tst_memorystore.moc"
