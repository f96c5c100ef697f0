// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "emulator/ArmCall.h"

#include "core/Clock.h"
#include "emulator/ArmErrors.h"
#include "emulator/Rbac.h"

namespace csc::emu {

ArmCall::ArmCall(const HttpRequest &req, const Responder &resp, const EmuContext &context, ArmCaller who)
    : request(req), responder(resp), ctx(context), caller(std::move(who)), seg(req.pathSegments()),
      apiVersion(req.query(QStringLiteral("api-version"))), origin(context.originOf(req)),
      assignments(context.store->roleAssignmentsOf(caller.objectId))
{}

void ArmCall::send(HttpResponse response) const
{
    const QByteArray id = newGuid().toLatin1();
    const QByteArray correlation = request.header("x-ms-correlation-request-id").isEmpty()
                                       ? id
                                       : request.header("x-ms-correlation-request-id");
    response.setHeader("x-ms-request-id", id);
    response.setHeader("x-ms-correlation-request-id", correlation);
    response.setHeader(
        "x-ms-routing-request-id",
        "LOCALCLOUD:" + Clock::now().toUTC().toString(QStringLiteral("yyyyMMddTHHmmssZ")).toLatin1() + ':' +
            id);
    if (!request.header("x-ms-client-request-id").isEmpty())
        response.setHeader("x-ms-client-request-id", request.header("x-ms-client-request-id"));
    if (request.method == "GET" || request.method == "HEAD")
        response.setHeader("x-ms-ratelimit-remaining-subscription-reads", "11999");
    else
        response.setHeader("x-ms-ratelimit-remaining-subscription-writes", "1199");
    response.setHeader("Cache-Control", "no-cache");
    responder.send(response);
}

void ArmCall::error(int status, const QString &code, const QString &message) const
{
    send(armError(status, code, message));
}

void ArmCall::notFound() const
{
    error(404, QStringLiteral("NotFound"),
          QStringLiteral("No HTTP resource was found that matches the request URI '%1'.")
              .arg(request.url.path()));
}

void ArmCall::methodNotAllowed() const
{
    error(405, QStringLiteral("MethodNotAllowed"),
          QStringLiteral("The requested resource does not support http method '%1'.")
              .arg(QString::fromLatin1(request.method)));
}

bool ArmCall::isAllowed(const QString &action, const QString &scope) const
{
    return Rbac::isAllowed(assignments, action, scope);
}

bool ArmCall::authorize(const QString &action, const QString &scope) const
{
    if (isAllowed(action, scope))
        return true;
    error(403, QStringLiteral("AuthorizationFailed"),
          Rbac::authorizationFailedMessage(caller.objectId, action, scope));
    return false;
}

} // namespace csc::emu
