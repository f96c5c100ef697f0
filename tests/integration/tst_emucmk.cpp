// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "LocalCloudFixture.h"
#include "SyncHttps.h"
#include "emulator/CustomerManagedKeys.h"
#include "emulator/Rbac.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

using namespace csc;
using test::DemoWho;
using test::HttpsReply;
using test::httpsRequest;

namespace {

const QString kProd = QLatin1String(emu::DemoSeed::kSubscriptionProduction);
const QString kDev = QLatin1String(emu::DemoSeed::kSubscriptionDevelopment);
const QString kCmkVault = QLatin1String(emu::DemoSeed::kCmkVault);
const QString kCosmosApi = QStringLiteral("2024-11-15");
const QString kMiApi = QStringLiteral("2023-01-31");
const QString kMiPreviewApi = QStringLiteral("2023-07-31-preview");
const QString kKvApi = QStringLiteral("7.6");
const QString kNoAccessVault = QStringLiteral("cmk-noaccess-kv");
const QString kConfirmed = QLatin1String(emu::CustomerManagedKeys::kAccessConfirmed);

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString accountPath(const QString &sub, const QString &rg, const QString &name)
{
    return QStringLiteral(
               "/subscriptions/%1/resourceGroups/%2/providers/Microsoft.DocumentDB/databaseAccounts/%3")
        .arg(sub, rg, name);
}

QString identityPath(const QString &sub, const QString &rg, const QString &name = {})
{
    const QString base =
        QStringLiteral(
            "/subscriptions/%1/resourceGroups/%2/providers/Microsoft.ManagedIdentity/userAssignedIdentities")
            .arg(sub, rg);
    return name.isEmpty() ? base : base + u'/' + name;
}

QString vaultPath(const QString &sub, const QString &rg, const QString &name)
{
    return QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/Microsoft.KeyVault/vaults/%3")
        .arg(sub, rg, name);
}

QString ordersPath()
{
    return accountPath(kProd, QStringLiteral("rg-orders"), QStringLiteral("contoso-orders"));
}

QString keyUri(const QString &vault, const QString &key)
{
    return QStringLiteral("https://%1.vault.azure.net/keys/%2").arg(vault, key);
}

QString errorCode(const HttpsReply &r)
{
    return r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

QString errorMessage(const HttpsReply &r)
{
    return r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
}

bool isGuid(const QString &s)
{
    return s.size() == 36 && !QUuid::fromString(s).isNull();
}

QJsonObject propsOf(const HttpsReply &r)
{
    return r.json().value(QStringLiteral("properties")).toObject();
}

} // namespace

class TestEmuCmk : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void demoSeedStillLoads();
    void userAssignedIdentityCrud();
    void userAssignedIdentityRefusals_data();
    void userAssignedIdentityRefusals();
    void systemIdentityEnableDisable();
    void userAssignedOnAccount();
    void identityValidation_data();
    void identityValidation();
    void defaultIdentityValidation_data();
    void defaultIdentityValidation();
    void keyUriValidation_data();
    void keyUriValidation();
    void vaultRefusesKeysCosmosCannotUse();
    void identityAndKeyNotInOneUpdate();
    void defaultIdentityNeedsKeyAccess();
    void setKeySucceedsAsLongRunningOperation();

private:
    QByteArray token(DemoWho who, const QString &scope);
    HttpsReply armUrl(DemoWho who, const QByteArray &method, QUrl url, const QByteArray &body,
                      const QString &apiVersion);
    HttpsReply arm(DemoWho who, const QByteArray &method, const QString &path, const QByteArray &body = {},
                   const QString &apiVersion = kCosmosApi)
    {
        return armUrl(who, method, QUrl(m_cloud.emulator().baseUrl().toString() + path), body, apiVersion);
    }
    HttpsReply kv(const QByteArray &method, const QString &vault, const QString &path,
                  const QByteArray &body = {});
    /// PATCHes an account as the Owner and, when accepted, polls its operation to the end; the final GET.
    HttpsReply patchAccount(const QString &path, const QJsonObject &body, HttpsReply *first = nullptr);
    QString createIdentity(const QString &rg, const QString &name, QString *principalId = nullptr);
    bool assignRole(const QString &scope, const char *roleGuid, const QString &principal,
                    bool withPrincipalType = true);
    QString createKey(const QString &vault, const QString &name, const QStringList &ops);

    test::LocalCloudFixture m_cloud;
    QHash<QString, QByteArray> m_tokens;
};

void TestEmuCmk::initTestCase()
{
    emu::EmulatorOptions options;
    options.lroDelayMs = 0;
    const Result<void> started = m_cloud.start(options);
    QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().summary()));
    // Keys Cosmos DB cannot use, in the CMK-ready vault, and a ready vault the account's identity cannot use.
    QVERIFY(!createKey(kCmkVault, QStringLiteral("disabled-key"),
                       {QStringLiteral("wrapKey"), QStringLiteral("unwrapKey")})
                 .isEmpty());
    const HttpsReply disabled =
        kv("PATCH", kCmkVault, QStringLiteral("keys/disabled-key"),
           json({{QStringLiteral("attributes"), QJsonObject{{QStringLiteral("enabled"), false}}}}));
    QCOMPARE(disabled.status, 200);
    QVERIFY(!createKey(kCmkVault, QStringLiteral("encrypt-only"),
                       {QStringLiteral("encrypt"), QStringLiteral("decrypt")})
                 .isEmpty());
    const HttpsReply vault =
        arm(test::DemoOwner, "PUT", vaultPath(kProd, QStringLiteral("rg-orders"), kNoAccessVault),
            json({{QStringLiteral("location"), QStringLiteral("westus")},
                  {QStringLiteral("properties"),
                   QJsonObject{{QStringLiteral("tenantId"), QLatin1String(emu::DemoSeed::kTenantId)},
                               {QStringLiteral("sku"),
                                QJsonObject{{QStringLiteral("family"), QStringLiteral("A")},
                                            {QStringLiteral("name"), QStringLiteral("standard")}}},
                               {QStringLiteral("enablePurgeProtection"), true},
                               {QStringLiteral("enableRbacAuthorization"), true}}}}),
            QStringLiteral("2024-11-01"));
    QCOMPARE(vault.status, 201);
    QVERIFY(assignRole(vaultPath(kProd, QStringLiteral("rg-orders"), kNoAccessVault),
                       emu::Rbac::RoleIds::KeyVaultAdministrator,
                       QLatin1String(emu::DemoSeed::kDefaultPrincipal.objectId)));
    QVERIFY(!createKey(kNoAccessVault, QStringLiteral("cmk"),
                       {QStringLiteral("wrapKey"), QStringLiteral("unwrapKey")})
                 .isEmpty());
    QVERIFY(!createKey(kCmkVault, QStringLiteral("cosmos-cmk-2"),
                       {QStringLiteral("wrapKey"), QStringLiteral("unwrapKey")})
                 .isEmpty());
}

QByteArray TestEmuCmk::token(DemoWho who, const QString &scope)
{
    const QString cacheKey = QString::number(who) + u'|' + scope;
    if (m_tokens.contains(cacheKey))
        return m_tokens.value(cacheKey);
    const auto &p = emu::DemoSeed::kPrincipals[who];
    const QByteArray body = "client_id=" + QByteArray(p.clientId) +
                            "&client_secret=" + QUrl::toPercentEncoding(QLatin1String(p.secret)) +
                            "&grant_type=client_credentials&scope=" + QUrl::toPercentEncoding(scope);
    const auto r =
        httpsRequest("POST",
                     QUrl(m_cloud.emulator().baseUrl().toString() + u'/' +
                          QLatin1String(emu::DemoSeed::kTenantId) + QStringLiteral("/oauth2/v2.0/token")),
                     m_cloud.emulator().tls().caCertificate, body,
                     {{"Content-Type", "application/x-www-form-urlencoded"}});
    const QByteArray t = r.json().value(QStringLiteral("access_token")).toString().toLatin1();
    if (!t.isEmpty())
        m_tokens.insert(cacheKey, t);
    return t;
}

HttpsReply TestEmuCmk::armUrl(DemoWho who, const QByteArray &method, QUrl url, const QByteArray &body,
                              const QString &apiVersion)
{
    QUrlQuery q(url);
    if (!q.hasQueryItem(QStringLiteral("api-version")))
        q.addQueryItem(QStringLiteral("api-version"), apiVersion);
    url.setQuery(q);
    QList<std::pair<QByteArray, QByteArray>> headers{
        {"Authorization",
         "Bearer " + token(who, m_cloud.emulator().baseUrl().toString() + QStringLiteral("/.default"))}};
    if (!body.isEmpty())
        headers.append(std::pair{QByteArray("Content-Type"), QByteArray("application/json")});
    return httpsRequest(method, url, m_cloud.emulator().tls().caCertificate, body, headers);
}

HttpsReply TestEmuCmk::kv(const QByteArray &method, const QString &vault, const QString &path,
                          const QByteArray &body)
{
    QUrl u(m_cloud.emulator().vaultUri(vault) + path);
    u.setQuery(QStringLiteral("api-version=") + kKvApi);
    QList<std::pair<QByteArray, QByteArray>> headers{
        {"Authorization",
         "Bearer " + token(test::DemoOwner, QStringLiteral("https://vault.azure.net/.default"))}};
    if (!body.isEmpty())
        headers.append(std::pair{QByteArray("Content-Type"), QByteArray("application/json")});
    return httpsRequest(method, u, m_cloud.emulator().tls().caCertificate, body, headers);
}

HttpsReply TestEmuCmk::patchAccount(const QString &path, const QJsonObject &body, HttpsReply *first)
{
    const HttpsReply r = arm(test::DemoOwner, "PATCH", path, json(body));
    if (first)
        *first = r;
    if (r.status != 200)
        return r;
    const QByteArray monitor = r.header("Azure-AsyncOperation");
    if (monitor.isEmpty())
        return {};
    const HttpsReply status =
        armUrl(test::DemoOwner, "GET", QUrl(QString::fromLatin1(monitor)), {}, kCosmosApi);
    if (status.json().value(QStringLiteral("status")).toString() != QLatin1String("Succeeded")) {
        qWarning() << "operation" << status.status << status.body;
        return status;
    }
    return arm(test::DemoOwner, "GET", path);
}

QString TestEmuCmk::createIdentity(const QString &rg, const QString &name, QString *principalId)
{
    const HttpsReply r = arm(test::DemoOwner, "PUT", identityPath(kProd, rg, name),
                             json({{QStringLiteral("location"), QStringLiteral("westus")}}), kMiApi);
    if (r.status != 201 && r.status != 200)
        qWarning() << "identity" << r.status << r.body;
    if (principalId)
        *principalId = propsOf(r).value(QStringLiteral("principalId")).toString();
    return r.json().value(QStringLiteral("id")).toString();
}

bool TestEmuCmk::assignRole(const QString &scope, const char *roleGuid, const QString &principal,
                            bool withPrincipalType)
{
    QJsonObject props{
        {QStringLiteral("roleDefinitionId"),
         QStringLiteral("/subscriptions/%1/providers/Microsoft.Authorization/roleDefinitions/%2")
             .arg(kProd, QLatin1String(roleGuid))},
        {QStringLiteral("principalId"), principal}};
    if (withPrincipalType)
        props.insert(QStringLiteral("principalType"), QStringLiteral("ServicePrincipal"));
    const HttpsReply r = arm(test::DemoOwner, "PUT",
                             scope + QStringLiteral("/providers/Microsoft.Authorization/roleAssignments/") +
                                 QUuid::createUuid().toString(QUuid::WithoutBraces),
                             json({{QStringLiteral("properties"), props}}), QStringLiteral("2022-04-01"));
    if (r.status != 201)
        qWarning() << "role assignment" << r.status << r.body;
    return r.status == 201;
}

QString TestEmuCmk::createKey(const QString &vault, const QString &name, const QStringList &ops)
{
    const HttpsReply r = kv("POST", vault, QStringLiteral("keys/%1/create").arg(name),
                            json({{QStringLiteral("kty"), QStringLiteral("RSA")},
                                  {QStringLiteral("key_size"), 2048},
                                  {QStringLiteral("key_ops"), QJsonArray::fromStringList(ops)}}));
    if (r.status != 200)
        qWarning() << "create" << name << r.status << r.body;
    return r.json().value(QStringLiteral("key")).toObject().value(QStringLiteral("kid")).toString();
}

void TestEmuCmk::demoSeedStillLoads()
{
    const HttpsReply orders = arm(test::DemoOwner, "GET", ordersPath());
    QCOMPARE(orders.status, 200);
    QCOMPARE(propsOf(orders).value(QStringLiteral("defaultIdentity")).toString(),
             QStringLiteral("SystemAssignedIdentity"));
    // The user-assigned identity fabrikam-analytics uses exists as a resource, with the principal the account
    // names.
    const HttpsReply uami =
        arm(test::DemoOwner, "GET",
            identityPath(kDev, QStringLiteral("rg-analytics"), QStringLiteral("fabrikam-analytics-cmk")), {},
            kMiApi);
    QCOMPARE(uami.status, 200);
    QCOMPARE(propsOf(uami).value(QStringLiteral("principalId")).toString(),
             QStringLiteral("1d0e0000-0000-4000-8000-000000000005"));
    const HttpsReply analytics =
        arm(test::DemoOwner, "GET",
            accountPath(kDev, QStringLiteral("rg-analytics"), QStringLiteral("fabrikam-analytics")));
    QCOMPARE(analytics.status, 200);
    const QJsonObject map = analytics.json()
                                .value(QStringLiteral("identity"))
                                .toObject()
                                .value(QStringLiteral("userAssignedIdentities"))
                                .toObject();
    QCOMPARE(map.size(), 1);
    QCOMPARE(map.begin().value().toObject().value(QStringLiteral("principalId")).toString(),
             propsOf(uami).value(QStringLiteral("principalId")).toString());
    // Managed identities and the Cosmos DB first-party application are principals of the tenant.
    QVERIFY(m_cloud.emulator().store()->principalByObjectId(
        QStringLiteral("1d0e0000-0000-4000-8000-000000000001")));
    QVERIFY(m_cloud.emulator().store()->principalByAppId(
        QLatin1String(emu::DemoSeed::kTenantId), QLatin1String(emu::CustomerManagedKeys::kFirstPartyAppId)));
}

void TestEmuCmk::userAssignedIdentityCrud()
{
    const QString path = identityPath(kProd, QStringLiteral("rg-orders"), QStringLiteral("crud-identity"));
    HttpsReply r =
        arm(test::DemoOwner, "PUT", path,
            json({{QStringLiteral("location"), QStringLiteral("West US")},
                  {QStringLiteral("tags"), QJsonObject{{QStringLiteral("team"), QStringLiteral("orders")}}}}),
            kMiApi);
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json().value(QStringLiteral("type")).toString(),
             QStringLiteral("Microsoft.ManagedIdentity/userAssignedIdentities"));
    QCOMPARE(r.json().value(QStringLiteral("name")).toString(), QStringLiteral("crud-identity"));
    const QJsonObject p = propsOf(r);
    const QString principalId = p.value(QStringLiteral("principalId")).toString();
    QVERIFY(isGuid(principalId));
    QVERIFY(isGuid(p.value(QStringLiteral("clientId")).toString()));
    QCOMPARE(p.value(QStringLiteral("tenantId")).toString(), QLatin1String(emu::DemoSeed::kTenantId));
    QVERIFY(!p.contains(QStringLiteral("isolationScope")));
    // Registered in the directory: a role assignment without principalType finds it.
    const auto sp = m_cloud.emulator().store()->principalByObjectId(principalId);
    QVERIFY(sp);
    QCOMPARE(sp->appId, p.value(QStringLiteral("clientId")).toString());
    QVERIFY(assignRole(vaultPath(kProd, QStringLiteral("rg-orders"), kCmkVault),
                       emu::Rbac::RoleIds::KeyVaultReader, principalId, false));

    r = arm(test::DemoOwner, "GET", path, {}, kMiPreviewApi);
    QCOMPARE(r.status, 200);
    QCOMPARE(propsOf(r).value(QStringLiteral("principalId")).toString(), principalId);
    QCOMPARE(propsOf(r).value(QStringLiteral("isolationScope")).toString(), QStringLiteral("None"));
    QCOMPARE(r.json().value(QStringLiteral("tags")).toObject().value(QStringLiteral("team")).toString(),
             QStringLiteral("orders"));
    // PUT again updates tags and keeps the identity.
    r = arm(test::DemoOwner, "PUT", path, json({{QStringLiteral("location"), QStringLiteral("westus")}}),
            kMiApi);
    QCOMPARE(r.status, 200);
    QCOMPARE(propsOf(r).value(QStringLiteral("principalId")).toString(), principalId);
    r = arm(test::DemoOwner, "PATCH", path,
            json({{QStringLiteral("tags"), QJsonObject{{QStringLiteral("k"), QStringLiteral("v")}}}}),
            kMiApi);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("tags")).toObject().value(QStringLiteral("k")).toString(),
             QStringLiteral("v"));

    const auto names = [](const HttpsReply &list) {
        QStringList out;
        for (const QJsonValue &v : list.json().value(QStringLiteral("value")).toArray())
            out << v.toObject().value(QStringLiteral("name")).toString();
        return out;
    };
    r = arm(test::DemoOwner, "GET", identityPath(kProd, QStringLiteral("rg-orders")), {}, kMiApi);
    QCOMPARE(r.status, 200);
    QVERIFY(names(r).contains(QStringLiteral("crud-identity")));
    r = arm(test::DemoOwner, "GET", identityPath(kProd, QStringLiteral("rg-catalog")), {}, kMiApi);
    QCOMPARE(r.status, 200);
    QVERIFY(!names(r).contains(QStringLiteral("crud-identity")));
    r = arm(test::DemoOwner, "GET",
            QStringLiteral("/subscriptions/%1/providers/Microsoft.ManagedIdentity/userAssignedIdentities")
                .arg(kProd),
            {}, kMiApi);
    QCOMPARE(r.status, 200);
    QVERIFY(names(r).contains(QStringLiteral("crud-identity")));
    r = arm(test::DemoOwner, "GET",
            QStringLiteral("/subscriptions/%1/providers/Microsoft.ManagedIdentity/userAssignedIdentities")
                .arg(kDev),
            {}, kMiApi);
    QCOMPARE(r.status, 200);
    QCOMPARE(names(r), QStringList{QStringLiteral("fabrikam-analytics-cmk")});

    r = arm(test::DemoOwner, "DELETE", path, {}, kMiApi);
    QCOMPARE(r.status, 200);
    QVERIFY(!m_cloud.emulator().store()->principalByObjectId(principalId));
    r = arm(test::DemoOwner, "GET", path, {}, kMiApi);
    QCOMPARE(r.status, 404);
    QCOMPARE(errorCode(r), QStringLiteral("ResourceNotFound"));
    r = arm(test::DemoOwner, "DELETE", path, {}, kMiApi);
    QCOMPARE(r.status, 204);
}

void TestEmuCmk::userAssignedIdentityRefusals_data()
{
    QTest::addColumn<int>("who");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("apiVersion");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QByteArray loc = json({{QStringLiteral("location"), QStringLiteral("westus")}});
    const QString inOrders =
        identityPath(kProd, QStringLiteral("rg-orders"), QStringLiteral("refused-identity"));
    QTest::newRow("reader cannot create") << int(test::DemoReader) << QByteArray("PUT") << inOrders << loc
                                          << kMiApi << 403 << QStringLiteral("AuthorizationFailed");
    QTest::newRow("cosmos contributor cannot create")
        << int(test::DemoCosmosContributor) << QByteArray("PUT") << inOrders << loc << kMiApi << 403
        << QStringLiteral("AuthorizationFailed");
    QTest::newRow("contributor of other subscription")
        << int(test::DemoContributor) << QByteArray("PUT") << inOrders << loc << kMiApi << 403
        << QStringLiteral("AuthorizationFailed");
    QTest::newRow("no access cannot list")
        << int(test::DemoNoAccess) << QByteArray("GET") << identityPath(kProd, QStringLiteral("rg-orders"))
        << QByteArray() << kMiApi << 403 << QStringLiteral("AuthorizationFailed");
    QTest::newRow("reader cannot delete")
        << int(test::DemoReader) << QByteArray("DELETE")
        << identityPath(kDev, QStringLiteral("rg-analytics"), QStringLiteral("fabrikam-analytics-cmk"))
        << QByteArray() << kMiApi << 403 << QStringLiteral("AuthorizationFailed");
    QTest::newRow("invalid name") << int(test::DemoOwner) << QByteArray("PUT")
                                  << identityPath(kProd, QStringLiteral("rg-orders"), QStringLiteral("-bad"))
                                  << loc << kMiApi << 400 << QStringLiteral("InvalidResourceName");
    QTest::newRow("no location") << int(test::DemoOwner) << QByteArray("PUT") << inOrders << QByteArray("{}")
                                 << kMiApi << 400 << QStringLiteral("LocationRequired");
    QTest::newRow("missing group") << int(test::DemoOwner) << QByteArray("PUT")
                                   << identityPath(kProd, QStringLiteral("rg-nope"),
                                                   QStringLiteral("x-identity"))
                                   << loc << kMiApi << 404 << QStringLiteral("ResourceGroupNotFound");
    QTest::newRow("unknown api-version") << int(test::DemoOwner) << QByteArray("PUT") << inOrders << loc
                                         << QStringLiteral("2018-11-30") << 400 << QString();
}

void TestEmuCmk::userAssignedIdentityRefusals()
{
    QFETCH(int, who);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QString, apiVersion);
    QFETCH(int, status);
    QFETCH(QString, code);
    const HttpsReply r = arm(DemoWho(who), method, path, body, apiVersion);
    QCOMPARE(r.status, status);
    if (!code.isEmpty())
        QCOMPARE(errorCode(r), code);
    QVERIFY(!errorMessage(r).isEmpty());
    QVERIFY(!m_cloud.emulator().store()->managedIdentity(kProd, QStringLiteral("rg-orders"),
                                                         QStringLiteral("refused-identity")));
    QVERIFY(m_cloud.emulator().store()->managedIdentity(kDev, QStringLiteral("rg-analytics"),
                                                        QStringLiteral("fabrikam-analytics-cmk")));
}

void TestEmuCmk::systemIdentityEnableDisable()
{
    const QString path = accountPath(kProd, QStringLiteral("rg-legacy"), QStringLiteral("contoso-legacy"));
    HttpsReply r =
        patchAccount(path, {{QStringLiteral("identity"),
                             QJsonObject{{QStringLiteral("type"), QStringLiteral("SystemAssigned")}}}});
    QCOMPARE(r.status, 200);
    QJsonObject identity = r.json().value(QStringLiteral("identity")).toObject();
    QCOMPARE(identity.value(QStringLiteral("type")).toString(), QStringLiteral("SystemAssigned"));
    const QString principalId = identity.value(QStringLiteral("principalId")).toString();
    QVERIFY(isGuid(principalId));
    QCOMPARE(identity.value(QStringLiteral("tenantId")).toString(), QLatin1String(emu::DemoSeed::kTenantId));
    const auto sp = m_cloud.emulator().store()->principalByObjectId(principalId);
    QVERIFY(sp);
    QCOMPARE(sp->displayName, QStringLiteral("contoso-legacy"));
    // The new principal can be named in a role assignment without principalType (it is in the directory).
    QVERIFY(assignRole(vaultPath(kProd, QStringLiteral("rg-orders"), kCmkVault),
                       emu::Rbac::RoleIds::KeyVaultReader, principalId, false));
    // Same again: the identity is kept.
    r = patchAccount(path, {{QStringLiteral("identity"),
                             QJsonObject{{QStringLiteral("type"), QStringLiteral("systemassigned")}}}});
    QCOMPARE(r.status, 200);
    QCOMPARE(
        r.json().value(QStringLiteral("identity")).toObject().value(QStringLiteral("principalId")).toString(),
        principalId);
    // Disabled: the principal goes away with it.
    r = patchAccount(
        path, {{QStringLiteral("identity"), QJsonObject{{QStringLiteral("type"), QStringLiteral("None")}}}});
    QCOMPARE(r.status, 200);
    identity = r.json().value(QStringLiteral("identity")).toObject();
    QCOMPARE(identity.value(QStringLiteral("type")).toString(), QStringLiteral("None"));
    QVERIFY(!identity.contains(QStringLiteral("principalId")));
    QVERIFY(!m_cloud.emulator().store()->principalByObjectId(principalId));
}

void TestEmuCmk::userAssignedOnAccount()
{
    QString uamiPrincipal;
    const QString uami =
        createIdentity(QStringLiteral("rg-catalog"), QStringLiteral("catalog-identity"), &uamiPrincipal);
    QVERIFY(!uami.isEmpty());
    const QString path = accountPath(kProd, QStringLiteral("rg-catalog"), QStringLiteral("contoso-catalog"));
    // A principal with DocumentDB Account Contributor on rg-orders only may not attach an identity it cannot
    // assign (ARM's linked authorization); Owner may.
    const HttpsReply linked = arm(
        test::DemoCosmosContributor, "PATCH",
        accountPath(kProd, QStringLiteral("rg-orders"), QStringLiteral("contoso-payments")),
        json(
            {{QStringLiteral("identity"),
              QJsonObject{{QStringLiteral("type"), QStringLiteral("UserAssigned")},
                          {QStringLiteral("userAssignedIdentities"), QJsonObject{{uami, QJsonObject{}}}}}}}));
    QCOMPARE(linked.status, 403);
    QCOMPARE(errorCode(linked), QStringLiteral("LinkedAuthorizationFailed"));
    QVERIFY(errorMessage(linked).contains(QLatin1String("userAssignedIdentities/assign/action")));

    HttpsReply r = patchAccount(
        path,
        {{QStringLiteral("identity"),
          QJsonObject{{QStringLiteral("type"), QStringLiteral("SystemAssigned,UserAssigned")},
                      {QStringLiteral("userAssignedIdentities"), QJsonObject{{uami, QJsonObject{}}}}}}});
    QCOMPARE(r.status, 200);
    QJsonObject identity = r.json().value(QStringLiteral("identity")).toObject();
    QCOMPARE(identity.value(QStringLiteral("type")).toString(),
             QStringLiteral("SystemAssigned,UserAssigned"));
    QVERIFY(isGuid(identity.value(QStringLiteral("principalId")).toString()));
    const QJsonObject entry =
        identity.value(QStringLiteral("userAssignedIdentities")).toObject().value(uami).toObject();
    QCOMPARE(entry.value(QStringLiteral("principalId")).toString(), uamiPrincipal);
    QVERIFY(isGuid(entry.value(QStringLiteral("clientId")).toString()));
    // The user-assigned identity as default identity, then only the user-assigned one left.
    r = patchAccount(
        path,
        {{QStringLiteral("properties"),
          QJsonObject{{QStringLiteral("defaultIdentity"), QStringLiteral("UserAssignedIdentity=") + uami}}}});
    QCOMPARE(r.status, 200);
    QCOMPARE(propsOf(r).value(QStringLiteral("defaultIdentity")).toString(),
             QStringLiteral("UserAssignedIdentity=") + uami);
    r = patchAccount(path, {{QStringLiteral("identity"),
                             QJsonObject{{QStringLiteral("type"), QStringLiteral("UserAssigned")}}}});
    QCOMPARE(r.status, 200);
    identity = r.json().value(QStringLiteral("identity")).toObject();
    QCOMPARE(identity.value(QStringLiteral("type")).toString(), QStringLiteral("UserAssigned"));
    QVERIFY(!identity.contains(QStringLiteral("principalId")));
    QCOMPARE(identity.value(QStringLiteral("userAssignedIdentities"))
                 .toObject()
                 .value(uami)
                 .toObject()
                 .value(QStringLiteral("principalId"))
                 .toString(),
             uamiPrincipal);
    // Removing the identity the default identity names is refused.
    r = arm(
        test::DemoOwner, "PATCH", path,
        json({{QStringLiteral("identity"), QJsonObject{{QStringLiteral("type"), QStringLiteral("None")}}}}));
    QCOMPARE(r.status, 400);
    QVERIFY(errorMessage(r).contains(QLatin1String("4015")));
    r = patchAccount(
        path, {{QStringLiteral("identity"), QJsonObject{{QStringLiteral("type"), QStringLiteral("None")}}},
               {QStringLiteral("properties"),
                QJsonObject{{QStringLiteral("defaultIdentity"), QStringLiteral("FirstPartyIdentity")}}}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("identity")).toObject().value(QStringLiteral("type")).toString(),
             QStringLiteral("None"));
}

void TestEmuCmk::identityValidation_data()
{
    QTest::addColumn<QJsonObject>("identity");
    QTest::addColumn<QString>("fragment");
    const QString missing =
        identityPath(kProd, QStringLiteral("rg-orders"), QStringLiteral("no-such-identity"))
            .replace(QLatin1String("/resourceGroups/"), QLatin1String("/resourcegroups/"));
    QTest::newRow("unknown type") << QJsonObject{{QStringLiteral("type"), QStringLiteral("Magic")}}
                                  << QStringLiteral("identity.type");
    QTest::newRow("user assigned without identities")
        << QJsonObject{{QStringLiteral("type"), QStringLiteral("UserAssigned")}}
        << QStringLiteral("at least one");
    QTest::newRow("missing user-assigned identity")
        << QJsonObject{{QStringLiteral("type"), QStringLiteral("UserAssigned")},
                       {QStringLiteral("userAssignedIdentities"), QJsonObject{{missing, QJsonObject{}}}}}
        << QStringLiteral("was not found");
    QTest::newRow("not a resource id")
        << QJsonObject{{QStringLiteral("type"), QStringLiteral("UserAssigned")},
                       {QStringLiteral("userAssignedIdentities"),
                        QJsonObject{{QStringLiteral("my-identity"), QJsonObject{}}}}}
        << QStringLiteral("expected a resource id");
    QTest::newRow("identities with system only")
        << QJsonObject{{QStringLiteral("type"), QStringLiteral("SystemAssigned")},
                       {QStringLiteral("userAssignedIdentities"), QJsonObject{{missing, QJsonObject{}}}}}
        << QStringLiteral("can only be given");
}

void TestEmuCmk::identityValidation()
{
    QFETCH(QJsonObject, identity);
    QFETCH(QString, fragment);
    const auto before = m_cloud.emulator().store()->account(kProd, QStringLiteral("rg-orders"),
                                                            QStringLiteral("contoso-payments"));
    QVERIFY(before);
    const HttpsReply r =
        arm(test::DemoOwner, "PATCH",
            accountPath(kProd, QStringLiteral("rg-orders"), QStringLiteral("contoso-payments")),
            json({{QStringLiteral("identity"), identity}}));
    QCOMPARE(r.status, 400);
    QCOMPARE(errorCode(r), QStringLiteral("BadRequest"));
    QVERIFY2(errorMessage(r).contains(fragment), qPrintable(errorMessage(r)));
    const auto after = m_cloud.emulator().store()->account(kProd, QStringLiteral("rg-orders"),
                                                           QStringLiteral("contoso-payments"));
    QCOMPARE(after->resource, before->resource);
}

void TestEmuCmk::defaultIdentityValidation_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("fragment");
    const QString telemetry =
        accountPath(kDev, QStringLiteral("rg-analytics"), QStringLiteral("fabrikam-telemetry"));
    const QString analytics =
        accountPath(kDev, QStringLiteral("rg-analytics"), QStringLiteral("fabrikam-analytics"));
    const QString uami =
        identityPath(kDev, QStringLiteral("rg-analytics"), QStringLiteral("fabrikam-analytics-cmk"));
    const auto di = [](const QString &v) {
        return QJsonObject{
            {QStringLiteral("properties"), QJsonObject{{QStringLiteral("defaultIdentity"), v}}}};
    };
    QTest::newRow("first party") << telemetry << di(QStringLiteral("FirstPartyIdentity")) << 200 << QString();
    QTest::newRow("system assigned with system identity")
        << telemetry << di(QStringLiteral("SystemAssignedIdentity")) << 200 << QString();
    QTest::newRow("unknown form") << telemetry << di(QStringLiteral("ManagedIdentity")) << 400
                                  << QStringLiteral("Allowed values");
    QTest::newRow("user assigned not attached")
        << telemetry << di(QStringLiteral("UserAssignedIdentity=") + uami) << 400
        << QStringLiteral("not assigned to the account");
    QTest::newRow("system assigned without system identity")
        << analytics << di(QStringLiteral("SystemAssignedIdentity")) << 400
        << QStringLiteral("no system-assigned identity");
    QJsonObject disable = di(QStringLiteral("SystemAssignedIdentity"));
    disable.insert(QStringLiteral("identity"), QJsonObject{{QStringLiteral("type"), QStringLiteral("None")}});
    QTest::newRow("system identity removed in the same update")
        << telemetry << disable << 400 << QStringLiteral("4015");
}

void TestEmuCmk::defaultIdentityValidation()
{
    QFETCH(QString, path);
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QFETCH(QString, fragment);
    const HttpsReply r = patchAccount(path, body);
    QCOMPARE(r.status, status);
    if (status == 200) {
        QCOMPARE(propsOf(r).value(QStringLiteral("defaultIdentity")).toString(),
                 body.value(QStringLiteral("properties"))
                     .toObject()
                     .value(QStringLiteral("defaultIdentity"))
                     .toString());
        return;
    }
    QCOMPARE(errorCode(r), QStringLiteral("BadRequest"));
    QVERIFY2(errorMessage(r).contains(fragment), qPrintable(errorMessage(r)));
}

void TestEmuCmk::keyUriValidation_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("http") << QStringLiteral("http://contoso-orders-kv.vault.azure.net/keys/cosmos-cmk")
                          << QStringLiteral("InvalidKeyVaultKeyURI (4006)");
    QTest::newRow("secret, not key") << QStringLiteral(
                                            "https://contoso-orders-kv.vault.azure.net/secrets/cosmos-cmk")
                                     << QStringLiteral("InvalidKeyVaultKeyURI (4006)");
    QTest::newRow("too many segments")
        << QStringLiteral("https://contoso-orders-kv.vault.azure.net/keys/cosmos-cmk/abc/wrapkey")
        << QStringLiteral("InvalidKeyVaultKeyURI (4006)");
    QTest::newRow("foreign host") << QStringLiteral("https://keys.example.com/keys/cosmos-cmk")
                                  << QStringLiteral("InvalidKeyVaultKeyURI (4006)");
    QTest::newRow("vault not found") << keyUri(QStringLiteral("no-such-kv"), QStringLiteral("cosmos-cmk"))
                                     << QStringLiteral("KeyVaultNotFound (4017)");
    QTest::newRow("no purge protection")
        << keyUri(QLatin1String(emu::DemoSeed::kLegacyVault), QStringLiteral("cosmos-cmk"))
        << QStringLiteral("purge protection");
    QTest::newRow("missing key") << keyUri(kCmkVault, QStringLiteral("no-such-key"))
                                 << QStringLiteral("KeyVaultKeyNotFound (4003)");
    QTest::newRow("missing version") << keyUri(kCmkVault,
                                               QStringLiteral("cosmos-cmk/0123456789abcdef0123456789abcdef"))
                                     << QStringLiteral("KeyVaultKeyNotFound (4003)");
    QTest::newRow("disabled key") << keyUri(kCmkVault, QStringLiteral("disabled-key"))
                                  << QStringLiteral("is disabled");
    QTest::newRow("no wrapKey operation")
        << keyUri(kCmkVault, QStringLiteral("encrypt-only")) << QStringLiteral("wrapKey and unwrapKey");
    QTest::newRow("identity without access") << keyUri(kNoAccessVault, QStringLiteral("cmk"))
                                             << QStringLiteral("KeyVaultAuthenticationFailure (4002)");
}

void TestEmuCmk::keyUriValidation()
{
    QFETCH(QString, uri);
    QFETCH(QString, fragment);
    const auto before = m_cloud.emulator().store()->account(kProd, QStringLiteral("rg-orders"),
                                                            QStringLiteral("contoso-orders"));
    QVERIFY(before);
    const HttpsReply r =
        arm(test::DemoOwner, "PATCH", ordersPath(),
            json({{QStringLiteral("properties"), QJsonObject{{QStringLiteral("keyVaultKeyUri"), uri}}}}));
    QCOMPARE(r.status, 400);
    QCOMPARE(errorCode(r), QStringLiteral("BadRequest"));
    QVERIFY2(errorMessage(r).contains(fragment), qPrintable(errorMessage(r)));
    QVERIFY(r.header("Azure-AsyncOperation").isEmpty());
    const auto after = m_cloud.emulator().store()->account(kProd, QStringLiteral("rg-orders"),
                                                           QStringLiteral("contoso-orders"));
    QCOMPARE(after->resource, before->resource);
}

void TestEmuCmk::vaultRefusesKeysCosmosCannotUse()
{
    // EC and symmetric keys cannot wrap keys; the vault does not create them, so no account can name one.
    for (const char *kty : {"EC", "oct"}) {
        const HttpsReply r = kv("POST", kCmkVault, QStringLiteral("keys/not-rsa/create"),
                                json({{QStringLiteral("kty"), QLatin1String(kty)}}));
        QCOMPARE(r.status, 400);
    }
    const HttpsReply r = arm(
        test::DemoOwner, "PATCH", ordersPath(),
        json({{QStringLiteral("properties"), QJsonObject{{QStringLiteral("keyVaultKeyUri"),
                                                          keyUri(kCmkVault, QStringLiteral("not-rsa"))}}}}));
    QCOMPARE(r.status, 400);
    QVERIFY(errorMessage(r).contains(QLatin1String("4003")));
}

void TestEmuCmk::identityAndKeyNotInOneUpdate()
{
    const QString uami =
        createIdentity(QStringLiteral("rg-orders"), QStringLiteral("orders-second-identity"));
    QVERIFY(!uami.isEmpty());
    const HttpsReply r = arm(
        test::DemoOwner, "PATCH", ordersPath(),
        json({{QStringLiteral("identity"),
               QJsonObject{{QStringLiteral("type"), QStringLiteral("SystemAssigned,UserAssigned")},
                           {QStringLiteral("userAssignedIdentities"), QJsonObject{{uami, QJsonObject{}}}}}},
              {QStringLiteral("properties"),
               QJsonObject{
                   {QStringLiteral("keyVaultKeyUri"), keyUri(kCmkVault, QStringLiteral("cosmos-cmk-2"))}}}}));
    QCOMPARE(r.status, 400);
    QVERIFY2(errorMessage(r).contains(QLatin1String("cannot be changed in the same update")),
             qPrintable(errorMessage(r)));
    // The unchanged identity next to a new key is fine (the portal sends both).
    const HttpsReply same = patchAccount(
        ordersPath(),
        {{QStringLiteral("identity"),
          QJsonObject{{QStringLiteral("type"), QStringLiteral("SystemAssigned")}}},
         {QStringLiteral("properties"),
          QJsonObject{{QStringLiteral("keyVaultKeyUri"), keyUri(kCmkVault, QStringLiteral("cosmos-cmk"))}}}});
    QCOMPARE(same.status, 200);
}

void TestEmuCmk::defaultIdentityNeedsKeyAccess()
{
    QString principal;
    const QString uami =
        createIdentity(QStringLiteral("rg-orders"), QStringLiteral("orders-cmk-identity"), &principal);
    QVERIFY(!uami.isEmpty());
    HttpsReply r = patchAccount(
        ordersPath(),
        {{QStringLiteral("identity"),
          QJsonObject{{QStringLiteral("type"), QStringLiteral("SystemAssigned,UserAssigned")},
                      {QStringLiteral("userAssignedIdentities"), QJsonObject{{uami, QJsonObject{}}}}}}});
    QCOMPARE(r.status, 200);
    const QJsonObject toUser{
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("defaultIdentity"), QStringLiteral("UserAssignedIdentity=") + uami}}}};
    r = arm(test::DemoOwner, "PATCH", ordersPath(), json(toUser));
    QCOMPARE(r.status, 400);
    QVERIFY2(errorMessage(r).contains(QLatin1String("KeyVaultAuthenticationFailure (4002)")),
             qPrintable(errorMessage(r)));
    QVERIFY(errorMessage(r).contains(principal));
    // Granted (by object id, no principalType: the identity is in the directory), the switch goes through.
    QVERIFY(assignRole(vaultPath(kProd, QStringLiteral("rg-orders"), kCmkVault),
                       emu::Rbac::RoleIds::KeyVaultCryptoServiceEncryptionUser, principal, false));
    r = patchAccount(ordersPath(), toUser);
    QCOMPARE(r.status, 200);
    QCOMPARE(propsOf(r).value(QStringLiteral("defaultIdentity")).toString(),
             QStringLiteral("UserAssignedIdentity=") + uami);
    QCOMPARE(propsOf(r).value(QStringLiteral("customerManagedKeyStatus")).toString(), kConfirmed);
    r = patchAccount(
        ordersPath(),
        {{QStringLiteral("properties"),
          QJsonObject{{QStringLiteral("defaultIdentity"), QStringLiteral("SystemAssignedIdentity")}}}});
    QCOMPARE(r.status, 200);
}

void TestEmuCmk::setKeySucceedsAsLongRunningOperation()
{
    const HttpsReply key2 = kv("GET", kCmkVault, QStringLiteral("keys/cosmos-cmk-2"));
    QCOMPARE(key2.status, 200);
    const QString version2 = key2.json()
                                 .value(QStringLiteral("key"))
                                 .toObject()
                                 .value(QStringLiteral("kid"))
                                 .toString()
                                 .section(u'/', -1);
    HttpsReply first;
    HttpsReply r = patchAccount(
        ordersPath(),
        {{QStringLiteral("properties"), QJsonObject{{QStringLiteral("keyVaultKeyUri"),
                                                     keyUri(kCmkVault, QStringLiteral("cosmos-cmk-2"))}}}},
        &first);
    QCOMPARE(first.status, 200);
    QVERIFY(!first.header("Azure-AsyncOperation").isEmpty());
    QCOMPARE(r.status, 200);
    QJsonObject p = propsOf(r);
    QCOMPARE(p.value(QStringLiteral("provisioningState")).toString(), QStringLiteral("Succeeded"));
    QCOMPARE(p.value(QStringLiteral("keyVaultKeyUri")).toString(),
             keyUri(kCmkVault, QStringLiteral("cosmos-cmk-2")));
    QCOMPARE(p.value(QStringLiteral("keyVaultKeyUriVersion")).toString(), version2);
    QCOMPARE(p.value(QStringLiteral("customerManagedKeyStatus")).toString(), kConfirmed);

    // The vault's live URI (the kid as the data plane shows it), with a version, works too.
    const HttpsReply key1 = kv("GET", kCmkVault, QStringLiteral("keys/cosmos-cmk"));
    QCOMPARE(key1.status, 200);
    const QString kid1 =
        key1.json().value(QStringLiteral("key")).toObject().value(QStringLiteral("kid")).toString();
    QVERIFY(kid1.startsWith(m_cloud.emulator().vaultUri(kCmkVault)));
    r = patchAccount(ordersPath(),
                     {{QStringLiteral("properties"), QJsonObject{{QStringLiteral("keyVaultKeyUri"), kid1}}}});
    QCOMPARE(r.status, 200);
    p = propsOf(r);
    QCOMPARE(p.value(QStringLiteral("keyVaultKeyUriVersion")).toString(), kid1.section(u'/', -1));
    QCOMPARE(p.value(QStringLiteral("customerManagedKeyStatus")).toString(), kConfirmed);
    // Removing the key is refused.
    r = arm(
        test::DemoOwner, "PATCH", ordersPath(),
        json({{QStringLiteral("properties"), QJsonObject{{QStringLiteral("keyVaultKeyUri"), QString()}}}}));
    QCOMPARE(r.status, 400);
}

QTEST_GUILESS_MAIN(TestEmuCmk)
#include "tst_emucmk.moc"
