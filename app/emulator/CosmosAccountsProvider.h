// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "emulator/ArmCall.h"

#include <QJsonObject>

namespace csc::emu {

/**
 * @brief Microsoft.DocumentDB/databaseAccounts on ARM: list at subscription and resource-group scope
 * (`$skiptoken` paging, EmuContext::pageSize per page), get, PATCH of the security-relevant properties
 * (validated like the Cosmos RP), listKeys, readonlykeys (GET and POST), listConnectionStrings. Rendered per
 * api-version (no minimalTlsVersion before 2022-11-15, ipRangeFilter before 2019-08-01 ...).
 */
class CosmosAccountsProvider : public ArmProvider
{
public:
    QString providerNamespace() const override { return QStringLiteral("Microsoft.DocumentDB"); }
    QString resourceType() const override { return QStringLiteral("databaseAccounts"); }
    const QStringList &apiVersions() const override;
    void handle(const ArmCall &call, const ArmTarget &target) override;

    static constexpr auto kLatestApiVersion = "2025-10-15";
    /// A new account resource with the defaults Azure applies (Session consistency, TLS 1.2, public access
    /// ...).
    static QJsonObject newAccountResource(const QString &name, const QString &location,
                                          const QString &kind = QStringLiteral("GlobalDocumentDB"));
    /// The ARM JSON of a stored account for an api-version; endpoints point at `origin`'s port.
    static QJsonObject render(const CosmosAccount &account, const QString &apiVersion, const QString &origin);

private:
    void list(const ArmCall &call, const ArmTarget &target);
    void account(const ArmCall &call, const ArmTarget &target, const QString &name, const QString &action);
};

} // namespace csc::emu
