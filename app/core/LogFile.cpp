// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "core/LogFile.h"

#include "core/Redactor.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QStandardPaths>

namespace csc {

namespace {
constexpr qint64 kMaxSize = 1024 * 1024;
QtMessageHandler g_previous = nullptr;
QString g_path;
QMutex g_mutex;

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString clean = Redactor::text(message);
    {
        QMutexLocker lock(&g_mutex);
        if (!g_path.isEmpty()) {
            if (QFileInfo(g_path).size() > kMaxSize) {
                QFile::remove(g_path + QStringLiteral(".1"));
                QFile::rename(g_path, g_path + QStringLiteral(".1"));
            }
            QFile f(g_path);
            if (f.open(QIODevice::Append | QIODevice::Text)) {
                f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
                const QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() +
                                        ' ' + levelName(type) + ' ' +
                                        (context.category ? context.category : "default") + ": " +
                                        clean.toUtf8() + '\n';
                f.write(line);
            }
        }
    }
    if (g_previous)
        g_previous(type, context, clean);
}
} // namespace

QString LogFile::install(const QString &path)
{
    QString p = path;
    if (p.isEmpty()) {
        const QString dir =
            QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/logs");
        QDir().mkpath(dir);
        p = dir + QStringLiteral("/console.log");
    }
    {
        QMutexLocker lock(&g_mutex);
        g_path = p;
    }
    QtMessageHandler previous = qInstallMessageHandler(handler);
    if (previous != handler)
        g_previous = previous;
    return p;
}

QString LogFile::path()
{
    QMutexLocker lock(&g_mutex);
    return g_path;
}

void LogFile::uninstall()
{
    qInstallMessageHandler(g_previous);
    QMutexLocker lock(&g_mutex);
    g_path.clear();
    g_previous = nullptr;
}

} // namespace csc
