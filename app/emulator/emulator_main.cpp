// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
// cosmos-security-emulator: the local cloud as a process. All logic lives in csc_emu (csc::emu::Emulator).
#include "emulator/Emulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTextStream>

#include <csignal>
#include <cstdio>

#include <sys/socket.h>
#include <unistd.h>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cosmos-security-emulator", text);
}

int g_signalFds[2] = {-1, -1};

/// Async-signal-safe: only writes one byte; the event loop reads it and quits.
void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalFds[0], &byte, 1);
}

/// SIGINT/SIGTERM end the event loop normally, so the state database is closed cleanly.
void installQuitOnSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalFds[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [notifier] {
        notifier->setEnabled(false);
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(g_signalFds[1], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);
}

bool writeReadyFile(const QString &path, const QByteArray &json)
{
    QSaveFile f(path); // atomic: a waiting process never sees half a file
    return f.open(QIODevice::WriteOnly) && f.write(json) == json.size() && f.commit();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cosmos-security-emulator"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CSC_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("The Cosmos Security Console local cloud: Entra ID, Azure Resource "
                                        "Manager and Cosmos DB over HTTPS on "
                                        "loopback, for trying the console and for tests."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QString defaultDir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                               QStringLiteral("/cosmos-security-emulator");
    QCommandLineOption dataDir(QStringLiteral("data-dir"),
                               tr("Folder for the CA, keys and state (default %1).").arg(defaultDir),
                               tr("folder"), defaultDir);
    QCommandLineOption port(QStringLiteral("port"), tr("HTTPS port; 0 picks a free one (default 0)."),
                            tr("port"), QStringLiteral("0"));
    QCommandLineOption host(QStringLiteral("host"), tr("Loopback address to listen on (default 127.0.0.1)."),
                            tr("address"), QStringLiteral("127.0.0.1"));
    QCommandLineOption readyFile(QStringLiteral("ready-file"),
                                 tr("Also write the ready information (JSON) to this file once listening."),
                                 tr("file"));
    QCommandLineOption seed(
        QStringLiteral("seed"),
        tr("Fill an empty state with sample data: %1.").arg(csc::emu::Emulator::validSeeds()), tr("name"));
    QCommandLineOption reset(QStringLiteral("reset"),
                             tr("Delete the saved state (keeps the certificates) first."));
    QCommandLineOption pageSize(
        QStringLiteral("page-size"),
        tr("Items per page of Azure Resource Manager lists before a nextLink (default 100)."), tr("count"),
        QStringLiteral("100"));
    QCommandLineOption lroDelay(QStringLiteral("lro-delay-ms"),
                                tr("How long long-running Azure Resource Manager operations (key "
                                   "regeneration, account updates) take, "
                                   "in milliseconds (default 2000)."),
                                tr("ms"), QStringLiteral("2000"));
    QCommandLineOption clockSkew(QStringLiteral("clock-skew-seconds"),
                                 tr("How far the x-ms-date of a Cosmos DB data-plane request may be from "
                                    "this machine's clock, in seconds "
                                    "(default 900)."),
                                 tr("seconds"), QStringLiteral("900"));
    parser.addOptions({dataDir, port, host, readyFile, seed, reset, pageSize, lroDelay, clockSkew});
    parser.process(app);

    QTextStream err(stderr);
    if (!parser.positionalArguments().isEmpty()) {
        err << tr("Unexpected argument: %1").arg(parser.positionalArguments().first()) << Qt::endl;
        return 2;
    }
    csc::emu::EmulatorOptions options;
    options.dataDir = parser.value(dataDir);
    bool portOk = false;
    const uint portValue = parser.value(port).toUInt(&portOk);
    if (!portOk || portValue > 65535) {
        err << tr("Not a valid port: %1").arg(parser.value(port)) << Qt::endl;
        return 2;
    }
    options.port = static_cast<quint16>(portValue);
    if (!options.host.setAddress(parser.value(host))) {
        err << tr("Not an IP address: %1").arg(parser.value(host)) << Qt::endl;
        return 2;
    }
    bool pageOk = false;
    options.pageSize = parser.value(pageSize).toInt(&pageOk);
    if (!pageOk || options.pageSize < 1 || options.pageSize > 1000) {
        err << tr("Not a valid page size (1-1000): %1").arg(parser.value(pageSize)) << Qt::endl;
        return 2;
    }
    bool delayOk = false;
    options.lroDelayMs = parser.value(lroDelay).toInt(&delayOk);
    if (!delayOk || options.lroDelayMs < 0 || options.lroDelayMs > 600000) {
        err << tr("Not a valid operation delay (0-600000 ms): %1").arg(parser.value(lroDelay)) << Qt::endl;
        return 2;
    }
    bool skewOk = false;
    options.dataPlaneClockSkewSeconds = parser.value(clockSkew).toInt(&skewOk);
    if (!skewOk || options.dataPlaneClockSkewSeconds < 0) {
        err << tr("Not a valid clock skew (seconds): %1").arg(parser.value(clockSkew)) << Qt::endl;
        return 2;
    }
    options.seed = parser.value(seed);
    options.reset = parser.isSet(reset);

    installQuitOnSignals(app);
    csc::emu::Emulator emulator;
    const auto started = emulator.start(options);
    if (!started) {
        err << tr("cosmos-security-emulator: %1").arg(started.error().message) << Qt::endl;
        return 1;
    }
    const QByteArray ready = QJsonDocument(emulator.readyInfo()).toJson(QJsonDocument::Compact);
    if (parser.isSet(readyFile) && !writeReadyFile(parser.value(readyFile), ready + '\n')) {
        err << tr("Cannot write the ready file %1").arg(parser.value(readyFile)) << Qt::endl;
        return 1;
    }
    std::fwrite(ready.constData(), 1, static_cast<size_t>(ready.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);

    return QCoreApplication::exec();
}
