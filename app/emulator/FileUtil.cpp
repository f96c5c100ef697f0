// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "emulator/FileUtil.h"

#include <QCoreApplication>
#include <QFile>

namespace csc::emu {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("csc::emu::FileUtil", text);
}
} // namespace

Result<void> writeFileWithMode(const QString &path, const QByteArray &data, bool secret)
{
    QFile f(path);
    const QFileDevice::Permissions perms = secret ? (QFileDevice::ReadOwner | QFileDevice::WriteOwner)
                                                  : (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                     QFileDevice::ReadGroup | QFileDevice::ReadOther);
    // Tighten an existing file before any secret bytes go into it.
    if (f.exists() && !f.setPermissions(perms))
        return ApiError::make(ApiError::Kind::Process,
                              tr("Cannot set the permissions of %1: %2").arg(path, f.errorString()));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate, perms))
        return ApiError::make(ApiError::Kind::Process, tr("Cannot write %1: %2").arg(path, f.errorString()));
    // open() applies the umask to new files; the mode must be exact.
    if (!f.setPermissions(perms))
        return ApiError::make(ApiError::Kind::Process,
                              tr("Cannot set the permissions of %1: %2").arg(path, f.errorString()));
    if (f.write(data) != data.size() || !f.flush())
        return ApiError::make(ApiError::Kind::Process, tr("Cannot write %1: %2").arg(path, f.errorString()));
    f.close();
    return {};
}

Result<QByteArray> readWholeFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return ApiError::make(ApiError::Kind::Process, tr("Cannot read %1: %2").arg(path, f.errorString()));
    return f.readAll();
}

} // namespace csc::emu
