// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "core/MasterKeySigner.h"
#include "emulator/ResourceTokens.h"
#include "inspect/Base64Url.h"
#include "inspect/TokenInspection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace csc;

namespace {

constexpr qint64 kNow = 1764410400; // 2025-11-29 10:00:00 UTC
const QString kTenant = QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47");
const QByteArray kEmulatorKey =
    "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==";

InspectOptions options()
{
    InspectOptions o;
    o.now = QDateTime::fromSecsSinceEpoch(kNow, QTimeZone::utc());
    return o;
}

QByteArray signatureBytes()
{
    QByteArray s(256, Qt::Uninitialized);
    for (int i = 0; i < s.size(); ++i)
        s[i] = char((i * 73 + 11) & 0xff);
    return s;
}

QByteArray makeJwt(const QJsonObject &payload, const QJsonObject &header = {}, bool withSignature = true)
{
    QJsonObject h = header;
    if (h.isEmpty())
        h = QJsonObject{{QStringLiteral("typ"), QStringLiteral("JWT")},
                        {QStringLiteral("alg"), QStringLiteral("RS256")},
                        {QStringLiteral("x5t"), QStringLiteral("kWbkaa6qs8wsTnBwiiNYOhHbnAw")},
                        {QStringLiteral("kid"), QStringLiteral("kWbkaa6qs8wsTnBwiiNYOhHbnAw")}};
    return Base64Url::encode(QJsonDocument(h).toJson(QJsonDocument::Compact)) + '.' +
           Base64Url::encode(QJsonDocument(payload).toJson(QJsonDocument::Compact)) + '.' +
           (withSignature ? Base64Url::encode(signatureBytes()) : QByteArray());
}

/// A v1.0 user token for Azure Resource Manager as the Azure CLI gets it (claims as Entra issues them).
QJsonObject v1ArmUser()
{
    return QJsonObject{
        {QStringLiteral("aud"), QStringLiteral("https://management.azure.com/")},
        {QStringLiteral("iss"), QStringLiteral("https://sts.windows.net/%1/").arg(kTenant)},
        {QStringLiteral("iat"), double(kNow - 600)},
        {QStringLiteral("nbf"), double(kNow - 600)},
        {QStringLiteral("exp"), double(kNow - 600 + 4497)},
        {QStringLiteral("acr"), QStringLiteral("1")},
        {QStringLiteral("aio"), QStringLiteral("AVQAq/8YAAAA")},
        {QStringLiteral("amr"), QJsonArray{QStringLiteral("pwd"), QStringLiteral("mfa")}},
        {QStringLiteral("appid"), QStringLiteral("04b07795-8ddb-461a-bbee-02f9e1bf7b46")},
        {QStringLiteral("appidacr"), QStringLiteral("0")},
        {QStringLiteral("family_name"), QStringLiteral("Example")},
        {QStringLiteral("given_name"), QStringLiteral("Alice")},
        {QStringLiteral("idtyp"), QStringLiteral("user")},
        {QStringLiteral("ipaddr"), QStringLiteral("203.0.113.7")},
        {QStringLiteral("name"), QStringLiteral("Alice Example")},
        {QStringLiteral("oid"), QStringLiteral("6b1f0c1e-1f45-4c1e-9e0f-7e3a1c2d9b10")},
        {QStringLiteral("puid"), QStringLiteral("10032001A1B2C3D4")},
        {QStringLiteral("rh"), QStringLiteral("0.AXEAv4j5cvGGr0GRqy180BHbR0ZIf3kAutdPukPawfj2MBNxAEQ.")},
        {QStringLiteral("scp"), QStringLiteral("user_impersonation")},
        {QStringLiteral("sub"), QStringLiteral("m2v0c1yq3nG4f9N1r7bQ4a1iY0GmN3WJ7x6w3xk2b8Q")},
        {QStringLiteral("tid"), kTenant},
        {QStringLiteral("unique_name"), QStringLiteral("alice@contoso.com")},
        {QStringLiteral("upn"), QStringLiteral("alice@contoso.com")},
        {QStringLiteral("uti"), QStringLiteral("mQ0bV9j3YkG9x2lJc1QAAA")},
        {QStringLiteral("ver"), QStringLiteral("1.0")},
        {QStringLiteral("wids"), QJsonArray{QStringLiteral("62e90394-69f5-4237-9190-012177145e10"),
                                            QStringLiteral("b79fbf4d-3ef9-4689-8143-76b194e85509")}},
        {QStringLiteral("xms_tcdt"), 1289241547.0}};
}

/// A v2.0 app-only token for the Cosmos DB data plane (client credentials).
QJsonObject v2CosmosApp()
{
    return QJsonObject{
        {QStringLiteral("aud"), QStringLiteral("https://cosmos.azure.com")},
        {QStringLiteral("iss"), QStringLiteral("https://login.microsoftonline.com/%1/v2.0").arg(kTenant)},
        {QStringLiteral("iat"), double(kNow - 300)},
        {QStringLiteral("nbf"), double(kNow - 300)},
        {QStringLiteral("exp"), double(kNow - 300 + 3599)},
        {QStringLiteral("aio"), QStringLiteral("k2BgYJh")},
        {QStringLiteral("azp"), QStringLiteral("3f8a1c55-6d0e-4b7e-9a41-0c6a2f9d7e11")},
        {QStringLiteral("azpacr"), QStringLiteral("1")},
        {QStringLiteral("idtyp"), QStringLiteral("app")},
        {QStringLiteral("oid"), QStringLiteral("9a0d5f3e-2b61-4c8d-8f7a-1e2d3c4b5a69")},
        {QStringLiteral("rh"), QStringLiteral("1.AXEA")},
        {QStringLiteral("sub"), QStringLiteral("9a0d5f3e-2b61-4c8d-8f7a-1e2d3c4b5a69")},
        {QStringLiteral("tid"), kTenant},
        {QStringLiteral("uti"), QStringLiteral("Zm9vYmFy")},
        {QStringLiteral("ver"), QStringLiteral("2.0")}};
}

/// A v2.0 ID token of a sign-in to an app.
QJsonObject v2IdToken()
{
    return QJsonObject{
        {QStringLiteral("aud"), QStringLiteral("3f8a1c55-6d0e-4b7e-9a41-0c6a2f9d7e11")},
        {QStringLiteral("iss"), QStringLiteral("https://login.microsoftonline.com/%1/v2.0").arg(kTenant)},
        {QStringLiteral("iat"), double(kNow - 60)},
        {QStringLiteral("nbf"), double(kNow - 60)},
        {QStringLiteral("exp"), double(kNow - 60 + 3600)},
        {QStringLiteral("name"), QStringLiteral("Alice Example")},
        {QStringLiteral("nonce"), QStringLiteral("638678123")},
        {QStringLiteral("oid"), QStringLiteral("6b1f0c1e-1f45-4c1e-9e0f-7e3a1c2d9b10")},
        {QStringLiteral("preferred_username"), QStringLiteral("alice@contoso.com")},
        {QStringLiteral("rh"), QStringLiteral("0.AXEA")},
        {QStringLiteral("sub"), QStringLiteral("AAAAAAAAAAAAAAAAAAAAAIkzqFVrSaSaFHy782bbtaQ")},
        {QStringLiteral("tid"), kTenant},
        {QStringLiteral("uti"), QStringLiteral("AbCdEf")},
        {QStringLiteral("ver"), QStringLiteral("2.0")}};
}

QJsonObject with(QJsonObject o, const QString &name, const QJsonValue &value)
{
    if (value.isUndefined())
        o.remove(name);
    else
        o.insert(name, value);
    return o;
}

QByteArray masterSignature()
{
    return MasterKeySigner::signature(SecureBytes(kEmulatorKey), "GET", QStringLiteral("dbs"),
                                      QStringLiteral("dbs/ToDoList"),
                                      QStringLiteral("Thu, 27 Apr 2017 00:51:12 GMT"))
        .value();
}

QByteArray localResourceToken(qint64 lifetime, const QString &mode = QStringLiteral("All"),
                              qint64 issuedAgo = 60)
{
    emu::ResourceTokenClaims c;
    c.account = QStringLiteral("contoso");
    c.database = QStringLiteral("shop");
    c.userRid = QStringLiteral("Sn1aAKH9bwA=");
    c.permissionRid = QStringLiteral("Sn1aAKH9bwDnY3o8XE8WAA==");
    c.permissionEtag = QStringLiteral("\"00000e00-0000-0000-0000-566736980000\"");
    c.resource = QStringLiteral("dbs/shop/colls/orders");
    c.mode = mode;
    c.issuedAt = kNow - issuedAgo;
    c.expiresAt = kNow - issuedAgo + lifetime;
    return emu::ResourceTokens::ephemeral().mint(c);
}

QByteArray azureResourceToken()
{
    QByteArray blob(420, Qt::Uninitialized);
    for (int i = 0; i < blob.size(); ++i)
        blob[i] = char((i * 101 + 17) & 0xff);
    return "type=resource&ver=1&sig=" + QByteArray(16, 's').toBase64() + ';' + blob.toBase64() + ';';
}

QByteArray permissionJson(const QByteArray &token)
{
    const QJsonObject o{{QStringLiteral("id"), QStringLiteral("orders-all")},
                        {QStringLiteral("permissionMode"), QStringLiteral("All")},
                        {QStringLiteral("resource"), QStringLiteral("dbs/shop/colls/orders")},
                        {QStringLiteral("_rid"), QStringLiteral("Sn1aAKH9bwDnY3o8XE8WAA==")},
                        {QStringLiteral("_ts"), double(kNow - 60)},
                        {QStringLiteral("_etag"), QStringLiteral("\"00000e00-0000-0000-0000-566736980000\"")},
                        {QStringLiteral("_token"), QString::fromLatin1(token)}};
    return QJsonDocument(o).toJson();
}

QByteArray accountKey()
{
    QByteArray raw(64, Qt::Uninitialized);
    for (int i = 0; i < 64; ++i)
        raw[i] = char((i * 37 + 251) & 0xff);
    return raw.toBase64();
}

QByteArray encodeTimes(QByteArray text, int times)
{
    for (int i = 0; i < times; ++i)
        text = text.toPercentEncoding();
    return text;
}

/// Everything a report shows, for leak checks.
QString everything(const InspectionReport &r)
{
    QString all = r.summary + r.error + r.toText() +
                  QString::fromUtf8(QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact));
    for (const InspectionField &f : r.fields)
        all += f.name + f.label + f.value + f.explanation;
    for (const InspectionWarning &w : r.warnings)
        all += w.text + w.advice;
    return all;
}

} // namespace

class TestTokenInspector : public QObject
{
    Q_OBJECT

private slots:
    void inspects_data();
    void inspects();
    void hostile_data();
    void hostile();
    void userTokenDetails();
    void appTokenSummary();
    void noSecretsInOutput_data();
    void noSecretsInOutput();
    void resourceTokenTimes();
    void connectionStringFields();
    void jsonAndText();
    void tokenTimes_data();
    void tokenTimes();
    void ids();
    void mutatedInputsAreHandled();
};

void TestTokenInspector::inspects_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("verdict");
    QTest::addColumn<int>("validity");
    QTest::addColumn<QStringList>("warnings");
    QTest::addColumn<QStringList>("absent");
    QTest::addColumn<QString>("summary");

    using K = CredentialKind;
    using V = InspectionReport::Verdict;
    using T = TokenValidity;
    const QByteArray armUser = makeJwt(v1ArmUser());
    const QByteArray cosmosApp = makeJwt(v2CosmosApp());
    const QByteArray sig = masterSignature();
    const QByteArray key = accountKey();

    QTest::newRow("v1 ARM user token in an Authorization header")
        << QByteArray("Authorization: Bearer " + armUser) << int(K::BearerHeader) << int(V::Valid)
        << int(T::Valid) << QStringList{QStringLiteral("broad-scope"), QStringLiteral("privileged-role")}
        << QStringList{QStringLiteral("expired"), QStringLiteral("alg-none"), QStringLiteral("long-lifetime")}
        << QStringLiteral(
               "Entra ID v1.0 access token for https://management.azure.com/, user alice@contoso.com");
    QTest::newRow("v2 Cosmos app token")
        << cosmosApp << int(K::Jwt) << int(V::Valid) << int(T::Valid) << QStringList{}
        << QStringList{QStringLiteral("broad-scope"), QStringLiteral("id-token-used-as-access-token")}
        << QStringLiteral("Entra ID v2.0 access token for https://cosmos.azure.com, "
                          "app-only");
    QTest::newRow("bearer without header name")
        << QByteArray("bearer " + cosmosApp) << int(K::BearerHeader) << int(V::Valid) << int(T::Valid)
        << QStringList{} << QStringList{} << QStringLiteral("app-only");
    QTest::newRow("expired") << makeJwt(with(v2CosmosApp(), QStringLiteral("exp"), double(kNow - 3600)))
                             << int(K::Jwt) << int(V::Invalid) << int(T::Expired)
                             << QStringList{QStringLiteral("expired")} << QStringList{} << QString();
    QTest::newRow("expired within skew is still valid")
        << makeJwt(with(v2CosmosApp(), QStringLiteral("exp"), double(kNow - 100))) << int(K::Jwt)
        << int(V::Valid) << int(T::ExpiresSoon) << QStringList{QStringLiteral("expires-soon")}
        << QStringList{QStringLiteral("expired")} << QString();
    QTest::newRow("not yet valid") << makeJwt(with(v2CosmosApp(), QStringLiteral("nbf"), double(kNow + 3600)))
                                   << int(K::Jwt) << int(V::Invalid) << int(T::NotYetValid)
                                   << QStringList{QStringLiteral("not-yet-valid")} << QStringList{}
                                   << QString();
    QTest::newRow("expires soon") << makeJwt(with(v2CosmosApp(), QStringLiteral("exp"), double(kNow + 120)))
                                  << int(K::Jwt) << int(V::Valid) << int(T::ExpiresSoon)
                                  << QStringList{QStringLiteral("expires-soon")} << QStringList{}
                                  << QString();
    QTest::newRow("long lifetime (managed identity, 25 h)")
        << makeJwt(with(with(v2CosmosApp(), QStringLiteral("exp"), double(kNow - 300 + 25 * 3600)),
                        QStringLiteral("xms_mirid"),
                        QStringLiteral("/subscriptions/0000/resourcegroups/rg/providers/Microsoft.Compute/"
                                       "virtualMachines/vm1")))
        << int(K::Jwt) << int(V::Valid) << int(T::Valid) << QStringList{QStringLiteral("long-lifetime")}
        << QStringList{} << QString();
    QTest::newRow("alg none") << makeJwt(v2CosmosApp(),
                                         QJsonObject{{QStringLiteral("alg"), QStringLiteral("none")}}, false)
                              << int(K::Jwt) << int(V::Invalid) << int(T::Valid)
                              << QStringList{QStringLiteral("alg-none")} << QStringList{} << QString();
    QTest::newRow("HS256") << makeJwt(v2CosmosApp(),
                                      QJsonObject{{QStringLiteral("alg"), QStringLiteral("HS256")},
                                                  {QStringLiteral("typ"), QStringLiteral("JWT")}})
                           << int(K::Jwt) << int(V::Invalid) << int(T::Valid)
                           << QStringList{QStringLiteral("alg-not-rs256")} << QStringList{} << QString();
    QTest::newRow("ES256 is a warning only")
        << makeJwt(v2CosmosApp(), QJsonObject{{QStringLiteral("alg"), QStringLiteral("ES256")}})
        << int(K::Jwt) << int(V::Valid) << int(T::Valid) << QStringList{QStringLiteral("alg-not-rs256")}
        << QStringList{} << QString();
    QTest::newRow("missing exp") << makeJwt(with(v2CosmosApp(), QStringLiteral("exp"), QJsonValue::Undefined))
                                 << int(K::Jwt) << int(V::Invalid) << int(T::Valid)
                                 << QStringList{QStringLiteral("missing-exp")} << QStringList{} << QString();
    QTest::newRow("exp not a number")
        << makeJwt(with(v2CosmosApp(), QStringLiteral("exp"), QStringLiteral("soon"))) << int(K::Jwt)
        << int(V::Invalid) << int(T::Valid) << QStringList{QStringLiteral("malformed-time")}
        << QStringList{QStringLiteral("missing-exp")} << QString();
    QTest::newRow("ID token sent as Bearer")
        << QByteArray("Bearer " + makeJwt(v2IdToken())) << int(K::BearerHeader) << int(V::Invalid)
        << int(T::Valid) << QStringList{QStringLiteral("id-token-used-as-access-token")} << QStringList{}
        << QStringLiteral("Entra ID v2.0 ID token for the application 3f8a1c55-6d0e-4b7e-9a41-0c6a2f9d7e11");
    QTest::newRow("Graph app token with directory-wide roles")
        << makeJwt(
               with(with(v2CosmosApp(), QStringLiteral("aud"), QStringLiteral("https://graph.microsoft.com")),
                    QStringLiteral("roles"),
                    QJsonArray{QStringLiteral("Directory.ReadWrite.All"), QStringLiteral("User.Read.All")}))
        << int(K::Jwt) << int(V::Valid) << int(T::Valid) << QStringList{QStringLiteral("broad-scope")}
        << QStringList{QStringLiteral("privileged-role")} << QStringLiteral("app-only");
    QTest::newRow("Graph token with a header nonce")
        << makeJwt(
               with(v1ArmUser(), QStringLiteral("aud"),
                    QStringLiteral("00000003-0000-0000-c000-000000000000")),
               QJsonObject{{QStringLiteral("typ"), QStringLiteral("JWT")},
                           {QStringLiteral("nonce"), QStringLiteral("kOIoQmOcz2H7zYfD0gH8xYz9d8QGqJ0pm0m")},
                           {QStringLiteral("alg"), QStringLiteral("RS256")},
                           {QStringLiteral("kid"), QStringLiteral("k1")}})
        << int(K::Jwt) << int(V::Valid) << int(T::Valid)
        << QStringList{QStringLiteral("unverifiable-signature")} << QStringList{QStringLiteral("broad-scope")}
        << QStringLiteral("access token for 00000003-0000-0000-c000-000000000000, user alice@contoso.com");
    QTest::newRow("Privileged Role Administrator")
        << makeJwt(with(with(v1ArmUser(), QStringLiteral("aud"), QStringLiteral("https://cosmos.azure.com")),
                        QStringLiteral("wids"),
                        QJsonArray{QStringLiteral("e8611ab8-c189-46e8-94e1-60213ab1f814")}))
        << int(K::Jwt) << int(V::Valid) << int(T::Valid) << QStringList{QStringLiteral("privileged-role")}
        << QStringList{QStringLiteral("broad-scope")} << QString();
    QTest::newRow("aad value with a Cosmos token")
        << MasterKeySigner::encodeToken("type=aad&ver=1.0&sig=" + cosmosApp) << int(K::CosmosAad)
        << int(V::Valid) << int(T::Valid) << QStringList{}
        << QStringList{QStringLiteral("wrong-audience"), QStringLiteral("double-encoded")}
        << QStringLiteral("app-only (in a Cosmos DB type=aad value)");
    QTest::newRow("token endpoint response")
        << QByteArray(R"({"token_type":"Bearer","expires_in":3599,"ext_expires_in":3599,"access_token":")" +
                      cosmosApp + R"("})")
        << int(K::Jwt) << int(V::Valid) << int(T::Valid) << QStringList{} << QStringList{}
        << QStringLiteral("Entra ID v2.0 access token for https://cosmos.azure.com, app-only");
    QTest::newRow("aad value with an ARM token")
        << MasterKeySigner::encodeToken("type=aad&ver=1.0&sig=" + armUser) << int(K::CosmosAad)
        << int(V::Invalid) << int(T::Valid)
        << QStringList{QStringLiteral("wrong-audience"), QStringLiteral("broad-scope")} << QStringList{}
        << QString();
    QTest::newRow("aad value without oid")
        << MasterKeySigner::encodeToken(
               "type=aad&ver=1.0&sig=" +
               makeJwt(with(v2CosmosApp(), QStringLiteral("oid"), QJsonValue::Undefined)))
        << int(K::CosmosAad) << int(V::Invalid) << int(T::Valid) << QStringList{QStringLiteral("missing-oid")}
        << QStringList{} << QString();
    QTest::newRow("master header") << MasterKeySigner::authorizationHeader(sig) << int(K::CosmosMaster)
                                   << int(V::Valid) << int(T::Unknown)
                                   << QStringList{QStringLiteral("master-key")}
                                   << QStringList{QStringLiteral("double-encoded")}
                                   << QStringLiteral("Cosmos DB master-key signature, percent-encoded once");
    QTest::newRow("master header line")
        << QByteArray("x-ms-date: Thu, 27 Apr 2017 00:51:12 GMT\nauthorization: " +
                      MasterKeySigner::authorizationHeader(sig) + "\nx-ms-version: 2018-12-31\n")
        << int(K::CosmosMaster) << int(V::Valid) << int(T::Unknown)
        << QStringList{QStringLiteral("master-key")} << QStringList{} << QString();
    QTest::newRow("master double-encoded")
        << MasterKeySigner::encodeToken(MasterKeySigner::authorizationHeader(sig)) << int(K::CosmosMaster)
        << int(V::Invalid) << int(T::Unknown)
        << QStringList{QStringLiteral("master-key"), QStringLiteral("double-encoded")} << QStringList{}
        << QString();
    QTest::newRow("local resource token, bare")
        << localResourceToken(3600) << int(K::ResourceToken) << int(V::Valid) << int(T::Valid)
        << QStringList{QStringLiteral("write-access")} << QStringList{QStringLiteral("long-lifetime")}
        << QStringLiteral("Cosmos DB resource token for dbs/shop/colls/orders "
                          "(All), account contoso");
    QTest::newRow("local resource token, 5 h")
        << localResourceToken(5 * 3600, QStringLiteral("Read")) << int(K::ResourceToken) << int(V::Valid)
        << int(T::Valid) << QStringList{QStringLiteral("long-lifetime")}
        << QStringList{QStringLiteral("write-access")} << QString();
    QTest::newRow("local resource token, expired")
        << localResourceToken(3600, QStringLiteral("All"), 7200) << int(K::ResourceToken) << int(V::Invalid)
        << int(T::Expired) << QStringList{QStringLiteral("expired")} << QStringList{} << QString();
    QTest::newRow("resource token as authorization header")
        << MasterKeySigner::encodeToken(localResourceToken(3600)) << int(K::CosmosResource) << int(V::Valid)
        << int(T::Valid) << QStringList{} << QStringList{QStringLiteral("double-encoded")}
        << QStringLiteral("dbs/shop/colls/orders");
    QTest::newRow("Azure resource token")
        << azureResourceToken() << int(K::ResourceToken) << int(V::Valid) << int(T::Unknown) << QStringList{}
        << QStringList{QStringLiteral("expired")} << QStringLiteral("sealed by the service");
    QTest::newRow("permission document")
        << permissionJson(localResourceToken(3600)) << int(K::PermissionJson) << int(V::Valid)
        << int(T::Valid) << QStringList{} << QStringList{QStringLiteral("token-mismatch")}
        << QStringLiteral("Cosmos DB permission orders-all (All on "
                          "dbs/shop/colls/orders)");
    QTest::newRow("permission document with a foreign token")
        << permissionJson(localResourceToken(3600, QStringLiteral("Read"))) << int(K::PermissionJson)
        << int(V::Valid) << int(T::Valid) << QStringList{QStringLiteral("token-mismatch")} << QStringList{}
        << QString();
    QTest::newRow("sql connection string")
        << QByteArray("AccountEndpoint=https://contoso-cosmos.documents.azure.com:443/;AccountKey=" + key +
                      ";")
        << int(K::ConnectionString) << int(V::Valid) << int(T::Unknown)
        << QStringList{QStringLiteral("read-write-key")}
        << QStringList{QStringLiteral("certificate-validation-off"), QStringLiteral("plain-http"),
                       QStringLiteral("emulator-key")}
        << QStringLiteral("Cosmos DB API for NoSQL connection string for the account contoso-cosmos");
    QTest::newRow("emulator connection string")
        << QByteArray("AccountEndpoint=https://localhost:8081/;AccountKey=" + kEmulatorKey +
                      ";DisableServerCertificateValidation=True;")
        << int(K::ConnectionString) << int(V::Invalid) << int(T::Unknown)
        << QStringList{QStringLiteral("read-write-key"), QStringLiteral("certificate-validation-off"),
                       QStringLiteral("emulator-key")}
        << QStringList{} << QString();
    QTest::newRow("http connection string")
        << QByteArray("AccountEndpoint=http://contoso-cosmos.documents.azure.com/;AccountKey=" + key)
        << int(K::ConnectionString) << int(V::Invalid) << int(T::Unknown)
        << QStringList{QStringLiteral("plain-http")} << QStringList{} << QString();
    QTest::newRow("table connection string")
        << QByteArray("DefaultEndpointsProtocol=https;AccountName=contoso-table;AccountKey=" + key +
                      ";TableEndpoint=https://contoso-table.table.cosmos.azure.com:443/;")
        << int(K::ConnectionString) << int(V::Valid) << int(T::Unknown)
        << QStringList{QStringLiteral("read-write-key")} << QStringList{} << QStringLiteral("API for Table");
    QTest::newRow("mongodb connection string")
        << QByteArray(
               "mongodb://contoso-mongo:" + key.toPercentEncoding() +
               "@contoso-mongo.mongo.cosmos.azure.com:10255/?ssl=true&replicaSet=globaldb&retrywrites=false"
               "&maxIdleTimeMS=120000&appName=@contoso-mongo@")
        << int(K::ConnectionString) << int(V::Valid) << int(T::Unknown)
        << QStringList{QStringLiteral("read-write-key")} << QStringList{QStringLiteral("plain-http")}
        << QStringLiteral("API for MongoDB");
    QTest::newRow("aad value percent-encoded three times")
        << encodeTimes("type=aad&ver=1.0&sig=" + cosmosApp, 3) << int(K::CosmosAad) << int(V::Invalid)
        << int(T::Valid) << QStringList{QStringLiteral("double-encoded")} << QStringList{} << QString();
    QTest::newRow("bearer header percent-encoded three times")
        << encodeTimes("Bearer " + cosmosApp, 3) << int(K::BearerHeader) << int(V::Invalid) << int(T::Valid)
        << QStringList{QStringLiteral("double-encoded")} << QStringList{} << QString();
    QTest::newRow("bearer header percent-encoded once")
        << encodeTimes("Bearer " + cosmosApp, 1) << int(K::BearerHeader) << int(V::Valid) << int(T::Valid)
        << QStringList{QStringLiteral("percent-encoded")} << QStringList{QStringLiteral("double-encoded")}
        << QString();
}

void TestTokenInspector::inspects()
{
    QFETCH(QByteArray, input);
    QFETCH(int, kind);
    QFETCH(int, verdict);
    QFETCH(int, validity);
    QFETCH(QStringList, warnings);
    QFETCH(QStringList, absent);
    QFETCH(QString, summary);
    const InspectionReport r = TokenInspector::inspect(input, options());
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(credentialKindId(r.kind), credentialKindId(CredentialKind(kind)));
    QCOMPARE(tokenValidityId(r.validity), tokenValidityId(TokenValidity(validity)));
    QCOMPARE(InspectionReport::verdictId(r.verdict()),
             InspectionReport::verdictId(InspectionReport::Verdict(verdict)));
    for (const QString &code : warnings)
        QVERIFY2(r.hasWarning(code), qPrintable(code + QStringLiteral(" missing in:\n") + r.toText()));
    for (const QString &code : absent)
        QVERIFY2(!r.hasWarning(code), qPrintable(code + QStringLiteral(" unexpected in:\n") + r.toText()));
    if (!summary.isEmpty())
        QVERIFY2(r.summary.contains(summary), qPrintable(r.summary));
    QVERIFY(!r.fields.isEmpty());
    for (const InspectionWarning &w : r.warnings) {
        QVERIFY(!w.text.isEmpty());
        QVERIFY(!w.code.isEmpty());
    }
}

void TestTokenInspector::hostile_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("error");
    using K = CredentialKind;
    const QByteArray app = makeJwt(v2CosmosApp());
    const QByteArray h = app.left(app.indexOf('.'));
    QByteArray deep = "{\"aud\":" + QByteArray(4000, '[') + QByteArray(4000, ']') + "}";

    QTest::newRow("empty") << QByteArray() << int(K::Unknown) << QStringLiteral("The input is empty.");
    QTest::newRow("whitespace") << QByteArray(" \r\n\t ") << int(K::Unknown)
                                << QStringLiteral("The input is empty.");
    QTest::newRow("huge") << QByteArray(TokenInspector::kMaxInput + 1, 'A') << int(K::Unknown)
                          << QStringLiteral("The input is too large (1048577 bytes)");
    QTest::newRow("huge jwt") << QByteArray(h + '.' + QByteArray(100000, 'A') + ".AAAA") << int(K::Jwt)
                              << QStringLiteral("The token is too large");
    QTest::newRow("nul bytes") << QByteArray(app + QByteArray(3, '\0')) << int(K::Unknown)
                               << QStringLiteral("binary data (a NUL or control byte at position");
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << int(K::Unknown)
                            << QStringLiteral("binary data");
    QTest::newRow("not utf-8") << QByteArray("Bearer \xff\xfe" + app) << int(K::Unknown)
                               << QStringLiteral("not UTF-8 text");
    QTest::newRow("plain words") << QByteArray("hello world") << int(K::Unknown)
                                 << QStringLiteral("not a credential the inspector recognises");
    QTest::newRow("truncated jwt") << app.left(app.size() - 3) << int(K::Jwt)
                                   << QStringLiteral("signature (part 3 of the JWT) is not valid base64url");
    QTest::newRow("jwt cut after payload")
        << app.left(app.lastIndexOf('.')) << int(K::Jwt) << QStringLiteral("this input has 2 part(s)");
    QTest::newRow("jwe") << QByteArray(Base64Url::encode(R"({"alg":"RSA-OAEP-256","enc":"A256GCM"})") +
                                       ".a2V5.aXY.Y2lwaGVy.dGFn")
                         << int(K::Jwt)
                         << QStringLiteral(
                                "encrypted token (JWE) cannot be read without the recipient's key");
    QTest::newRow("bearer inside bearer") << QByteArray("Authorization: Bearer Bearer " + app)
                                          << int(K::BearerHeader) << QStringLiteral("Bearer inside Bearer");
    QTest::newRow("bearer without token") << QByteArray("Bearer ") << int(K::BearerHeader)
                                          << QStringLiteral("The Bearer header carries no token.");
    QTest::newRow("bearer with garbage") << QByteArray("Bearer not-a-token at all") << int(K::BearerHeader)
                                         << QStringLiteral("does not carry a JWT");
    QTest::newRow("bearer with cosmos value") << QByteArray("Bearer type=aad&ver=1.0&sig=" + app)
                                              << int(K::BearerHeader) << QStringLiteral("without \"Bearer\"");
    QTest::newRow("header name twice") << QByteArray("Authorization: authorization: " + app)
                                       << int(K::Unknown) << QStringLiteral("appears twice");
    QTest::newRow("deeply nested claims") << QByteArray(h + '.' + Base64Url::encode(deep) + ".AAAA")
                                          << int(K::Jwt) << QStringLiteral("nested too deeply");
    QTest::newRow("duplicate alg") << QByteArray(Base64Url::encode(R"({"alg":"RS256","alg":"none"})") + '.' +
                                                 app.mid(app.indexOf('.') + 1))
                                   << int(K::Jwt) << QStringLiteral("names the same member twice");
    QTest::newRow("bearer encoded four times") << encodeTimes("Bearer " + app, 4) << int(K::Unknown)
                                               << QStringLiteral("percent-encoded more than 3 times");
    QTest::newRow("aad encoded five times")
        << encodeTimes("type=aad&ver=1.0&sig=" + app, 5) << int(K::CosmosAad)
        << QStringLiteral("percent-decoding up to 4 times");
    QTest::newRow("aad carrying garbage") << QByteArray("type=aad&ver=1.0&sig=garbage") << int(K::CosmosAad)
                                          << QStringLiteral("does not carry a readable JWT");
    QTest::newRow("master with short signature")
        << QByteArray("type=master&ver=1.0&sig=" + QByteArray(20, 'x').toBase64()) << int(K::CosmosMaster)
        << QStringLiteral("decodes to 20 bytes");
    QTest::newRow("resource token cut off")
        << QByteArray("type=resource&ver=1&sig=" + QByteArray(16, 's').toBase64()) << int(K::ResourceToken)
        << QStringLiteral("is not of the form");
    QTest::newRow("json without token") << QByteArray(R"({"id":"p","permissionMode":"All"})")
                                        << int(K::PermissionJson) << QStringLiteral("has no _token");
    QTest::newRow("deep json") << deep << int(K::PermissionJson) << QStringLiteral("nested too deeply");
    QTest::newRow("connection string without key")
        << QByteArray("AccountEndpoint=https://a.documents.azure.com:443/;") << int(K::ConnectionString)
        << QStringLiteral("no AccountKey");
}

void TestTokenInspector::hostile()
{
    QFETCH(QByteArray, input);
    QFETCH(int, kind);
    QFETCH(QString, error);
    const InspectionReport r = TokenInspector::inspect(input, options());
    QCOMPARE(credentialKindId(r.kind), credentialKindId(CredentialKind(kind)));
    QVERIFY2(r.error.contains(error), qPrintable(r.error));
    QCOMPARE(r.verdict(), r.kind == CredentialKind::Unknown ? InspectionReport::Verdict::Unreadable
                                                            : InspectionReport::Verdict::Invalid);
    QVERIFY(r.toText().contains(r.error));
    QCOMPARE(r.toJson().value(QStringLiteral("error")).toString(), r.error);
}

void TestTokenInspector::userTokenDetails()
{
    const InspectionReport r = TokenInspector::inspect("Bearer " + makeJwt(v1ArmUser()), options());
    QVERIFY(r.jwt.has_value());
    QVERIFY(r.jwtSummary.has_value());
    const JwtSummary &s = *r.jwtSummary;
    QVERIFY(!s.v2);
    QVERIFY(!s.appOnly);
    QVERIFY(!s.idToken);
    QCOMPARE(s.audience, QStringLiteral("https://management.azure.com/"));
    QCOMPARE(s.tenantId, kTenant);
    QCOMPARE(s.objectId, QStringLiteral("6b1f0c1e-1f45-4c1e-9e0f-7e3a1c2d9b10"));
    QCOMPARE(s.appId, QStringLiteral("04b07795-8ddb-461a-bbee-02f9e1bf7b46"));
    QCOMPARE(s.subject, QStringLiteral("alice@contoso.com"));
    QCOMPARE(s.scopes, QStringList{QStringLiteral("user_impersonation")});

    const auto field = [&r](const QString &section, const QString &name) -> const InspectionField * {
        for (const InspectionField &f : r.fields) {
            if (f.section == section && f.name == name)
                return &f;
        }
        return nullptr;
    };
    const InspectionField *aud = field(QStringLiteral("Claims"), QStringLiteral("aud"));
    QVERIFY(aud);
    QCOMPARE(aud->label, QStringLiteral("Audience"));
    QCOMPARE(aud->value, QStringLiteral("https://management.azure.com/ (Azure Resource Manager)"));
    QVERIFY(aud->explanation.contains(
        QLatin1String("ARM tokens (https://management.azure.com) do not work on the "
                      "data plane")));
    QCOMPARE(field(QStringLiteral("Claims"), QStringLiteral("iat"))->value,
             QStringLiteral("2025-11-29 09:50:00 UTC"));
    QCOMPARE(field(QStringLiteral("Claims"), QStringLiteral("amr"))->value,
             QStringLiteral("pwd (password), mfa (multi-factor authentication)"));
    QCOMPARE(field(QStringLiteral("Claims"), QStringLiteral("idtyp"))->value,
             QStringLiteral("user (a signed-in user)"));
    QCOMPARE(field(QStringLiteral("Claims"), QStringLiteral("ver"))->value,
             QStringLiteral("1.0 (Entra ID v1.0 token format)"));
    QCOMPARE(field(QStringLiteral("Claims"), QStringLiteral("appid"))->value,
             QStringLiteral("04b07795-8ddb-461a-bbee-02f9e1bf7b46 (Azure CLI)"));
    QVERIFY(
        field(QStringLiteral("Claims"), QStringLiteral("wids"))
            ->value.startsWith(QLatin1String("62e90394-69f5-4237-9190-012177145e10 (Global Administrator)")));
    QCOMPARE(field(QStringLiteral("Claims"), QStringLiteral("appidacr"))->value,
             QStringLiteral("0 (public client: no secret or certificate)"));
    QCOMPARE(field(QStringLiteral("Header"), QStringLiteral("alg"))->label,
             QStringLiteral("Signing algorithm"));
    QCOMPARE(field(QStringLiteral("Header"), QStringLiteral("signature"))->value,
             QStringLiteral("256 bytes (not verified here; use Verify signature)"));
    QCOMPARE(field(QStringLiteral("Authorization"), QStringLiteral("scheme"))->value,
             QStringLiteral("Bearer"));
    QCOMPARE(field(QStringLiteral("Claims"), QStringLiteral("puid"))->label, QStringLiteral("Passport id"));
    QCOMPARE(field(QStringLiteral("Claims"), QStringLiteral("xms_tcdt"))->value,
             QStringLiteral("2010-11-08 18:39:07 UTC"));
    // The Bearer scheme row, then the header in a fixed order, then the claims led by aud.
    QCOMPARE(r.fields.at(0).name, QStringLiteral("scheme"));
    QCOMPARE(r.fields.at(1).name, QStringLiteral("alg"));
    QCOMPARE(r.fields.at(1).section, QStringLiteral("Header"));
    QCOMPARE(r.fields.at(2).name, QStringLiteral("typ"));
    qsizetype firstClaim = 0;
    while (r.fields.at(firstClaim).section != QLatin1String("Claims"))
        ++firstClaim;
    QCOMPARE(r.fields.at(firstClaim).name, QStringLiteral("aud"));
    QCOMPARE(r.times.issuedAt, QDateTime::fromSecsSinceEpoch(kNow - 600, QTimeZone::utc()));
    QCOMPARE(r.times.lifetimeSeconds(), 4497);

    // Unknown claims are shown raw, without label.
    const InspectionReport custom = TokenInspector::inspect(
        makeJwt(with(v2CosmosApp(), QStringLiteral("x_custom"), QStringLiteral("v"))), options());
    bool found = false;
    for (const InspectionField &f : custom.fields) {
        if (f.name == QLatin1String("x_custom")) {
            found = true;
            QVERIFY(f.label.isEmpty());
            QVERIFY(f.explanation.isEmpty());
            QCOMPARE(f.value, QStringLiteral("v"));
        }
    }
    QVERIFY(found);
}

void TestTokenInspector::appTokenSummary()
{
    // Roles without scp and without idtyp: still app-only.
    const InspectionReport r = TokenInspector::inspect(
        makeJwt(with(with(v2CosmosApp(), QStringLiteral("idtyp"), QJsonValue::Undefined),
                     QStringLiteral("roles"), QJsonArray{QStringLiteral("Data.Read")})),
        options());
    QVERIFY(r.jwtSummary->appOnly);
    QVERIFY(r.jwtSummary->v2);
    QCOMPARE(r.jwtSummary->appId, QStringLiteral("3f8a1c55-6d0e-4b7e-9a41-0c6a2f9d7e11"));
    QCOMPARE(r.jwtSummary->roles, QStringList{QStringLiteral("Data.Read")});
    const InspectionReport id = TokenInspector::inspect(makeJwt(v2IdToken()), options());
    QVERIFY(id.jwtSummary->idToken);
    QVERIFY(!id.jwtSummary->appOnly);
    QCOMPARE(id.warnings.size(), 1);
    QCOMPARE(id.warnings.at(0).severity,
             InspectionWarning::Severity::Warning); // not sent anywhere: warning only
}

void TestTokenInspector::noSecretsInOutput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArrayList>("secrets");
    const QByteArray sig = masterSignature();
    const QByteArray key = accountKey();
    const QByteArray local = localResourceToken(3600);
    const QByteArray localSig = local.mid(local.indexOf("sig=") + 4, 44);
    const QByteArray app = makeJwt(v2CosmosApp());
    QTest::newRow("master") << MasterKeySigner::authorizationHeader(sig)
                            << QByteArrayList{sig, sig.toPercentEncoding(), sig.left(16)};
    QTest::newRow("resource") << MasterKeySigner::encodeToken(local)
                              << QByteArrayList{local, localSig, localSig.left(16)};
    QTest::newRow("permission") << permissionJson(local) << QByteArrayList{local, localSig};
    QTest::newRow("azure resource") << azureResourceToken()
                                    << QByteArrayList{azureResourceToken(), QByteArray(16, 's').toBase64()};
    QTest::newRow("connection string")
        << QByteArray("AccountEndpoint=https://contoso-cosmos.documents.azure.com:443/;AccountKey=" + key)
        << QByteArrayList{key, key.left(12), key.right(12)};
    QTest::newRow("mongodb") << QByteArray("mongodb://contoso-mongo:" + key.toPercentEncoding() +
                                           "@contoso-mongo.mongo.cosmos.azure.com:10255/?ssl=true")
                             << QByteArrayList{key, key.toPercentEncoding(), key.left(12)};
    QTest::newRow("jwt") << QByteArray("Bearer " + app)
                         << QByteArrayList{app, app.mid(app.lastIndexOf('.') + 1),
                                           app.left(app.indexOf('.'))};
    QTest::newRow("aad") << MasterKeySigner::encodeToken("type=aad&ver=1.0&sig=" + app)
                         << QByteArrayList{app, app.mid(app.lastIndexOf('.') + 1)};
}

void TestTokenInspector::noSecretsInOutput()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArrayList, secrets);
    const InspectionReport r = TokenInspector::inspect(input, options());
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    const QString all = everything(r);
    for (const QByteArray &secret : secrets)
        QVERIFY2(!all.contains(QString::fromLatin1(secret)), secret.left(8).constData());
    bool anySecret = false;
    for (const InspectionField &f : r.fields)
        anySecret = anySecret || f.secret;
    QVERIFY(anySecret);
}

void TestTokenInspector::resourceTokenTimes()
{
    const InspectionReport r = TokenInspector::inspect(localResourceToken(7200), options());
    QVERIFY(r.resourceToken.has_value());
    QVERIFY(r.resourceToken->readable);
    QCOMPARE(r.times.issuedAt, QDateTime::fromSecsSinceEpoch(kNow - 60, QTimeZone::utc()));
    QCOMPARE(r.times.expiresAt, QDateTime::fromSecsSinceEpoch(kNow - 60 + 7200, QTimeZone::utc()));
    QCOMPARE(r.times.lifetimeSeconds(), 7200);
    QVERIFY(r.hasWarning(QStringLiteral("long-lifetime"))); // policy: 1 h
    InspectOptions relaxed = options();
    relaxed.maxResourceTokenLifetimeSeconds = 5 * 3600;
    QVERIFY(!TokenInspector::inspect(localResourceToken(7200), relaxed)
                 .hasWarning(QStringLiteral("long-lifetime")));
    // A JWT of the same lifetime is within the JWT policy.
    QVERIFY(!TokenInspector::inspect(
                 makeJwt(with(v2CosmosApp(), QStringLiteral("exp"), double(kNow - 300 + 7200))), options())
                 .hasWarning(QStringLiteral("long-lifetime")));
}

void TestTokenInspector::connectionStringFields()
{
    const QByteArray key = accountKey();
    const InspectionReport r = TokenInspector::inspect(
        "AccountEndpoint=https://contoso-cosmos.documents.azure.com:443/;AccountKey=" + key + ";", options());
    QVERIFY(r.connectionString.has_value());
    QCOMPARE(r.connectionString->key.bytes(), key);
    bool sawKey = false;
    for (const InspectionField &f : r.fields) {
        QCOMPARE(f.section, QStringLiteral("Connection string"));
        if (f.name == QLatin1String("AccountKey")) {
            sawKey = true;
            QVERIFY(f.secret);
            QCOMPARE(f.value, QStringLiteral("•••• (88 characters)"));
        }
    }
    QVERIFY(sawKey);
    for (const InspectionWarning &w : r.warnings) {
        if (w.code == QLatin1String("read-write-key")) {
            QVERIFY(w.text.contains(QLatin1String("may be a read-write key")));
            QVERIFY(w.text.contains(QLatin1String("account checks can tell")));
            QVERIFY(w.advice.contains(QLatin1String("Entra ID (data-plane RBAC) or resource tokens")));
        }
    }
}

void TestTokenInspector::jsonAndText()
{
    QJsonObject claims = v2CosmosApp();
    claims.insert(QStringLiteral("iat"), double(kNow - 7200));
    claims.insert(QStringLiteral("nbf"), double(kNow - 7200));
    claims.insert(QStringLiteral("exp"), double(kNow - 3600));
    const InspectionReport r = TokenInspector::inspect(makeJwt(claims), options());
    const QJsonObject o = r.toJson();
    QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("jwt"));
    QCOMPARE(o.value(QStringLiteral("verdict")).toString(), QStringLiteral("invalid"));
    QCOMPARE(o.value(QStringLiteral("validity")).toString(), QStringLiteral("expired"));
    QCOMPARE(o.value(QStringLiteral("times"))
                 .toObject()
                 .value(QStringLiteral("expiresAt"))
                 .toObject()
                 .value(QStringLiteral("iso")),
             QJsonValue(QStringLiteral("2025-11-29T09:00:00Z")));
    QCOMPARE(o.value(QStringLiteral("times"))
                 .toObject()
                 .value(QStringLiteral("expiresAt"))
                 .toObject()
                 .value(QStringLiteral("epoch")),
             QJsonValue(double(kNow - 3600)));
    QCOMPARE(o.value(QStringLiteral("lifetimeSeconds")).toDouble(), 3600.0);
    QVERIFY(o.value(QStringLiteral("error")).isNull());
    const QJsonArray warnings = o.value(QStringLiteral("warnings")).toArray();
    QCOMPARE(warnings.at(0).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("expired"));
    QCOMPARE(warnings.at(0).toObject().value(QStringLiteral("severity")).toString(),
             QStringLiteral("critical"));
    QVERIFY(o.value(QStringLiteral("fields")).toArray().size() == r.fields.size());
    QCOMPARE(o.value(QStringLiteral("jwt")).toObject().value(QStringLiteral("version")).toString(),
             QStringLiteral("2.0"));

    const QString text = r.toText();
    QVERIFY(text.contains(QLatin1String("Summary:")));
    QVERIFY(text.contains(QLatin1String("\nHeader\n")));
    QVERIFY(text.contains(QLatin1String("\nClaims\n")));
    QVERIFY(text.contains(QLatin1String("Expires:     2025-11-29 09:00:00 UTC")));
    QVERIFY(
        text.contains(QLatin1String("[critical] The token expired at 2025-11-29 09:00:00 UTC (1 h ago)")));
    QVERIFY(text.indexOf(QLatin1String("Warnings")) > text.indexOf(QLatin1String("\nClaims\n")));
}

void TestTokenInspector::tokenTimes_data()
{
    QTest::addColumn<qint64>("iat");
    QTest::addColumn<qint64>("nbf");
    QTest::addColumn<qint64>("exp");
    QTest::addColumn<int>("validity");
    QTest::addColumn<qint64>("lifetime");
    using T = TokenValidity;
    QTest::newRow("none") << qint64(-1) << qint64(-1) << qint64(-1) << int(T::Unknown) << qint64(-1);
    QTest::newRow("valid") << kNow - 60 << kNow - 60 << kNow + 3600 << int(T::Valid) << qint64(3660);
    QTest::newRow("iat only start") << kNow - 60 << qint64(-1) << kNow + 3600 << int(T::Valid)
                                    << qint64(3660);
    QTest::newRow("nbf within skew") << kNow << kNow + 200 << kNow + 3600 << int(T::Valid) << qint64(3400);
    QTest::newRow("nbf beyond skew") << kNow << kNow + 400 << kNow + 3600 << int(T::NotYetValid)
                                     << qint64(3200);
    QTest::newRow("iat beyond skew, no nbf")
        << kNow + 400 << qint64(-1) << kNow + 3600 << int(T::NotYetValid) << qint64(3200);
    QTest::newRow("expires soon") << kNow - 60 << qint64(-1) << kNow + 300 << int(T::ExpiresSoon)
                                  << qint64(360);
    QTest::newRow("exp within skew") << kNow - 3600 << qint64(-1) << kNow - 299 << int(T::ExpiresSoon)
                                     << qint64(3301);
    QTest::newRow("expired at skew") << kNow - 3600 << qint64(-1) << kNow - 300 << int(T::Expired)
                                     << qint64(3300);
    QTest::newRow("exp only") << qint64(-1) << qint64(-1) << kNow + 3600 << int(T::Valid) << qint64(-1);
}

void TestTokenInspector::tokenTimes()
{
    QFETCH(qint64, iat);
    QFETCH(qint64, nbf);
    QFETCH(qint64, exp);
    QFETCH(int, validity);
    QFETCH(qint64, lifetime);
    const auto at = [](qint64 s) {
        return s < 0 ? QDateTime() : QDateTime::fromSecsSinceEpoch(s, QTimeZone::utc());
    };
    TokenTimes t{at(iat), at(nbf), at(exp)};
    QCOMPARE(t.isEmpty(), iat < 0 && nbf < 0 && exp < 0);
    QCOMPARE(t.lifetimeSeconds(), lifetime);
    QCOMPARE(tokenValidityId(t.validityAt(at(kNow), 300, 300)), tokenValidityId(TokenValidity(validity)));
}

void TestTokenInspector::ids()
{
    QCOMPARE(credentialKindId(CredentialKind::BearerHeader), QStringLiteral("bearer-header"));
    QCOMPARE(credentialKindId(CredentialKind::CosmosMaster), QStringLiteral("cosmos-master"));
    QCOMPARE(credentialKindId(CredentialKind::PermissionJson), QStringLiteral("permission-json"));
    QCOMPARE(credentialKindName(CredentialKind::CosmosMaster),
             QStringLiteral("Cosmos DB master-key signature"));
    QCOMPARE(tokenValidityId(TokenValidity::NotYetValid), QStringLiteral("not-yet-valid"));
    QCOMPARE(tokenValidityName(TokenValidity::Expired), QStringLiteral("Expired"));
    QCOMPARE(InspectionWarning::severityId(InspectionWarning::Severity::Critical),
             QStringLiteral("critical"));
    QCOMPARE(InspectionReport::verdictId(InspectionReport::Verdict::Unreadable),
             QStringLiteral("unreadable"));
}

void TestTokenInspector::mutatedInputsAreHandled()
{
    // Deterministic mutations of every kind of sample: each must give a report that either recognises the
    // input or says why not, and never shows the master signature.
    const QByteArray sig = masterSignature();
    const QList<QByteArray> samples{
        QByteArray("Bearer " + makeJwt(v1ArmUser())),
        MasterKeySigner::authorizationHeader(sig),
        MasterKeySigner::encodeToken("type=aad&ver=1.0&sig=" + makeJwt(v2CosmosApp())),
        localResourceToken(3600),
        permissionJson(localResourceToken(3600)),
        azureResourceToken(),
        QByteArray("AccountEndpoint=https://contoso-cosmos.documents.azure.com:443/;AccountKey=" +
                   accountKey()),
        QByteArray("mongodb://contoso-mongo:" + accountKey().toPercentEncoding() +
                   "@contoso-mongo.mongo.cosmos.azure.com:10255/?ssl=true")};
    QRandomGenerator random(20261129);
    const char interesting[] = {'.', '%', '=', ';', '&', '{', '}', '"', '\\', ' ', 'A', '/', '+', '2', '5'};
    int recognised = 0;
    for (const QByteArray &sample : samples) {
        for (int round = 0; round < 300; ++round) {
            QByteArray m = sample;
            const int edits = 1 + int(random.bounded(4));
            for (int e = 0; e < edits && !m.isEmpty(); ++e) {
                const qsizetype at = random.bounded(int(m.size()));
                switch (random.bounded(4)) {
                case 0:
                    m[at] = interesting[random.bounded(int(sizeof interesting))];
                    break;
                case 1:
                    m.remove(at, 1 + random.bounded(8));
                    break;
                case 2:
                    m.insert(at, m.mid(random.bounded(int(m.size())), 1 + random.bounded(16)));
                    break;
                default:
                    m.truncate(at);
                    break;
                }
            }
            const InspectionReport r = TokenInspector::inspect(m, options());
            QVERIFY(r.kind != CredentialKind::Unknown || !r.error.isEmpty());
            QVERIFY(!r.toText().isEmpty());
            QVERIFY(!everything(r).contains(QString::fromLatin1(sig)));
            if (r.error.isEmpty())
                ++recognised;
        }
    }
    QVERIFY(recognised > 0);
}

QTEST_GUILESS_MAIN(TestTokenInspector)
#include "tst_tokeninspector.moc"
