// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "LocalCloudFixture.h"
#include "SyncHttps.h"
#include "core/Clock.h"
#include "emulator/KeyVaultCrypto.h"
#include "emulator/KeyVaultDataPlane.h"
#include "emulator/Rbac.h"
#include "emulator/TokenSigner.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

#include <openssl/rand.h>

using namespace csc;
using test::DemoWho;
using test::HttpsReply;
using test::httpsRequest;

namespace {

const QString kProd = QLatin1String(emu::DemoSeed::kSubscriptionProduction);
const QString kDev = QLatin1String(emu::DemoSeed::kSubscriptionDevelopment);
const QString kCmkVault = QLatin1String(emu::DemoSeed::kCmkVault);
const QString kPolicyVault = QLatin1String(emu::DemoSeed::kLegacyVault);
const QString kApi = QStringLiteral("2024-11-01");
const QString kKvApi = QStringLiteral("7.6");
/// contoso-orders' system-assigned identity (demo seed).
const QString kOrdersIdentity = QStringLiteral("1d0e0000-0000-4000-8000-000000000001");

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString oidOf(DemoWho who)
{
    return QLatin1String(emu::DemoSeed::kPrincipals[who].objectId);
}

QString vaultPath(const QString &sub, const QString &rg, const QString &name)
{
    return QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/Microsoft.KeyVault/vaults/%3")
        .arg(sub, rg, name);
}

QJsonObject vaultBody(const QJsonObject &extra = {})
{
    QJsonObject props{
        {QStringLiteral("tenantId"), QLatin1String(emu::DemoSeed::kTenantId)},
        {QStringLiteral("sku"), QJsonObject{{QStringLiteral("family"), QStringLiteral("A")},
                                            {QStringLiteral("name"), QStringLiteral("standard")}}}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        props.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("location"), QStringLiteral("westeurope")},
                       {QStringLiteral("properties"), props}};
}

QJsonObject policy(const QString &objectId, const QStringList &keys)
{
    return QJsonObject{{QStringLiteral("tenantId"), QLatin1String(emu::DemoSeed::kTenantId)},
                       {QStringLiteral("objectId"), objectId},
                       {QStringLiteral("permissions"),
                        QJsonObject{{QStringLiteral("keys"), QJsonArray::fromStringList(keys)}}}};
}

QString errorCode(const HttpsReply &r)
{
    return r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

QString innerCode(const HttpsReply &r)
{
    return r.json()
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("innererror"))
        .toObject()
        .value(QStringLiteral("code"))
        .toString();
}

QString errorMessage(const HttpsReply &r)
{
    return r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
}

QByteArray b64url(const QByteArray &b)
{
    return b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray fromB64url(const QString &s)
{
    return QByteArray::fromBase64(s.toLatin1(), QByteArray::Base64UrlEncoding);
}

QByteArray randomKey(int n)
{
    QByteArray b(n, Qt::Uninitialized);
    RAND_bytes(reinterpret_cast<unsigned char *>(b.data()), n);
    return b;
}

} // namespace

class TestEmuKeyVault : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void readyInfoAnnouncesVaults();
    void demoVaults();
    void vaultCrud();
    void vaultValidation_data();
    void vaultValidation();
    void vaultInvariants();
    void vaultRbac_data();
    void vaultRbac();
    void accessPolicyOperations();
    void challengeAndTokens_data();
    void challengeAndTokens();
    void apiVersions_data();
    void apiVersions();
    void keysLifecycle();
    void createValidation_data();
    void createValidation();
    void versionsPaging();
    void wrapUnwrap_data();
    void wrapUnwrap();
    void keyStateRefusals();
    void rbacAuthorization();
    void accessPolicyAuthorization();
    void roleAssignmentsApi();
    void roleAssignmentRefusals_data();
    void roleAssignmentRefusals();
    void networkRules();
    void inProcessUnwrapForCmk();
    void keyMaterialStaysInTheStore();

private:
    QByteArray token(DemoWho who, const QString &scope);
    QByteArray armToken(DemoWho who);
    QByteArray vaultToken(DemoWho who)
    {
        return token(who, QStringLiteral("https://vault.azure.net/.default"));
    }
    HttpsReply arm(DemoWho who, const QByteArray &method, const QString &path, const QByteArray &body = {},
                   const QString &apiVersion = kApi);
    HttpsReply kvWith(const QByteArray &bearer, const QByteArray &method, const QString &vault,
                      const QString &path, const QByteArray &body = {}, const QString &apiVersion = kKvApi);
    HttpsReply kv(DemoWho who, const QByteArray &method, const QString &vault, const QString &path,
                  const QByteArray &body = {})
    {
        return kvWith(vaultToken(who), method, vault, path, body);
    }
    /// Creates (or rotates into) an RSA key with `ops` as the Owner; returns its versioned kid or "".
    QString createKey(const QString &vault, const QString &name, int size = 2048,
                      const QStringList &ops = {QStringLiteral("wrapKey"), QStringLiteral("unwrapKey")});
    bool assignRole(const QString &scope, const char *roleGuid, const QString &principal,
                    QString *name = nullptr);
    QJsonObject claimsFor(DemoWho who, const QString &aud);

    test::LocalCloudFixture m_cloud;
    QHash<QString, QByteArray> m_tokens;
};

void TestEmuKeyVault::initTestCase()
{
    emu::EmulatorOptions options;
    options.lroDelayMs = 0;
    const Result<void> started = m_cloud.start(options);
    QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().summary()));
}

QByteArray TestEmuKeyVault::token(DemoWho who, const QString &scope)
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

QByteArray TestEmuKeyVault::armToken(DemoWho who)
{
    return token(who, m_cloud.emulator().baseUrl().toString() + QStringLiteral("/.default"));
}

HttpsReply TestEmuKeyVault::arm(DemoWho who, const QByteArray &method, const QString &path,
                                const QByteArray &body, const QString &apiVersion)
{
    QUrl u(m_cloud.emulator().baseUrl().toString() + path);
    QUrlQuery q(u);
    if (!q.hasQueryItem(QStringLiteral("api-version")))
        q.addQueryItem(QStringLiteral("api-version"), apiVersion);
    u.setQuery(q);
    QList<std::pair<QByteArray, QByteArray>> headers{{"Authorization", "Bearer " + armToken(who)}};
    if (!body.isEmpty())
        headers.append(std::pair{QByteArray("Content-Type"), QByteArray("application/json")});
    return httpsRequest(method, u, m_cloud.emulator().tls().caCertificate, body, headers);
}

HttpsReply TestEmuKeyVault::kvWith(const QByteArray &bearer, const QByteArray &method, const QString &vault,
                                   const QString &path, const QByteArray &body, const QString &apiVersion)
{
    const QString base = m_cloud.emulator().vaultUri(vault);
    if (base.isEmpty())
        return {};
    QUrl u(base + path);
    QUrlQuery q(u);
    if (!apiVersion.isEmpty() && !q.hasQueryItem(QStringLiteral("api-version")))
        q.addQueryItem(QStringLiteral("api-version"), apiVersion);
    u.setQuery(q);
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (!bearer.isEmpty())
        headers.append(std::pair{QByteArray("Authorization"), "Bearer " + bearer});
    if (!body.isEmpty())
        headers.append(std::pair{QByteArray("Content-Type"), QByteArray("application/json")});
    return httpsRequest(method, u, m_cloud.emulator().tls().caCertificate, body, headers);
}

QString TestEmuKeyVault::createKey(const QString &vault, const QString &name, int size,
                                   const QStringList &ops)
{
    const HttpsReply r = kv(test::DemoOwner, "POST", vault, QStringLiteral("keys/%1/create").arg(name),
                            json({{QStringLiteral("kty"), QStringLiteral("RSA")},
                                  {QStringLiteral("key_size"), size},
                                  {QStringLiteral("key_ops"), QJsonArray::fromStringList(ops)}}));
    if (r.status != 200)
        qWarning() << "create" << name << r.status << r.body;
    return r.json().value(QStringLiteral("key")).toObject().value(QStringLiteral("kid")).toString();
}

bool TestEmuKeyVault::assignRole(const QString &scope, const char *roleGuid, const QString &principal,
                                 QString *name)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const HttpsReply r = arm(
        test::DemoOwner, "PUT",
        scope + QStringLiteral("/providers/Microsoft.Authorization/roleAssignments/") + id,
        json({{QStringLiteral("properties"),
               QJsonObject{
                   {QStringLiteral("roleDefinitionId"),
                    QStringLiteral("/subscriptions/%1/providers/Microsoft.Authorization/roleDefinitions/%2")
                        .arg(kProd, QLatin1String(roleGuid))},
                   {QStringLiteral("principalId"), principal},
                   {QStringLiteral("principalType"), QStringLiteral("ServicePrincipal")}}}}),
        QStringLiteral("2022-04-01"));
    if (r.status != 201)
        qWarning() << "role assignment" << r.status << r.body;
    if (name)
        *name = id;
    return r.status == 201;
}

QJsonObject TestEmuKeyVault::claimsFor(DemoWho who, const QString &aud)
{
    const qint64 now = Clock::now().toSecsSinceEpoch();
    const QString tid = QLatin1String(emu::DemoSeed::kTenantId);
    return QJsonObject{{QStringLiteral("aud"), aud},
                       {QStringLiteral("iss"), m_cloud.emulator().baseUrl().toString() + u'/' + tid + u'/'},
                       {QStringLiteral("iat"), now - 300},
                       {QStringLiteral("nbf"), now - 300},
                       {QStringLiteral("exp"), now + 3600},
                       {QStringLiteral("appid"), QLatin1String(emu::DemoSeed::kPrincipals[who].clientId)},
                       {QStringLiteral("oid"), oidOf(who)},
                       {QStringLiteral("tid"), tid},
                       {QStringLiteral("ver"), QStringLiteral("1.0")}};
}

void TestEmuKeyVault::readyInfoAnnouncesVaults()
{
    const QJsonObject vaults = m_cloud.emulator().readyInfo().value(QStringLiteral("vaults")).toObject();
    QCOMPARE(vaults.value(kCmkVault).toString(), m_cloud.emulator().vaultUri(kCmkVault));
    QCOMPARE(vaults.value(kPolicyVault).toString(), m_cloud.emulator().vaultUri(kPolicyVault));
    QVERIFY(vaults.value(kCmkVault).toString().startsWith(QStringLiteral("https://127.0.0.1:")));
    QVERIFY(vaults.value(kCmkVault).toString() != vaults.value(kPolicyVault).toString());
}

void TestEmuKeyVault::demoVaults()
{
    const HttpsReply ready =
        arm(test::DemoOwner, "GET", vaultPath(kProd, QStringLiteral("rg-orders"), kCmkVault));
    QCOMPARE(ready.status, 200);
    const QJsonObject p = ready.json().value(QStringLiteral("properties")).toObject();
    QCOMPARE(p.value(QStringLiteral("enableSoftDelete")).toBool(), true);
    QCOMPARE(p.value(QStringLiteral("enablePurgeProtection")).toBool(), true);
    QCOMPARE(p.value(QStringLiteral("enableRbacAuthorization")).toBool(), true);
    QCOMPARE(p.value(QStringLiteral("vaultUri")).toString(), m_cloud.emulator().vaultUri(kCmkVault));
    QCOMPARE(ready.json().value(QStringLiteral("type")).toString(),
             QStringLiteral("Microsoft.KeyVault/vaults"));

    const HttpsReply notReady =
        arm(test::DemoOwner, "GET", vaultPath(kDev, QStringLiteral("rg-analytics"), kPolicyVault));
    QCOMPARE(notReady.status, 200);
    const QJsonObject q = notReady.json().value(QStringLiteral("properties")).toObject();
    QVERIFY(!q.contains(QStringLiteral("enablePurgeProtection")));
    QCOMPARE(q.value(QStringLiteral("enableRbacAuthorization")).toBool(), false);
    QCOMPARE(q.value(QStringLiteral("accessPolicies")).toArray().size(), 2);
    QCOMPARE(q.value(QStringLiteral("softDeleteRetentionInDays")).toInt(), 30);

    // The CMK key: RSA 3072 (384-byte modulus), wrapKey/unwrapKey, purge-protected recovery level.
    const HttpsReply key = kv(test::DemoOwner, "GET", kCmkVault, QStringLiteral("keys/cosmos-cmk"));
    QCOMPARE(key.status, 200);
    const QJsonObject k = key.json().value(QStringLiteral("key")).toObject();
    QCOMPARE(k.value(QStringLiteral("kty")).toString(), QStringLiteral("RSA"));
    QCOMPARE(fromB64url(k.value(QStringLiteral("n")).toString()).size(), 384);
    QCOMPARE(k.value(QStringLiteral("e")).toString(), QStringLiteral("AQAB"));
    QVERIFY(k.value(QStringLiteral("kid"))
                .toString()
                .startsWith(m_cloud.emulator().vaultUri(kCmkVault) + QStringLiteral("keys/cosmos-cmk/")));
    QCOMPARE(key.json()
                 .value(QStringLiteral("attributes"))
                 .toObject()
                 .value(QStringLiteral("recoveryLevel"))
                 .toString(),
             QStringLiteral("Recoverable"));
    const HttpsReply legacy = kv(test::DemoOwner, "GET", kPolicyVault, QStringLiteral("keys/cosmos-cmk"));
    QCOMPARE(legacy.status, 200);
    QCOMPARE(legacy.json()
                 .value(QStringLiteral("attributes"))
                 .toObject()
                 .value(QStringLiteral("recoveryLevel"))
                 .toString(),
             QStringLiteral("CustomizedRecoverable+Purgeable"));
    // Private key material never appears.
    QVERIFY(!key.body.contains("\"d\"") && !key.body.contains("\"p\""));
}

void TestEmuKeyVault::vaultCrud()
{
    const QString path = vaultPath(kProd, QStringLiteral("rg-legacy"), QStringLiteral("kv-crud-test"));
    HttpsReply r = arm(test::DemoOwner, "PUT", path,
                       json(vaultBody({{QStringLiteral("softDeleteRetentionInDays"), 14}})));
    QCOMPARE(r.status, 201);
    QJsonObject p = r.json().value(QStringLiteral("properties")).toObject();
    QCOMPARE(p.value(QStringLiteral("provisioningState")).toString(), QStringLiteral("Succeeded"));
    QCOMPARE(p.value(QStringLiteral("enableSoftDelete")).toBool(), true);
    QCOMPARE(p.value(QStringLiteral("softDeleteRetentionInDays")).toInt(), 14);
    QCOMPARE(p.value(QStringLiteral("enableRbacAuthorization")).toBool(), false);
    QCOMPARE(p.value(QStringLiteral("publicNetworkAccess")).toString(), QStringLiteral("Enabled"));
    const QString uri = p.value(QStringLiteral("vaultUri")).toString();
    QVERIFY(uri.startsWith(QStringLiteral("https://127.0.0.1:")));
    QCOMPARE(r.json().value(QStringLiteral("id")).toString(), path);
    // The new vault's data plane answers (401 challenge without a token).
    QCOMPARE(kvWith({}, "GET", QStringLiteral("kv-crud-test"), QStringLiteral("keys")).status, 401);

    QCOMPARE(arm(test::DemoOwner, "GET", path, {}, QStringLiteral("2023-07-01")).status, 200);
    const auto names = [](const HttpsReply &list) {
        QStringList out;
        for (const QJsonValue &v : list.json().value(QStringLiteral("value")).toArray())
            out << v.toObject().value(QStringLiteral("name")).toString();
        return out;
    };
    QVERIFY(names(arm(test::DemoOwner, "GET",
                      QStringLiteral(
                          "/subscriptions/%1/resourceGroups/rg-legacy/providers/Microsoft.KeyVault/vaults")
                          .arg(kProd)))
                .contains(QStringLiteral("kv-crud-test")));
    const QStringList bySub =
        names(arm(test::DemoOwner, "GET",
                  QStringLiteral("/subscriptions/%1/providers/Microsoft.KeyVault/vaults").arg(kProd)));
    QVERIFY(bySub.contains(QStringLiteral("kv-crud-test")) && bySub.contains(kCmkVault));
    QVERIFY(!bySub.contains(kPolicyVault)); // another subscription

    r = arm(
        test::DemoOwner, "PATCH", path,
        json({{QStringLiteral("tags"), QJsonObject{{QStringLiteral("env"), QStringLiteral("test")}}},
              {QStringLiteral("properties"), QJsonObject{{QStringLiteral("enableRbacAuthorization"), true},
                                                         {QStringLiteral("enablePurgeProtection"), true}}}}));
    QCOMPARE(r.status, 200);
    p = r.json().value(QStringLiteral("properties")).toObject();
    QCOMPARE(p.value(QStringLiteral("enableRbacAuthorization")).toBool(), true);
    QCOMPARE(p.value(QStringLiteral("enablePurgeProtection")).toBool(), true);
    QCOMPARE(p.value(QStringLiteral("softDeleteRetentionInDays")).toInt(), 14);
    QCOMPARE(r.json().value(QStringLiteral("tags")).toObject().value(QStringLiteral("env")).toString(),
             QStringLiteral("test"));
    QCOMPARE(p.value(QStringLiteral("vaultUri")).toString(), uri);

    // A PUT replaces the properties but keeps what is irreversible.
    r = arm(test::DemoOwner, "PUT", path,
            json(vaultBody({{QStringLiteral("softDeleteRetentionInDays"), 14}})));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()
                 .value(QStringLiteral("properties"))
                 .toObject()
                 .value(QStringLiteral("enablePurgeProtection"))
                 .toBool(),
             true);

    // Globally unique names.
    r = arm(test::DemoOwner, "PUT",
            vaultPath(kProd, QStringLiteral("rg-catalog"), QStringLiteral("kv-crud-test")),
            json(vaultBody()));
    QCOMPARE(r.status, 409);
    QCOMPARE(errorCode(r), QStringLiteral("VaultAlreadyExists"));

    QCOMPARE(arm(test::DemoOwner, "DELETE", path).status, 200);
    r = arm(test::DemoOwner, "GET", path);
    QCOMPARE(r.status, 404);
    QCOMPARE(errorCode(r), QStringLiteral("ResourceNotFound"));
    QCOMPARE(arm(test::DemoOwner, "DELETE", path).status, 204);
    QVERIFY(!m_cloud.emulator()
                 .readyInfo()
                 .value(QStringLiteral("vaults"))
                 .toObject()
                 .contains(QStringLiteral("kv-crud-test")));
}

void TestEmuKeyVault::vaultValidation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("messagePart");
    const QString ok = QStringLiteral("kv-valid-1");
    QTest::newRow("name too short") << QStringLiteral("ab") << vaultBody()
                                    << QStringLiteral("VaultNameNotValid") << QStringLiteral("between 3-24");
    QTest::newRow("name too long") << QStringLiteral("a234567890123456789012345") << vaultBody()
                                   << QStringLiteral("VaultNameNotValid") << QString();
    QTest::newRow("name starts with digit")
        << QStringLiteral("1vault") << vaultBody() << QStringLiteral("VaultNameNotValid") << QString();
    QTest::newRow("consecutive dashes")
        << QStringLiteral("my--vault") << vaultBody() << QStringLiteral("VaultNameNotValid") << QString();
    QTest::newRow("underscore") << QStringLiteral("my_vault") << vaultBody()
                                << QStringLiteral("VaultNameNotValid") << QString();
    QJsonObject noLocation = vaultBody();
    noLocation.remove(QStringLiteral("location"));
    QTest::newRow("no location") << ok << noLocation << QStringLiteral("LocationRequired") << QString();
    QJsonObject noTenant = vaultBody();
    QJsonObject props = noTenant.value(QStringLiteral("properties")).toObject();
    props.remove(QStringLiteral("tenantId"));
    noTenant.insert(QStringLiteral("properties"), props);
    QTest::newRow("no tenantId") << ok << noTenant << QStringLiteral("BadRequest")
                                 << QStringLiteral("tenantId");
    QTest::newRow("foreign tenant") << ok
                                    << vaultBody({{QStringLiteral("tenantId"),
                                                   QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47")}})
                                    << QStringLiteral("InvalidTenantId") << QString();
    QTest::newRow("bad sku") << ok
                             << vaultBody({{QStringLiteral("sku"),
                                            QJsonObject{{QStringLiteral("family"), QStringLiteral("A")},
                                                        {QStringLiteral("name"), QStringLiteral("gold")}}}})
                             << QStringLiteral("BadRequest") << QStringLiteral("sku");
    QTest::newRow("retention 6") << ok << vaultBody({{QStringLiteral("softDeleteRetentionInDays"), 6}})
                                 << QStringLiteral("BadRequest") << QStringLiteral("between 7 and 90");
    QTest::newRow("retention 91") << ok << vaultBody({{QStringLiteral("softDeleteRetentionInDays"), 91}})
                                  << QStringLiteral("BadRequest") << QStringLiteral("between 7 and 90");
    QTest::newRow("soft delete off") << ok << vaultBody({{QStringLiteral("enableSoftDelete"), false}})
                                     << QStringLiteral("BadRequest") << QStringLiteral("enableSoftDelete");
    QTest::newRow("purge protection false")
        << ok << vaultBody({{QStringLiteral("enablePurgeProtection"), false}}) << QStringLiteral("BadRequest")
        << QStringLiteral("enablePurgeProtection");
    QTest::newRow("bad key permission")
        << ok
        << vaultBody({{QStringLiteral("accessPolicies"),
                       QJsonArray{
                           policy(oidOf(test::DemoReader), {QStringLiteral("get"), QStringLiteral("fly")})}}})
        << QStringLiteral("BadRequest") << QStringLiteral("'fly'");
    QJsonArray many;
    for (int i = 0; i < 1025; ++i)
        many.append(policy(QUuid::createUuid().toString(QUuid::WithoutBraces), {QStringLiteral("get")}));
    QTest::newRow("1025 policies") << ok << vaultBody({{QStringLiteral("accessPolicies"), many}})
                                   << QStringLiteral("AccessPolicyLimitExceeded") << QStringLiteral("1024");
    QTest::newRow("bad ip rule")
        << ok
        << vaultBody({{QStringLiteral("networkAcls"),
                       QJsonObject{{QStringLiteral("defaultAction"), QStringLiteral("Deny")},
                                   {QStringLiteral("ipRules"),
                                    QJsonArray{QJsonObject{
                                        {QStringLiteral("value"), QStringLiteral("300.1.1.1")}}}}}}})
        << QStringLiteral("BadRequest") << QStringLiteral("300.1.1.1");
    QTest::newRow("bad default action")
        << ok
        << vaultBody({{QStringLiteral("networkAcls"),
                       QJsonObject{{QStringLiteral("defaultAction"), QStringLiteral("Block")}}}})
        << QStringLiteral("BadRequest") << QStringLiteral("defaultAction");
    QTest::newRow("bad public network access")
        << ok << vaultBody({{QStringLiteral("publicNetworkAccess"), QStringLiteral("Open")}})
        << QStringLiteral("BadRequest") << QStringLiteral("publicNetworkAccess");
}

void TestEmuKeyVault::vaultValidation()
{
    QFETCH(QString, name);
    QFETCH(QJsonObject, body);
    QFETCH(QString, code);
    QFETCH(QString, messagePart);
    const QString path = vaultPath(kProd, QStringLiteral("rg-legacy"), name);
    const HttpsReply r = arm(test::DemoOwner, "PUT", path, json(body));
    QCOMPARE(r.status, 400);
    QCOMPARE(errorCode(r), code);
    QVERIFY2(errorMessage(r).contains(messagePart), qPrintable(errorMessage(r)));
    QCOMPARE(arm(test::DemoOwner, "GET", path).status, 404);
}

void TestEmuKeyVault::vaultInvariants()
{
    const QString path = vaultPath(kProd, QStringLiteral("rg-legacy"), QStringLiteral("kv-invariants"));
    QCOMPARE(arm(test::DemoOwner, "PUT", path,
                 json(vaultBody({{QStringLiteral("softDeleteRetentionInDays"), 30},
                                 {QStringLiteral("enablePurgeProtection"), true}})))
                 .status,
             201);
    HttpsReply r = arm(test::DemoOwner, "PATCH", path,
                       json({{QStringLiteral("properties"),
                              QJsonObject{{QStringLiteral("enablePurgeProtection"), false}}}}));
    QCOMPARE(r.status, 400);
    QVERIFY(errorMessage(r).contains(QStringLiteral("irreversible")));
    r = arm(test::DemoOwner, "PATCH", path,
            json({{QStringLiteral("properties"),
                   QJsonObject{{QStringLiteral("softDeleteRetentionInDays"), 60}}}}));
    QCOMPARE(r.status, 400);
    QVERIFY(errorMessage(r).contains(QStringLiteral("can't be modified")));
    r = arm(test::DemoOwner, "PATCH", path,
            json({{QStringLiteral("properties"),
                   QJsonObject{{QStringLiteral("softDeleteRetentionInDays"), 30},
                               {QStringLiteral("publicNetworkAccess"), QStringLiteral("Disabled")}}}}));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()
                 .value(QStringLiteral("properties"))
                 .toObject()
                 .value(QStringLiteral("publicNetworkAccess"))
                 .toString(),
             QStringLiteral("Disabled"));
    r = arm(test::DemoOwner, "PATCH", path,
            json({{QStringLiteral("properties"), QJsonObject{{QStringLiteral("enableSoftDelete"), false}}}}));
    QCOMPARE(r.status, 400);
    // Unsupported api-version of the provider.
    r = arm(test::DemoOwner, "GET", path, {}, QStringLiteral("2015-06-01"));
    QCOMPARE(r.status, 400);
    QCOMPARE(errorCode(r), QStringLiteral("NoRegisteredProviderFound"));
    QCOMPARE(arm(test::DemoOwner, "DELETE", path).status, 200);
}

void TestEmuKeyVault::vaultRbac_data()
{
    QTest::addColumn<int>("who");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("action");
    const QString none;
    QTest::newRow("reader reads") << int(test::DemoReader) << QByteArray("GET") << none << 200 << none;
    QTest::newRow("reader cannot write") << int(test::DemoReader) << QByteArray("PATCH") << none << 403
                                         << QStringLiteral("Microsoft.KeyVault/vaults/write");
    QTest::newRow("reader cannot delete") << int(test::DemoReader) << QByteArray("DELETE") << none << 403
                                          << QStringLiteral("Microsoft.KeyVault/vaults/delete");
    QTest::newRow("reader cannot change access policies")
        << int(test::DemoReader) << QByteArray("PUT") << QStringLiteral("/accessPolicies/add") << 403
        << QStringLiteral("Microsoft.KeyVault/vaults/accessPolicies/write");
    QTest::newRow("no access cannot read") << int(test::DemoNoAccess) << QByteArray("GET") << none << 403
                                           << QStringLiteral("Microsoft.KeyVault/vaults/read");
    QTest::newRow("cosmos operator cannot read vaults")
        << int(test::DemoCosmosOperator) << QByteArray("GET") << none << 403
        << QStringLiteral("Microsoft.KeyVault/vaults/read");
}

void TestEmuKeyVault::vaultRbac()
{
    QFETCH(int, who);
    QFETCH(QByteArray, method);
    QFETCH(QString, suffix);
    QFETCH(int, status);
    QFETCH(QString, action);
    const QString path = vaultPath(kProd, QStringLiteral("rg-orders"), kCmkVault) + suffix;
    const QByteArray body =
        method == "GET" || method == "DELETE"
            ? QByteArray()
            : json({{QStringLiteral("properties"),
                     QJsonObject{{QStringLiteral("accessPolicies"),
                                  QJsonArray{policy(oidOf(test::DemoReader), {QStringLiteral("get")})}}}}});
    const HttpsReply r = arm(DemoWho(who), method, path, body);
    QCOMPARE(r.status, status);
    if (status == 403) {
        QCOMPARE(errorCode(r), QStringLiteral("AuthorizationFailed"));
        QVERIFY2(errorMessage(r).contains(QStringLiteral("'%1'").arg(action)), qPrintable(errorMessage(r)));
        QVERIFY(errorMessage(r).contains(oidOf(DemoWho(who))));
    }
    // Nothing changed.
    QVERIFY(arm(test::DemoOwner, "GET", vaultPath(kProd, QStringLiteral("rg-orders"), kCmkVault))
                .json()
                .value(QStringLiteral("properties"))
                .toObject()
                .value(QStringLiteral("accessPolicies"))
                .toArray()
                .isEmpty());
}

void TestEmuKeyVault::accessPolicyOperations()
{
    // Contributor of the development subscription may manage vaults there.
    const QString path = vaultPath(kDev, QStringLiteral("rg-sandbox"), QStringLiteral("kv-policies"));
    QCOMPARE(arm(test::DemoContributor, "PUT", path,
                 json(vaultBody({{QStringLiteral("accessPolicies"),
                                  QJsonArray{policy(oidOf(test::DemoReader), {QStringLiteral("get")})}}})))
                 .status,
             201);
    const auto change = [&](const char *kind, const QJsonObject &entry) {
        return arm(test::DemoContributor, "PUT",
                   path + QStringLiteral("/accessPolicies/") + QLatin1String(kind),
                   json({{QStringLiteral("properties"),
                          QJsonObject{{QStringLiteral("accessPolicies"), QJsonArray{entry}}}}}));
    };
    const auto keysOf = [](const HttpsReply &r, const QString &oid) {
        for (const QJsonValue &v : r.json()
                                       .value(QStringLiteral("properties"))
                                       .toObject()
                                       .value(QStringLiteral("accessPolicies"))
                                       .toArray()) {
            const QJsonObject p = v.toObject();
            if (p.value(QStringLiteral("objectId")).toString() == oid) {
                QStringList out;
                for (const QJsonValue &k : p.value(QStringLiteral("permissions"))
                                               .toObject()
                                               .value(QStringLiteral("keys"))
                                               .toArray())
                    out << k.toString();
                return out;
            }
        }
        return QStringList{QStringLiteral("<none>")};
    };
    HttpsReply r =
        change("add", policy(oidOf(test::DemoReader), {QStringLiteral("wrapKey"), QStringLiteral("get")}));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("type")).toString(),
             QStringLiteral("Microsoft.KeyVault/vaults/accessPolicies"));
    QCOMPARE(keysOf(r, oidOf(test::DemoReader)),
             (QStringList{QStringLiteral("get"), QStringLiteral("wrapKey")}));
    r = change("add", policy(oidOf(test::DemoNoAccess), {QStringLiteral("list")}));
    QCOMPARE(keysOf(r, oidOf(test::DemoNoAccess)), QStringList{QStringLiteral("list")});
    r = change("replace", policy(oidOf(test::DemoReader), {QStringLiteral("unwrapKey")}));
    QCOMPARE(keysOf(r, oidOf(test::DemoReader)), QStringList{QStringLiteral("unwrapKey")});
    r = change("remove", policy(oidOf(test::DemoReader), {QStringLiteral("unwrapKey")}));
    QCOMPARE(keysOf(r, oidOf(test::DemoReader)), QStringList{QStringLiteral("<none>")});
    QCOMPARE(keysOf(arm(test::DemoContributor, "GET", path), oidOf(test::DemoNoAccess)),
             QStringList{QStringLiteral("list")});
    r = change("add", policy(oidOf(test::DemoReader), {QStringLiteral("teleport")}));
    QCOMPARE(r.status, 400);
    r = change("merge", policy(oidOf(test::DemoReader), {QStringLiteral("get")}));
    QCOMPARE(r.status, 400);
    QCOMPARE(arm(test::DemoContributor, "DELETE", path).status, 200);
}

void TestEmuKeyVault::challengeAndTokens_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("no token") << QStringLiteral("none") << QStringLiteral("AKV10000");
    QTest::newRow("ARM audience") << QStringLiteral("arm") << QStringLiteral("AKV10022");
    QTest::newRow("expired") << QStringLiteral("expired") << QStringLiteral("expired");
    QTest::newRow("not yet valid") << QStringLiteral("future") << QStringLiteral("not valid before");
    QTest::newRow("foreign issuer") << QStringLiteral("issuer") << QStringLiteral("AKV10032");
    QTest::newRow("bad signature") << QStringLiteral("signature") << QStringLiteral("signature");
    QTest::newRow("not a JWT") << QStringLiteral("garbage") << QStringLiteral("well-formed");
    QTest::newRow("no oid") << QStringLiteral("nooid") << QStringLiteral("oid");
}

void TestEmuKeyVault::challengeAndTokens()
{
    QFETCH(QString, kind);
    QFETCH(QString, messagePart);
    const emu::TokenSigner &signer = m_cloud.emulator().context().signer;
    QJsonObject claims = claimsFor(test::DemoOwner, QStringLiteral("https://vault.azure.net"));
    const qint64 now = Clock::now().toSecsSinceEpoch();
    QByteArray bearer;
    if (kind == QLatin1String("arm")) {
        bearer = armToken(test::DemoOwner);
    } else if (kind == QLatin1String("expired")) {
        claims.insert(QStringLiteral("exp"), now - 3600);
        bearer = signer.sign(claims);
    } else if (kind == QLatin1String("future")) {
        claims.insert(QStringLiteral("nbf"), now + 3600);
        bearer = signer.sign(claims);
    } else if (kind == QLatin1String("issuer")) {
        claims.insert(
            QStringLiteral("iss"),
            QStringLiteral("https://sts.windows.net/%1/").arg(QLatin1String(emu::DemoSeed::kTenantId)));
        bearer = signer.sign(claims);
    } else if (kind == QLatin1String("signature")) {
        bearer = signer.sign(claims);
        bearer[bearer.size() - 5] = bearer[bearer.size() - 5] == 'A' ? 'B' : 'A';
    } else if (kind == QLatin1String("garbage")) {
        bearer = "not-a-jwt";
    } else if (kind == QLatin1String("nooid")) {
        claims.remove(QStringLiteral("oid"));
        bearer = signer.sign(claims);
    }
    const HttpsReply r = kvWith(bearer, "GET", kCmkVault, QStringLiteral("keys/cosmos-cmk/"));
    QCOMPARE(r.status, 401);
    QCOMPARE(r.headerCount("WWW-Authenticate"), 1);
    QCOMPARE(r.header("WWW-Authenticate"),
             QStringLiteral("Bearer authorization=\"%1/%2\", resource=\"https://vault.azure.net\"")
                 .arg(m_cloud.emulator().baseUrl().toString(), QLatin1String(emu::DemoSeed::kTenantId))
                 .toUtf8());
    QCOMPARE(errorCode(r), QStringLiteral("Unauthorized"));
    QVERIFY2(errorMessage(r).contains(messagePart), qPrintable(errorMessage(r)));

    // The same signer with correct claims is accepted (so the refusals above are about what they change);
    // tokens for the vault's own origin are accepted too.
    QCOMPARE(kvWith(signer.sign(claimsFor(test::DemoOwner, QStringLiteral("https://vault.azure.net"))), "GET",
                    kCmkVault, QStringLiteral("keys/cosmos-cmk/"))
                 .status,
             200);
    QString own = m_cloud.emulator().vaultUri(kCmkVault);
    own.chop(1);
    QCOMPARE(kvWith(token(test::DemoOwner, own + QStringLiteral("/.default")), "GET", kCmkVault,
                    QStringLiteral("keys"))
                 .status,
             200);
}

void TestEmuKeyVault::apiVersions_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<int>("status");
    QTest::newRow("7.6") << QStringLiteral("7.6") << 200;
    QTest::newRow("7.5") << QStringLiteral("7.5") << 200;
    QTest::newRow("7.4") << QStringLiteral("7.4") << 200;
    QTest::newRow("2025-07-01") << QStringLiteral("2025-07-01") << 200;
    QTest::newRow("unknown") << QStringLiteral("2.0") << 400;
}

void TestEmuKeyVault::apiVersions()
{
    QFETCH(QString, version);
    QFETCH(int, status);
    const HttpsReply r =
        kvWith(vaultToken(test::DemoOwner), "GET", kCmkVault, QStringLiteral("keys/cosmos-cmk"), {}, version);
    QCOMPARE(r.status, status);
    if (status == 400) {
        QCOMPARE(errorCode(r), QStringLiteral("BadParameter"));
        QVERIFY(errorMessage(r).contains(QStringLiteral("(2.0)")));
    }
    // The Key Vault SDK sends the parameter name percent-encoded.
    QUrl u(m_cloud.emulator().vaultUri(kCmkVault) + QStringLiteral("keys/cosmos-cmk"));
    u.setQuery(QStringLiteral("api%2Dversion=7.6"), QUrl::StrictMode);
    const HttpsReply encoded = httpsRequest("GET", u, m_cloud.emulator().tls().caCertificate, {},
                                            {{"Authorization", "Bearer " + vaultToken(test::DemoOwner)}});
    QCOMPARE(encoded.status, 200);
}

void TestEmuKeyVault::keysLifecycle()
{
    const QString vault = kCmkVault;
    HttpsReply r =
        kv(test::DemoOwner, "POST", vault, QStringLiteral("keys/life/create"),
           json({{QStringLiteral("kty"), QStringLiteral("RSA")},
                 {QStringLiteral("key_size"), 2048},
                 {QStringLiteral("tags"), QJsonObject{{QStringLiteral("app"), QStringLiteral("orders")}}}}));
    QCOMPARE(r.status, 200);
    const QJsonObject key = r.json().value(QStringLiteral("key")).toObject();
    const QString kid1 = key.value(QStringLiteral("kid")).toString();
    const QString version1 = kid1.section(u'/', -1);
    QCOMPARE(version1.size(), 32);
    QCOMPARE(kid1, m_cloud.emulator().vaultUri(vault) + QStringLiteral("keys/life/") + version1);
    QCOMPARE(fromB64url(key.value(QStringLiteral("n")).toString()).size(), 256);
    QCOMPARE(key.value(QStringLiteral("key_ops")).toArray().size(), 6); // RSA default operations
    const QJsonObject attrs = r.json().value(QStringLiteral("attributes")).toObject();
    QCOMPARE(attrs.value(QStringLiteral("enabled")).toBool(), true);
    QVERIFY(attrs.value(QStringLiteral("created")).isDouble());
    QCOMPARE(attrs.value(QStringLiteral("recoverableDays")).toInt(), 90);
    QCOMPARE(r.json().value(QStringLiteral("tags")).toObject().value(QStringLiteral("app")).toString(),
             QStringLiteral("orders"));

    QCOMPARE(kv(test::DemoOwner, "GET", vault, QStringLiteral("keys/life/") + version1)
                 .json()
                 .value(QStringLiteral("key"))
                 .toObject()
                 .value(QStringLiteral("kid"))
                 .toString(),
             kid1);
    // Rotate: a new version becomes the latest; the old one stays readable.
    r = kv(test::DemoOwner, "POST", vault, QStringLiteral("keys/life/rotate"));
    QCOMPARE(r.status, 200);
    const QString kid2 =
        r.json().value(QStringLiteral("key")).toObject().value(QStringLiteral("kid")).toString();
    QVERIFY(kid2 != kid1);
    QCOMPARE(r.json().value(QStringLiteral("tags")).toObject().value(QStringLiteral("app")).toString(),
             QStringLiteral("orders"));
    QCOMPARE(kv(test::DemoOwner, "GET", vault, QStringLiteral("keys/life"))
                 .json()
                 .value(QStringLiteral("key"))
                 .toObject()
                 .value(QStringLiteral("kid"))
                 .toString(),
             kid2);
    QCOMPARE(kv(test::DemoOwner, "GET", vault, QStringLiteral("keys/life/") + version1).status, 200);
    QCOMPARE(kv(test::DemoOwner, "GET", vault, QStringLiteral("keys/life/0123456789abcdef0123456789abcdef"))
                 .status,
             404);

    // Update one version: disable, expiry, operations.
    r = kv(test::DemoOwner, "PATCH", vault, QStringLiteral("keys/life/") + version1,
           json({{QStringLiteral("key_ops"), QJsonArray{QStringLiteral("wrapKey")}},
                 {QStringLiteral("attributes"), QJsonObject{{QStringLiteral("enabled"), false},
                                                            {QStringLiteral("exp"), qint64(4102444800)}}}}));
    QCOMPARE(r.status, 200);
    QCOMPARE(
        r.json().value(QStringLiteral("attributes")).toObject().value(QStringLiteral("enabled")).toBool(),
        false);
    QCOMPARE(r.json().value(QStringLiteral("attributes")).toObject().value(QStringLiteral("exp")).toInteger(),
             4102444800);
    QCOMPARE(r.json().value(QStringLiteral("key")).toObject().value(QStringLiteral("key_ops")).toArray(),
             QJsonArray{QStringLiteral("wrapKey")});
    QCOMPARE(kv(test::DemoOwner, "GET", vault, QStringLiteral("keys/life"))
                 .json()
                 .value(QStringLiteral("attributes"))
                 .toObject()
                 .value(QStringLiteral("enabled"))
                 .toBool(),
             true); // the latest version is untouched

    // List keys: versionless kids.
    r = kv(test::DemoOwner, "GET", vault, QStringLiteral("keys"));
    QCOMPARE(r.status, 200);
    QStringList kids;
    for (const QJsonValue &v : r.json().value(QStringLiteral("value")).toArray())
        kids << v.toObject().value(QStringLiteral("kid")).toString();
    QVERIFY(kids.contains(m_cloud.emulator().vaultUri(vault) + QStringLiteral("keys/life")));
    QVERIFY(r.json().value(QStringLiteral("nextLink")).isNull());

    // Delete (soft): 409 on recreate while deleted, recover, and purge refused with purge protection.
    r = kv(test::DemoOwner, "DELETE", vault, QStringLiteral("keys/life"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("recoveryId")).toString(),
             m_cloud.emulator().vaultUri(vault) + QStringLiteral("deletedkeys/life"));
    const qint64 deleted = r.json().value(QStringLiteral("deletedDate")).toInteger();
    QCOMPARE(r.json().value(QStringLiteral("scheduledPurgeDate")).toInteger() - deleted,
             qint64(90) * 24 * 3600);
    r = kv(test::DemoOwner, "GET", vault, QStringLiteral("keys/life"));
    QCOMPARE(r.status, 404);
    QCOMPARE(errorCode(r), QStringLiteral("KeyNotFound"));
    r = kv(test::DemoOwner, "POST", vault, QStringLiteral("keys/life/create"),
           json({{QStringLiteral("kty"), QStringLiteral("RSA")}}));
    QCOMPARE(r.status, 409);
    QCOMPARE(errorCode(r), QStringLiteral("Conflict"));
    QCOMPARE(innerCode(r), QStringLiteral("ObjectIsDeletedButRecoverable"));
    QCOMPARE(kv(test::DemoOwner, "GET", vault, QStringLiteral("deletedkeys/life")).status, 200);
    r = kv(test::DemoOwner, "DELETE", vault, QStringLiteral("deletedkeys/life"));
    QCOMPARE(r.status, 403);
    QVERIFY(errorMessage(r).contains(QStringLiteral("purge protection")));
    r = kv(test::DemoOwner, "POST", vault, QStringLiteral("deletedkeys/life/recover"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("key")).toObject().value(QStringLiteral("kid")).toString(), kid2);
    QCOMPARE(kv(test::DemoOwner, "GET", vault, QStringLiteral("keys/life")).status, 200);

    // Without purge protection, a deleted key can be purged and its name reused.
    QVERIFY(!createKey(kPolicyVault, QStringLiteral("purgeable")).isEmpty());
    QCOMPARE(kv(test::DemoOwner, "DELETE", kPolicyVault, QStringLiteral("keys/purgeable")).status, 200);
    QCOMPARE(kv(test::DemoOwner, "DELETE", kPolicyVault, QStringLiteral("deletedkeys/purgeable")).status,
             204);
    QCOMPARE(kv(test::DemoOwner, "GET", kPolicyVault, QStringLiteral("deletedkeys/purgeable")).status, 404);
    QVERIFY(!createKey(kPolicyVault, QStringLiteral("purgeable")).isEmpty());
}

void TestEmuKeyVault::createValidation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("EC refused") << QStringLiteral("ec")
                                << QJsonObject{{QStringLiteral("kty"), QStringLiteral("EC")},
                                               {QStringLiteral("crv"), QStringLiteral("P-256")}}
                                << QStringLiteral("RSA and RSA-HSM keys only");
    QTest::newRow("unknown kty") << QStringLiteral("x")
                                 << QJsonObject{{QStringLiteral("kty"), QStringLiteral("DSA")}}
                                 << QStringLiteral("Invalid key type");
    QTest::newRow("no kty") << QStringLiteral("x") << QJsonObject{} << QStringLiteral("kty");
    QTest::newRow("RSA 1024") << QStringLiteral("x")
                              << QJsonObject{{QStringLiteral("kty"), QStringLiteral("RSA")},
                                             {QStringLiteral("key_size"), 1024}}
                              << QStringLiteral("1024");
    QTest::newRow("HSM in standard vault")
        << QStringLiteral("x") << QJsonObject{{QStringLiteral("kty"), QStringLiteral("RSA-HSM")}}
        << QStringLiteral("premium");
    QTest::newRow("bad key op") << QStringLiteral("x")
                                << QJsonObject{{QStringLiteral("kty"), QStringLiteral("RSA")},
                                               {QStringLiteral("key_ops"),
                                                QJsonArray{QStringLiteral("wrapKey"),
                                                           QStringLiteral("derive")}}}
                                << QStringLiteral("Unsupported key operation(s): \"derive\"");
    QTest::newRow("bad name") << QStringLiteral("bad_name")
                              << QJsonObject{{QStringLiteral("kty"), QStringLiteral("RSA")}}
                              << QStringLiteral("invalid name");
}

void TestEmuKeyVault::createValidation()
{
    QFETCH(QString, name);
    QFETCH(QJsonObject, body);
    QFETCH(QString, messagePart);
    const HttpsReply r =
        kv(test::DemoOwner, "POST", kCmkVault, QStringLiteral("keys/%1/create").arg(name), json(body));
    QCOMPARE(r.status, 400);
    QCOMPARE(errorCode(r), QStringLiteral("BadParameter"));
    QVERIFY2(errorMessage(r).contains(messagePart), qPrintable(errorMessage(r)));
    QCOMPARE(kv(test::DemoOwner, "GET", kCmkVault, QStringLiteral("keys/") + name).status,
             name == QLatin1String("bad_name") ? 400 : 404);
}

void TestEmuKeyVault::versionsPaging()
{
    QStringList created;
    for (int i = 0; i < 3; ++i)
        created << createKey(kCmkVault, QStringLiteral("paged")).section(u'/', -1);
    QCOMPARE(created.size(), 3);
    QStringList seen;
    QString next = m_cloud.emulator().vaultUri(kCmkVault) +
                   QStringLiteral("keys/paged/versions?api-version=7.6&maxresults=2");
    int pages = 0;
    while (!next.isEmpty() && pages < 10) {
        const HttpsReply r = httpsRequest("GET", QUrl(next), m_cloud.emulator().tls().caCertificate, {},
                                          {{"Authorization", "Bearer " + vaultToken(test::DemoOwner)}});
        QCOMPARE(r.status, 200);
        const QJsonArray value = r.json().value(QStringLiteral("value")).toArray();
        QVERIFY(value.size() <= 2);
        for (const QJsonValue &v : value)
            seen << v.toObject().value(QStringLiteral("kid")).toString().section(u'/', -1);
        next = r.json().value(QStringLiteral("nextLink")).toString();
        if (!next.isEmpty())
            QVERIFY(next.contains(QStringLiteral("$skiptoken=")));
        ++pages;
    }
    QCOMPARE(pages, 2);
    QCOMPARE(seen, created);
    // Out-of-range maxresults.
    const HttpsReply bad = kv(test::DemoOwner, "GET", kCmkVault, QStringLiteral("keys?maxresults=26"));
    QCOMPARE(bad.status, 400);
    QCOMPARE(errorCode(bad), QStringLiteral("BadParameter"));
    // Key list paging with maxresults=1 visits every key once.
    QStringList names;
    next = m_cloud.emulator().vaultUri(kCmkVault) + QStringLiteral("keys?api-version=7.6&maxresults=1");
    while (!next.isEmpty() && names.size() < 50) {
        const HttpsReply r = httpsRequest("GET", QUrl(next), m_cloud.emulator().tls().caCertificate, {},
                                          {{"Authorization", "Bearer " + vaultToken(test::DemoOwner)}});
        QCOMPARE(r.status, 200);
        for (const QJsonValue &v : r.json().value(QStringLiteral("value")).toArray())
            names << v.toObject().value(QStringLiteral("kid")).toString().section(u'/', -1);
        next = r.json().value(QStringLiteral("nextLink")).toString();
    }
    QVERIFY(names.contains(QStringLiteral("paged")) && names.contains(QStringLiteral("cosmos-cmk")));
    QCOMPARE(names.removeDuplicates(), 0);
}

void TestEmuKeyVault::wrapUnwrap_data()
{
    QTest::addColumn<QString>("alg");
    QTest::addColumn<int>("size");
    for (const int size : {2048, 3072, 4096}) {
        for (const char *alg : {"RSA-OAEP", "RSA-OAEP-256"})
            QTest::addRow("%s %d", alg, size) << QString::fromLatin1(alg) << size;
    }
    QTest::newRow("RSA1_5 2048") << QStringLiteral("RSA1_5") << 2048;
}

void TestEmuKeyVault::wrapUnwrap()
{
    QFETCH(QString, alg);
    QFETCH(int, size);
    const QString name = QStringLiteral("wrap-%1").arg(size);
    QString kid = kv(test::DemoOwner, "GET", kCmkVault, QStringLiteral("keys/") + name)
                      .json()
                      .value(QStringLiteral("key"))
                      .toObject()
                      .value(QStringLiteral("kid"))
                      .toString();
    if (kid.isEmpty())
        kid = createKey(kCmkVault, name, size);
    QVERIFY(!kid.isEmpty());
    const QString version = kid.section(u'/', -1);
    const QByteArray cek = randomKey(32);
    HttpsReply r =
        kv(test::DemoOwner, "POST", kCmkVault, QStringLiteral("keys/%1/%2/wrapkey").arg(name, version),
           json({{QStringLiteral("alg"), alg}, {QStringLiteral("value"), QString::fromLatin1(b64url(cek))}}));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("kid")).toString(), kid);
    const QString wrapped = r.json().value(QStringLiteral("value")).toString();
    QCOMPARE(fromB64url(wrapped).size(), size / 8);
    QVERIFY(fromB64url(wrapped) != cek);
    // Unwrap through the versionless path (latest version).
    r = kv(test::DemoOwner, "POST", kCmkVault, QStringLiteral("keys/%1/unwrapkey").arg(name),
           json({{QStringLiteral("alg"), alg}, {QStringLiteral("value"), wrapped}}));
    QCOMPARE(r.status, 200);
    QCOMPARE(fromB64url(r.json().value(QStringLiteral("value")).toString()), cek);
    // The other OAEP hash does not unwrap it.
    const QString other =
        alg == QLatin1String("RSA-OAEP") ? QStringLiteral("RSA-OAEP-256") : QStringLiteral("RSA-OAEP");
    r = kv(test::DemoOwner, "POST", kCmkVault, QStringLiteral("keys/%1/%2/unwrapkey").arg(name, version),
           json({{QStringLiteral("alg"), other}, {QStringLiteral("value"), wrapped}}));
    QCOMPARE(r.status, 400);
    QCOMPARE(errorCode(r), QStringLiteral("BadParameter"));
    // Encrypt/decrypt use the same engine.
    r = kv(test::DemoOwner, "POST", kCmkVault, QStringLiteral("keys/%1/%2/encrypt").arg(name, version),
           json({{QStringLiteral("alg"), alg}, {QStringLiteral("value"), QString::fromLatin1(b64url(cek))}}));
    QCOMPARE(r.status, 403); // key_ops are wrapKey/unwrapKey only
    QCOMPARE(innerCode(r), QStringLiteral("KeyOperationForbidden"));
}

void TestEmuKeyVault::keyStateRefusals()
{
    const QString kid = createKey(kCmkVault, QStringLiteral("states"));
    QVERIFY(!kid.isEmpty());
    const QByteArray cek = randomKey(32);
    const auto wrap = [&]() {
        return kv(test::DemoOwner, "POST", kCmkVault, QStringLiteral("keys/states/wrapkey"),
                  json({{QStringLiteral("alg"), QStringLiteral("RSA-OAEP-256")},
                        {QStringLiteral("value"), QString::fromLatin1(b64url(cek))}}));
    };
    const HttpsReply w = wrap();
    QCOMPARE(w.status, 200);
    const QString wrapped = w.json().value(QStringLiteral("value")).toString();
    const auto unwrap = [&]() {
        return kv(test::DemoOwner, "POST", kCmkVault, QStringLiteral("keys/states/unwrapkey"),
                  json({{QStringLiteral("alg"), QStringLiteral("RSA-OAEP-256")},
                        {QStringLiteral("value"), wrapped}}));
    };
    const auto patch = [&](const QJsonObject &attrs, const QJsonArray &ops = {}) {
        QJsonObject body{{QStringLiteral("attributes"), attrs}};
        if (!ops.isEmpty())
            body.insert(QStringLiteral("key_ops"), ops);
        return kv(test::DemoOwner, "PATCH", kCmkVault, QStringLiteral("keys/states"), json(body)).status;
    };
    // Disabled: unwrap refused (private key); wrap stays possible, as on the real service.
    QCOMPARE(patch({{QStringLiteral("enabled"), false}}), 200);
    HttpsReply r = unwrap();
    QCOMPARE(r.status, 403);
    QCOMPARE(errorCode(r), QStringLiteral("Forbidden"));
    QCOMPARE(innerCode(r), QStringLiteral("KeyDisabled"));
    QCOMPARE(errorMessage(r), QStringLiteral("Operation unwrapKey is not allowed on a disabled key."));
    QCOMPARE(wrap().status, 200);
    // Expired / not yet valid.
    const qint64 now = Clock::now().toSecsSinceEpoch();
    QCOMPARE(patch({{QStringLiteral("enabled"), true}, {QStringLiteral("exp"), now - 60}}), 200);
    r = unwrap();
    QCOMPARE(r.status, 403);
    QCOMPARE(innerCode(r), QStringLiteral("KeyExpired"));
    QCOMPARE(patch({{QStringLiteral("exp"), QJsonValue::Null}, {QStringLiteral("nbf"), now + 3600}}), 200);
    r = unwrap();
    QCOMPARE(r.status, 403);
    QCOMPARE(innerCode(r), QStringLiteral("KeyNotYetValid"));
    // key_ops without unwrapKey.
    QCOMPARE(patch({{QStringLiteral("nbf"), QJsonValue::Null}}, QJsonArray{QStringLiteral("wrapKey")}), 200);
    r = unwrap();
    QCOMPARE(r.status, 403);
    QCOMPARE(innerCode(r), QStringLiteral("KeyOperationForbidden"));
    QCOMPARE(errorMessage(r), QStringLiteral("Operation unwrapKey is not permitted on this key."));
    // Back to a usable key: the original wrapped value unwraps.
    QCOMPARE(patch({}, QJsonArray{QStringLiteral("wrapKey"), QStringLiteral("unwrapKey")}), 200);
    r = unwrap();
    QCOMPARE(r.status, 200);
    QCOMPARE(fromB64url(r.json().value(QStringLiteral("value")).toString()), cek);
    // Invalid requests.
    r = kv(test::DemoOwner, "POST", kCmkVault, QStringLiteral("keys/states/wrapkey"),
           json({{QStringLiteral("alg"), QStringLiteral("A256KW")},
                 {QStringLiteral("value"), QString::fromLatin1(b64url(cek))}}));
    QCOMPARE(r.status, 400);
    r = kv(test::DemoOwner, "POST", kCmkVault, QStringLiteral("keys/states/wrapkey"),
           json({{QStringLiteral("alg"), QStringLiteral("RSA-OAEP")},
                 {QStringLiteral("value"), QString::fromLatin1(b64url(randomKey(300)))}}));
    QCOMPARE(r.status, 400); // too long for OAEP with a 2048-bit key
    r = kv(test::DemoOwner, "POST", kCmkVault, QStringLiteral("keys/missing/wrapkey"),
           json({{QStringLiteral("alg"), QStringLiteral("RSA-OAEP")},
                 {QStringLiteral("value"), QString::fromLatin1(b64url(cek))}}));
    QCOMPARE(r.status, 404);
    QCOMPARE(errorCode(r), QStringLiteral("KeyNotFound"));
}

void TestEmuKeyVault::rbacAuthorization()
{
    const QString vaultId = vaultPath(kProd, QStringLiteral("rg-orders"), kCmkVault);
    const DemoWho who = test::DemoCosmosContributor;
    // Control-plane roles give no data access.
    HttpsReply r = kv(who, "GET", kCmkVault, QStringLiteral("keys/cosmos-cmk"));
    QCOMPARE(r.status, 403);
    QCOMPARE(innerCode(r), QStringLiteral("ForbiddenByRbac"));
    QVERIFY(errorMessage(r).contains(QStringLiteral("Action: 'Microsoft.KeyVault/vaults/keys/read'")));
    QVERIFY(errorMessage(r).contains(QStringLiteral("oid=") + oidOf(who)));
    // Crypto Service Encryption User at the key's scope: read, wrap, unwrap that key; nothing else.
    QVERIFY(assignRole(vaultId + QStringLiteral("/keys/cosmos-cmk"),
                       emu::Rbac::RoleIds::KeyVaultCryptoServiceEncryptionUser, oidOf(who)));
    r = kv(who, "GET", kCmkVault, QStringLiteral("keys/cosmos-cmk"));
    QCOMPARE(r.status, 200);
    const QByteArray cek = randomKey(32);
    r = kv(who, "POST", kCmkVault, QStringLiteral("keys/cosmos-cmk/wrapkey"),
           json({{QStringLiteral("alg"), QStringLiteral("RSA-OAEP-256")},
                 {QStringLiteral("value"), QString::fromLatin1(b64url(cek))}}));
    QCOMPARE(r.status, 200);
    r = kv(who, "POST", kCmkVault, QStringLiteral("keys/cosmos-cmk/unwrapkey"),
           json({{QStringLiteral("alg"), QStringLiteral("RSA-OAEP-256")},
                 {QStringLiteral("value"), r.json().value(QStringLiteral("value"))}}));
    QCOMPARE(r.status, 200);
    QCOMPARE(fromB64url(r.json().value(QStringLiteral("value")).toString()), cek);
    r = kv(who, "GET", kCmkVault, QStringLiteral("keys"));
    QCOMPARE(r.status, 403); // listing is at vault scope
    QVERIFY(errorMessage(r).contains(QStringLiteral("Resource: '%1'").arg(vaultId.toLower())));
    r = kv(who, "POST", kCmkVault, QStringLiteral("keys/cosmos-cmk/rotate"));
    QCOMPARE(r.status, 403);
    QVERIFY(errorMessage(r).contains(QStringLiteral("keys/rotate/action")));
    r = kv(who, "GET", kCmkVault, QStringLiteral("keys/wrap-2048"));
    QCOMPARE(r.status, 403); // another key
    // Key Vault Reader at the vault: metadata yes, crypto no.
    QVERIFY(assignRole(vaultId, emu::Rbac::RoleIds::KeyVaultReader, oidOf(test::DemoCosmosReader)));
    QCOMPARE(kv(test::DemoCosmosReader, "GET", kCmkVault, QStringLiteral("keys")).status, 200);
    r = kv(test::DemoCosmosReader, "POST", kCmkVault, QStringLiteral("keys/cosmos-cmk/wrapkey"),
           json({{QStringLiteral("alg"), QStringLiteral("RSA-OAEP-256")},
                 {QStringLiteral("value"), QString::fromLatin1(b64url(cek))}}));
    QCOMPARE(r.status, 403);
    QCOMPARE(innerCode(r), QStringLiteral("ForbiddenByRbac"));
    // Access policies are ignored on an RBAC vault.
    QCOMPARE(
        arm(test::DemoOwner, "PUT", vaultId + QStringLiteral("/accessPolicies/add"),
            json({{QStringLiteral("properties"),
                   QJsonObject{{QStringLiteral("accessPolicies"),
                                QJsonArray{policy(oidOf(test::DemoNoAccess), {QStringLiteral("all")})}}}}}))
            .status,
        200);
    r = kv(test::DemoNoAccess, "GET", kCmkVault, QStringLiteral("keys/cosmos-cmk"));
    QCOMPARE(r.status, 403);
    QCOMPARE(innerCode(r), QStringLiteral("ForbiddenByRbac"));
    QCOMPARE(
        arm(test::DemoOwner, "PUT", vaultId + QStringLiteral("/accessPolicies/remove"),
            json({{QStringLiteral("properties"),
                   QJsonObject{{QStringLiteral("accessPolicies"),
                                QJsonArray{policy(oidOf(test::DemoNoAccess), {QStringLiteral("all")})}}}}}))
            .status,
        200);
}

void TestEmuKeyVault::accessPolicyAuthorization()
{
    const QString vaultId = vaultPath(kDev, QStringLiteral("rg-analytics"), kPolicyVault);
    const DemoWho who = test::DemoReader;
    HttpsReply r = kv(who, "GET", kPolicyVault, QStringLiteral("keys/cosmos-cmk"));
    QCOMPARE(r.status, 403);
    QCOMPARE(innerCode(r), QStringLiteral("AccessDenied"));
    QVERIFY2(errorMessage(r).contains(
                 QStringLiteral("does not have keys get permission on key vault '%1;location=northeurope'")
                     .arg(kPolicyVault)),
             qPrintable(errorMessage(r)));
    // An RBAC data role does not count on an access-policy vault.
    QVERIFY(assignRole(vaultId, emu::Rbac::RoleIds::KeyVaultAdministrator, oidOf(who)));
    QCOMPARE(kv(who, "GET", kPolicyVault, QStringLiteral("keys/cosmos-cmk")).status, 403);
    // get + wrapKey through an access policy.
    QCOMPARE(arm(test::DemoOwner, "PUT", vaultId + QStringLiteral("/accessPolicies/add"),
                 json({{QStringLiteral("properties"),
                        QJsonObject{{QStringLiteral("accessPolicies"),
                                     QJsonArray{policy(oidOf(who), {QStringLiteral("Get"),
                                                                    QStringLiteral("WrapKey")})}}}}}))
                 .status,
             200);
    QCOMPARE(kv(who, "GET", kPolicyVault, QStringLiteral("keys/cosmos-cmk")).status, 200);
    const QByteArray cek = randomKey(32);
    r = kv(who, "POST", kPolicyVault, QStringLiteral("keys/cosmos-cmk/wrapkey"),
           json({{QStringLiteral("alg"), QStringLiteral("RSA-OAEP")},
                 {QStringLiteral("value"), QString::fromLatin1(b64url(cek))}}));
    QCOMPARE(r.status, 200);
    const QString wrapped = r.json().value(QStringLiteral("value")).toString();
    r = kv(who, "POST", kPolicyVault, QStringLiteral("keys/cosmos-cmk/unwrapkey"),
           json({{QStringLiteral("alg"), QStringLiteral("RSA-OAEP")}, {QStringLiteral("value"), wrapped}}));
    QCOMPARE(r.status, 403);
    QVERIFY(errorMessage(r).contains(QStringLiteral("does not have keys unwrapKey permission")));
    r = kv(who, "GET", kPolicyVault, QStringLiteral("keys"));
    QCOMPARE(r.status, 403);
    QVERIFY(errorMessage(r).contains(QStringLiteral("keys list permission")));
    // The demo Owner has "all".
    r = kv(test::DemoOwner, "POST", kPolicyVault, QStringLiteral("keys/cosmos-cmk/unwrapkey"),
           json({{QStringLiteral("alg"), QStringLiteral("RSA-OAEP")}, {QStringLiteral("value"), wrapped}}));
    QCOMPARE(r.status, 200);
    QCOMPARE(fromB64url(r.json().value(QStringLiteral("value")).toString()), cek);
}

void TestEmuKeyVault::roleAssignmentsApi()
{
    const QString vaultId = vaultPath(kProd, QStringLiteral("rg-orders"), kCmkVault);
    const QString base = vaultId + QStringLiteral("/providers/Microsoft.Authorization/roleAssignments");
    const QString name = QStringLiteral("0a5e0000-0000-4000-8000-0000000000a1");
    const QString definition =
        QStringLiteral("/subscriptions/%1/providers/Microsoft.Authorization/roleDefinitions/%2")
            .arg(kProd, QLatin1String(emu::Rbac::RoleIds::KeyVaultCryptoServiceEncryptionUser));
    const QJsonObject body{
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("roleDefinitionId"), definition},
                     {QStringLiteral("principalId"), oidOf(test::DemoCosmosOperator)},
                     {QStringLiteral("description"), QStringLiteral("Cosmos DB CMK access")}}}};
    const QString api = QStringLiteral("2022-04-01");
    HttpsReply r = arm(test::DemoOwner, "PUT", base + u'/' + name, json(body), api);
    QCOMPARE(r.status, 201);
    QJsonObject p = r.json().value(QStringLiteral("properties")).toObject();
    QCOMPARE(p.value(QStringLiteral("roleDefinitionId")).toString(), definition);
    QCOMPARE(p.value(QStringLiteral("principalId")).toString(), oidOf(test::DemoCosmosOperator));
    QCOMPARE(p.value(QStringLiteral("principalType")).toString(), QStringLiteral("ServicePrincipal"));
    QCOMPARE(p.value(QStringLiteral("scope")).toString(), vaultId);
    QCOMPARE(p.value(QStringLiteral("createdBy")).toString(), oidOf(test::DemoOwner));
    QCOMPARE(p.value(QStringLiteral("description")).toString(), QStringLiteral("Cosmos DB CMK access"));
    QCOMPARE(r.json().value(QStringLiteral("id")).toString(), base + u'/' + name);
    QCOMPARE(r.json().value(QStringLiteral("type")).toString(),
             QStringLiteral("Microsoft.Authorization/roleAssignments"));
    // It authorizes the data plane at once.
    QCOMPARE(kv(test::DemoCosmosOperator, "GET", kCmkVault, QStringLiteral("keys/cosmos-cmk")).status, 200);
    // Idempotent PUT of the same assignment; the same grant under another name conflicts.
    QCOMPARE(arm(test::DemoOwner, "PUT", base + u'/' + name, json(body), api).status, 201);
    r = arm(test::DemoOwner, "PUT", base + QStringLiteral("/0a5e0000-0000-4000-8000-0000000000a2"),
            json(body), api);
    QCOMPARE(r.status, 409);
    QCOMPARE(errorCode(r), QStringLiteral("RoleAssignmentExists"));
    QCOMPARE(errorMessage(r), QStringLiteral("The role assignment already exists."));

    r = arm(test::DemoReader, "GET", base + u'/' + name, {}, api);
    QCOMPARE(r.status, 200);
    const auto ids = [](const HttpsReply &list) {
        QStringList out;
        for (const QJsonValue &v : list.json().value(QStringLiteral("value")).toArray())
            out << v.toObject().value(QStringLiteral("name")).toString();
        return out;
    };
    // atScope(): at the vault and above (the Owner's subscription assignment), not below.
    QStringList at = ids(arm(test::DemoOwner, "GET", base + QStringLiteral("?$filter=atScope()"), {}, api));
    QVERIFY(at.contains(name));
    QVERIFY(at.contains(
        QStringLiteral("c3c0de00-0000-4000-8000-00000000a002"))); // seeded Key Vault Administrator
    bool ownerAtSubscription = false;
    for (const emu::RoleAssignment &a : m_cloud.emulator().store()->roleAssignmentsOf(oidOf(test::DemoOwner)))
        ownerAtSubscription = ownerAtSubscription ||
                              (a.scope == QStringLiteral("/subscriptions/") + kProd && at.contains(a.id));
    QVERIFY(ownerAtSubscription);
    const QStringList atSub =
        ids(arm(test::DemoOwner, "GET",
                QStringLiteral(
                    "/subscriptions/%1/providers/Microsoft.Authorization/roleAssignments?$filter=atScope()")
                    .arg(kProd),
                {}, api));
    QVERIFY(!atSub.contains(name));
    const QStringList belowSub = ids(
        arm(test::DemoOwner, "GET",
            QStringLiteral("/subscriptions/%1/providers/Microsoft.Authorization/roleAssignments").arg(kProd),
            {}, api));
    QVERIFY(belowSub.contains(name));
    const QStringList byPrincipal = ids(arm(
        test::DemoOwner, "GET",
        QStringLiteral(
            "/subscriptions/%1/providers/Microsoft.Authorization/roleAssignments?$filter=principalId eq '%2'")
            .arg(kProd, oidOf(test::DemoCosmosOperator)),
        {}, api));
    QVERIFY(byPrincipal.contains(name));
    for (const QString &id : byPrincipal)
        QCOMPARE(m_cloud.emulator().store()->roleAssignment(id)->principalId,
                 oidOf(test::DemoCosmosOperator));
    r = arm(test::DemoOwner, "GET", base + QStringLiteral("?$filter=roleName eq 'Owner'"), {}, api);
    QCOMPARE(r.status, 400);

    // Contributor may not delete it; the Owner may.
    r = arm(test::DemoContributor, "DELETE", base + u'/' + name, {}, api);
    QCOMPARE(r.status, 403); // Contributor is not even in this subscription
    QCOMPARE(arm(test::DemoOwner, "DELETE", base + u'/' + name, {}, api).status, 200);
    QCOMPARE(arm(test::DemoOwner, "DELETE", base + u'/' + name, {}, api).status, 204);
    r = arm(test::DemoOwner, "GET", base + u'/' + name, {}, api);
    QCOMPARE(r.status, 404);
    QCOMPARE(errorCode(r), QStringLiteral("RoleAssignmentNotFound"));
    QCOMPARE(kv(test::DemoCosmosOperator, "GET", kCmkVault, QStringLiteral("keys/cosmos-cmk")).status, 403);
}

void TestEmuKeyVault::roleAssignmentRefusals_data()
{
    QTest::addColumn<int>("who");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("principal");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QString sandbox = QStringLiteral("/subscriptions/%1/resourceGroups/rg-sandbox").arg(kDev);
    const QString guid = QStringLiteral("0a5e0000-0000-4000-8000-0000000000b1");
    const QString crypto = QLatin1String(emu::Rbac::RoleIds::KeyVaultCryptoUser);
    const QString reader = oidOf(test::DemoReader);
    QTest::newRow("contributor lacks roleAssignments/write")
        << int(test::DemoContributor) << sandbox << guid << crypto << reader << 403
        << QStringLiteral("AuthorizationFailed");
    QTest::newRow("reader lacks roleAssignments/write")
        << int(test::DemoReader) << QStringLiteral("/subscriptions/%1").arg(kProd) << guid << crypto << reader
        << 403 << QStringLiteral("AuthorizationFailed");
    QTest::newRow("name not a GUID") << int(test::DemoOwner) << sandbox << QStringLiteral("not-a-guid")
                                     << crypto << reader << 400 << QStringLiteral("InvalidRoleAssignmentId");
    QTest::newRow("unknown role") << int(test::DemoOwner) << sandbox << guid
                                  << QStringLiteral("00000000-0000-4000-8000-000000000000") << reader << 400
                                  << QStringLiteral("RoleDefinitionDoesNotExist");
    QTest::newRow("unknown principal") << int(test::DemoOwner) << sandbox << guid << crypto
                                       << QStringLiteral("99999999-0000-4000-8000-000000000000") << 400
                                       << QStringLiteral("PrincipalNotFound");
    QTest::newRow("unknown resource group")
        << int(test::DemoOwner) << QStringLiteral("/subscriptions/%1/resourceGroups/rg-nope").arg(kDev)
        << guid << crypto << reader << 404 << QStringLiteral("ResourceGroupNotFound");
}

void TestEmuKeyVault::roleAssignmentRefusals()
{
    QFETCH(int, who);
    QFETCH(QString, scope);
    QFETCH(QString, name);
    QFETCH(QString, role);
    QFETCH(QString, principal);
    QFETCH(int, status);
    QFETCH(QString, code);
    const QString path = scope + QStringLiteral("/providers/Microsoft.Authorization/roleAssignments/") + name;
    // No principalType: the principal must exist in the directory.
    const HttpsReply r = arm(
        DemoWho(who), "PUT", path,
        json({{QStringLiteral("properties"),
               QJsonObject{
                   {QStringLiteral("roleDefinitionId"),
                    QStringLiteral("/subscriptions/%1/providers/Microsoft.Authorization/roleDefinitions/%2")
                        .arg(kDev, role)},
                   {QStringLiteral("principalId"), principal}}}}),
        QStringLiteral("2022-04-01"));
    QCOMPARE(r.status, status);
    QCOMPARE(errorCode(r), code);
    if (status == 403)
        QVERIFY(errorMessage(r).contains(QStringLiteral("'Microsoft.Authorization/roleAssignments/write'")));
    QVERIFY(!m_cloud.emulator().store()->roleAssignment(name));
}

void TestEmuKeyVault::networkRules()
{
    const QString name = QStringLiteral("kv-firewalled");
    const QString path = vaultPath(kProd, QStringLiteral("rg-legacy"), name);
    const QJsonObject deny{
        {QStringLiteral("defaultAction"), QStringLiteral("Deny")},
        {QStringLiteral("bypass"), QStringLiteral("AzureServices")},
        {QStringLiteral("ipRules"),
         QJsonArray{QJsonObject{{QStringLiteral("value"), QStringLiteral("203.0.113.0/24")}}}}};
    QCOMPARE(arm(test::DemoOwner, "PUT", path,
                 json(vaultBody({{QStringLiteral("networkAcls"), deny},
                                 {QStringLiteral("accessPolicies"),
                                  QJsonArray{policy(oidOf(test::DemoOwner), {QStringLiteral("all")})}}})))
                 .status,
             201);
    HttpsReply r = kv(test::DemoOwner, "GET", name, QStringLiteral("keys"));
    QCOMPARE(r.status, 403);
    QCOMPARE(innerCode(r), QStringLiteral("ForbiddenByFirewall"));
    QVERIFY(errorMessage(r).contains(QStringLiteral("Client address: 127.0.0.1")));
    // A rule for the loopback client opens it.
    QJsonObject allowLoopback = deny;
    allowLoopback.insert(QStringLiteral("ipRules"),
                         QJsonArray{QJsonObject{{QStringLiteral("value"), QStringLiteral("203.0.113.0/24")}},
                                    QJsonObject{{QStringLiteral("value"), QStringLiteral("127.0.0.0/8")}}});
    QCOMPARE(arm(test::DemoOwner, "PATCH", path,
                 json({{QStringLiteral("properties"),
                        QJsonObject{{QStringLiteral("networkAcls"), allowLoopback}}}}))
                 .status,
             200);
    QCOMPARE(kv(test::DemoOwner, "GET", name, QStringLiteral("keys")).status, 200);
    // Public network access disabled wins over ipRules.
    QCOMPARE(arm(test::DemoOwner, "PATCH", path,
                 json({{QStringLiteral("properties"),
                        QJsonObject{{QStringLiteral("publicNetworkAccess"), QStringLiteral("Disabled")}}}}))
                 .status,
             200);
    r = kv(test::DemoOwner, "GET", name, QStringLiteral("keys"));
    QCOMPARE(r.status, 403);
    QCOMPARE(innerCode(r), QStringLiteral("ForbiddenByConnection"));
    // A trusted service of this cloud (in-process) passes with bypass AzureServices, not with None.
    emu::KeyVaultRequest req;
    req.vault = name;
    req.method = "GET";
    req.path = {QStringLiteral("keys")};
    req.objectId = oidOf(test::DemoOwner);
    req.trustedService = true;
    QCOMPARE(m_cloud.emulator().keyVault()->execute(req).status, 200);
    QJsonObject none = allowLoopback;
    none.insert(QStringLiteral("bypass"), QStringLiteral("None"));
    QCOMPARE(arm(test::DemoOwner, "PATCH", path,
                 json({{QStringLiteral("properties"), QJsonObject{{QStringLiteral("networkAcls"), none}}}}))
                 .status,
             200);
    QCOMPARE(m_cloud.emulator().keyVault()->execute(req).status, 403);
    QCOMPARE(arm(test::DemoOwner, "DELETE", path).status, 200);
}

void TestEmuKeyVault::inProcessUnwrapForCmk()
{
    // How Cosmos DB CMK will use the vault: wrap a data encryption key with the versionless key as the
    // account's identity, unwrap it later; revoking the role assignment stops it.
    emu::KeyVaultDataPlane *kvPlane = m_cloud.emulator().keyVault();
    const QByteArray dek = randomKey(32);
    emu::KeyVaultRequest wrap;
    wrap.vault = kCmkVault;
    wrap.method = "POST";
    wrap.path = {QStringLiteral("keys"), QStringLiteral("cosmos-cmk"), QStringLiteral("wrapkey")};
    wrap.body = json({{QStringLiteral("alg"), QStringLiteral("RSA-OAEP-256")},
                      {QStringLiteral("value"), QString::fromLatin1(b64url(dek))}});
    wrap.objectId = kOrdersIdentity;
    wrap.trustedService = true;
    const emu::KeyVaultReply wrapped = kvPlane->execute(wrap);
    QCOMPARE(wrapped.status, 200);
    const QString kid = wrapped.body.value(QStringLiteral("kid")).toString();
    emu::KeyVaultRequest unwrap = wrap;
    unwrap.path = {QStringLiteral("keys"), QStringLiteral("cosmos-cmk"), kid.section(u'/', -1),
                   QStringLiteral("unwrapkey")};
    unwrap.body = json({{QStringLiteral("alg"), QStringLiteral("RSA-OAEP-256")},
                        {QStringLiteral("value"), wrapped.body.value(QStringLiteral("value"))}});
    const emu::KeyVaultReply plain = kvPlane->execute(unwrap);
    QCOMPARE(plain.status, 200);
    QCOMPARE(fromB64url(plain.body.value(QStringLiteral("value")).toString()), dek);
    // Revoked: the seeded assignment removed through ARM.
    const QString assignment =
        vaultPath(kProd, QStringLiteral("rg-orders"), kCmkVault) +
        QStringLiteral(
            "/providers/Microsoft.Authorization/roleAssignments/c3c0de00-0000-4000-8000-00000000a001");
    QCOMPARE(arm(test::DemoOwner, "DELETE", assignment, {}, QStringLiteral("2022-04-01")).status, 200);
    const emu::KeyVaultReply refused = kvPlane->execute(unwrap);
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.body.value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("innererror"))
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toString(),
             QStringLiteral("ForbiddenByRbac"));
}

void TestEmuKeyVault::keyMaterialStaysInTheStore()
{
    // A second connection to the state file (as after a restart) finds the key with its private half, whose
    // public half is what the data plane serves; the private half never appears in an answer.
    auto store = emu::Store::open(QDir(m_cloud.dataDir()).filePath(QStringLiteral("state.db")));
    QVERIFY(store.ok());
    const auto stored = store.value()->vaultKey(kCmkVault, QStringLiteral("cosmos-cmk"));
    QVERIFY(stored);
    QVERIFY(!stored->privateKey.isEmpty());
    const auto pub = emu::KeyVaultCrypto::publicOf(stored->privateKey);
    QVERIFY(pub.ok());
    QCOMPARE(pub.value().bits, 3072);
    const HttpsReply r =
        kv(test::DemoOwner, "GET", kCmkVault, QStringLiteral("keys/cosmos-cmk/") + stored->version);
    QCOMPARE(r.status, 200);
    QCOMPARE(
        fromB64url(r.json().value(QStringLiteral("key")).toObject().value(QStringLiteral("n")).toString()),
        pub.value().n);
    QVERIFY(!r.body.contains(stored->privateKey.bytes().toBase64(QByteArray::Base64UrlEncoding).left(40)));
    QCOMPARE(store.value()->vaultByName(kCmkVault)->resourceGroup, QStringLiteral("rg-orders"));
}

QTEST_GUILESS_MAIN(TestEmuKeyVault)
#include "tst_emukeyvault.moc"
