// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "emulator/ArmErrors.h"

#include <QUuid>

namespace csc::emu {

QString newGuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

HttpResponse armError(int status, const QString &code, const QString &message, Headers extra)
{
    const QByteArray id = newGuid().toLatin1();
    HttpResponse r = HttpResponse::json(
        status,
        QJsonObject{{QStringLiteral("error"),
                     QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}},
        std::move(extra));
    r.setHeader("x-ms-request-id", id);
    r.setHeader("x-ms-correlation-request-id", id);
    return r;
}

} // namespace csc::emu
