// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "emulator/ArmCall.h"

#include <QJsonObject>

namespace csc::emu {

/**
 * @brief Microsoft.DocumentDB/databaseAccounts on ARM: list at subscription and resource-group scope
 * (`$skiptoken` paging, EmuContext::pageSize per page), get, DELETE (a long-running operation, possible
 * also while the customer-managed key is revoked), PATCH of the security-relevant properties
 * (validated like the Cosmos RP; a long-running operation), listKeys, readonlykeys (GET and POST),
 * listConnectionStrings, regenerateKey (a long-running operation, see CosmosOperations). Rendered per
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
    /// The ARM JSON of a stored account for an api-version. documentEndpoint is the account's live
    /// data-plane listener (EmuContext::documentEndpointOf), else a name on `origin`'s port.
    static QJsonObject render(const CosmosAccount &account, const QString &apiVersion, const QString &origin,
                              const EmuContext &ctx);
    /// The account resource after a PATCH body (tags, identity, updatable properties; read-only properties
    /// are ignored as ARM does, unknown or unsupported ones refused), with provisioningState Succeeded. A
    /// BadRequest error (code set) when the body is not acceptable.
    static Result<QJsonObject> applyPatch(const CosmosAccount &account, const QJsonObject &patch,
                                          const QString &tenantId);
    /// regenerateKey's keyKind (case-insensitive) to the listKeys field ("primaryMasterKey" ...); empty when
    /// unknown.
    static QString keyFieldOf(const QString &keyKind);

private:
    void list(const ArmCall &call, const ArmTarget &target);
    void account(const ArmCall &call, const ArmTarget &target, const QString &name, const QString &action);
    void patch(const ArmCall &call, CosmosAccount account);
    void regenerateKey(const ArmCall &call, const CosmosAccount &account);
};

} // namespace csc::emu
