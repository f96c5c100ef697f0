// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "TestServer.h"

#include "core/ConnectionProfile.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace csc::test {

/// Fixed tenant and client of the ARM tests.
QString armTestTenant();
QString armTestClientId();

/// A Custom-cloud profile whose authority and ARM are `server` and which trusts the server's CA.
ConnectionProfile armTestProfile(const TestServer &server);
/// Answers the token endpoint of armTestTenant() with a bearer token.
void routeArmToken(TestServer &server);

QJsonObject subscriptionJson(const QString &subscriptionId, const QString &displayName,
                             const QString &state = QStringLiteral("Enabled"));
QJsonObject resourceGroupJson(const QString &subscriptionId, const QString &name, const QString &location);
/// A Microsoft.DocumentDB/databaseAccounts object with the given `properties` and optional `identity`.
QJsonObject accountJson(const QString &subscriptionId, const QString &resourceGroup, const QString &name,
                        const QJsonObject &properties = {}, const QJsonObject &identity = {},
                        const QString &location = QStringLiteral("westeurope"));
/// Properties of an account that is good in every area (with a SystemAssigned identity).
QJsonObject hardenedProperties();
QJsonObject systemIdentity();

/// Answers GET `path` with `items` in pages of `pageSize`, linked with ARM `nextLink` ($skiptoken).
void routePagedList(TestServer &server, const QString &path, const QJsonArray &items, int pageSize);
/// An ARM error answer: {"error":{"code","message"}} with x-ms-request-id.
emu::HttpResponse armError(int status, const QString &code, const QString &message);
/// ARM's AuthorizationFailed message naming `action` on `scope`.
QString authorizationFailedMessage(const QString &action, const QString &scope);

} // namespace csc::test
