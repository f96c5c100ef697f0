// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "LocalCloudFixture.h"
#include "SyncHttps.h"
#include "core/MasterKeySigner.h"
#include "emulator/CustomerManagedKeys.h"
#include "emulator/Rbac.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

using namespace csc;
using test::HttpsReply;
using test::httpsRequest;

namespace {

const QString kProd = QLatin1String(emu::DemoSeed::kSubscriptionProduction);
const QString kCmkVault = QLatin1String(emu::DemoSeed::kCmkVault);
const QString kCosmosApi = QStringLiteral("2024-11-15");
const QString kLegacy = QStringLiteral("contoso-legacy"); // open: keys accepted on the data plane
const QString kKey = QStringLiteral("legacy-cmk");
const QString kSecret = QStringLiteral("plaintext-marker-7f3a");
const QString kConfirmed = QLatin1String(emu::CustomerManagedKeys::kAccessConfirmed);
const QString kDocs = QStringLiteral("/dbs/shop/colls/carts/docs");

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString legacyPath()
{
    return QStringLiteral("/subscriptions/%1/resourceGroups/rg-legacy/providers/Microsoft.DocumentDB/"
                          "databaseAccounts/%2")
        .arg(kProd, kLegacy);
}

QString vaultScope()
{
    return QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/Microsoft.KeyVault/vaults/%3")
        .arg(kProd, QLatin1String(emu::DemoSeed::kCmkVaultGroup), kCmkVault);
}

QJsonObject propsOf(const HttpsReply &r)
{
    return r.json().value(QStringLiteral("properties")).toObject();
}

QString versionOf(const HttpsReply &keyBundle)
{
    return keyBundle.json()
        .value(QStringLiteral("key"))
        .toObject()
        .value(QStringLiteral("kid"))
        .toString()
        .section(u'/', -1);
}

} // namespace

class TestEmuEncryption : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void demoAccountIsEncryptedAtRest();
    void enablingCmkEncryptsExistingDocuments();
    void newDocumentsAndQueriesAreTransparent();
    void rotationRewrapsTheDataKey();
    void revocation_data();
    void revocation();
    void deletedKeyIsNotFound();
    void graphServicePrincipals_data();
    void graphServicePrincipals();
    void onlyDeletionWhileRevoked();

private:
    QByteArray token(const QString &scope);
    HttpsReply arm(const QByteArray &method, const QString &path, const QByteArray &body = {},
                   const QString &apiVersion = kCosmosApi);
    HttpsReply kv(const QByteArray &method, const QString &path, const QByteArray &body = {});
    HttpsReply dp(const QByteArray &method, const QString &path, const QByteArray &body = {},
                  QList<std::pair<QByteArray, QByteArray>> headers = {});
    HttpsReply readDoc(const QString &id) { return dp("GET", kDocs + u'/' + id, {}, pk(id)); }
    static QList<std::pair<QByteArray, QByteArray>> pk(const QString &value)
    {
        return {{"x-ms-documentdb-partitionkey", "[\"" + value.toUtf8() + "\"]"}};
    }
    /// PATCH of contoso-legacy, polled to the end; the final GET.
    HttpsReply patchLegacy(const QJsonObject &body);
    QString assignCryptoUser(const QString &principal);
    /// The stored body texts of contoso-legacy's documents, straight from the SQLite file.
    QStringList storedBodies(const QString &account);
    QString storedDekVersion(const QString &account);

    test::LocalCloudFixture m_cloud;
    QHash<QString, QByteArray> m_tokens;
    QString m_principal;
    QString m_assignment;
    QByteArray m_key; ///< contoso-legacy's primary key
    QString m_endpoint;
};

void TestEmuEncryption::initTestCase()
{
    emu::EmulatorOptions options;
    options.lroDelayMs = 0;
    const Result<void> started = m_cloud.start(options);
    QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().summary()));
}

QByteArray TestEmuEncryption::token(const QString &scope)
{
    if (m_tokens.contains(scope))
        return m_tokens.value(scope);
    const auto &p = emu::DemoSeed::kDefaultPrincipal;
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
        m_tokens.insert(scope, t);
    return t;
}

HttpsReply TestEmuEncryption::arm(const QByteArray &method, const QString &path, const QByteArray &body,
                                  const QString &apiVersion)
{
    QUrl url(path.startsWith(QLatin1String("https://")) ? path
                                                        : m_cloud.emulator().baseUrl().toString() + path);
    QUrlQuery q(url);
    if (!q.hasQueryItem(QStringLiteral("api-version")))
        q.addQueryItem(QStringLiteral("api-version"), apiVersion);
    url.setQuery(q);
    QList<std::pair<QByteArray, QByteArray>> headers{
        {"Authorization",
         "Bearer " + token(m_cloud.emulator().baseUrl().toString() + QStringLiteral("/.default"))}};
    if (!body.isEmpty())
        headers.append(std::pair{QByteArray("Content-Type"), QByteArray("application/json")});
    return httpsRequest(method, url, m_cloud.emulator().tls().caCertificate, body, headers);
}

HttpsReply TestEmuEncryption::kv(const QByteArray &method, const QString &path, const QByteArray &body)
{
    QUrl u(m_cloud.emulator().vaultUri(kCmkVault) + path);
    u.setQuery(QStringLiteral("api-version=7.6"));
    QList<std::pair<QByteArray, QByteArray>> headers{
        {"Authorization", "Bearer " + token(QStringLiteral("https://vault.azure.net/.default"))}};
    if (!body.isEmpty())
        headers.append(std::pair{QByteArray("Content-Type"), QByteArray("application/json")});
    return httpsRequest(method, u, m_cloud.emulator().tls().caCertificate, body, headers);
}

HttpsReply TestEmuEncryption::dp(const QByteArray &method, const QString &path, const QByteArray &body,
                                 QList<std::pair<QByteArray, QByteArray>> headers)
{
    if (m_key.isEmpty()) {
        const auto keys = m_cloud.emulator().store()->accountKeys(kLegacy);
        if (!keys)
            return {};
        m_key = keys->primaryMasterKey.toLatin1();
    }
    const QString when = MasterKeySigner::httpDate(QDateTime::currentDateTimeUtc());
    const auto resource = MasterKeySigner::resourceFromPath(path);
    const auto sig = MasterKeySigner::signature(SecureBytes(m_key), method, resource.resourceType,
                                                resource.resourceLink, when);
    if (!sig)
        return {};
    headers << std::pair{QByteArray("authorization"), MasterKeySigner::authorizationHeader(sig.value())}
            << std::pair{QByteArray("x-ms-date"), when.toLatin1()}
            << std::pair{QByteArray("x-ms-version"), QByteArray("2020-07-15")};
    bool hasType = false;
    for (const auto &h : headers)
        hasType = hasType || h.first.compare("Content-Type", Qt::CaseInsensitive) == 0;
    if (!body.isEmpty() && !hasType)
        headers << std::pair{QByteArray("Content-Type"), QByteArray("application/json")};
    if (m_endpoint.isEmpty())
        m_endpoint = m_cloud.emulator().documentEndpoint(kLegacy);
    QUrl url(m_endpoint);
    url.setPath(path);
    return httpsRequest(method, url, m_cloud.emulator().tls().caCertificate, body, headers);
}

HttpsReply TestEmuEncryption::patchLegacy(const QJsonObject &body)
{
    const HttpsReply r = arm("PATCH", legacyPath(), json(body));
    if (r.status != 200)
        return r;
    const QByteArray monitor = r.header("Azure-AsyncOperation");
    if (monitor.isEmpty())
        return {};
    const HttpsReply status = arm("GET", QString::fromLatin1(monitor));
    if (status.json().value(QStringLiteral("status")).toString() != QLatin1String("Succeeded")) {
        qWarning() << "operation" << status.status << status.body;
        return status;
    }
    return arm("GET", legacyPath());
}

QString TestEmuEncryption::assignCryptoUser(const QString &principal)
{
    const QString name = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const HttpsReply r = arm(
        "PUT", vaultScope() + QStringLiteral("/providers/Microsoft.Authorization/roleAssignments/") + name,
        json({{QStringLiteral("properties"),
               QJsonObject{
                   {QStringLiteral("roleDefinitionId"),
                    QStringLiteral("/subscriptions/%1/providers/Microsoft.Authorization/"
                                   "roleDefinitions/%2")
                        .arg(kProd, QLatin1String(emu::Rbac::RoleIds::KeyVaultCryptoServiceEncryptionUser))},
                   {QStringLiteral("principalId"), principal},
                   {QStringLiteral("principalType"), QStringLiteral("ServicePrincipal")}}}}),
        QStringLiteral("2022-04-01"));
    if (r.status != 201) {
        qWarning() << "role assignment" << r.status << r.body;
        return {};
    }
    return name;
}

QStringList TestEmuEncryption::storedBodies(const QString &account)
{
    QStringList out;
    const QString connection = QStringLiteral("tst-emuencryption-reader");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(QDir(m_cloud.dataDir()).filePath(QStringLiteral("state.db")));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT body FROM dp_resources WHERE account = ? AND type = 'docs'"));
            q.addBindValue(account);
            if (q.exec()) {
                while (q.next())
                    out << q.value(0).toString();
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return out;
}

QString TestEmuEncryption::storedDekVersion(const QString &account)
{
    const auto dek = m_cloud.emulator().store()->accountDek(account);
    return dek ? dek->version : QString();
}

void TestEmuEncryption::demoAccountIsEncryptedAtRest()
{
    // contoso-orders has its customer-managed key from the seed: its documents are ciphertext in the file.
    const QStringList bodies = storedBodies(QStringLiteral("contoso-orders"));
    QCOMPARE(bodies.size(), emu::DemoSeed::kOrdersDocuments);
    for (const QString &b : bodies) {
        QVERIFY2(b.startsWith(QLatin1String("enc:v1:")), qPrintable(b.left(20)));
        QVERIFY(!b.contains(QLatin1String("Espresso")) && !b.contains(QLatin1String("cust-17")));
    }
    const auto dek = m_cloud.emulator().store()->accountDek(QStringLiteral("contoso-orders"));
    QVERIFY(dek);
    QCOMPARE(dek->vault, kCmkVault);
    QCOMPARE(dek->wrapped.size(), 384); // RSA-3072 OAEP output
    // Through the store (as the data plane reads them) they are plaintext again.
    const auto docs = m_cloud.emulator().store()->dataResources(
        QStringLiteral("contoso-orders"), QStringLiteral("dbs/orders/colls/orders"), QStringLiteral("docs"));
    QCOMPARE(docs.size(), emu::DemoSeed::kOrdersDocuments);
    QCOMPARE(docs[0].body.value(QStringLiteral("item")).toString(), QStringLiteral("Espresso machine"));
    // Accounts without a key stay in plaintext.
    QVERIFY(!m_cloud.emulator().store()->accountDek(kLegacy));
}

void TestEmuEncryption::enablingCmkEncryptsExistingDocuments()
{
    HttpsReply r = dp("POST", QStringLiteral("/dbs"), json({{QStringLiteral("id"), QStringLiteral("shop")}}));
    QCOMPARE(r.status, 201);
    r = dp("POST", QStringLiteral("/dbs/shop/colls"),
           json({{QStringLiteral("id"), QStringLiteral("carts")},
                 {QStringLiteral("partitionKey"),
                  QJsonObject{{QStringLiteral("paths"), QJsonArray{QStringLiteral("/id")}},
                              {QStringLiteral("kind"), QStringLiteral("Hash")}}}}));
    QCOMPARE(r.status, 201);
    r = dp("POST", kDocs,
           json({{QStringLiteral("id"), QStringLiteral("cart-1")}, {QStringLiteral("note"), kSecret}}),
           pk(QStringLiteral("cart-1")));
    QCOMPARE(r.status, 201);
    QVERIFY(storedBodies(kLegacy).join(u'\n').contains(kSecret)); // plaintext before CMK

    // System identity first, then grant it, then the key (keyvault-cmk.md §3 "Ordering").
    r = patchLegacy({{QStringLiteral("identity"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("SystemAssigned")}}}});
    QCOMPARE(r.status, 200);
    m_principal =
        r.json().value(QStringLiteral("identity")).toObject().value(QStringLiteral("principalId")).toString();
    QVERIFY(!m_principal.isEmpty());
    m_assignment = assignCryptoUser(m_principal);
    QVERIFY(!m_assignment.isEmpty());
    r = kv("POST", QStringLiteral("keys/%1/create").arg(kKey),
           json({{QStringLiteral("kty"), QStringLiteral("RSA")},
                 {QStringLiteral("key_size"), 2048},
                 {QStringLiteral("key_ops"),
                  QJsonArray{QStringLiteral("wrapKey"), QStringLiteral("unwrapKey")}}}));
    QCOMPARE(r.status, 200);
    const QString version1 = versionOf(r);
    r = patchLegacy(
        {{QStringLiteral("properties"),
          QJsonObject{{QStringLiteral("keyVaultKeyUri"),
                       QStringLiteral("https://%1.vault.azure.net/keys/%2").arg(kCmkVault, kKey)},
                      {QStringLiteral("defaultIdentity"), QStringLiteral("SystemAssignedIdentity")}}}});
    QCOMPARE(r.status, 200);
    QCOMPARE(propsOf(r).value(QStringLiteral("keyVaultKeyUriVersion")).toString(), version1);
    QCOMPARE(propsOf(r).value(QStringLiteral("customerManagedKeyStatus")).toString(), kConfirmed);
    QCOMPARE(storedDekVersion(kLegacy), version1);

    // The existing document is ciphertext in the file now; names stay readable (not covered by CMK).
    const QStringList bodies = storedBodies(kLegacy);
    QCOMPARE(bodies.size(), 1);
    QVERIFY(bodies[0].startsWith(QLatin1String("enc:v1:")));
    QVERIFY(!bodies[0].contains(kSecret));
    // ... and plaintext over the data plane.
    r = readDoc(QStringLiteral("cart-1"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("note")).toString(), kSecret);
}

void TestEmuEncryption::newDocumentsAndQueriesAreTransparent()
{
    HttpsReply r =
        dp("POST", kDocs,
           json({{QStringLiteral("id"), QStringLiteral("cart-2")}, {QStringLiteral("note"), kSecret + u'2'}}),
           pk(QStringLiteral("cart-2")));
    QCOMPARE(r.status, 201);
    r = dp("PUT", kDocs + QStringLiteral("/cart-1"),
           json({{QStringLiteral("id"), QStringLiteral("cart-1")}, {QStringLiteral("note"), kSecret + u'1'}}),
           pk(QStringLiteral("cart-1")));
    QCOMPARE(r.status, 200);
    for (const QString &b : storedBodies(kLegacy)) {
        QVERIFY(b.startsWith(QLatin1String("enc:v1:")));
        QVERIFY(!b.contains(kSecret));
    }
    r = dp("GET", kDocs);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("Documents")).toArray().size(), 2);
    r = dp("POST", kDocs,
           json({{QStringLiteral("query"), QStringLiteral("SELECT * FROM c WHERE c.note = @n")},
                 {QStringLiteral("parameters"),
                  QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("@n")},
                                         {QStringLiteral("value"), kSecret + u'2'}}}}}),
           {{"x-ms-documentdb-isquery", "true"},
            {"Content-Type", "application/query+json"},
            {"x-ms-documentdb-query-enablecrosspartition", "true"}});
    QCOMPARE(r.status, 200);
    const QJsonArray found = r.json().value(QStringLiteral("Documents")).toArray();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].toObject().value(QStringLiteral("id")).toString(), QStringLiteral("cart-2"));
}

void TestEmuEncryption::rotationRewrapsTheDataKey()
{
    const QString before = storedDekVersion(kLegacy);
    const QByteArray wrappedBefore = m_cloud.emulator().store()->accountDek(kLegacy)->wrapped;
    HttpsReply r = kv("POST", QStringLiteral("keys/%1/rotate").arg(kKey));
    QCOMPARE(r.status, 200);
    const QString rotated = versionOf(r);
    QVERIFY(rotated != before);
    // The next data-plane request re-wraps with the new version (versionless keyVaultKeyUri).
    r = readDoc(QStringLiteral("cart-1"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("note")).toString(), kSecret + u'1');
    QCOMPARE(storedDekVersion(kLegacy), rotated);
    QVERIFY(m_cloud.emulator().store()->accountDek(kLegacy)->wrapped != wrappedBefore);
    r = arm("GET", legacyPath());
    QCOMPARE(r.status, 200);
    QCOMPARE(propsOf(r).value(QStringLiteral("keyVaultKeyUriVersion")).toString(), rotated);
    QCOMPARE(propsOf(r).value(QStringLiteral("customerManagedKeyStatus")).toString(), kConfirmed);
    // The old version may be disabled now: the DEK no longer depends on it.
    r = kv("PATCH", QStringLiteral("keys/%1/%2").arg(kKey, before),
           json({{QStringLiteral("attributes"), QJsonObject{{QStringLiteral("enabled"), false}}}}));
    QCOMPARE(r.status, 200);
    QCOMPARE(readDoc(QStringLiteral("cart-2")).status, 200);
}

void TestEmuEncryption::revocation_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("key disabled") << QStringLiteral("disable");
    QTest::newRow("role assignment removed") << QStringLiteral("unassign");
}

void TestEmuEncryption::revocation()
{
    QFETCH(QString, how);
    const QString version = storedDekVersion(kLegacy);
    const QString keyPath = QStringLiteral("keys/%1/%2").arg(kKey, version);
    const QString assignmentPath =
        vaultScope() + QStringLiteral("/providers/Microsoft.Authorization/roleAssignments/") + m_assignment;
    QCOMPARE(readDoc(QStringLiteral("cart-1")).status, 200);
    if (how == QLatin1String("disable")) {
        QCOMPARE(kv("PATCH", keyPath,
                    json({{QStringLiteral("attributes"), QJsonObject{{QStringLiteral("enabled"), false}}}}))
                     .status,
                 200);
    } else {
        QCOMPARE(arm("DELETE", assignmentPath, {}, QStringLiteral("2022-04-01")).status, 200);
    }
    // Revoked: every data-plane request is refused at once, reads and writes alike.
    HttpsReply r = readDoc(QStringLiteral("cart-1"));
    QCOMPARE(r.status, 403);
    QCOMPARE(r.header("x-ms-substatus"), QByteArray("4002"));
    QCOMPARE(r.json().value(QStringLiteral("code")).toString(), QStringLiteral("Forbidden"));
    QVERIFY(r.json()
                .value(QStringLiteral("message"))
                .toString()
                .contains(QLatin1String("KeyVaultAuthenticationFailure")));
    QVERIFY(!r.body.contains(kSecret.toUtf8()));
    r = dp("POST", kDocs, json({{QStringLiteral("id"), QStringLiteral("cart-x")}}),
           pk(QStringLiteral("cart-x")));
    QCOMPARE(r.status, 403);
    QCOMPARE(dp("GET", QStringLiteral("/dbs")).status, 403);
    r = arm("GET", legacyPath());
    QCOMPARE(r.status, 200);
    const QString status = propsOf(r).value(QStringLiteral("customerManagedKeyStatus")).toString();
    QVERIFY2(status.startsWith(QLatin1String("Access to the configured customer managed key is revoked")),
             qPrintable(status));
    QVERIFY2(status.contains(QLatin1String("4002")), qPrintable(status));

    // Restored: reads work again and the status is confirmed.
    if (how == QLatin1String("disable")) {
        QCOMPARE(kv("PATCH", keyPath,
                    json({{QStringLiteral("attributes"), QJsonObject{{QStringLiteral("enabled"), true}}}}))
                     .status,
                 200);
    } else {
        m_assignment = assignCryptoUser(m_principal);
        QVERIFY(!m_assignment.isEmpty());
    }
    r = readDoc(QStringLiteral("cart-1"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("note")).toString(), kSecret + u'1');
    QCOMPARE(propsOf(arm("GET", legacyPath())).value(QStringLiteral("customerManagedKeyStatus")).toString(),
             kConfirmed);
}

void TestEmuEncryption::deletedKeyIsNotFound()
{
    QCOMPARE(kv("DELETE", QStringLiteral("keys/%1").arg(kKey)).status, 200);
    HttpsReply r = readDoc(QStringLiteral("cart-2"));
    QCOMPARE(r.status, 403);
    QCOMPARE(r.header("x-ms-substatus"), QByteArray("4003"));
    QVERIFY(propsOf(arm("GET", legacyPath()))
                .value(QStringLiteral("customerManagedKeyStatus"))
                .toString()
                .contains(QLatin1String("KeyVaultKeyNotFound")));
    // Recovered from soft delete: usable again.
    QCOMPARE(kv("POST", QStringLiteral("deletedkeys/%1/recover").arg(kKey)).status, 200);
    QCOMPARE(readDoc(QStringLiteral("cart-2")).status, 200);
}

void TestEmuEncryption::graphServicePrincipals_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("withToken");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("objectId"); // of the one result; empty = none
    const QString firstParty = QLatin1String(emu::CustomerManagedKeys::kFirstPartyAppId);
    const QString firstPartyObject = QStringLiteral("1d0e0000-0000-4000-8000-0000000000c0");
    QTest::newRow("by appId") << QStringLiteral("/v1.0/servicePrincipals(appId='%1')").arg(firstParty) << true
                              << 200 << firstPartyObject;
    QTest::newRow("filter") << QStringLiteral("/v1.0/servicePrincipals?$filter=appId eq '%1'").arg(firstParty)
                            << true << 200 << firstPartyObject;
    QTest::newRow("filter, none") << QStringLiteral("/v1.0/servicePrincipals?$filter=appId eq '%1'")
                                         .arg(QUuid::createUuid().toString(QUuid::WithoutBraces))
                                  << true << 200 << QString();
    QTest::newRow("unknown appId") << QStringLiteral("/v1.0/servicePrincipals(appId='%1')")
                                          .arg(QUuid::createUuid().toString(QUuid::WithoutBraces))
                                   << true << 404 << QString();
    QTest::newRow("no token") << QStringLiteral("/v1.0/servicePrincipals(appId='%1')").arg(firstParty)
                              << false << 401 << QString();
}

void TestEmuEncryption::graphServicePrincipals()
{
    QFETCH(QString, path);
    QFETCH(bool, withToken);
    QFETCH(int, status);
    QFETCH(QString, objectId);
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (withToken) // the console asks for the ARM scope on a custom cloud (its Graph scope)
        headers.append({"Authorization", "Bearer " + token(m_cloud.emulator().baseUrl().toString() +
                                                           QStringLiteral("/.default"))});
    const HttpsReply r = httpsRequest("GET", QUrl(m_cloud.emulator().baseUrl().toString() + path),
                                      m_cloud.emulator().tls().caCertificate, {}, headers);
    QCOMPARE(r.status, status);
    const QJsonObject body = r.json();
    if (status == 404) {
        const QJsonObject e = body.value(QStringLiteral("error")).toObject();
        QCOMPARE(e.value(QStringLiteral("code")).toString(), QStringLiteral("Request_ResourceNotFound"));
        QVERIFY(e.value(QStringLiteral("message"))
                    .toString()
                    .endsWith(QLatin1String(
                        "does not exist or one of its queried reference-property objects are not present.")));
        return;
    }
    if (status == 401) {
        QCOMPARE(body.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("InvalidAuthenticationToken"));
        return;
    }
    const QJsonArray list = body.contains(QStringLiteral("value"))
                                ? body.value(QStringLiteral("value")).toArray()
                                : QJsonArray{body};
    QCOMPARE(list.size(), objectId.isEmpty() ? 0 : 1);
    if (objectId.isEmpty())
        return;
    const QJsonObject sp = list[0].toObject();
    QCOMPARE(sp.value(QStringLiteral("id")).toString(), objectId);
    QCOMPARE(sp.value(QStringLiteral("appId")).toString(),
             QLatin1String(emu::CustomerManagedKeys::kFirstPartyAppId));
    QCOMPARE(sp.value(QStringLiteral("displayName")).toString(), QStringLiteral("Azure Cosmos DB"));
    QCOMPARE(sp.value(QStringLiteral("servicePrincipalType")).toString(), QStringLiteral("Application"));
}

void TestEmuEncryption::onlyDeletionWhileRevoked()
{
    const QString keyPath = QStringLiteral("keys/%1/%2").arg(kKey, storedDekVersion(kLegacy));
    QCOMPARE(kv("PATCH", keyPath,
                json({{QStringLiteral("attributes"), QJsonObject{{QStringLiteral("enabled"), false}}}}))
                 .status,
             200);
    QCOMPARE(readDoc(QStringLiteral("cart-1")).status, 403);
    // ARM DELETE still works (a long-running operation), and takes the ciphertext and the wrapped key with
    // it.
    const HttpsReply r = arm("DELETE", legacyPath());
    QCOMPARE(r.status, 202);
    const HttpsReply status = arm("GET", QString::fromLatin1(r.header("Azure-AsyncOperation")));
    QCOMPARE(status.json().value(QStringLiteral("status")).toString(), QStringLiteral("Succeeded"));
    QCOMPARE(arm("GET", legacyPath()).status, 404);
    QCOMPARE(arm("DELETE", legacyPath()).status, 204);
    QVERIFY(storedBodies(kLegacy).isEmpty());
    QVERIFY(!m_cloud.emulator().store()->accountDek(kLegacy));
    QVERIFY(!m_cloud.emulator().store()->principalByObjectId(m_principal));
    const HttpsReply gone = readDoc(QStringLiteral("cart-1"));
    QCOMPARE(gone.status, 403);
    QCOMPARE(gone.header("x-ms-substatus"), QByteArray("1008"));
}

QTEST_GUILESS_MAIN(TestEmuEncryption)
#include "tst_emuencryption.moc"
