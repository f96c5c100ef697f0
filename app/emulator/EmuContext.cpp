// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "emulator/EmuContext.h"

namespace csc::emu {

QStringList EmuContext::origins() const
{
    QStringList out;
    for (const QHostAddress &a : addresses) {
        const QString host =
            a.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + a.toString() + u']' : a.toString();
        out << QStringLiteral("https://%1:%2").arg(host).arg(port);
    }
    out << QStringLiteral("https://localhost:%1").arg(port);
    return out;
}

bool EmuContext::isOwnOrigin(const QString &origin) const
{
    QString o = origin;
    while (o.endsWith(u'/'))
        o.chop(1);
    for (const QString &own : origins()) {
        if (own.compare(o, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString EmuContext::originOf(const HttpRequest &request) const
{
    const QString host = QString::fromLatin1(request.header("Host"));
    if (!host.isEmpty()) {
        const QString candidate = QStringLiteral("https://") + host;
        if (isOwnOrigin(candidate))
            return candidate.toLower();
    }
    return baseUrl.toString(QUrl::StripTrailingSlash);
}

} // namespace csc::emu
