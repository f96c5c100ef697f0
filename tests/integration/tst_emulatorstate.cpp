// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "SyncHttps.h"
#include "emulator/DemoSeed.h"
#include "emulator/Emulator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace csc::emu;
using csc::test::httpsRequest;

namespace {

const DemoSeed::DemoPrincipal &kOwner = DemoSeed::kPrincipals[0];

QString ownerToken(const Emulator &emu)
{
    const QByteArray body =
        "client_id=" + QByteArray(kOwner.clientId) +
        "&client_secret=" + QUrl::toPercentEncoding(QLatin1String(kOwner.secret)) +
        "&grant_type=client_credentials&scope=https%3A%2F%2Fmanagement.azure.com%2F.default";
    const auto r =
        httpsRequest("POST",
                     QUrl(emu.baseUrl().toString() + u'/' + QLatin1String(DemoSeed::kTenantId) +
                          QStringLiteral("/oauth2/v2.0/token")),
                     emu.tls().caCertificate, body, {{"Content-Type", "application/x-www-form-urlencoded"}});
    return r.json().value(QStringLiteral("access_token")).toString();
}

int countAccounts(const Emulator &emu, const QString &token)
{
    const auto r =
        httpsRequest("GET",
                     QUrl(emu.baseUrl().toString() +
                          QStringLiteral("/subscriptions/%1/providers/Microsoft.DocumentDB/databaseAccounts"
                                         "?api-version=2025-10-15")
                              .arg(QLatin1String(DemoSeed::kSubscriptionProduction))),
                     emu.tls().caCertificate, {}, {{"Authorization", "Bearer " + token.toLatin1()}});
    return r.status == 200 ? int(r.json().value(QStringLiteral("value")).toArray().size()) : -r.status;
}

unsigned modeOf(const QString &path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & 07777) : 0xFFFF;
}

} // namespace

class TestEmulatorState : public QObject
{
    Q_OBJECT
private slots:
    void stateSurvivesRestart();
    void resetClearsStateButKeepsCa();
    void unknownSeedRefused();
    void dataFilesArePrivate();
    void executableWritesReadyJsonAndStopsCleanly();
    void executableRefusesBadOptions_data();
    void executableRefusesBadOptions();

private:
    QTemporaryDir m_dir;
};

void TestEmulatorState::stateSurvivesRestart()
{
    const QString data = m_dir.filePath(QStringLiteral("restart"));
    QString token;
    QSslCertificate ca;
    quint16 port = 0;
    {
        Emulator first;
        EmulatorOptions o;
        o.dataDir = data;
        o.seed = QStringLiteral("demo");
        QVERIFY(first.start(o).ok());
        token = ownerToken(first);
        QVERIFY(!token.isEmpty());
        ca = first.tls().caCertificate;
        port = first.port();
        QCOMPARE(countAccounts(first, token), 4);
        QVERIFY(first.store()
                    ->addResourceGroup({QLatin1String(DemoSeed::kSubscriptionProduction),
                                        QStringLiteral("rg-extra"),
                                        QStringLiteral("westus"),
                                        {}})
                    .ok());
    }
    Emulator second;
    EmulatorOptions o;
    o.dataDir = data; // no seed: the saved state is used as is
    o.port = port;    // same origin, so the issuer of the earlier token is still this cloud
    QVERIFY(second.start(o).ok());
    QCOMPARE(second.tls().caCertificate, ca);
    QCOMPARE(second.tenantId(), QLatin1String(DemoSeed::kTenantId));
    // The signing key persisted too, so a token from before the restart is still accepted.
    QCOMPARE(countAccounts(second, token), 4);
    QVERIFY(second.store()->resourceGroup(QLatin1String(DemoSeed::kSubscriptionProduction),
                                          QStringLiteral("RG-EXTRA")));
}

void TestEmulatorState::resetClearsStateButKeepsCa()
{
    const QString data = m_dir.filePath(QStringLiteral("reset"));
    QSslCertificate ca;
    {
        Emulator first;
        EmulatorOptions o;
        o.dataDir = data;
        o.seed = QStringLiteral("demo");
        QVERIFY(first.start(o).ok());
        ca = first.tls().caCertificate;
    }
    {
        Emulator empty;
        EmulatorOptions o;
        o.dataDir = data;
        o.reset = true;
        QVERIFY(empty.start(o).ok());
        QCOMPARE(empty.tls().caCertificate, ca);
        QVERIFY(empty.tenantId().isEmpty());
        QVERIFY(empty.store()->isEmpty());
        QVERIFY(ownerToken(empty).isEmpty());
        QVERIFY(empty.readyInfo().value(QStringLiteral("tenantId")).toString().isEmpty());
    }
    Emulator reseeded;
    EmulatorOptions o;
    o.dataDir = data;
    o.reset = true;
    o.seed = QStringLiteral("demo");
    QVERIFY(reseeded.start(o).ok());
    QCOMPARE(reseeded.tenantId(), QLatin1String(DemoSeed::kTenantId));
    QCOMPARE(countAccounts(reseeded, ownerToken(reseeded)), 4);
}

void TestEmulatorState::unknownSeedRefused()
{
    Emulator emu;
    EmulatorOptions o;
    o.dataDir = m_dir.filePath(QStringLiteral("badseed"));
    o.seed = QStringLiteral("production");
    const auto r = emu.start(o);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, csc::ApiError::Kind::Validation);
    QVERIFY(!emu.isRunning());
    EmulatorOptions n;
    QVERIFY(!emu.start(n).ok()); // no data folder
}

void TestEmulatorState::dataFilesArePrivate()
{
    const QString data = m_dir.filePath(QStringLiteral("modes"));
    Emulator emu;
    EmulatorOptions o;
    o.dataDir = data;
    o.seed = QStringLiteral("demo");
    QVERIFY(emu.start(o).ok());
    QCOMPARE(modeOf(data), 0700u);
    for (const char *f : {"ca.key", "server.key", "token-signing.key", "state.db"})
        QCOMPARE(modeOf(data + u'/' + QLatin1String(f)), 0600u);
    // SQLite runs in WAL mode.
    QVERIFY(QFile::exists(data + QStringLiteral("/state.db-wal")));
    // Client secrets are not stored in clear.
    QFile db(data + QStringLiteral("/state.db"));
    QVERIFY(db.open(QIODevice::ReadOnly));
    QFile wal(data + QStringLiteral("/state.db-wal"));
    QVERIFY(wal.open(QIODevice::ReadOnly));
    const QByteArray all = db.readAll() + wal.readAll();
    QVERIFY(all.contains(QByteArray(kOwner.clientId)));
    QVERIFY(!all.contains(QByteArray(kOwner.secret)));
}

void TestEmulatorState::executableWritesReadyJsonAndStopsCleanly()
{
    const QString exe = qEnvironmentVariable("CSC_EMULATOR_EXE");
    QVERIFY2(QFile::exists(exe), "CSC_EMULATOR_EXE must name the built cosmos-security-emulator");
    const QString data = m_dir.filePath(QStringLiteral("exe"));
    const QString ready = m_dir.filePath(QStringLiteral("exe-ready.json"));
    QProcess p;
    p.setProgram(exe);
    p.setArguments({QStringLiteral("--data-dir"), data, QStringLiteral("--seed"), QStringLiteral("demo"),
                    QStringLiteral("--ready-file"), ready, QStringLiteral("--page-size"),
                    QStringLiteral("2")});
    p.start();
    QVERIFY(p.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(ready), 20000);
    QFile f(ready);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject info = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(info.value(QStringLiteral("version")).toString(), QStringLiteral(CSC_VERSION));
    QCOMPARE(info.value(QStringLiteral("pid")).toInteger(), p.processId());
    QCOMPARE(info.value(QStringLiteral("host")).toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(info.value(QStringLiteral("tenantId")).toString(), QLatin1String(DemoSeed::kTenantId));
    QCOMPARE(info.value(QStringLiteral("pageSize")).toInt(), 2);
    const int port = info.value(QStringLiteral("port")).toInt();
    QVERIFY(port > 0);
    const QString caPath = info.value(QStringLiteral("caCertificate")).toString();
    QCOMPARE(caPath, QDir(data).absoluteFilePath(QStringLiteral("ca.crt")));
    const QJsonObject endpoints = info.value(QStringLiteral("endpoints")).toObject();
    QCOMPARE(endpoints.value(QStringLiteral("resourceManager")).toString(),
             QStringLiteral("https://127.0.0.1:%1/").arg(port));
    const QSslCertificate ca = QSslCertificate::fromPath(caPath).value(0);
    // stdout carries the same object on its first line.
    QTRY_VERIFY_WITH_TIMEOUT(p.canReadLine(), 5000);
    QCOMPARE(QJsonDocument::fromJson(p.readLine()).object(), info);

    const auto r =
        httpsRequest("GET", QUrl(endpoints.value(QStringLiteral("openidConfiguration")).toString()), ca);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("token_endpoint")).toString(),
             endpoints.value(QStringLiteral("token")).toString());

    p.terminate(); // SIGTERM: clean shutdown
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(!QFile::exists(data + QStringLiteral("/state.db-wal")) ||
            QFileInfo(data + QStringLiteral("/state.db-wal")).size() == 0);
}

void TestEmulatorState::executableRefusesBadOptions_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("non-loopback host")
        << QStringList{QStringLiteral("--host"), QStringLiteral("0.0.0.0")} << QStringLiteral("loopback");
    QTest::newRow("bad port") << QStringList{QStringLiteral("--port"), QStringLiteral("70000")}
                              << QStringLiteral("port");
    QTest::newRow("bad seed") << QStringList{QStringLiteral("--seed"), QStringLiteral("everything")}
                              << QStringLiteral("seed");
}

void TestEmulatorState::executableRefusesBadOptions()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QProcess p;
    p.start(qEnvironmentVariable("CSC_EMULATOR_EXE"),
            QStringList{QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("bad"))} + args);
    QVERIFY(p.waitForFinished(20000));
    QVERIFY(p.exitCode() != 0);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.contains(message, Qt::CaseInsensitive), qPrintable(err));
    QVERIFY(p.readAllStandardOutput().isEmpty());
}

QTEST_GUILESS_MAIN(TestEmulatorState)
#include "tst_emulatorstate.moc"
