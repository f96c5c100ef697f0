// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "ArmTestData.h"

#include "EntraTestTokens.h"

namespace csc::test {

QString armTestTenant()
{
    return QStringLiteral("contoso.onmicrosoft.com");
}

QString armTestClientId()
{
    return QStringLiteral("5c1f0d3e-6a2b-4b8e-9f47-0a1b2c3d4e5f");
}

ConnectionProfile armTestProfile(const TestServer &server)
{
    ConnectionProfile p = ConnectionProfile::create();
    p.name = QStringLiteral("ARM test");
    p.cloud = CloudEnvironment::Id::Custom;
    p.customAuthorityHost = server.url();
    p.customResourceManager = server.url();
    p.tenantId = armTestTenant();
    p.clientId = armTestClientId();
    p.trustedCaFile = server.caCertificatePath();
    return p;
}

void routeArmToken(TestServer &server)
{
    server.route("POST", QStringLiteral("/%1/oauth2/v2.0/token").arg(armTestTenant()),
                 [](const emu::HttpRequest &, emu::Responder r) {
                     r.send(entraTokenResponse(makeJwt({{QStringLiteral("aud"), QStringLiteral("arm")}})));
                 });
}

QJsonObject subscriptionJson(const QString &subscriptionId, const QString &displayName, const QString &state)
{
    return {{QStringLiteral("id"), QStringLiteral("/subscriptions/") + subscriptionId},
            {QStringLiteral("subscriptionId"), subscriptionId},
            {QStringLiteral("tenantId"), QStringLiteral("33e01921-4d64-4f8c-a055-5bdaffd5e33d")},
            {QStringLiteral("displayName"), displayName},
            {QStringLiteral("state"), state}};
}

QJsonObject resourceGroupJson(const QString &subscriptionId, const QString &name, const QString &location)
{
    return {{QStringLiteral("id"),
             QStringLiteral("/subscriptions/%1/resourceGroups/%2").arg(subscriptionId, name)},
            {QStringLiteral("name"), name},
            {QStringLiteral("type"), QStringLiteral("Microsoft.Resources/resourceGroups")},
            {QStringLiteral("location"), location},
            {QStringLiteral("properties"),
             QJsonObject{{QStringLiteral("provisioningState"), QStringLiteral("Succeeded")}}}};
}

QJsonObject accountJson(const QString &subscriptionId, const QString &resourceGroup, const QString &name,
                        const QJsonObject &properties, const QJsonObject &identity, const QString &location)
{
    QJsonObject props = properties;
    props.insert(QStringLiteral("provisioningState"), QStringLiteral("Succeeded"));
    props.insert(QStringLiteral("documentEndpoint"),
                 QStringLiteral("https://%1.documents.azure.com:443/").arg(name));
    QJsonObject a{{QStringLiteral("id"), QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/"
                                                        "Microsoft.DocumentDB/databaseAccounts/%3")
                                             .arg(subscriptionId, resourceGroup, name)},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("type"), QStringLiteral("Microsoft.DocumentDB/databaseAccounts")},
                  {QStringLiteral("location"), location},
                  {QStringLiteral("kind"), QStringLiteral("GlobalDocumentDB")},
                  {QStringLiteral("properties"), props}};
    if (!identity.isEmpty())
        a.insert(QStringLiteral("identity"), identity);
    return a;
}

QJsonObject hardenedProperties()
{
    return {{QStringLiteral("disableLocalAuth"), true},
            {QStringLiteral("disableKeyBasedMetadataWriteAccess"), true},
            {QStringLiteral("publicNetworkAccess"), QStringLiteral("Disabled")},
            {QStringLiteral("privateEndpointConnections"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("id"),
                  QStringLiteral("/subscriptions/s/resourceGroups/g/providers/Microsoft.DocumentDB/"
                                 "databaseAccounts/a/privateEndpointConnections/pe1")},
                 {QStringLiteral("properties"),
                  QJsonObject{{QStringLiteral("privateLinkServiceConnectionState"),
                               QJsonObject{{QStringLiteral("status"), QStringLiteral("Approved")}}}}}}}},
            {QStringLiteral("keyVaultKeyUri"),
             QStringLiteral("https://orders-kv.vault.azure.net/keys/cosmos-cmk")},
            {QStringLiteral("defaultIdentity"), QStringLiteral("SystemAssignedIdentity")},
            {QStringLiteral("minimalTlsVersion"), QStringLiteral("Tls12")}};
}

QJsonObject systemIdentity()
{
    return {{QStringLiteral("type"), QStringLiteral("SystemAssigned")},
            {QStringLiteral("principalId"), QStringLiteral("52f4fef3-3c3f-4ff3-b52e-b5c9eeb68656")}};
}

void routePagedList(TestServer &server, const QString &path, const QJsonArray &items, int pageSize)
{
    TestServer *s = &server;
    server.route("GET", path, [s, path, items, pageSize](const emu::HttpRequest &req, emu::Responder r) {
        const int page = req.query(QStringLiteral("$skiptoken")).toInt();
        QJsonArray value;
        for (int i = page * pageSize; i < std::min(int(items.size()), (page + 1) * pageSize); ++i)
            value.append(items.at(i));
        QJsonObject body{{QStringLiteral("value"), value}};
        if ((page + 1) * pageSize < items.size())
            body.insert(QStringLiteral("nextLink"),
                        s->url(QStringLiteral("%1?api-version=%2&$skiptoken=%3")
                                   .arg(path, req.query(QStringLiteral("api-version")))
                                   .arg(page + 1))
                            .toString());
        r.send(emu::HttpResponse::json(200, body, {{"x-ms-request-id", "req-page"}}));
    });
}

emu::HttpResponse armError(int status, const QString &code, const QString &message)
{
    return emu::HttpResponse::json(
        status,
        QJsonObject{{QStringLiteral("error"),
                     QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}},
        {{"x-ms-request-id", "5a4c8b1e-0000-4000-8000-00000000e403"}});
}

QString authorizationFailedMessage(const QString &action, const QString &scope)
{
    return QStringLiteral(
               "The client '%1' with object id '%1' does not have authorization to perform action '%2' "
               "over scope '%3' or the scope is invalid. If access was recently granted, please refresh "
               "your credentials.")
        .arg(QStringLiteral("0f1e2d3c-0000-4000-8000-000000000001"), action, scope);
}

} // namespace csc::test
