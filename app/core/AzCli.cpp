// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "core/AzCli.h"

#include "core/CosmosAccount.h"

#include <QRegularExpression>

namespace csc {

QString AzCli::quote(const QString &value)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9._/:=@%+,-]+$"));
    if (safe.match(value).hasMatch())
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString AzCli::accountArgs(const QString &accountId)
{
    const ArmResourceId id = ArmResourceId::parse(accountId);
    return QStringLiteral("--account-name %1 --resource-group %2")
        .arg(quote(id.name), quote(id.resourceGroup));
}

QString AzCli::nameArgs(const QString &accountId)
{
    const ArmResourceId id = ArmResourceId::parse(accountId);
    return QStringLiteral("--name %1 --resource-group %2").arg(quote(id.name), quote(id.resourceGroup));
}

} // namespace csc
