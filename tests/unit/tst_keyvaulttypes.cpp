// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "core/KeyVault.h"
#include "net/EncryptionService.h"
#include "net/IdentityService.h"
#include "net/KeyVaultService.h"
#include "net/RoleAssignmentsService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>

using namespace csc;

namespace {

const QString kTenant = QStringLiteral("c5c0de00-0000-4000-8000-00000000d3e0");
const QString kSub = QStringLiteral("50b5c0de-0000-4000-8000-000000000001");
const QString kVaultId = QStringLiteral("/subscriptions/50b5c0de-0000-4000-8000-000000000001/resourceGroups/"
                                        "rg-orders/providers/Microsoft.KeyVault/vaults/contoso-orders-kv");
const QString kAccount =
    QStringLiteral("/subscriptions/50b5c0de-0000-4000-8000-000000000001/resourceGroups/"
                   "rg-orders/providers/Microsoft.DocumentDB/databaseAccounts/contoso-orders");
const QString kUami =
    QStringLiteral("/subscriptions/50b5c0de-0000-4000-8000-000000000001/resourceGroups/"
                   "rg-orders/providers/Microsoft.ManagedIdentity/userAssignedIdentities/orders-cmk");
const QString kObject = QStringLiteral("1d0e0000-0000-4000-8000-000000000001");
const QString kVersion = QStringLiteral("3d31e6e5c4c14eaf9be8d42c00225088");

QJsonObject policyJson(const QString &objectId, const QStringList &keys)
{
    return QJsonObject{{QStringLiteral("tenantId"), kTenant},
                       {QStringLiteral("objectId"), objectId},
                       {QStringLiteral("permissions"),
                        QJsonObject{{QStringLiteral("keys"), QJsonArray::fromStringList(keys)}}}};
}

QJsonObject vaultJson(const QJsonObject &properties)
{
    return QJsonObject{{QStringLiteral("id"), kVaultId},
                       {QStringLiteral("name"), QStringLiteral("contoso-orders-kv")},
                       {QStringLiteral("type"), QStringLiteral("Microsoft.KeyVault/vaults")},
                       {QStringLiteral("location"), QStringLiteral("westus")},
                       {QStringLiteral("properties"), properties}};
}

QString b64url(const QByteArray &bytes)
{
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

/// The modulus of a freshly generated RSA key (real OpenSSL), big-endian.
QByteArray rsaModulus(int bits)
{
    EVP_PKEY *key = EVP_RSA_gen(static_cast<unsigned int>(bits));
    if (!key)
        return {};
    BIGNUM *n = nullptr;
    QByteArray out;
    if (EVP_PKEY_get_bn_param(key, OSSL_PKEY_PARAM_RSA_N, &n) == 1) {
        out.resize(BN_num_bytes(n));
        BN_bn2bin(n, reinterpret_cast<unsigned char *>(out.data()));
    }
    BN_free(n);
    EVP_PKEY_free(key);
    return out;
}

QJsonObject bundle(const QString &kid, const QString &n, const QJsonObject &attributes = {})
{
    return QJsonObject{{QStringLiteral("key"),
                        QJsonObject{{QStringLiteral("kid"), kid},
                                    {QStringLiteral("kty"), QStringLiteral("RSA")},
                                    {QStringLiteral("key_ops"),
                                     QJsonArray{QStringLiteral("wrapKey"), QStringLiteral("unwrapKey")}},
                                    {QStringLiteral("n"), n},
                                    {QStringLiteral("e"), QStringLiteral("AQAB")}}},
                       {QStringLiteral("attributes"), attributes}};
}

} // namespace

class TestKeyVaultTypes : public QObject
{
    Q_OBJECT
private slots:
    void accessPolicyFromJson();
    void accessPolicyRefusesHostileInput_data();
    void accessPolicyRefusesHostileInput();
    void accessPolicyAllowsCustomerManagedKey_data();
    void accessPolicyAllowsCustomerManagedKey();
    void vaultFromJson();
    void vaultDefaults();
    void vaultHostileInput_data();
    void vaultHostileInput();
    void vaultAccessPolicyFor();
    void allowsTrustedServices_data();
    void allowsTrustedServices();
    void keyIdParse_data();
    void keyIdParse();
    void keyIdRefuses_data();
    void keyIdRefuses();
    void keySizeFromRealModulus_data();
    void keySizeFromRealModulus();
    void keySizeFromCraftedModulus_data();
    void keySizeFromCraftedModulus();
    void keyBundleFromJson();
    void keyListItemFromJson();
    void keyHostileInput_data();
    void keyHostileInput();
    void keySuitsCustomerManagedKey_data();
    void keySuitsCustomerManagedKey();
    void roleAssignmentFromJson();
    void roleAssignmentHostileInput_data();
    void roleAssignmentHostileInput();
    void roleAssignmentCovers_data();
    void roleAssignmentCovers();
    void userAssignedIdentityFromJson();
    void roleDisplayNames();
    void vaultNameValidation_data();
    void vaultNameValidation();
    void vaultBodies();
    void encryptionBodies();
    void defaultIdentityForms_data();
    void defaultIdentityForms();
    void azCommands_data();
    void azCommands();
};

void TestKeyVaultTypes::accessPolicyFromJson()
{
    QJsonObject json = policyJson(kObject, {QStringLiteral("get"), QStringLiteral("wrapKey")});
    QJsonObject perms = json.value(QStringLiteral("permissions")).toObject();
    perms.insert(QStringLiteral("secrets"), QJsonArray{QStringLiteral("get"), 7, QStringLiteral("list")});
    json.insert(QStringLiteral("permissions"), perms);
    json.insert(QStringLiteral("applicationId"), QStringLiteral("de300001-0000-4000-8000-00000000c11e"));
    const auto p = KeyVaultAccessPolicy::fromJson(json);
    QVERIFY(p.ok());
    QCOMPARE(p.value().objectId, kObject);
    QCOMPARE(p.value().tenantId, kTenant);
    QCOMPARE(p.value().applicationId, QStringLiteral("de300001-0000-4000-8000-00000000c11e"));
    QCOMPARE(p.value().keys, (QStringList{QStringLiteral("get"), QStringLiteral("wrapKey")}));
    QCOMPARE(p.value().secrets, (QStringList{QStringLiteral("get"), QStringLiteral("list")})); // 7 skipped
    QVERIFY(p.value().certificates.isEmpty());

    // toJson round-trips what the service needs.
    const auto again = KeyVaultAccessPolicy::fromJson(p.value().toJson());
    QVERIFY(again.ok());
    QCOMPARE(again.value().keys, p.value().keys);
    QCOMPARE(again.value().secrets, p.value().secrets);
    QCOMPARE(again.value().applicationId, p.value().applicationId);

    const KeyVaultAccessPolicy cmk = KeyVaultAccessPolicy::forCustomerManagedKey(kTenant, kObject);
    QCOMPARE(cmk.keys,
             (QStringList{QStringLiteral("get"), QStringLiteral("wrapKey"), QStringLiteral("unwrapKey")}));
    QVERIFY(cmk.allowsCustomerManagedKey());
    const QJsonObject body = cmk.toJson();
    QCOMPARE(body.value(QStringLiteral("objectId")).toString(), kObject);
    QVERIFY(!body.contains(QStringLiteral("applicationId")));
    QCOMPARE(
        body.value(QStringLiteral("permissions")).toObject().value(QStringLiteral("keys")).toArray().size(),
        3);
}

void TestKeyVaultTypes::accessPolicyRefusesHostileInput_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("empty") << QJsonObject() << QStringLiteral("objectId");
    QTest::newRow("object id not a string")
        << QJsonObject{{QStringLiteral("tenantId"), kTenant}, {QStringLiteral("objectId"), 42}}
        << QStringLiteral("objectId");
    QTest::newRow("no tenant") << QJsonObject{{QStringLiteral("objectId"), kObject}}
                               << QStringLiteral("tenantId");
    QJsonObject badPerms = policyJson(kObject, {});
    badPerms.insert(QStringLiteral("permissions"), QStringLiteral("all"));
    QTest::newRow("permissions not an object") << badPerms << QStringLiteral("not an object");
}

void TestKeyVaultTypes::accessPolicyRefusesHostileInput()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, fragment);
    const auto p = KeyVaultAccessPolicy::fromJson(json);
    QVERIFY(!p.ok());
    QCOMPARE(p.error().kind, ApiError::Kind::Parse);
    QVERIFY2(p.error().message.contains(fragment), qPrintable(p.error().message));
}

void TestKeyVaultTypes::accessPolicyAllowsCustomerManagedKey_data()
{
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<bool>("allows");
    QTest::newRow("get wrap unwrap") << QStringList{QStringLiteral("get"), QStringLiteral("wrapKey"),
                                                    QStringLiteral("unwrapKey")}
                                     << true;
    QTest::newRow("case-insensitive")
        << QStringList{QStringLiteral("Get"), QStringLiteral("WRAPKEY"), QStringLiteral("unwrapkey")} << true;
    QTest::newRow("all") << QStringList{QStringLiteral("all")} << true;
    QTest::newRow("no get") << QStringList{QStringLiteral("wrapKey"), QStringLiteral("unwrapKey")} << false;
    QTest::newRow("no unwrap") << QStringList{QStringLiteral("get"), QStringLiteral("wrapKey")} << false;
    QTest::newRow("crypto ops only") << QStringList{QStringLiteral("encrypt"), QStringLiteral("decrypt")}
                                     << false;
    QTest::newRow("nothing") << QStringList() << false;
}

void TestKeyVaultTypes::accessPolicyAllowsCustomerManagedKey()
{
    QFETCH(QStringList, keys);
    QFETCH(bool, allows);
    const auto p = KeyVaultAccessPolicy::fromJson(policyJson(kObject, keys));
    QVERIFY(p.ok());
    QCOMPARE(p.value().allowsCustomerManagedKey(), allows);
}

void TestKeyVaultTypes::vaultFromJson()
{
    const QJsonObject props{
        {QStringLiteral("tenantId"), kTenant},
        {QStringLiteral("sku"), QJsonObject{{QStringLiteral("family"), QStringLiteral("A")},
                                            {QStringLiteral("name"), QStringLiteral("premium")}}},
        {QStringLiteral("vaultUri"), QStringLiteral("https://127.0.0.1:49152/")},
        {QStringLiteral("enableSoftDelete"), true},
        {QStringLiteral("softDeleteRetentionInDays"), 30},
        {QStringLiteral("enablePurgeProtection"), true},
        {QStringLiteral("enableRbacAuthorization"), true},
        {QStringLiteral("publicNetworkAccess"), QStringLiteral("Enabled")},
        {QStringLiteral("networkAcls"),
         QJsonObject{{QStringLiteral("bypass"), QStringLiteral("None")},
                     {QStringLiteral("defaultAction"), QStringLiteral("Deny")},
                     {QStringLiteral("ipRules"),
                      QJsonArray{QJsonObject{{QStringLiteral("value"), QStringLiteral("203.0.113.7/32")}}}},
                     {QStringLiteral("virtualNetworkRules"),
                      QJsonArray{QJsonObject{
                          {QStringLiteral("id"), QStringLiteral("/subscriptions/x/subnets/a")}}}}}},
        {QStringLiteral("accessPolicies"), QJsonArray{policyJson(kObject, {QStringLiteral("all")})}},
        {QStringLiteral("provisioningState"), QStringLiteral("Succeeded")}};
    const auto v = KeyVault::fromJson(vaultJson(props));
    QVERIFY2(v.ok(), v.ok() ? "" : qPrintable(v.error().message));
    const KeyVault &k = v.value();
    QVERIFY(k.isValid());
    QCOMPARE(k.name, QStringLiteral("contoso-orders-kv"));
    QCOMPARE(k.subscriptionId, kSub);
    QCOMPARE(k.resourceGroup, QStringLiteral("rg-orders"));
    QCOMPARE(k.location, QStringLiteral("westus"));
    QCOMPARE(k.tenantId, kTenant);
    QCOMPARE(k.skuName, QStringLiteral("premium"));
    // The data-plane base exactly as ARM reports it (the local cloud's loopback listener).
    QCOMPARE(k.vaultUri, QUrl(QStringLiteral("https://127.0.0.1:49152/")));
    QVERIFY(k.enableSoftDelete);
    QCOMPARE(k.softDeleteRetentionInDays, 30);
    QVERIFY(k.enablePurgeProtection);
    QVERIFY(k.enableRbacAuthorization);
    QCOMPARE(k.networkDefaultAction, QStringLiteral("Deny"));
    QCOMPARE(k.networkBypass, QStringLiteral("None"));
    QCOMPARE(k.ipRules, QStringList{QStringLiteral("203.0.113.7/32")});
    QCOMPARE(k.virtualNetworkRules, QStringList{QStringLiteral("/subscriptions/x/subnets/a")});
    QCOMPARE(k.accessPolicies.size(), 1);
    QCOMPARE(k.provisioningState, QStringLiteral("Succeeded"));
    QCOMPARE(k.raw.value(QStringLiteral("type")).toString(), QStringLiteral("Microsoft.KeyVault/vaults"));
    QVERIFY(k.isPublicNetworkAccessEnabled());
    QVERIFY(!k.allowsTrustedServices());
}

void TestKeyVaultTypes::vaultDefaults()
{
    const auto v = KeyVault::fromJson(vaultJson(QJsonObject{{QStringLiteral("tenantId"), kTenant}}));
    QVERIFY(v.ok());
    QVERIFY(v.value().enableSoftDelete);
    QCOMPARE(v.value().softDeleteRetentionInDays, 90);
    QVERIFY(!v.value().enablePurgeProtection);
    QVERIFY(!v.value().enableRbacAuthorization);
    QVERIFY(v.value().isPublicNetworkAccessEnabled());
    QVERIFY(v.value().allowsTrustedServices());
    QVERIFY(v.value().vaultUri.isEmpty());
    QVERIFY(v.value().accessPolicies.isEmpty());
}

void TestKeyVaultTypes::vaultHostileInput_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("fragment"); ///< empty: parsed, with safe values
    QJsonObject noId = vaultJson({});
    noId.remove(QStringLiteral("id"));
    QTest::newRow("no id") << noId << QStringLiteral("\"id\"");
    QJsonObject noName = vaultJson({});
    noName.insert(QStringLiteral("name"), QJsonArray{1});
    QTest::newRow("name not a string") << noName << QStringLiteral("\"name\"");
    QJsonObject propsArray = vaultJson({});
    propsArray.insert(QStringLiteral("properties"), QJsonArray{1, 2});
    QTest::newRow("properties an array") << propsArray << QString();
    QTest::newRow("wrong types") << vaultJson(QJsonObject{
                                        {QStringLiteral("vaultUri"), 12},
                                        {QStringLiteral("enablePurgeProtection"), QStringLiteral("true")},
                                        {QStringLiteral("enableSoftDelete"), QStringLiteral("false")},
                                        {QStringLiteral("softDeleteRetentionInDays"), QStringLiteral("7")},
                                        {QStringLiteral("networkAcls"), QStringLiteral("Deny")},
                                        {QStringLiteral("accessPolicies"),
                                         QJsonObject{{QStringLiteral("objectId"), kObject}}}})
                                 << QString();
    QTest::newRow("http vault uri and broken policies")
        << vaultJson(QJsonObject{
               {QStringLiteral("vaultUri"), QStringLiteral("http://evil.example.com/")},
               {QStringLiteral("softDeleteRetentionInDays"), -5},
               {QStringLiteral("accessPolicies"),
                QJsonArray{QStringLiteral("x"), QJsonObject{{QStringLiteral("objectId"), kObject}}, 3}}})
        << QString();
}

void TestKeyVaultTypes::vaultHostileInput()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, fragment);
    const auto v = KeyVault::fromJson(json);
    if (!fragment.isEmpty()) {
        QVERIFY(!v.ok());
        QCOMPARE(v.error().kind, ApiError::Kind::Parse);
        QVERIFY2(v.error().message.contains(fragment), qPrintable(v.error().message));
        return;
    }
    QVERIFY(v.ok());
    // Values of the wrong type fall back to the safe reading: purge protection off, soft delete on, no URI.
    QVERIFY(!v.value().enablePurgeProtection);
    QVERIFY(v.value().enableSoftDelete);
    QCOMPARE(v.value().softDeleteRetentionInDays, 90);
    QVERIFY(v.value().vaultUri.isEmpty());
    QVERIFY(v.value().accessPolicies.isEmpty());
}

void TestKeyVaultTypes::vaultAccessPolicyFor()
{
    QJsonObject compound =
        policyJson(QStringLiteral("0b1ec700-0000-4000-8000-000000000002"), {QStringLiteral("all")});
    compound.insert(QStringLiteral("applicationId"), QStringLiteral("de300001-0000-4000-8000-00000000c11e"));
    const auto v = KeyVault::fromJson(vaultJson(
        QJsonObject{{QStringLiteral("accessPolicies"),
                     QJsonArray{policyJson(kObject.toUpper(), {QStringLiteral("get")}), compound}}}));
    QVERIFY(v.ok());
    const KeyVaultAccessPolicy *p = v.value().accessPolicyFor(kObject);
    QVERIFY(p);
    QCOMPARE(p->keys, QStringList{QStringLiteral("get")});
    QVERIFY(v.value().accessPolicyFor(kObject, kTenant));
    QVERIFY(!v.value().accessPolicyFor(kObject, QStringLiteral("00000000-0000-4000-8000-000000000000")));
    // A compound entry is not the principal's own.
    QVERIFY(!v.value().accessPolicyFor(QStringLiteral("0b1ec700-0000-4000-8000-000000000002")));
    QVERIFY(!v.value().accessPolicyFor(QString()));
}

void TestKeyVaultTypes::allowsTrustedServices_data()
{
    QTest::addColumn<QString>("publicAccess");
    QTest::addColumn<QString>("defaultAction");
    QTest::addColumn<QString>("bypass");
    QTest::addColumn<bool>("allows");
    QTest::newRow("all absent") << QString() << QString() << QString() << true;
    QTest::newRow("public, allow, no bypass")
        << QStringLiteral("Enabled") << QStringLiteral("Allow") << QStringLiteral("None") << true;
    QTest::newRow("firewall with bypass")
        << QStringLiteral("Enabled") << QStringLiteral("Deny") << QStringLiteral("AzureServices") << true;
    QTest::newRow("firewall, bypass absent") << QString() << QStringLiteral("Deny") << QString() << true;
    QTest::newRow("firewall without bypass")
        << QStringLiteral("Enabled") << QStringLiteral("Deny") << QStringLiteral("None") << false;
    QTest::newRow("public access disabled")
        << QStringLiteral("Disabled") << QStringLiteral("Allow") << QStringLiteral("AzureServices") << false;
    QTest::newRow("public access case")
        << QStringLiteral("enabled") << QStringLiteral("deny") << QStringLiteral("azureservices") << true;
}

void TestKeyVaultTypes::allowsTrustedServices()
{
    QFETCH(QString, publicAccess);
    QFETCH(QString, defaultAction);
    QFETCH(QString, bypass);
    QFETCH(bool, allows);
    QJsonObject acls;
    if (!defaultAction.isEmpty())
        acls.insert(QStringLiteral("defaultAction"), defaultAction);
    if (!bypass.isEmpty())
        acls.insert(QStringLiteral("bypass"), bypass);
    QJsonObject props{{QStringLiteral("networkAcls"), acls}};
    if (!publicAccess.isEmpty())
        props.insert(QStringLiteral("publicNetworkAccess"), publicAccess);
    const auto v = KeyVault::fromJson(vaultJson(props));
    QVERIFY(v.ok());
    QCOMPARE(v.value().allowsTrustedServices(), allows);
}

void TestKeyVaultTypes::keyIdParse_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("vault");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("text");
    QTest::newRow("versionless") << QStringLiteral("https://myvault.vault.azure.net/keys/cmk")
                                 << QStringLiteral("https://myvault.vault.azure.net") << QStringLiteral("cmk")
                                 << QString() << QStringLiteral("https://myvault.vault.azure.net/keys/cmk");
    QTest::newRow("versioned") << QStringLiteral("https://myvault.vault.azure.net/keys/cmk/") + kVersion
                               << QStringLiteral("https://myvault.vault.azure.net") << QStringLiteral("cmk")
                               << kVersion
                               << QStringLiteral("https://myvault.vault.azure.net/keys/cmk/") + kVersion;
    QTest::newRow("trailing slash") << QStringLiteral("https://myvault.vault.azure.net/keys/cmk/")
                                    << QStringLiteral("https://myvault.vault.azure.net")
                                    << QStringLiteral("cmk") << QString()
                                    << QStringLiteral("https://myvault.vault.azure.net/keys/cmk");
    QTest::newRow("loopback with port")
        << QStringLiteral("https://127.0.0.1:49152/keys/cosmos-cmk/") + kVersion.toUpper()
        << QStringLiteral("https://127.0.0.1:49152") << QStringLiteral("cosmos-cmk") << kVersion.toUpper()
        << QStringLiteral("https://127.0.0.1:49152/keys/cosmos-cmk/") + kVersion.toUpper();
    QTest::newRow("default port dropped")
        << QStringLiteral("https://MyVault.vault.azure.net:443/keys/k1")
        << QStringLiteral("https://myvault.vault.azure.net") << QStringLiteral("k1") << QString()
        << QStringLiteral("https://myvault.vault.azure.net/keys/k1");
    QTest::newRow("blanks around") << QStringLiteral("  https://v.vault.azure.cn/keys/a-b-c  ")
                                   << QStringLiteral("https://v.vault.azure.cn") << QStringLiteral("a-b-c")
                                   << QString() << QStringLiteral("https://v.vault.azure.cn/keys/a-b-c");
}

void TestKeyVaultTypes::keyIdParse()
{
    QFETCH(QString, uri);
    QFETCH(QString, vault);
    QFETCH(QString, name);
    QFETCH(QString, version);
    QFETCH(QString, text);
    const auto id = KeyVaultKeyId::parse(uri);
    QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().message));
    QCOMPARE(id.value().vaultUri, QUrl(vault));
    QVERIFY(id.value().vaultUri.path().isEmpty());
    QCOMPARE(id.value().name, name);
    QCOMPARE(id.value().version, version);
    QCOMPARE(id.value().isVersionless(), version.isEmpty());
    QCOMPARE(id.value().toString(), text);
    QCOMPARE(id.value().versionless(), vault + QStringLiteral("/keys/") + name);
}

void TestKeyVaultTypes::keyIdRefuses_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("empty") << QString() << QStringLiteral("is empty");
    QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("is empty");
    QTest::newRow("http") << QStringLiteral("http://myvault.vault.azure.net/keys/cmk")
                          << QStringLiteral("https://");
    QTest::newRow("no scheme") << QStringLiteral("myvault.vault.azure.net/keys/cmk")
                               << QStringLiteral("https://");
    QTest::newRow("no host") << QStringLiteral("https:///keys/cmk") << QStringLiteral("no vault host");
    QTest::newRow("user info") << QStringLiteral("https://me:pw@myvault.vault.azure.net/keys/cmk")
                               << QStringLiteral("user name or password");
    QTest::newRow("query") << QStringLiteral("https://myvault.vault.azure.net/keys/cmk?api-version=7.6")
                           << QStringLiteral("query");
    QTest::newRow("fragment") << QStringLiteral("https://myvault.vault.azure.net/keys/cmk#x")
                              << QStringLiteral("fragment");
    QTest::newRow("secret") << QStringLiteral("https://myvault.vault.azure.net/secrets/cmk")
                            << QStringLiteral("/keys/{name}");
    QTest::newRow("vault only") << QStringLiteral("https://myvault.vault.azure.net/")
                                << QStringLiteral("/keys/{name}");
    QTest::newRow("keys only") << QStringLiteral("https://myvault.vault.azure.net/keys")
                               << QStringLiteral("/keys/{name}");
    QTest::newRow("operation path") << QStringLiteral("https://myvault.vault.azure.net/keys/cmk/") +
                                           kVersion + QStringLiteral("/wrapkey")
                                    << QStringLiteral("too many path segments");
    QTest::newRow("double slash") << QStringLiteral("https://myvault.vault.azure.net//keys/cmk")
                                  << QStringLiteral("/keys/{name}");
    QTest::newRow("underscore in name") << QStringLiteral("https://myvault.vault.azure.net/keys/my_key")
                                        << QStringLiteral("key name \"my_key\"");
    QTest::newRow("encoded slash in name")
        << QStringLiteral("https://myvault.vault.azure.net/keys/a%2Fb") << QStringLiteral("key name \"a/b\"");
    QTest::newRow("name too long") << QStringLiteral("https://myvault.vault.azure.net/keys/") +
                                          QString(128, u'k')
                                   << QStringLiteral("1 to 127");
    QTest::newRow("short version") << QStringLiteral("https://myvault.vault.azure.net/keys/cmk/abc123")
                                   << QStringLiteral("key version \"abc123\"");
    QTest::newRow("non-hex version") << QStringLiteral("https://myvault.vault.azure.net/keys/cmk/") +
                                            QString(32, u'g')
                                     << QStringLiteral("32 hexadecimal");
}

void TestKeyVaultTypes::keyIdRefuses()
{
    QFETCH(QString, uri);
    QFETCH(QString, fragment);
    const auto id = KeyVaultKeyId::parse(uri);
    QVERIFY(!id.ok());
    QCOMPARE(id.error().kind, ApiError::Kind::Validation);
    QVERIFY2(id.error().message.contains(fragment), qPrintable(id.error().message));
}

void TestKeyVaultTypes::keySizeFromRealModulus_data()
{
    QTest::addColumn<int>("bits");
    QTest::newRow("2048") << 2048;
    QTest::newRow("3072") << 3072;
}

void TestKeyVaultTypes::keySizeFromRealModulus()
{
    QFETCH(int, bits);
    const QByteArray n = rsaModulus(bits);
    QCOMPARE(n.size(), bits / 8);
    const QString kid = QStringLiteral("https://myvault.vault.azure.net/keys/cmk/") + kVersion;
    auto k = KeyVaultKey::fromJson(bundle(kid, b64url(n)));
    QVERIFY(k.ok());
    QCOMPARE(k.value().keySize, bits);
    // JWK producers that keep a sign byte (leading 0x00) describe the same key.
    k = KeyVaultKey::fromJson(bundle(kid, b64url(QByteArray(1, '\0') + n)));
    QVERIFY(k.ok());
    QCOMPARE(k.value().keySize, bits);
}

void TestKeyVaultTypes::keySizeFromCraftedModulus_data()
{
    QTest::addColumn<QString>("n");
    QTest::addColumn<int>("bits");
    QTest::newRow("4096, top bit set")
        << b64url(QByteArray(1, char(0xC1)) + QByteArray(511, char(0x5A))) << 4096;
    QTest::newRow("two zero bytes") << b64url(QByteArray(2, '\0') + QByteArray(1, char(0x80)) +
                                              QByteArray(255, 'x'))
                                    << 2048;
    QTest::newRow("all zero") << b64url(QByteArray(256, '\0')) << 0;
    QTest::newRow("not base64url") << QStringLiteral("***not base64***") << 0;
    QTest::newRow("absent") << QString() << 0;
}

void TestKeyVaultTypes::keySizeFromCraftedModulus()
{
    QFETCH(QString, n);
    QFETCH(int, bits);
    const auto k = KeyVaultKey::fromJson(
        bundle(QStringLiteral("https://myvault.vault.azure.net/keys/cmk/") + kVersion, n));
    QVERIFY(k.ok());
    QCOMPARE(k.value().keySize, bits);
}

void TestKeyVaultTypes::keyBundleFromJson()
{
    // The shape of the KV-DP KeyBundle example (times are epoch seconds).
    QJsonObject json = bundle(QStringLiteral("https://myvault.vault.azure.net/keys/cmk/") + kVersion,
                              b64url(QByteArray(1, char(0xB3)) + QByteArray(383, char(0x11))),
                              QJsonObject{{QStringLiteral("enabled"), true},
                                          {QStringLiteral("nbf"), 631180800},
                                          {QStringLiteral("exp"), 662716800},
                                          {QStringLiteral("created"), 1493860275},
                                          {QStringLiteral("updated"), 1493860277},
                                          {QStringLiteral("recoveryLevel"), QStringLiteral("Recoverable")},
                                          {QStringLiteral("recoverableDays"), 90}});
    json.insert(QStringLiteral("tags"), QJsonObject{{QStringLiteral("purpose"), QStringLiteral("cosmos-cmk")},
                                                    {QStringLiteral("odd"), 5}});
    json.insert(QStringLiteral("managed"), false);
    const auto k = KeyVaultKey::fromJson(json);
    QVERIFY2(k.ok(), k.ok() ? "" : qPrintable(k.error().message));
    const KeyVaultKey &key = k.value();
    QCOMPARE(key.id.name, QStringLiteral("cmk"));
    QCOMPARE(key.id.version, kVersion);
    QCOMPARE(key.kty, QStringLiteral("RSA"));
    QVERIFY(key.isRsa());
    QCOMPARE(key.keySize, 3072);
    QCOMPARE(key.keyOps, (QStringList{QStringLiteral("wrapKey"), QStringLiteral("unwrapKey")}));
    QVERIFY(key.enabled);
    QCOMPARE(key.notBefore, QDateTime::fromSecsSinceEpoch(631180800, Qt::UTC));
    QCOMPARE(key.expires, QDateTime::fromSecsSinceEpoch(662716800, Qt::UTC));
    QCOMPARE(key.created, QDateTime::fromSecsSinceEpoch(1493860275, Qt::UTC));
    QCOMPARE(key.updated, QDateTime::fromSecsSinceEpoch(1493860277, Qt::UTC));
    QCOMPARE(key.recoveryLevel, QStringLiteral("Recoverable"));
    QVERIFY(!key.managed);
    QCOMPARE(key.tags.value(QStringLiteral("purpose")), QStringLiteral("cosmos-cmk"));
    QVERIFY(!key.tags.contains(QStringLiteral("odd")));
    // Expired in 1991.
    QVERIFY(!key.suitsCustomerManagedKey(QDateTime::currentDateTimeUtc()));
    QVERIFY(key.suitsCustomerManagedKey(QDateTime::fromSecsSinceEpoch(650000000, Qt::UTC)));
}

void TestKeyVaultTypes::keyListItemFromJson()
{
    const QJsonObject item{
        {QStringLiteral("kid"), QStringLiteral("https://myvault.vault.azure.net/keys/cmk")},
        {QStringLiteral("attributes"), QJsonObject{{QStringLiteral("enabled"), false}}},
        {QStringLiteral("managed"), true}};
    const auto k = KeyVaultKey::fromJson(item);
    QVERIFY(k.ok());
    QVERIFY(k.value().id.isVersionless());
    QVERIFY(k.value().kty.isEmpty());
    QCOMPARE(k.value().keySize, 0);
    QVERIFY(!k.value().enabled);
    QVERIFY(k.value().managed);
    QVERIFY(!k.value().expires.isValid());
}

void TestKeyVaultTypes::keyHostileInput_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("empty") << QJsonObject() << QStringLiteral("kid");
    QTest::newRow("kid not a string") << QJsonObject{{QStringLiteral("kid"), 3}} << QStringLiteral("kid");
    QTest::newRow("key without kid")
        << QJsonObject{{QStringLiteral("key"), QJsonObject{{QStringLiteral("kty"), QStringLiteral("RSA")}}},
                       {QStringLiteral("kid"), QStringLiteral("https://v.vault.azure.net/keys/k")}}
        << QStringLiteral("kid");
    QTest::newRow("kid of a secret") << QJsonObject{{QStringLiteral("kid"),
                                                     QStringLiteral("https://v.vault.azure.net/secrets/s")}}
                                     << QStringLiteral("/keys/{name}");
    QTest::newRow("kid over http") << QJsonObject{{QStringLiteral("kid"),
                                                   QStringLiteral("http://v.vault.azure.net/keys/k")}}
                                   << QStringLiteral("https://");
}

void TestKeyVaultTypes::keyHostileInput()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, fragment);
    const auto k = KeyVaultKey::fromJson(json);
    QVERIFY(!k.ok());
    QCOMPARE(k.error().kind, ApiError::Kind::Parse);
    QVERIFY2(k.error().message.contains(fragment), qPrintable(k.error().message));
}

void TestKeyVaultTypes::keySuitsCustomerManagedKey_data()
{
    QTest::addColumn<QString>("kty");
    QTest::addColumn<QJsonValue>("ops");
    QTest::addColumn<QJsonObject>("attributes");
    QTest::addColumn<bool>("suits");
    const QJsonArray wrap{QStringLiteral("wrapKey"), QStringLiteral("unwrapKey")};
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QTest::newRow("rsa") << QStringLiteral("RSA") << QJsonValue(wrap) << QJsonObject() << true;
    QTest::newRow("rsa-hsm") << QStringLiteral("RSA-HSM") << QJsonValue(wrap) << QJsonObject() << true;
    QTest::newRow("ops absent") << QStringLiteral("RSA") << QJsonValue() << QJsonObject() << true;
    QTest::newRow("ec") << QStringLiteral("EC") << QJsonValue(wrap) << QJsonObject() << false;
    QTest::newRow("oct-hsm") << QStringLiteral("oct-HSM") << QJsonValue(wrap) << QJsonObject() << false;
    QTest::newRow("encrypt only") << QStringLiteral("RSA")
                                  << QJsonValue(
                                         QJsonArray{QStringLiteral("encrypt"), QStringLiteral("decrypt")})
                                  << QJsonObject() << false;
    QTest::newRow("disabled") << QStringLiteral("RSA") << QJsonValue(wrap)
                              << QJsonObject{{QStringLiteral("enabled"), false}} << false;
    QTest::newRow("expired") << QStringLiteral("RSA") << QJsonValue(wrap)
                             << QJsonObject{{QStringLiteral("exp"), double(now - 60)}} << false;
    QTest::newRow("expires later") << QStringLiteral("RSA") << QJsonValue(wrap)
                                   << QJsonObject{{QStringLiteral("exp"), double(now + 86400)}} << true;
}

void TestKeyVaultTypes::keySuitsCustomerManagedKey()
{
    QFETCH(QString, kty);
    QFETCH(QJsonValue, ops);
    QFETCH(QJsonObject, attributes);
    QFETCH(bool, suits);
    QJsonObject jwk{{QStringLiteral("kid"), QStringLiteral("https://v.vault.azure.net/keys/k/") + kVersion},
                    {QStringLiteral("kty"), kty}};
    if (!ops.isUndefined() && !ops.isNull())
        jwk.insert(QStringLiteral("key_ops"), ops);
    const auto k = KeyVaultKey::fromJson(
        QJsonObject{{QStringLiteral("key"), jwk}, {QStringLiteral("attributes"), attributes}});
    QVERIFY(k.ok());
    QCOMPARE(k.value().suitsCustomerManagedKey(QDateTime::currentDateTimeUtc()), suits);
}

void TestKeyVaultTypes::roleAssignmentFromJson()
{
    const QString name = QStringLiteral("c3c0de00-0000-4000-8000-00000000a001");
    const QJsonObject json{
        {QStringLiteral("id"),
         kVaultId + QStringLiteral("/providers/Microsoft.Authorization/roleAssignments/") + name},
        {QStringLiteral("name"), name},
        {QStringLiteral("type"), QStringLiteral("Microsoft.Authorization/roleAssignments")},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("roleDefinitionId"),
                      QStringLiteral("/subscriptions/%1/providers/Microsoft.Authorization/roleDefinitions/%2")
                          .arg(kSub, QLatin1String(AzureRoles::kKeyVaultCryptoServiceEncryptionUser))},
                     {QStringLiteral("principalId"), kObject},
                     {QStringLiteral("principalType"), QStringLiteral("ServicePrincipal")},
                     {QStringLiteral("scope"), kVaultId},
                     {QStringLiteral("description"), QJsonValue::Null},
                     {QStringLiteral("createdOn"), QStringLiteral("2026-11-29T10:00:00.1234567Z")}}}};
    const auto a = RoleAssignment::fromJson(json);
    QVERIFY2(a.ok(), a.ok() ? "" : qPrintable(a.error().message));
    QCOMPARE(a.value().name, name);
    QCOMPARE(a.value().scope, kVaultId);
    QCOMPARE(a.value().roleGuid(), QLatin1String(AzureRoles::kKeyVaultCryptoServiceEncryptionUser));
    QCOMPARE(a.value().principalId, kObject);
    QCOMPARE(a.value().principalType, QStringLiteral("ServicePrincipal"));
    QVERIFY(a.value().description.isEmpty());
    QCOMPARE(a.value().createdOn, QDateTime(QDate(2026, 11, 29), QTime(10, 0, 0, 123), Qt::UTC));

    // Without name and scope, both are read from the id.
    QJsonObject bare = json;
    bare.remove(QStringLiteral("name"));
    QJsonObject props = bare.value(QStringLiteral("properties")).toObject();
    props.remove(QStringLiteral("scope"));
    bare.insert(QStringLiteral("properties"), props);
    const auto b = RoleAssignment::fromJson(bare);
    QVERIFY(b.ok());
    QCOMPARE(b.value().name, name);
    QCOMPARE(b.value().scope, kVaultId);
}

void TestKeyVaultTypes::roleAssignmentHostileInput_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("empty") << QJsonObject() << QStringLiteral("no id");
    QTest::newRow("no properties") << QJsonObject{{QStringLiteral("id"),
                                                   QStringLiteral("/x/roleAssignments/y")}}
                                   << QStringLiteral("no role or no principal");
    QTest::newRow("principal not a string")
        << QJsonObject{{QStringLiteral("id"), QStringLiteral("/x/roleAssignments/y")},
                       {QStringLiteral("properties"),
                        QJsonObject{{QStringLiteral("roleDefinitionId"), QStringLiteral("/r/x")},
                                    {QStringLiteral("principalId"), 12}}}}
        << QStringLiteral("no role or no principal");
}

void TestKeyVaultTypes::roleAssignmentHostileInput()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, fragment);
    const auto a = RoleAssignment::fromJson(json);
    QVERIFY(!a.ok());
    QCOMPARE(a.error().kind, ApiError::Kind::Parse);
    QVERIFY2(a.error().message.contains(fragment), qPrintable(a.error().message));
}

void TestKeyVaultTypes::roleAssignmentCovers_data()
{
    QTest::addColumn<QString>("assignedScope");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("principal");
    QTest::addColumn<bool>("covers");
    const QString role = QLatin1String(AzureRoles::kKeyVaultCryptoServiceEncryptionUser);
    const QString rg = QStringLiteral("/subscriptions/%1/resourceGroups/rg-orders").arg(kSub);
    QTest::newRow("same scope") << kVaultId << kVaultId << role << kObject << true;
    QTest::newRow("key below vault") << kVaultId << kVaultId + QStringLiteral("/keys/cosmos-cmk") << role
                                     << kObject << true;
    QTest::newRow("resource group above") << rg << kVaultId << role << kObject << true;
    QTest::newRow("case and trailing slash")
        << rg.toUpper() + u'/' << kVaultId << role.toUpper() << kObject.toUpper() << true;
    QTest::newRow("sibling prefix") << kVaultId << kVaultId + QStringLiteral("2") << role << kObject << false;
    QTest::newRow("key scope does not cover vault")
        << kVaultId + QStringLiteral("/keys/cosmos-cmk") << kVaultId << role << kObject << false;
    QTest::newRow("other role") << kVaultId << kVaultId << QString::fromLatin1(AzureRoles::kKeyVaultReader)
                                << kObject << false;
    QTest::newRow("other principal") << kVaultId << kVaultId << role
                                     << QStringLiteral("1d0e0000-0000-4000-8000-000000000009") << false;
}

void TestKeyVaultTypes::roleAssignmentCovers()
{
    QFETCH(QString, assignedScope);
    QFETCH(QString, scope);
    QFETCH(QString, role);
    QFETCH(QString, principal);
    QFETCH(bool, covers);
    RoleAssignment a;
    a.id = assignedScope + QStringLiteral("/providers/Microsoft.Authorization/roleAssignments/x");
    a.scope = assignedScope;
    a.roleDefinitionId =
        QStringLiteral("/subscriptions/%1/providers/Microsoft.Authorization/roleDefinitions/%2")
            .arg(kSub, QLatin1String(AzureRoles::kKeyVaultCryptoServiceEncryptionUser));
    a.principalId = kObject;
    QCOMPARE(RoleAssignmentsService::covers({a}, scope, role, principal), covers);
    QVERIFY(!RoleAssignmentsService::covers({}, scope, role, principal));
}

void TestKeyVaultTypes::userAssignedIdentityFromJson()
{
    const QJsonObject json{
        {QStringLiteral("id"), kUami},
        {QStringLiteral("name"), QStringLiteral("orders-cmk")},
        {QStringLiteral("location"), QStringLiteral("westus")},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("tenantId"), kTenant},
                     {QStringLiteral("principalId"), kObject},
                     {QStringLiteral("clientId"), QStringLiteral("1d0ec11e-0000-4000-8000-000000000001")}}}};
    const auto r = UserAssignedIdentityResource::fromJson(json);
    QVERIFY(r.ok());
    QCOMPARE(r.value().subscriptionId, kSub);
    QCOMPARE(r.value().resourceGroup, QStringLiteral("rg-orders"));
    QCOMPARE(r.value().principalId, kObject);
    QCOMPARE(r.value().clientId, QStringLiteral("1d0ec11e-0000-4000-8000-000000000001"));
    QCOMPARE(r.value().tenantId, kTenant);
    QJsonObject noName = json;
    noName.remove(QStringLiteral("name"));
    QVERIFY(!UserAssignedIdentityResource::fromJson(noName).ok());
    QVERIFY(
        !UserAssignedIdentityResource::fromJson(QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}})
             .ok());
}

void TestKeyVaultTypes::roleDisplayNames()
{
    QCOMPARE(AzureRoles::displayName(QLatin1String(AzureRoles::kKeyVaultCryptoServiceEncryptionUser)),
             QStringLiteral("Key Vault Crypto Service Encryption User"));
    QCOMPARE(AzureRoles::displayName(QString::fromLatin1(AzureRoles::kKeyVaultAdministrator).toUpper()),
             QStringLiteral("Key Vault Administrator"));
    QCOMPARE(AzureRoles::displayName(QLatin1String(AzureRoles::kKeyVaultReader)),
             QStringLiteral("Key Vault Reader"));
    QCOMPARE(AzureRoles::displayName(QStringLiteral("0000aaaa-0000-4000-8000-000000000000")),
             QStringLiteral("0000aaaa-0000-4000-8000-000000000000"));
}

void TestKeyVaultTypes::vaultNameValidation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("fragment"); ///< empty: valid
    QTest::newRow("ok") << QStringLiteral("contoso-orders-kv") << QString();
    QTest::newRow("ok 3") << QStringLiteral("kv1") << QString();
    QTest::newRow("too short") << QStringLiteral("kv") << QStringLiteral("3 to 24");
    QTest::newRow("too long") << QString(25, u'a') << QStringLiteral("3 to 24");
    QTest::newRow("underscore") << QStringLiteral("my_vault") << QStringLiteral("letters, digits and dashes");
    QTest::newRow("digit first") << QStringLiteral("1vault") << QStringLiteral("start with a letter");
    QTest::newRow("dash last") << QStringLiteral("vault-") << QStringLiteral("end with a letter or a digit");
    QTest::newRow("double dash") << QStringLiteral("my--vault") << QStringLiteral("two dashes");
}

void TestKeyVaultTypes::vaultNameValidation()
{
    QFETCH(QString, name);
    QFETCH(QString, fragment);
    const Result<void> r = KeyVaultService::validateVaultName(name);
    QCOMPARE(r.ok(), fragment.isEmpty());
    if (!fragment.isEmpty()) {
        QCOMPARE(r.error().kind, ApiError::Kind::Validation);
        QVERIFY2(r.error().message.contains(fragment), qPrintable(r.error().message));
    }
    QVERIFY(KeyVaultService::validateKeyName(QStringLiteral("cosmos-cmk")).ok());
    QVERIFY(!KeyVaultService::validateKeyName(QStringLiteral("cosmos_cmk")).ok());
    QVERIFY(!KeyVaultService::validateKeyName(QString()).ok());
    QVERIFY(IdentityService::validateName(QStringLiteral("orders_cmk-1")).ok());
    QVERIFY(!IdentityService::validateName(QStringLiteral("-orders")).ok());
    QVERIFY(!IdentityService::validateName(QStringLiteral("ab")).ok());
}

void TestKeyVaultTypes::vaultBodies()
{
    KeyVaultService::NewVault nv;
    nv.subscriptionId = kSub;
    nv.resourceGroup = QStringLiteral("rg-orders");
    nv.name = QStringLiteral("orders-cmk-kv");
    nv.location = QStringLiteral("westus");
    nv.tenantId = kTenant;
    QJsonObject body = KeyVaultService::newVaultBody(nv);
    QJsonObject p = body.value(QStringLiteral("properties")).toObject();
    QCOMPARE(body.value(QStringLiteral("location")).toString(), QStringLiteral("westus"));
    QCOMPARE(p.value(QStringLiteral("tenantId")).toString(), kTenant);
    QCOMPARE(p.value(QStringLiteral("sku")).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("standard"));
    QVERIFY(p.value(QStringLiteral("enableSoftDelete")).toBool());
    QVERIFY(p.value(QStringLiteral("enablePurgeProtection")).toBool());
    QVERIFY(p.value(QStringLiteral("enableRbacAuthorization")).toBool());
    QCOMPARE(p.value(QStringLiteral("softDeleteRetentionInDays")).toInt(), 90);
    nv.enablePurgeProtection = false;
    p = KeyVaultService::newVaultBody(nv).value(QStringLiteral("properties")).toObject();
    QVERIFY(!p.contains(QStringLiteral("enablePurgeProtection"))); // `true` or omitted

    // The trusted-services fix keeps the other network rules.
    const QJsonObject acls{
        {QStringLiteral("bypass"), QStringLiteral("None")},
        {QStringLiteral("defaultAction"), QStringLiteral("Deny")},
        {QStringLiteral("ipRules"),
         QJsonArray{QJsonObject{{QStringLiteral("value"), QStringLiteral("203.0.113.7/32")}}}},
        {QStringLiteral("virtualNetworkRules"), QJsonArray()}};
    const auto vault = KeyVault::fromJson(vaultJson(QJsonObject{{QStringLiteral("networkAcls"), acls}}));
    QVERIFY(vault.ok());
    QJsonObject fixed =
        KeyVaultService::patchBody(KeyVaultService::VaultFix::AllowTrustedServices, vault.value())
            .value(QStringLiteral("properties"))
            .toObject()
            .value(QStringLiteral("networkAcls"))
            .toObject();
    QCOMPARE(fixed.value(QStringLiteral("bypass")).toString(), QStringLiteral("AzureServices"));
    QCOMPARE(fixed.value(QStringLiteral("defaultAction")).toString(), QStringLiteral("Deny"));
    QCOMPARE(fixed.value(QStringLiteral("ipRules")).toArray(),
             acls.value(QStringLiteral("ipRules")).toArray());
    const auto patch = [](KeyVaultService::VaultFix fix) {
        return KeyVaultService::patchBody(fix, KeyVault()).value(QStringLiteral("properties")).toObject();
    };
    QCOMPARE(patch(KeyVaultService::VaultFix::EnablePurgeProtection),
             (QJsonObject{{QStringLiteral("enablePurgeProtection"), true}}));
    QCOMPARE(patch(KeyVaultService::VaultFix::EnableSoftDelete),
             (QJsonObject{{QStringLiteral("enableSoftDelete"), true}}));
    QCOMPARE(patch(KeyVaultService::VaultFix::EnablePublicNetworkAccess),
             (QJsonObject{{QStringLiteral("publicNetworkAccess"), QStringLiteral("Enabled")}}));
    const QJsonObject policies =
        KeyVaultService::accessPolicyBody(KeyVaultAccessPolicy::forCustomerManagedKey(kTenant, kObject));
    QCOMPARE(policies.value(QStringLiteral("properties"))
                 .toObject()
                 .value(QStringLiteral("accessPolicies"))
                 .toArray()
                 .size(),
             1);
    QCOMPARE(
        KeyVaultService::dataUrl(QUrl(QStringLiteral("https://127.0.0.1:49152/")), QStringLiteral("/keys/k")),
        QUrl(QStringLiteral("https://127.0.0.1:49152/keys/k?api-version=7.6")));
    QVERIFY(KeyVaultService::dataUrl(QUrl(QStringLiteral("http://127.0.0.1:49152/")), QStringLiteral("/keys"))
                .isEmpty());

    const QJsonObject role = RoleAssignmentsService::createBody(
        kVaultId, QLatin1String(AzureRoles::kKeyVaultCryptoServiceEncryptionUser), kObject,
        QStringLiteral("ServicePrincipal"), QStringLiteral("Cosmos DB CMK access"));
    const QJsonObject rp = role.value(QStringLiteral("properties")).toObject();
    QCOMPARE(rp.value(QStringLiteral("roleDefinitionId")).toString(),
             QStringLiteral("/subscriptions/%1/providers/Microsoft.Authorization/roleDefinitions/%2")
                 .arg(kSub, QLatin1String(AzureRoles::kKeyVaultCryptoServiceEncryptionUser)));
    QCOMPARE(rp.value(QStringLiteral("principalId")).toString(), kObject);
    QCOMPARE(rp.value(QStringLiteral("principalType")).toString(), QStringLiteral("ServicePrincipal"));
    QCOMPARE(rp.value(QStringLiteral("description")).toString(), QStringLiteral("Cosmos DB CMK access"));
}

void TestKeyVaultTypes::encryptionBodies()
{
    CosmosAccount none;
    QCOMPARE(EncryptionService::identityPatch(none, true, {}),
             (QJsonObject{{QStringLiteral("identity"),
                           QJsonObject{{QStringLiteral("type"), QStringLiteral("SystemAssigned")}}}}));
    QJsonObject identity =
        EncryptionService::identityPatch(none, false, kUami).value(QStringLiteral("identity")).toObject();
    QCOMPARE(identity.value(QStringLiteral("type")).toString(), QStringLiteral("UserAssigned"));
    QCOMPARE(identity.value(QStringLiteral("userAssignedIdentities")).toObject().keys(), QStringList{kUami});

    // Never removes an identity the account has.
    CosmosAccount both;
    both.identity.type = QStringLiteral("SystemAssigned");
    const QString other = QString(kUami).replace(QLatin1String("orders-cmk"), QLatin1String("other"));
    both.identity.userAssignedIdentities.insert(other, {});
    identity =
        EncryptionService::identityPatch(both, false, kUami).value(QStringLiteral("identity")).toObject();
    QCOMPARE(identity.value(QStringLiteral("type")).toString(),
             QStringLiteral("SystemAssigned,UserAssigned"));
    QCOMPARE(identity.value(QStringLiteral("userAssignedIdentities")).toObject().size(), 2);

    const QJsonObject key =
        EncryptionService::keyPatch(QStringLiteral("https://v.vault.azure.net/keys/k"), {});
    QCOMPARE(key, (QJsonObject{{QStringLiteral("properties"),
                                QJsonObject{{QStringLiteral("keyVaultKeyUri"),
                                             QStringLiteral("https://v.vault.azure.net/keys/k")}}}}));
    QVERIFY(!key.contains(QStringLiteral("identity")));
    QCOMPARE(EncryptionService::keyPatch(QStringLiteral("https://v.vault.azure.net/keys/k"),
                                         QStringLiteral("SystemAssignedIdentity"))
                 .value(QStringLiteral("properties"))
                 .toObject()
                 .value(QStringLiteral("defaultIdentity"))
                 .toString(),
             QStringLiteral("SystemAssignedIdentity"));
    QCOMPARE(EncryptionService::userAssignedDefaultIdentity(kUami),
             QStringLiteral("UserAssignedIdentity=") + kUami);
}

void TestKeyVaultTypes::defaultIdentityForms_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("first party") << QStringLiteral("FirstPartyIdentity") << true;
    QTest::newRow("system") << QStringLiteral("SystemAssignedIdentity") << true;
    QTest::newRow("user") << QStringLiteral("UserAssignedIdentity=") + kUami << true;
    QTest::newRow("user, not an identity id") << QStringLiteral("UserAssignedIdentity=") + kAccount << false;
    QTest::newRow("user, empty") << QStringLiteral("UserAssignedIdentity=") << false;
    QTest::newRow("lower case") << QStringLiteral("systemassignedidentity") << false;
    QTest::newRow("other") << QStringLiteral("ManagedIdentity") << false;
}

void TestKeyVaultTypes::defaultIdentityForms()
{
    QFETCH(QString, value);
    QFETCH(bool, valid);
    QCOMPARE(EncryptionService::isValidDefaultIdentity(value), valid);
}

void TestKeyVaultTypes::azCommands_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("expected");
    KeyVault vault;
    vault.name = QStringLiteral("contoso-orders-kv");
    vault.resourceGroup = QStringLiteral("rg-orders");
    using Fix = KeyVaultService::VaultFix;
    QTest::newRow("purge protection")
        << KeyVaultService::azFixCommand(vault, Fix::EnablePurgeProtection)
        << QStringLiteral("az keyvault update --name contoso-orders-kv --resource-group "
                          "rg-orders --enable-purge-protection true");
    QTest::newRow("soft delete") << KeyVaultService::azFixCommand(vault, Fix::EnableSoftDelete)
                                 << QStringLiteral(
                                        "az keyvault update --name contoso-orders-kv --resource-group "
                                        "rg-orders --enable-soft-delete true");
    QTest::newRow("bypass") << KeyVaultService::azFixCommand(vault, Fix::AllowTrustedServices)
                            << QStringLiteral(
                                   "az keyvault update --name contoso-orders-kv --resource-group rg-orders "
                                   "--bypass AzureServices");
    QTest::newRow("public access") << KeyVaultService::azFixCommand(vault, Fix::EnablePublicNetworkAccess)
                                   << QStringLiteral(
                                          "az keyvault update --name contoso-orders-kv --resource-group "
                                          "rg-orders --public-network-access Enabled");
    QTest::newRow("set-policy") << KeyVaultService::azSetPolicyCommand(
                                       vault, KeyVaultAccessPolicy::forCustomerManagedKey(kTenant, kObject))
                                << QStringLiteral(
                                       "az keyvault set-policy --name contoso-orders-kv --resource-group "
                                       "rg-orders --object-id 1d0e0000-0000-4000-8000-000000000001 "
                                       "--key-permissions get wrapKey unwrapKey");
    QTest::newRow("key create") << KeyVaultService::azCreateKeyCommand(QStringLiteral("contoso-orders-kv"),
                                                                       QStringLiteral("cosmos-cmk"), 3072)
                                << QStringLiteral(
                                       "az keyvault key create --vault-name contoso-orders-kv --name "
                                       "cosmos-cmk --kty RSA --size 3072 --ops wrapKey unwrapKey");
    QTest::newRow("key rotate")
        << KeyVaultService::azRotateKeyCommand(QStringLiteral("contoso-orders-kv"),
                                               QStringLiteral("cosmos-cmk"))
        << QStringLiteral("az keyvault key rotate --vault-name contoso-orders-kv --name cosmos-cmk");
    KeyVaultService::NewVault nv;
    nv.resourceGroup = QStringLiteral("rg orders"); // quoted for the shell
    nv.name = QStringLiteral("orders-cmk-kv");
    nv.location = QStringLiteral("westus");
    QTest::newRow("vault create") << KeyVaultService::azCreateVaultCommand(nv)
                                  << QStringLiteral(
                                         "az keyvault create --name orders-cmk-kv --resource-group 'rg "
                                         "orders' --location westus --enable-rbac-authorization true "
                                         "--enable-purge-protection true --retention-days 90");
    QTest::newRow("role assignment")
        << RoleAssignmentsService::azCreateCommand(
               kVaultId, QLatin1String(AzureRoles::kKeyVaultCryptoServiceEncryptionUser), kObject,
               QStringLiteral("ServicePrincipal"))
        << QStringLiteral(
               "az role assignment create --assignee-object-id 1d0e0000-0000-4000-8000-000000000001 "
               "--assignee-principal-type ServicePrincipal --role e147488a-f6f5-4113-8e2d-b22465e65bf6 "
               "--scope ") +
               kVaultId;
    QTest::newRow("identity create") << IdentityService::azCreateCommand(QStringLiteral("rg-orders"),
                                                                         QStringLiteral("orders-cmk"),
                                                                         QStringLiteral("westus"))
                                     << QStringLiteral(
                                            "az identity create --name orders-cmk --resource-group rg-orders "
                                            "--location westus");
    QTest::newRow("identity assign system")
        << EncryptionService::azAssignIdentityCommand(kAccount, true, {})
        << QStringLiteral(
               "az cosmosdb identity assign --name contoso-orders --resource-group rg-orders --identities "
               "'[system]'");
    QTest::newRow("identity assign both")
        << EncryptionService::azAssignIdentityCommand(kAccount, true, kUami)
        << QStringLiteral(
               "az cosmosdb identity assign --name contoso-orders --resource-group rg-orders --identities "
               "'[system]' ") +
               kUami;
    QTest::newRow("identity assign nothing")
        << EncryptionService::azAssignIdentityCommand(kAccount, false, {}) << QString();
    QTest::newRow("default identity")
        << EncryptionService::azDefaultIdentityCommand(kAccount,
                                                       EncryptionService::userAssignedDefaultIdentity(kUami))
        << QStringLiteral(
               "az cosmosdb update --name contoso-orders --resource-group rg-orders --default-identity "
               "UserAssignedIdentity=") +
               kUami;
    QTest::newRow("key uri")
        << EncryptionService::azKeyUriCommand(
               kAccount, QStringLiteral("https://contoso-orders-kv.vault.azure.net/keys/cosmos-cmk"),
               QStringLiteral("SystemAssignedIdentity"))
        << QStringLiteral("az cosmosdb update --name contoso-orders --resource-group rg-orders "
                          "--key-uri https://contoso-orders-kv.vault.azure.net/keys/cosmos-cmk "
                          "--default-identity SystemAssignedIdentity");
}

void TestKeyVaultTypes::azCommands()
{
    QFETCH(QString, command);
    QFETCH(QString, expected);
    QCOMPARE(command, expected);
}

QTEST_GUILESS_MAIN(TestKeyVaultTypes)
#include "tst_keyvaulttypes.moc"
