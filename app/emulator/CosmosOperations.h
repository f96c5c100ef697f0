// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "emulator/ArmCall.h"

#include <optional>

namespace csc::emu {

struct CosmosAccount;

/**
 * @brief Long-running operations of Microsoft.DocumentDB as ARM runs them: an operation is stored (SQLite)
 * as Enqueued, completes EmuContext::lroDelayMs later (a timer, or lazily when it is polled after that time)
 * and then applies its change in the same transaction that marks it Succeeded. Monitor URLs have the real
 * Cosmos shape: `{origin}/subscriptions/{sub}/providers/Microsoft.DocumentDB/locations/{region}/
 * operationsStatus/{id}?api-version=...` (Azure-AsyncOperation) and `.../operationResults/{id}?...`
 * (Location).
 */
namespace CosmosOperations {

inline constexpr auto kRegenerateKey = "regenerateKey";
inline constexpr auto kPatch = "patch";
inline constexpr auto kDelete = "delete";

/// Stores `op` (status Enqueued, start now, due after the context's delay) and schedules its completion. With
/// a delay of 0 it completes before returning. Returns the operation as stored afterwards.
Result<ArmOperation> begin(const EmuContext &ctx, ArmOperation op);
/// Completes the operation when it is due (idempotent) and returns its current state.
std::optional<ArmOperation> refresh(const EmuContext &ctx, const QString &id);
/// Completes every due operation and schedules the others (after a restart).
void resumeAll(const EmuContext &ctx);

QString statusUrl(const QString &origin, const ArmOperation &op, const QString &apiVersion);
QString resultUrl(const QString &origin, const ArmOperation &op, const QString &apiVersion);
/// Seconds until the operation is due, rounded up (the Retry-After value).
QByteArray retryAfter(const ArmOperation &op);
/// The operationsStatus body: id, name, status, startTime, endTime, percentComplete, error.
QJsonObject statusBody(const ArmOperation &op);

/// An operation of `kind` on `account`, started by the caller of `call`, monitored in the account's first
/// write region.
ArmOperation operationFor(const ArmCall &call, const CosmosAccount &account, const QString &kind,
                          const QJsonObject &payload);
/// Begins `op` and answers 202 Accepted with Azure-AsyncOperation, Location and Retry-After (500 when the
/// operation cannot be stored).
void beginAccepted(const ArmCall &call, const ArmOperation &op);

} // namespace CosmosOperations

/**
 * @brief `/subscriptions/{sub}/providers/Microsoft.DocumentDB/locations/{region}/operationsStatus/{id}` and
 * `.../operationResults/{id}`: where clients poll the long-running operations of CosmosAccountsProvider. The
 * caller that started an operation, and whoever may read the account, may poll it.
 */
class CosmosLocationsProvider : public ArmProvider
{
public:
    QString providerNamespace() const override { return QStringLiteral("Microsoft.DocumentDB"); }
    QString resourceType() const override { return QStringLiteral("locations"); }
    const QStringList &apiVersions() const override;
    void handle(const ArmCall &call, const ArmTarget &target) override;
};

} // namespace csc::emu
