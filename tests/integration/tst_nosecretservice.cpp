// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "secrets/SecretStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <optional>

using namespace csc;

// Each test function runs twice: the test process (the "parent") starts this same binary again for just that
// function inside `dbus-run-session --config-file=tests/data/dbus-no-secrets.conf`, a private session bus on
// which nothing provides org.freedesktop.secrets, with a temporary HOME; the "child" does the checks against
// the stores, the parent checks the child's result and what it left on disk.

namespace {

const char *const kChildVar = "CSC_NOSECRETS_CHILD";
const char *const kSecretVar = "CSC_NOSECRETS_SECRET";

bool isChild()
{
    return qEnvironmentVariableIsSet(kChildVar);
}

/// Regular files (no symlinks, sockets or FIFOs) under `dir` whose bytes contain any of `needles`.
QStringList filesContaining(const QString &dir, const QList<QByteArray> &needles)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
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

QList<QByteArray> plainForms(const QByteArray &secret)
{
    return {secret, secret.toBase64(), secret.toHex()};
}

QByteArray randomPrintableSecret()
{
    return "csc-nosecrets-secret-" + QUuid::createUuid().toByteArray(QUuid::Id128);
}

QString uniqueService()
{
    return QStringLiteral("cosmos-security-console-test-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
}

/// What went wrong, for a failure message (QVERIFY2 evaluates its message even when the check passes).
template <typename R> QString why(const R &result)
{
    return result.ok() ? QString() : result.error().detailedText();
}

} // namespace

class TestNoSecretService : public QObject
{
    Q_OBJECT
private:
    QString m_busConfig;

    /// Runs test function `function` of this binary in a child under the bus without Secret Service, with
    /// `home` as HOME (and the XDG dirs inside it); fails the current test if the child failed.
    void runInChild(const char *function, const QString &home, const QByteArray &secret)
    {
        const QString runtimeDir = home + QStringLiteral("/run");
        QVERIFY(QDir().mkpath(runtimeDir));
        QVERIFY(QFile::setPermissions(runtimeDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *var :
             {"DBUS_SESSION_BUS_ADDRESS", "GNOME_KEYRING_CONTROL", "DISPLAY", "WAYLAND_DISPLAY"})
            env.remove(QString::fromLatin1(var));
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDir);
        env.insert(QString::fromLatin1(kChildVar), QStringLiteral("1"));
        env.insert(QString::fromLatin1(kSecretVar), QString::fromLatin1(secret));

        QProcess child;
        child.setProcessEnvironment(env);
        child.setWorkingDirectory(home);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QStringLiteral("dbus-run-session"),
                    {QStringLiteral("--config-file=%1").arg(m_busConfig), QStringLiteral("--"),
                     QCoreApplication::applicationFilePath(), QString::fromLatin1(function)});
        QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
        if (!child.waitForFinished(90000)) {
            child.kill();
            child.waitForFinished();
            QFAIL("the child test under the bus without Secret Service did not finish");
        }
        const QString output = QString::fromLocal8Bit(child.readAll());
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
                 qPrintable(QStringLiteral("child failed (exit %1):\n%2").arg(child.exitCode()).arg(output)));
        // It really ran that function (a typo in the name would run nothing and exit non-zero, but be
        // explicit).
        QVERIFY2(output.contains(
                     QStringLiteral("PASS   : TestNoSecretService::%1()").arg(QString::fromLatin1(function))),
                 qPrintable(output));
        QVERIFY2(!output.contains(QString::fromLatin1(secret)), "the child printed the secret");
    }

    /// Checks that no file under `home` holds `secret` in plain text; proves the scan works with a planted
    /// copy.
    void verifyNotOnDisk(const QString &home, const QByteArray &secret)
    {
        const QByteArray planted = randomPrintableSecret();
        {
            QFile f(home + QStringLiteral("/.config/scan-control.conf"));
            QVERIFY(QDir().mkpath(home + QStringLiteral("/.config")));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("[secrets]\nvalue=" + planted + '\n');
        }
        QCOMPARE(filesContaining(home, plainForms(planted)).size(), 1);
        QVERIFY(QFile::remove(home + QStringLiteral("/.config/scan-control.conf")));

        const QStringList hits = filesContaining(home, plainForms(secret));
        QVERIFY2(
            hits.isEmpty(),
            qPrintable(QStringLiteral("secret found on disk in: %1").arg(hits.join(QStringLiteral(", ")))));
    }

private slots:
    void initTestCase()
    {
        if (isChild()) {
            QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                     "child runs without its session bus");
            return;
        }
        if (QStandardPaths::findExecutable(QStringLiteral("dbus-run-session")).isEmpty())
            QFAIL("dbus-run-session is not installed: apt-get install dbus dbus-user-session "
                  "(installer/dev.sh deps installs everything the tests need)");
        const QString data = qEnvironmentVariable("CSC_TEST_DATA");
        QVERIFY2(!data.isEmpty(), "CSC_TEST_DATA is not set; run the test through ctest");
        m_busConfig = data + QStringLiteral("/dbus-no-secrets.conf");
        QVERIFY2(QFile::exists(m_busConfig), qPrintable(m_busConfig));
    }

    void probeReportsMissingSecretService()
    {
        if (!isChild()) {
            QTemporaryDir home;
            QVERIFY(home.isValid());
            runInChild("probeReportsMissingSecretService", home.path(), randomPrintableSecret());
            return;
        }
        KeychainStore store(uniqueService());
        std::optional<Result<void>> probed;
        int calls = 0;
        store.probe(this, [&](Result<void> r) {
            ++calls;
            probed = std::move(r);
        });
        QCOMPARE(calls, 0);
        QTRY_VERIFY_WITH_TIMEOUT(probed.has_value(), 20000);
        QVERIFY2(!probed->ok(), "the probe succeeded on a bus without any Secret Service");
        const ApiError &e = probed->error();
        QCOMPARE(e.kind, ApiError::Kind::SecretStore);
        QVERIFY(e.code != SecretStore::notFoundCode());
        QVERIFY2(e.message.contains(QStringLiteral("Secret Service")), qPrintable(e.message));
        QVERIFY2(!e.details.isEmpty(), "the backend's error is missing from details");
        QVERIFY2(e.details.join(QLatin1Char(' ')).contains(QStringLiteral("org.freedesktop.secrets")),
                 qPrintable(e.details.join(QLatin1Char(' '))));
        QVERIFY(e.detailedText().contains(e.message));
        QCOMPARE(calls, 1);
    }

    void sessionStoreFallsBackToMemory()
    {
        if (!isChild()) {
            QTemporaryDir home;
            QVERIFY(home.isValid());
            const QByteArray secret = randomPrintableSecret();
            runInChild("sessionStoreFallsBackToMemory", home.path(), secret);
            if (QTest::currentTestFailed())
                return;
            verifyNotOnDisk(home.path(), secret);
            return;
        }
        const QByteArray secretBytes = qgetenv(kSecretVar);
        QVERIFY(!secretBytes.isEmpty());
        const SecureBytes secret(secretBytes);
        const QString key =
            QStringLiteral("profile/%1/clientSecret").arg(QUuid::createUuid().toString(QUuid::Id128));

        SessionSecretStore store(new KeychainStore(uniqueService()));
        QSignalSpy determined(&store, &SessionSecretStore::availabilityDetermined);
        QVERIFY(!store.isReady());
        QVERIFY(!store.isPersistent());

        // Asked before the probe has finished: the write waits for it, then goes to memory.
        std::optional<Result<void>> written;
        store.write(key, secret, this, [&written](Result<void> r) { written = std::move(r); });
        store.start();
        QVERIFY(!written.has_value());
        QVERIFY(determined.wait(20000));
        QCOMPARE(determined.size(), 1);
        QCOMPARE(determined.at(0).at(0).toBool(), false);
        const QString reason = determined.at(0).at(1).toString();
        QVERIFY(store.isReady());
        QVERIFY(!store.isPersistent());
        QCOMPARE(store.unavailableReason(), reason);
        QVERIFY(!reason.isEmpty());
        QVERIFY2(reason.contains(QStringLiteral("memory")) &&
                     reason.contains(QStringLiteral("this session only")),
                 qPrintable(reason));
        QVERIFY2(reason.contains(QStringLiteral("next time")), qPrintable(reason));
        QVERIFY(!reason.contains(QString::fromLatin1(secretBytes)));
        QCOMPARE(store.backendName(), MemoryStore().backendName());

        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 20000);
        QVERIFY2(written->ok(), qPrintable(why(*written)));

        std::optional<Result<SecureBytes>> read;
        store.read(key, this, [&read](Result<SecureBytes> r) { read = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 20000);
        QVERIFY(read->ok());
        QVERIFY(read->value() == secret); // QVERIFY, not QCOMPARE: never print a secret

        // The keychain itself refuses (insecure fallback off): nothing may land in a settings file instead.
        KeychainStore direct(uniqueService());
        std::optional<Result<void>> directWrite;
        direct.write(key, secret, this, [&directWrite](Result<void> r) { directWrite = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(directWrite.has_value(), 20000);
        QVERIFY(!directWrite->ok());
        QCOMPARE(directWrite->error().kind, ApiError::Kind::SecretStore);
        QVERIFY(!directWrite->error().detailedText().contains(QString::fromLatin1(secretBytes)));

        std::optional<Result<void>> removed;
        store.remove(key, this, [&removed](Result<void> r) { removed = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 20000);
        QVERIFY(removed->ok());
        std::optional<Result<SecureBytes>> gone;
        store.read(key, this, [&gone](Result<SecureBytes> r) { gone = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(gone.has_value(), 20000);
        QVERIFY(!gone->ok());
        QCOMPARE(gone->error().code, SecretStore::notFoundCode());
    }
};

QTEST_GUILESS_MAIN(TestNoSecretService)
#include "tst_nosecretservice.moc"
