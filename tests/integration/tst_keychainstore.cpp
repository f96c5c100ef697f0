// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "secrets/SecretStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

#include <memory>
#include <optional>

using namespace csc;

namespace {

const char *const kHowToRun =
    "Run it the way CI does (installer/dev.sh test), or by hand: HOME=$(mktemp -d) dbus-run-session -- bash "
    "-c "
    "'printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; ctest -R keychainstore'. "
    "Debian packages: dbus dbus-user-session gnome-keyring libsecret-1-0 libsecret-tools.";

/// Regular files (no symlinks, sockets or FIFOs) under `dir` whose bytes contain any of `needles`.
QStringList filesContaining(const QString &dir, const QList<QByteArray> &needles)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (it.fileInfo().size() > 64 * 1024 * 1024)
            continue;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = f.readAll();
        for (const QByteArray &needle : needles) {
            if (content.contains(needle)) {
                hits << path;
                break;
            }
        }
    }
    return hits;
}

/// The forms a secret could take in a file if it were stored in plain text.
QList<QByteArray> plainForms(const QByteArray &secret)
{
    return {secret, secret.toBase64(), secret.toHex()};
}

QString keyringDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/keyrings");
}

QByteArray keyringFilesDigest()
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QDirIterator it(keyringDir(), {QStringLiteral("*.keyring")}, QDir::Files);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            hash.addData(f.readAll());
    }
    return hash.result();
}

QByteArray randomPrintableSecret()
{
    // Unique per run, so a hit in a file cannot be a coincidence.
    return "csc-test-secret-" + QUuid::createUuid().toByteArray(QUuid::Id128);
}

/// What went wrong, for a failure message (QVERIFY2 evaluates its message even when the check passes).
template <typename R> QString why(const R &result)
{
    return result.ok() ? QString() : result.error().detailedText();
}

} // namespace

class TestKeychainStore : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<KeychainStore> m_store;
    QString m_service;
    QStringList m_written;

    Result<void> writeSync(const QString &key, const SecureBytes &value)
    {
        std::optional<Result<void>> r;
        int calls = 0;
        m_store->write(key, value, this, [&](Result<void> res) {
            ++calls;
            r = std::move(res);
        });
        m_written << key;
        if (calls != 0 || !QTest::qWaitFor([&r] { return r.has_value(); }, 20000))
            return ApiError::make(ApiError::Kind::Validation,
                                  QStringLiteral("write: callback not delivered later"));
        return *r;
    }

    Result<SecureBytes> readSync(const QString &key)
    {
        std::optional<Result<SecureBytes>> r;
        int calls = 0;
        m_store->read(key, this, [&](Result<SecureBytes> res) {
            ++calls;
            r = std::move(res);
        });
        if (calls != 0 || !QTest::qWaitFor([&r] { return r.has_value(); }, 20000))
            return ApiError::make(ApiError::Kind::Validation,
                                  QStringLiteral("read: callback not delivered later"));
        return *r;
    }

    Result<void> removeSync(const QString &key)
    {
        std::optional<Result<void>> r;
        int calls = 0;
        m_store->remove(key, this, [&](Result<void> res) {
            ++calls;
            r = std::move(res);
        });
        if (calls != 0 || !QTest::qWaitFor([&r] { return r.has_value(); }, 20000))
            return ApiError::make(ApiError::Kind::Validation,
                                  QStringLiteral("remove: callback not delivered later"));
        return *r;
    }

    QString uniqueKey(const QString &kind)
    {
        return QStringLiteral("profile/%1/%2").arg(QUuid::createUuid().toString(QUuid::WithoutBraces), kind);
    }

    /// `secret-tool search --all server <service> user <key>`; output (which includes the secret) is never
    /// printed.
    QByteArray secretToolSearch(const QString &key)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("secret-tool"),
                {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"), m_service,
                 QStringLiteral("user"), key});
        if (!p.waitForFinished(20000))
            return {};
        return p.readAll();
    }

private slots:
    void initTestCase()
    {
        for (const char *tool : {"dbus-run-session", "gnome-keyring-daemon", "secret-tool"}) {
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                QFAIL(qPrintable(QStringLiteral("%1 is not installed. %2")
                                     .arg(QString::fromLatin1(tool), QString::fromLatin1(kHowToRun))));
        }
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL(qPrintable(QStringLiteral("No D-Bus session bus, so no Secret Service. %1")
                                 .arg(QString::fromLatin1(kHowToRun))));
        // A unique service per run: runs never see each other's entries.
        m_service =
            QStringLiteral("cosmos-security-console-test-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
        m_store = std::make_unique<KeychainStore>(m_service);
        QVERIFY(m_store->isPersistent());
        QVERIFY(!m_store->backendName().isEmpty());

        std::optional<Result<void>> probed;
        m_store->probe(this, [&probed](Result<void> r) { probed = std::move(r); });
        QVERIFY2(QTest::qWaitFor([&probed] { return probed.has_value(); }, 20000), "probe did not call back");
        if (!probed->ok())
            QFAIL(qPrintable(QStringLiteral("The Secret Service is not usable: %1\n%2")
                                 .arg(probed->error().detailedText(), QString::fromLatin1(kHowToRun))));
    }

    void cleanupTestCase()
    {
        if (!m_store)
            return;
        for (const QString &key : std::as_const(m_written))
            QVERIFY(removeSync(key).ok());
    }

    void writeReadOverwriteDelete_data()
    {
        QTest::addColumn<QByteArray>("first");
        QTest::addColumn<QByteArray>("second");
        QTest::newRow("client secret") << randomPrintableSecret() << randomPrintableSecret();
        QByteArray binary(64, Qt::Uninitialized);
        QRandomGenerator::global()->generate(reinterpret_cast<quint32 *>(binary.data()),
                                             reinterpret_cast<quint32 *>(binary.data() + binary.size()));
        binary[3] = '\0';
        QTest::newRow("binary account key") << binary << QByteArray("\x00\xff\x01", 3);
        QTest::newRow("utf-8") << QStringLiteral(u"pässwörd-€-\u65e5\u672c").toUtf8() << QByteArray("x");
    }

    void writeReadOverwriteDelete()
    {
        QFETCH(QByteArray, first);
        QFETCH(QByteArray, second);
        const QString key = uniqueKey(QStringLiteral("clientSecret"));

        const Result<void> w1 = writeSync(key, SecureBytes(first));
        QVERIFY2(w1.ok(), qPrintable(why(w1)));
        Result<SecureBytes> r1 = readSync(key);
        QVERIFY2(r1.ok(), qPrintable(why(r1)));
        QVERIFY(r1.value() ==
                SecureBytes(first)); // QVERIFY, not QCOMPARE: a failure must not print the secret

        const Result<void> w2 = writeSync(key, SecureBytes(second));
        QVERIFY2(w2.ok(), qPrintable(why(w2)));
        Result<SecureBytes> r2 = readSync(key);
        QVERIFY2(r2.ok(), qPrintable(why(r2)));
        QVERIFY(r2.value() == SecureBytes(second));

        const Result<void> d = removeSync(key);
        QVERIFY2(d.ok(), qPrintable(why(d)));
        const Result<SecureBytes> r3 = readSync(key);
        QVERIFY(!r3.ok());
        QCOMPARE(r3.error().kind, ApiError::Kind::SecretStore);
        QCOMPARE(r3.error().code, SecretStore::notFoundCode());
        QVERIFY(!r3.error().message.isEmpty());

        // Removing what is already gone succeeds.
        const Result<void> again = removeSync(key);
        QVERIFY2(again.ok(), qPrintable(why(again)));
    }

    void readMissingIsNotFound()
    {
        const Result<SecureBytes> r = readSync(uniqueKey(QStringLiteral("neverWritten")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::SecretStore);
        QCOMPARE(r.error().code, SecretStore::notFoundCode());
    }

    void destroyedContextIsNotCalled()
    {
        const QString key = uniqueKey(QStringLiteral("primaryKey"));
        int calls = 0;
        auto context = std::make_unique<QObject>();
        m_store->write(key, SecureBytes(randomPrintableSecret()), context.get(),
                       [&calls](Result<void>) { ++calls; });
        m_written << key;
        context.reset();
        // Jobs run one after another: when this later read has answered, the write has finished.
        const Result<SecureBytes> r = readSync(key);
        QVERIFY2(r.ok(), qPrintable(why(r)));
        QCOMPARE(calls, 0);
    }

    void storedUnderOurServiceInSecretService()
    {
        const QString key = uniqueKey(QStringLiteral("secondaryKey"));
        const QByteArray secret = randomPrintableSecret();
        const Result<void> w = writeSync(key, SecureBytes(secret));
        QVERIFY2(w.ok(), qPrintable(why(w)));

        const QByteArray out = secretToolSearch(key);
        QVERIFY2(out.contains("attribute.server = " + m_service.toUtf8()),
                 "secret-tool does not see our service");
        QVERIFY2(out.contains("attribute.user = " + key.toUtf8()), "secret-tool does not see our key");
        QCOMPARE(out.count("\nsecret = "), 1); // exactly one item
        // The stored secret (QtKeychain binary mode stores it base64-encoded) is the one we wrote.
        QVERIFY2(out.contains(secret) || out.contains(secret.toBase64()),
                 "secret-tool shows a different secret");

        QVERIFY(removeSync(key).ok());
        QVERIFY(!secretToolSearch(key).contains("attribute.user = " + key.toUtf8()));
    }

    void sessionStoreUsesTheKeychain()
    {
        SessionSecretStore session(new KeychainStore(m_service));
        QSignalSpy determined(&session, &SessionSecretStore::availabilityDetermined);
        const QString key = uniqueKey(QStringLiteral("refreshToken"));
        const QByteArray secret = randomPrintableSecret();
        // Asked before start(): waits for the probe, then goes to the keychain.
        std::optional<Result<void>> written;
        session.write(key, SecureBytes(secret), this, [&written](Result<void> r) { written = std::move(r); });
        m_written << key;
        QVERIFY(determined.wait(20000));
        QCOMPARE(determined.size(), 1);
        QCOMPARE(determined.at(0).at(0).toBool(), true);
        QVERIFY(determined.at(0).at(1).toString().isEmpty());
        QVERIFY(session.isReady());
        QVERIFY(session.isPersistent());
        QVERIFY(session.unavailableReason().isEmpty());
        QCOMPARE(session.backendName(), m_store->backendName());
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 20000);
        QVERIFY2(written->ok(), qPrintable(why(*written)));

        // It is in the keychain itself, not only in this object.
        const Result<SecureBytes> direct = readSync(key);
        QVERIFY2(direct.ok(), qPrintable(why(direct)));
        QVERIFY(direct.value() == SecureBytes(secret));
        QVERIFY(secretToolSearch(key).contains("attribute.user = " + key.toUtf8()));

        std::optional<Result<void>> removed;
        session.remove(key, this, [&removed](Result<void> r) { removed = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 20000);
        QVERIFY2(removed->ok(), qPrintable(why(*removed)));
        const Result<SecureBytes> gone = readSync(key);
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().code, SecretStore::notFoundCode());
    }

    void secretNotOnDiskInPlainText()
    {
        const QString home = QDir::homePath();
        QVERIFY(!home.isEmpty());
        const QByteArray before = keyringFilesDigest();

        const QString key = uniqueKey(QStringLiteral("clientSecret"));
        const QByteArray secret = randomPrintableSecret();
        const Result<void> w = writeSync(key, SecureBytes(secret));
        QVERIFY2(w.ok(), qPrintable(why(w)));

        // The item really reached the keyring file on disk (so finding nothing below means something).
        QTRY_VERIFY2_WITH_TIMEOUT(
            keyringFilesDigest() != before,
            qPrintable(QStringLiteral("no *.keyring file under %1 changed after the write; "
                                      "is gnome-keyring's login keyring file-backed?")
                           .arg(keyringDir())),
            20000);

        // The scan finds a secret planted in plain text under $HOME (it is not vacuous).
        const QByteArray planted = randomPrintableSecret();
        {
            QFile plain(home + QStringLiteral("/csc-scan-control.txt"));
            QVERIFY(plain.open(QIODevice::WriteOnly));
            plain.write("value=" + planted + '\n');
        }
        const QStringList control = filesContaining(home, plainForms(planted));
        QFile::remove(home + QStringLiteral("/csc-scan-control.txt"));
        QCOMPARE(control.size(), 1);

        QStringList dirs{home, keyringDir()};
        for (const char *var : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"}) {
            if (!qEnvironmentVariableIsEmpty(var))
                dirs << qEnvironmentVariable(var);
        }
        for (const QString &dir : std::as_const(dirs)) {
            const QStringList hits = filesContaining(dir, plainForms(secret));
            QVERIFY2(hits.isEmpty(), qPrintable(QStringLiteral("secret found in plain text in: %1")
                                                    .arg(hits.join(QStringLiteral(", ")))));
        }
        QVERIFY(removeSync(key).ok());
    }
};

QTEST_GUILESS_MAIN(TestKeychainStore)
#include "tst_keychainstore.moc"
