// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "emulator/CosmosOperations.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "emulator/AccountEncryption.h"
#include "emulator/ArmErrors.h"
#include "emulator/CosmosAccountsProvider.h"
#include "emulator/CustomerManagedKeys.h"
#include "emulator/SqlRbacResources.h"
#include "emulator/Store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimer>

namespace csc::emu {

namespace {

const QString kAccountRead = QStringLiteral("Microsoft.DocumentDB/databaseAccounts/read");

qint64 nowMs()
{
    return Clock::now().toMSecsSinceEpoch();
}

QString isoMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString monitorPath(const ArmOperation &op, const char *kind)
{
    return QStringLiteral("/subscriptions/%1/providers/Microsoft.DocumentDB/locations/%2/%3/%4")
        .arg(op.subscriptionId, op.location, QLatin1String(kind), op.id);
}

QString accountScope(const ArmOperation &op)
{
    return QStringLiteral(
               "/subscriptions/%1/resourceGroups/%2/providers/Microsoft.DocumentDB/databaseAccounts/%3")
        .arg(op.subscriptionId, op.resourceGroup, op.account);
}

Result<void> applyChange(const EmuContext &ctx, const ArmOperation &op)
{
    if (SqlRbacResources::isOperationKind(op.kind))
        return SqlRbacResources::applyOperation(ctx, op);
    auto acct = ctx.store->account(op.subscriptionId, op.resourceGroup, op.account);
    if (!acct) {
        ApiError e = ApiError::make(
            ApiError::Kind::Http,
            QStringLiteral("The database account '%1' was deleted while the operation ran.").arg(op.account));
        e.code = QStringLiteral("ResourceNotFound");
        return e;
    }
    if (op.kind == QLatin1String(CosmosOperations::kDelete)) {
        // Possible in every state, also when the customer-managed key is revoked.
        const auto sub = ctx.store->subscription(op.subscriptionId);
        if (auto synced = CustomerManagedKeys::syncPrincipals(
                ctx, acct->resource.value(QStringLiteral("identity")).toObject(), QJsonObject{},
                sub ? sub->tenantId : QString(), acct->name);
            !synced)
            return synced;
        if (ctx.encryption)
            ctx.encryption->forget(acct->name);
        return ctx.store->deleteAccount(acct->name);
    }
    if (op.kind == QLatin1String(CosmosOperations::kRegenerateKey)) {
        const QString field =
            CosmosAccountsProvider::keyFieldOf(op.payload.value(QStringLiteral("keyKind")).toString());
        if (auto replaced = ctx.store->replaceAccountKey(acct->name, field); !replaced)
            return replaced;
        QJsonObject props = acct->resource.value(QStringLiteral("properties")).toObject();
        QJsonObject meta = props.value(QStringLiteral("keysMetadata")).toObject();
        meta.insert(field, QJsonObject{{QStringLiteral("generationTime"),
                                        Clock::now().toUTC().toString(Qt::ISODate)}});
        props.insert(QStringLiteral("keysMetadata"), meta);
        acct->resource.insert(QStringLiteral("properties"), props);
        return ctx.store->putAccount(*acct);
    }
    const auto sub = ctx.store->subscription(op.subscriptionId);
    const QString tenantId = sub ? sub->tenantId : QString();
    auto patched = CosmosAccountsProvider::applyPatch(*acct, op.payload, tenantId);
    if (!patched)
        return patched.error();
    // Identities and the customer-managed key are checked again against the cloud as it is now.
    auto resolved = CustomerManagedKeys::resolve(ctx, *acct, patched.value(), op.payload, tenantId);
    if (!resolved)
        return resolved.error();
    if (auto synced = CustomerManagedKeys::syncPrincipals(
            ctx, acct->resource.value(QStringLiteral("identity")).toObject(),
            resolved.value().value(QStringLiteral("identity")).toObject(), tenantId, acct->name);
        !synced)
        return synced;
    const CosmosAccount before = *acct;
    acct->resource = resolved.value();
    if (auto put = ctx.store->putAccount(*acct); !put)
        return put;
    // A new key (or a new default identity using it): the account's data encryption key is wrapped with it
    // in this same transaction, and existing documents are encrypted.
    const QJsonObject oldProps = before.resource.value(QStringLiteral("properties")).toObject();
    const QJsonObject newProps = acct->resource.value(QStringLiteral("properties")).toObject();
    const QString keyUri = newProps.value(QStringLiteral("keyVaultKeyUri")).toString();
    const auto changed = [&](const char *name) {
        return oldProps.value(QLatin1String(name))
                   .toString()
                   .compare(newProps.value(QLatin1String(name)).toString(), Qt::CaseInsensitive) != 0;
    };
    if (!keyUri.isEmpty() && ctx.encryption &&
        (changed("keyVaultKeyUri") || changed("keyVaultKeyUriVersion") || changed("defaultIdentity") ||
         before.resource.value(QStringLiteral("identity")) !=
             acct->resource.value(QStringLiteral("identity")) ||
         !ctx.store->accountDek(acct->name)))
        return ctx.encryption->keyChanged(before, *acct);
    return {};
}

void complete(const EmuContext &ctx, ArmOperation &op)
{
    op.endMs = nowMs();
    const auto done = ctx.store->transaction([&]() -> Result<void> {
        if (auto applied = applyChange(ctx, op); !applied)
            return applied;
        op.status = QStringLiteral("Succeeded");
        return ctx.store->updateOperation(op);
    });
    if (done)
        return;
    op.status = QStringLiteral("Failed");
    op.error =
        QJsonObject{{QStringLiteral("code"),
                     done.error().code.isEmpty() ? QStringLiteral("InternalServerError") : done.error().code},
                    {QStringLiteral("message"), done.error().message}};
    const auto marked = ctx.store->transaction([&]() -> Result<void> {
        // A failed update leaves the account as it was, no longer "Updating".
        if (auto acct = ctx.store->account(op.subscriptionId, op.resourceGroup, op.account)) {
            QJsonObject props = acct->resource.value(QStringLiteral("properties")).toObject();
            props.insert(QStringLiteral("provisioningState"), QStringLiteral("Succeeded"));
            acct->resource.insert(QStringLiteral("properties"), props);
            if (auto saved = ctx.store->putAccount(*acct); !saved)
                return saved;
        }
        return ctx.store->updateOperation(op);
    });
    qCWarning(lcEmu) << "operation" << op.id << "failed:" << done.error().message;
    if (!marked)
        qCWarning(lcEmu) << "operation" << op.id
                         << "could not be marked as failed:" << marked.error().message;
}

void schedule(const EmuContext &ctx, const ArmOperation &op)
{
    if (!ctx.owner)
        return;
    const qint64 wait = std::max<qint64>(0, op.dueMs - nowMs());
    const EmuContext *c = &ctx;
    const QString id = op.id;
    QTimer::singleShot(std::chrono::milliseconds(wait), ctx.owner,
                       [c, id] { CosmosOperations::refresh(*c, id); });
}

} // namespace

namespace CosmosOperations {

Result<ArmOperation> begin(const EmuContext &ctx, ArmOperation op)
{
    op.id = newGuid();
    op.startMs = nowMs();
    op.dueMs = op.startMs + std::max(0, ctx.lroDelayMs);
    op.status = QStringLiteral("Enqueued");
    if (auto added = ctx.store->addOperation(op); !added)
        return added.error();
    if (ctx.lroDelayMs <= 0) {
        complete(ctx, op);
        return op;
    }
    schedule(ctx, op);
    return op;
}

std::optional<ArmOperation> refresh(const EmuContext &ctx, const QString &id)
{
    auto op = ctx.store->operation(id);
    if (!op)
        return std::nullopt;
    if (op->status == QLatin1String("Enqueued") && nowMs() >= op->dueMs)
        complete(ctx, *op);
    return op;
}

void resumeAll(const EmuContext &ctx)
{
    for (ArmOperation &op : ctx.store->pendingOperations()) {
        if (nowMs() >= op.dueMs)
            complete(ctx, op);
        else
            schedule(ctx, op);
    }
}

QString statusUrl(const QString &origin, const ArmOperation &op, const QString &apiVersion)
{
    return origin + monitorPath(op, "operationsStatus") + QStringLiteral("?api-version=") + apiVersion;
}

QString resultUrl(const QString &origin, const ArmOperation &op, const QString &apiVersion)
{
    return origin + monitorPath(op, "operationResults") + QStringLiteral("?api-version=") + apiVersion;
}

QByteArray retryAfter(const ArmOperation &op)
{
    const qint64 left = std::max<qint64>(0, op.dueMs - nowMs());
    return QByteArray::number((left + 999) / 1000);
}

QJsonObject statusBody(const ArmOperation &op)
{
    QJsonObject body{{QStringLiteral("id"), monitorPath(op, "operationsStatus")},
                     {QStringLiteral("name"), op.id},
                     {QStringLiteral("startTime"), isoMs(op.startMs)}};
    if (op.status == QLatin1String("Enqueued")) {
        const qint64 total = std::max<qint64>(1, op.dueMs - op.startMs);
        const qint64 elapsed = std::clamp<qint64>(nowMs() - op.startMs, 0, total);
        const int percent = int(elapsed * 100 / total);
        // Cosmos first queues the operation, then works on it.
        body.insert(QStringLiteral("status"),
                    percent < 25 ? QStringLiteral("Enqueued") : QStringLiteral("InProgress"));
        body.insert(QStringLiteral("percentComplete"), std::min(percent, 99));
        return body;
    }
    body.insert(QStringLiteral("status"), op.status);
    body.insert(QStringLiteral("endTime"), isoMs(op.endMs));
    if (op.status == QLatin1String("Succeeded"))
        body.insert(QStringLiteral("percentComplete"), 100);
    else
        body.insert(QStringLiteral("error"), op.error);
    return body;
}

ArmOperation operationFor(const ArmCall &call, const CosmosAccount &account, const QString &kind,
                          const QJsonObject &payload)
{
    const QJsonArray locations = account.resource.value(QStringLiteral("properties"))
                                     .toObject()
                                     .value(QStringLiteral("writeLocations"))
                                     .toArray();
    const QString region =
        locations.isEmpty() ? account.resource.value(QStringLiteral("location")).toString()
                            : locations.first().toObject().value(QStringLiteral("locationName")).toString();
    ArmOperation op;
    op.subscriptionId = account.subscriptionId;
    op.resourceGroup = account.resourceGroup;
    op.account = account.name;
    op.kind = kind;
    op.payload = payload;
    op.location = region.toLower().remove(u' ');
    op.callerObjectId = call.caller.objectId;
    return op;
}

void beginAccepted(const ArmCall &call, const ArmOperation &op)
{
    auto started = begin(call.ctx, op);
    if (!started)
        return call.error(500, QStringLiteral("InternalServerError"), started.error().message);
    HttpResponse r = HttpResponse::empty(202);
    r.setHeader("Azure-AsyncOperation", statusUrl(call.origin, started.value(), call.apiVersion).toUtf8());
    r.setHeader("Location", resultUrl(call.origin, started.value(), call.apiVersion).toUtf8());
    r.setHeader("Retry-After", retryAfter(started.value()));
    call.send(r);
}

} // namespace CosmosOperations

const QStringList &CosmosLocationsProvider::apiVersions() const
{
    static CosmosAccountsProvider accounts;
    return accounts.apiVersions();
}

void CosmosLocationsProvider::handle(const ArmCall &call, const ArmTarget &target)
{
    const QStringList &rest = target.rest;
    // {region}/operationsStatus/{id} or {region}/operationResults/{id}, at subscription scope.
    if (!target.resourceGroup.isEmpty() || target.nested || rest.size() != 3)
        return call.notFound();
    const bool isStatus = rest[1].compare(QLatin1String("operationsStatus"), Qt::CaseInsensitive) == 0;
    const bool isResult = rest[1].compare(QLatin1String("operationResults"), Qt::CaseInsensitive) == 0;
    if (!isStatus && !isResult)
        return call.notFound();
    if (call.request.method != "GET")
        return call.methodNotAllowed();
    auto op = CosmosOperations::refresh(call.ctx, rest[2]);
    if (!op || op->subscriptionId.compare(target.subscriptionId, Qt::CaseInsensitive) != 0 ||
        op->location.compare(rest[0], Qt::CaseInsensitive) != 0)
        return call.error(404, QStringLiteral("NotFound"),
                          QStringLiteral("The operation '%1' could not be found.").arg(rest[2]));
    if (op->callerObjectId.compare(call.caller.objectId, Qt::CaseInsensitive) != 0 &&
        !call.isAllowed(kAccountRead, accountScope(*op))) {
        const QString action = isStatus
                                   ? QStringLiteral("Microsoft.DocumentDB/locations/operationsStatus/read")
                                   : QStringLiteral("Microsoft.DocumentDB/locations/operationResults/read");
        call.authorize(action, monitorPath(*op, isStatus ? "operationsStatus" : "operationResults"));
        return;
    }
    const bool pending = op->status == QLatin1String("Enqueued");
    if (isStatus) {
        HttpResponse r = HttpResponse::json(200, CosmosOperations::statusBody(*op));
        if (pending)
            r.setHeader("Retry-After", CosmosOperations::retryAfter(*op));
        return call.send(r);
    }
    if (pending) {
        HttpResponse r = HttpResponse::empty(202);
        r.setHeader("Location", CosmosOperations::resultUrl(call.origin, *op, call.apiVersion).toUtf8());
        r.setHeader("Retry-After", CosmosOperations::retryAfter(*op));
        return call.send(r);
    }
    if (op->status != QLatin1String("Succeeded"))
        return call.error(400, op->error.value(QStringLiteral("code")).toString(),
                          op->error.value(QStringLiteral("message")).toString());
    if (SqlRbacResources::isOperationKind(op->kind)) {
        if (const auto resource = SqlRbacResources::operationResult(call.ctx, *op))
            return call.send(HttpResponse::json(200, *resource));
    }
    if (op->kind == QLatin1String(CosmosOperations::kPatch)) {
        auto acct = call.ctx.store->account(op->subscriptionId, op->resourceGroup, op->account);
        if (acct)
            return call.send(HttpResponse::json(
                200, CosmosAccountsProvider::render(*acct, call.apiVersion, call.origin, call.ctx)));
    }
    call.send(HttpResponse::empty(204));
}

} // namespace csc::emu
