// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "SyncHttps.h"
#include "core/Clock.h"
#include "emulator/CosmosAccountsProvider.h"
#include "emulator/DemoSeed.h"
#include "emulator/Emulator.h"
#include "emulator/Rbac.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace csc::emu;
using csc::test::HttpsReply;
using csc::test::httpsRequest;

namespace {

const QString kTenant = QLatin1String(DemoSeed::kTenantId);
const QString kProd = QLatin1String(DemoSeed::kSubscriptionProduction);
const QString kDev = QLatin1String(DemoSeed::kSubscriptionDevelopment);
const QString kApi = QStringLiteral("api-version=2025-10-15");

enum Who
{
    Owner = 0,
    Contributor,
    Reader,
    CosmosContributor,
    CosmosReader,
    CosmosOperator,
    NoAccess
};

QString accountPath(const QString &sub, const QString &rg, const QString &name, const QString &op = {})
{
    return QStringLiteral(
               "/subscriptions/%1/resourceGroups/%2/providers/Microsoft.DocumentDB/databaseAccounts/%3%4")
        .arg(sub, rg, name, op.isEmpty() ? QString() : u'/' + op);
}

QStringList names(const QJsonArray &value)
{
    QStringList out;
    for (const QJsonValue &v : value)
        out << v.toObject().value(QStringLiteral("name")).toString();
    return out;
}

} // namespace

class TestEmuArm : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void subscriptionsPerPrincipal_data();
    void subscriptionsPerPrincipal();
    void resourceGroupsAreFilteredOrRefused();
    void accountsListAndGetWithRealPropertyNames();
    void notFoundErrors();
    void apiVersions();
    void olderApiVersionRendering();
    void rbac_data();
    void rbac();
    void patchUpdatesSecuritySettings();
    void patchValidates_data();
    void patchValidates();
    void bearerErrors_data();
    void bearerErrors();
    void expiredToken();
    void notYetValidToken();
    void pagingOver260Accounts();
    void metadataEndpoints();
    void unknownProviderType();

private:
    QString token(Who who);
    HttpsReply call(Who who, const QByteArray &method, const QString &pathAndQuery,
                    const QByteArray &body = {});
    HttpsReply callWith(const QByteArray &authorization, const QByteArray &method,
                        const QString &pathAndQuery);
    QJsonObject claimsFor(Who who) const;

    QTemporaryDir m_dir;
    Emulator m_emu;
    QHash<int, QString> m_tokens;
};

void TestEmuArm::initTestCase()
{
    EmulatorOptions o;
    o.dataDir = m_dir.filePath(QStringLiteral("data"));
    o.seed = QStringLiteral("demo");
    o.pageSize = 100;
    o.lroDelayMs = 0; // account PATCHes complete before the answer (tst_emukeys covers the running state)
    const auto started = m_emu.start(o);
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
}

void TestEmuArm::cleanup()
{
    csc::Clock::setInstance(nullptr);
}

QString TestEmuArm::token(Who who)
{
    if (m_tokens.contains(who))
        return m_tokens.value(who);
    const auto &p = DemoSeed::kPrincipals[who];
    const QByteArray body = "client_id=" + QByteArray(p.clientId) +
                            "&client_secret=" + QUrl::toPercentEncoding(QLatin1String(p.secret)) +
                            "&grant_type=client_credentials&scope=" +
                            QUrl::toPercentEncoding(m_emu.baseUrl().toString() + QStringLiteral("/.default"));
    const auto r = httpsRequest(
        "POST", QUrl(m_emu.baseUrl().toString() + u'/' + kTenant + QStringLiteral("/oauth2/v2.0/token")),
        m_emu.tls().caCertificate, body, {{"Content-Type", "application/x-www-form-urlencoded"}});
    const QString t = r.json().value(QStringLiteral("access_token")).toString();
    if (!t.isEmpty())
        m_tokens.insert(who, t);
    return t;
}

HttpsReply TestEmuArm::callWith(const QByteArray &authorization, const QByteArray &method,
                                const QString &pathAndQuery)
{
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (!authorization.isNull())
        headers << std::pair{QByteArray("Authorization"), authorization};
    return httpsRequest(method, QUrl(m_emu.baseUrl().toString() + pathAndQuery), m_emu.tls().caCertificate,
                        {}, headers);
}

HttpsReply TestEmuArm::call(Who who, const QByteArray &method, const QString &pathAndQuery,
                            const QByteArray &body)
{
    QList<std::pair<QByteArray, QByteArray>> headers{
        {"Authorization", "Bearer " + token(who).toLatin1()},
        {"x-ms-client-request-id", "c0ffee00-0000-4000-8000-000000000000"}};
    if (!body.isEmpty())
        headers << std::pair{QByteArray("Content-Type"), QByteArray("application/json")};
    return httpsRequest(method, QUrl(m_emu.baseUrl().toString() + pathAndQuery), m_emu.tls().caCertificate,
                        body, headers);
}

QJsonObject TestEmuArm::claimsFor(Who who) const
{
    const qint64 now = csc::Clock::now().toSecsSinceEpoch();
    return QJsonObject{{QStringLiteral("aud"), m_emu.baseUrl().toString() + u'/'},
                       {QStringLiteral("iss"), m_emu.baseUrl().toString() + u'/' + kTenant + u'/'},
                       {QStringLiteral("iat"), now},
                       {QStringLiteral("nbf"), now},
                       {QStringLiteral("exp"), now + 3600},
                       {QStringLiteral("oid"), QLatin1String(DemoSeed::kPrincipals[who].objectId)},
                       {QStringLiteral("tid"), kTenant},
                       {QStringLiteral("appid"), QLatin1String(DemoSeed::kPrincipals[who].clientId)},
                       {QStringLiteral("ver"), QStringLiteral("1.0")}};
}

void TestEmuArm::subscriptionsPerPrincipal_data()
{
    QTest::addColumn<int>("who");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("owner") << int(Owner)
                           << QStringList{QStringLiteral("Contoso Production"),
                                          QStringLiteral("Fabrikam Development")};
    QTest::newRow("reader") << int(Reader) << QStringList{QStringLiteral("Contoso Production")};
    QTest::newRow("resource-group scoped")
        << int(CosmosContributor) << QStringList{QStringLiteral("Contoso Production")};
    QTest::newRow("contributor") << int(Contributor) << QStringList{QStringLiteral("Fabrikam Development")};
    QTest::newRow("no access") << int(NoAccess) << QStringList{};
}

void TestEmuArm::subscriptionsPerPrincipal()
{
    QFETCH(int, who);
    QFETCH(QStringList, expected);
    const auto r = call(Who(who), "GET", QStringLiteral("/subscriptions?api-version=2022-12-01"));
    QCOMPARE(r.status, 200);
    QStringList got;
    for (const QJsonValue &v : r.json().value(QStringLiteral("value")).toArray()) {
        got << v.toObject().value(QStringLiteral("displayName")).toString();
        QCOMPARE(v.toObject().value(QStringLiteral("tenantId")).toString(), kTenant);
        QCOMPARE(v.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("Enabled"));
    }
    QCOMPARE(got, expected);
    QVERIFY(!r.header("x-ms-request-id").isEmpty());
    QVERIFY(!r.header("x-ms-correlation-request-id").isEmpty());
    QCOMPARE(r.header("x-ms-client-request-id"), QByteArray("c0ffee00-0000-4000-8000-000000000000"));
}

void TestEmuArm::resourceGroupsAreFilteredOrRefused()
{
    const QString path = QStringLiteral("/subscriptions/%1/resourcegroups?api-version=2021-04-01").arg(kProd);
    auto r = call(Owner, "GET", path);
    QCOMPARE(r.status, 200);
    QCOMPARE(names(r.json().value(QStringLiteral("value")).toArray()),
             (QStringList{QStringLiteral("rg-catalog"), QStringLiteral("rg-legacy"),
                          QStringLiteral("rg-orders")}));
    const QJsonObject first = r.json().value(QStringLiteral("value")).toArray().first().toObject();
    QCOMPARE(first.value(QStringLiteral("id")).toString(),
             QStringLiteral("/subscriptions/%1/resourceGroups/rg-catalog").arg(kProd));
    QCOMPARE(first.value(QStringLiteral("type")).toString(),
             QStringLiteral("Microsoft.Resources/resourceGroups"));
    QCOMPARE(first.value(QStringLiteral("location")).toString(), QStringLiteral("eastus"));

    r = call(CosmosContributor, "GET", path);
    QCOMPARE(r.status, 200);
    QCOMPARE(names(r.json().value(QStringLiteral("value")).toArray()),
             QStringList{QStringLiteral("rg-orders")});

    r = call(NoAccess, "GET", path);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("AuthorizationFailed"));

    r = call(Reader, "GET",
             QStringLiteral("/subscriptions/%1/resourceGroups/RG-ORDERS?api-version=2021-04-01").arg(kProd));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("name")).toString(), QStringLiteral("rg-orders"));
}

void TestEmuArm::accountsListAndGetWithRealPropertyNames()
{
    auto r = call(Owner, "GET",
                  QStringLiteral("/subscriptions/%1/providers/Microsoft.DocumentDB/databaseAccounts?%2")
                      .arg(kProd, kApi));
    QCOMPARE(r.status, 200);
    QCOMPARE(names(r.json().value(QStringLiteral("value")).toArray()),
             (QStringList{QStringLiteral("contoso-catalog"), QStringLiteral("contoso-legacy"),
                          QStringLiteral("contoso-orders"), QStringLiteral("contoso-payments")}));
    QVERIFY(!r.json().contains(QStringLiteral("nextLink")));

    r = call(Owner, "GET",
             QStringLiteral("/subscriptions/%1/resourceGroups/rg-analytics/providers/Microsoft.DocumentDB/"
                            "databaseAccounts?%2")
                 .arg(kDev, kApi));
    QCOMPARE(r.status, 200);
    QCOMPARE(names(r.json().value(QStringLiteral("value")).toArray()),
             (QStringList{QStringLiteral("fabrikam-analytics"), QStringLiteral("fabrikam-telemetry")}));

    r = call(Owner, "GET",
             accountPath(kProd, QStringLiteral("rg-orders"), QStringLiteral("contoso-orders")) + u'?' + kApi);
    QCOMPARE(r.status, 200);
    const QJsonObject a = r.json();
    QCOMPARE(a.value(QStringLiteral("id")).toString(),
             accountPath(kProd, QStringLiteral("rg-orders"), QStringLiteral("contoso-orders")));
    QCOMPARE(a.value(QStringLiteral("type")).toString(),
             QStringLiteral("Microsoft.DocumentDB/databaseAccounts"));
    QCOMPARE(a.value(QStringLiteral("kind")).toString(), QStringLiteral("GlobalDocumentDB"));
    QCOMPARE(a.value(QStringLiteral("location")).toString(), QStringLiteral("West US"));
    QCOMPARE(a.value(QStringLiteral("identity")).toObject().value(QStringLiteral("type")).toString(),
             QStringLiteral("SystemAssigned"));
    const QJsonObject p = a.value(QStringLiteral("properties")).toObject();
    QCOMPARE(p.value(QStringLiteral("disableLocalAuth")).toBool(), true);
    QCOMPARE(p.value(QStringLiteral("publicNetworkAccess")).toString(), QStringLiteral("Disabled"));
    QCOMPARE(p.value(QStringLiteral("minimalTlsVersion")).toString(), QStringLiteral("Tls12"));
    QVERIFY(p.value(QStringLiteral("keyVaultKeyUri")).toString().startsWith(QLatin1String("https://")));
    QCOMPARE(p.value(QStringLiteral("defaultIdentity")).toString(), QStringLiteral("SystemAssignedIdentity"));
    QCOMPARE(p.value(QStringLiteral("databaseAccountOfferType")).toString(), QStringLiteral("Standard"));
    QCOMPARE(p.value(QStringLiteral("provisioningState")).toString(), QStringLiteral("Succeeded"));
    QVERIFY(p.value(QStringLiteral("ipRules")).isArray());
    QVERIFY(p.value(QStringLiteral("keysMetadata")).toObject().contains(QStringLiteral("primaryMasterKey")));
    // The account's own data-plane listener of this emulator.
    QCOMPARE(p.value(QStringLiteral("documentEndpoint")).toString(),
             m_emu.documentEndpoint(QStringLiteral("contoso-orders")));
    QVERIFY(p.value(QStringLiteral("documentEndpoint"))
                .toString()
                .startsWith(QLatin1String("https://127.0.0.1:")));
    const QJsonObject pec =
        p.value(QStringLiteral("privateEndpointConnections")).toArray().first().toObject();
    QCOMPARE(pec.value(QStringLiteral("properties"))
                 .toObject()
                 .value(QStringLiteral("privateLinkServiceConnectionState"))
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("Approved"));

    // Other postures come through as stored.
    r = call(Owner, "GET",
             accountPath(kProd, QStringLiteral("rg-legacy"), QStringLiteral("contoso-legacy")) + u'?' + kApi);
    QCOMPARE(r.json()
                 .value(QStringLiteral("properties"))
                 .toObject()
                 .value(QStringLiteral("minimalTlsVersion"))
                 .toString(),
             QStringLiteral("Tls"));
    r = call(Owner, "GET",
             accountPath(kDev, QStringLiteral("rg-analytics"), QStringLiteral("fabrikam-analytics")) + u'?' +
                 kApi);
    const QJsonArray rules =
        r.json().value(QStringLiteral("properties")).toObject().value(QStringLiteral("ipRules")).toArray();
    QCOMPARE(rules.first().toObject().value(QStringLiteral("ipAddressOrRange")).toString(),
             QStringLiteral("0.0.0.0"));
}

void TestEmuArm::notFoundErrors()
{
    auto r = call(Owner, "GET",
                  accountPath(kProd, QStringLiteral("rg-orders"), QStringLiteral("nope")) + u'?' + kApi);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("ResourceNotFound"));
    r = call(Owner, "GET",
             accountPath(kProd, QStringLiteral("rg-none"), QStringLiteral("contoso-orders")) + u'?' + kApi);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("ResourceGroupNotFound"));
    r = call(
        Owner, "GET",
        QStringLiteral(
            "/subscriptions/00000000-0000-4000-8000-000000000000/resourcegroups?api-version=2021-04-01"));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("SubscriptionNotFound"));
    // The account exists, but in another resource group.
    r = call(Owner, "GET",
             accountPath(kProd, QStringLiteral("rg-catalog"), QStringLiteral("contoso-orders")) + u'?' +
                 kApi);
    QCOMPARE(r.status, 404);
}

void TestEmuArm::apiVersions()
{
    const QString path = accountPath(kProd, QStringLiteral("rg-orders"), QStringLiteral("contoso-orders"));
    auto r = call(Owner, "GET", path);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("MissingApiVersionParameter"));
    r = call(Owner, "GET", path + QStringLiteral("?api-version=2099-01-01"));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("NoRegisteredProviderFound"));
    QVERIFY(r.json()
                .value(QStringLiteral("error"))
                .toObject()
                .value(QStringLiteral("message"))
                .toString()
                .contains(QLatin1String("2025-10-15")));
    r = call(Owner, "GET", QStringLiteral("/subscriptions?api-version=1999-01-01"));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("InvalidApiVersionParameter"));
    // The SDK encodes the query name; QUrl normalises it.
    r = call(Owner, "GET", path + QStringLiteral("?api%2Dversion=2025-04-15"));
    QCOMPARE(r.status, 200);
}

void TestEmuArm::olderApiVersionRendering()
{
    const QString path = accountPath(kProd, QStringLiteral("rg-catalog"), QStringLiteral("contoso-catalog"));
    auto r = call(Owner, "GET", path + QStringLiteral("?api-version=2021-04-15"));
    QCOMPARE(r.status, 200);
    QJsonObject p = r.json().value(QStringLiteral("properties")).toObject();
    QVERIFY(!p.contains(QStringLiteral("minimalTlsVersion")));
    QVERIFY(p.contains(QStringLiteral("ipRules")));
    r = call(Owner, "GET", path + QStringLiteral("?api-version=2016-03-31"));
    p = r.json().value(QStringLiteral("properties")).toObject();
    QVERIFY(!p.contains(QStringLiteral("ipRules")));
    QCOMPARE(p.value(QStringLiteral("ipRangeFilter")).toString(),
             QStringLiteral("203.0.113.0/24,198.51.100.7"));
}

void TestEmuArm::rbac_data()
{
    QTest::addColumn<int>("who");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("action"); ///< expected in the 403 message
    QTest::addColumn<QString>("scope");

    const QString legacy = accountPath(kProd, QStringLiteral("rg-legacy"), QStringLiteral("contoso-legacy"));
    const QString orders = accountPath(kProd, QStringLiteral("rg-orders"), QStringLiteral("contoso-orders"));
    const QString catalog =
        accountPath(kProd, QStringLiteral("rg-catalog"), QStringLiteral("contoso-catalog"));
    const QString sandbox =
        accountPath(kDev, QStringLiteral("rg-sandbox"), QStringLiteral("fabrikam-sandbox"));
    const QString subList =
        QStringLiteral("/subscriptions/%1/providers/Microsoft.DocumentDB/databaseAccounts").arg(kProd);
    const QString rgList =
        QStringLiteral("/subscriptions/%1/resourceGroups/rg-orders/providers/Microsoft.DocumentDB/"
                       "databaseAccounts")
            .arg(kProd);
    const QString write = QStringLiteral("Microsoft.DocumentDB/databaseAccounts/write");
    const QString read = QStringLiteral("Microsoft.DocumentDB/databaseAccounts/read");
    const QString listKeys = QStringLiteral("Microsoft.DocumentDB/databaseAccounts/listKeys/action");

    QTest::newRow("reader may read") << int(Reader) << QByteArray("GET") << legacy << 200 << QString()
                                     << QString();
    QTest::newRow("reader may not write")
        << int(Reader) << QByteArray("PATCH") << legacy << 403 << write << legacy;
    QTest::newRow("reader may not list keys")
        << int(Reader) << QByteArray("POST") << legacy + QStringLiteral("/listKeys") << 403 << listKeys
        << legacy;
    QTest::newRow("reader GET readonlykeys (*/read matches)")
        << int(Reader) << QByteArray("GET") << legacy + QStringLiteral("/readonlykeys") << 200 << QString()
        << QString();
    QTest::newRow("reader POST readonlykeys")
        << int(Reader) << QByteArray("POST") << legacy + QStringLiteral("/readonlykeys") << 403
        << QStringLiteral("Microsoft.DocumentDB/databaseAccounts/readonlykeys/action") << legacy;
    QTest::newRow("no assignment: get")
        << int(NoAccess) << QByteArray("GET") << legacy << 403 << read << legacy;
    QTest::newRow("no assignment: list") << int(NoAccess) << QByteArray("GET") << subList << 403 << read
                                         << QStringLiteral("/subscriptions/") + kProd;
    QTest::newRow("operator may write")
        << int(CosmosOperator) << QByteArray("PATCH") << legacy << 200 << QString() << QString();
    QTest::newRow("operator may not list keys")
        << int(CosmosOperator) << QByteArray("POST") << legacy + QStringLiteral("/listKeys") << 403
        << listKeys << legacy;
    QTest::newRow("operator may not list connection strings")
        << int(CosmosOperator) << QByteArray("POST") << legacy + QStringLiteral("/listConnectionStrings")
        << 403 << QStringLiteral("Microsoft.DocumentDB/databaseAccounts/listConnectionStrings/action")
        << legacy;
    QTest::newRow("operator may not read read-only keys")
        << int(CosmosOperator) << QByteArray("POST") << legacy + QStringLiteral("/readonlykeys") << 403
        << QStringLiteral("Microsoft.DocumentDB/databaseAccounts/readonlykeys/action") << legacy;
    QTest::newRow("account reader gets read-only keys")
        << int(CosmosReader) << QByteArray("POST") << legacy + QStringLiteral("/readonlykeys") << 200
        << QString() << QString();
    QTest::newRow("account reader may not list keys")
        << int(CosmosReader) << QByteArray("POST") << legacy + QStringLiteral("/listKeys") << 403 << listKeys
        << legacy;
    QTest::newRow("account reader may not write")
        << int(CosmosReader) << QByteArray("PATCH") << legacy << 403 << write << legacy;
    QTest::newRow("rg-scoped contributor: list at subscription")
        << int(CosmosContributor) << QByteArray("GET") << subList << 403 << read
        << QStringLiteral("/subscriptions/") + kProd;
    QTest::newRow("rg-scoped contributor: list in its group")
        << int(CosmosContributor) << QByteArray("GET") << rgList << 200 << QString() << QString();
    QTest::newRow("rg-scoped contributor: other group")
        << int(CosmosContributor) << QByteArray("GET") << catalog << 403 << read << catalog;
    QTest::newRow("rg-scoped contributor: keys in its group")
        << int(CosmosContributor) << QByteArray("POST") << orders + QStringLiteral("/listKeys") << 200
        << QString() << QString();
    QTest::newRow("contributor lists keys")
        << int(Contributor) << QByteArray("POST") << sandbox + QStringLiteral("/listKeys") << 200 << QString()
        << QString();
    QTest::newRow("contributor outside its subscription")
        << int(Contributor) << QByteArray("GET") << legacy << 403 << read << legacy;
    QTest::newRow("owner lists keys")
        << int(Owner) << QByteArray("POST") << orders + QStringLiteral("/listKeys") << 200 << QString()
        << QString();
}

void TestEmuArm::rbac()
{
    QFETCH(int, who);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QString, action);
    QFETCH(QString, scope);
    const QByteArray body = method == "PATCH" ? QByteArray(R"({"tags":{"touched":"yes"}})") : QByteArray();
    const auto r = call(Who(who), method, path + u'?' + kApi, body);
    QCOMPARE(r.status, status);
    if (status == 403) {
        const QJsonObject e = r.json().value(QStringLiteral("error")).toObject();
        QCOMPARE(e.value(QStringLiteral("code")).toString(), QStringLiteral("AuthorizationFailed"));
        const QString oid = QLatin1String(DemoSeed::kPrincipals[who].objectId);
        QCOMPARE(e.value(QStringLiteral("message")).toString(),
                 QStringLiteral(
                     "The client '%1' with object id '%1' does not have authorization to perform action "
                     "'%2' over scope '%3' or the scope is invalid. If access was recently granted, please "
                     "refresh your credentials.")
                     .arg(oid, action, scope));
    }
    if (status == 200 && path.endsWith(QLatin1String("/listKeys"))) {
        const QJsonObject k = r.json();
        for (const char *f : {"primaryMasterKey", "secondaryMasterKey", "primaryReadonlyMasterKey",
                              "secondaryReadonlyMasterKey"})
            QCOMPARE(QByteArray::fromBase64(k.value(QLatin1String(f)).toString().toLatin1()).size(), 64);
    }
    if (status == 200 && path.endsWith(QLatin1String("/readonlykeys"))) {
        QVERIFY(r.json().contains(QStringLiteral("primaryReadonlyMasterKey")));
        QVERIFY(!r.json().contains(QStringLiteral("primaryMasterKey")));
    }
}

void TestEmuArm::patchUpdatesSecuritySettings()
{
    const QString path = accountPath(kDev, QStringLiteral("rg-sandbox"), QStringLiteral("fabrikam-sandbox"));
    const QByteArray body = R"({"properties":{"minimalTlsVersion":"tls12","disableLocalAuth":true,
        "publicNetworkAccess":"Enabled","ipRules":[{"ipAddressOrRange":"203.0.113.7"}],"networkAclBypass":"None"},
        "identity":{"type":"SystemAssigned"}})";
    auto r = call(Owner, "PATCH", path + u'?' + kApi, body);
    QCOMPARE(r.status, 200);
    r = call(Reader, "GET", path + u'?' + kApi);
    QCOMPARE(r.status, 403); // Reader has no role in the development subscription
    r = call(Contributor, "GET", path + u'?' + kApi);
    QCOMPARE(r.status, 200);
    const QJsonObject p = r.json().value(QStringLiteral("properties")).toObject();
    QCOMPARE(p.value(QStringLiteral("minimalTlsVersion")).toString(), QStringLiteral("Tls12"));
    QCOMPARE(p.value(QStringLiteral("disableLocalAuth")).toBool(), true);
    QCOMPARE(p.value(QStringLiteral("ipRules")).toArray().size(), 1);
    const QJsonObject identity = r.json().value(QStringLiteral("identity")).toObject();
    QCOMPARE(identity.value(QStringLiteral("type")).toString(), QStringLiteral("SystemAssigned"));
    QVERIFY(!identity.value(QStringLiteral("principalId")).toString().isEmpty());
    QCOMPARE(identity.value(QStringLiteral("tenantId")).toString(), kTenant);
    // Persisted in SQLite.
    const auto stored =
        m_emu.store()->account(kDev, QStringLiteral("rg-sandbox"), QStringLiteral("fabrikam-sandbox"));
    QVERIFY(stored);
    QCOMPARE(stored->resource.value(QStringLiteral("properties"))
                 .toObject()
                 .value(QStringLiteral("disableLocalAuth"))
                 .toBool(),
             true);
}

void TestEmuArm::patchValidates_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("bad tls") << QByteArray(R"({"properties":{"minimalTlsVersion":"Tls13x"}})");
    QTest::newRow("private ip") << QByteArray(
        R"({"properties":{"ipRules":[{"ipAddressOrRange":"10.1.2.3"}]}})");
    QTest::newRow("ipv6") << QByteArray(R"({"properties":{"ipRules":[{"ipAddressOrRange":"2001:db8::1"}]}})");
    QTest::newRow("bad cidr") << QByteArray(
        R"({"properties":{"ipRules":[{"ipAddressOrRange":"1.2.3.4/40"}]}})");
    QTest::newRow("not bool") << QByteArray(R"({"properties":{"disableLocalAuth":"yes"}})");
    QTest::newRow("bad public access") << QByteArray(R"({"properties":{"publicNetworkAccess":"Sometimes"}})");
    QTest::newRow("bad key uri") << QByteArray(R"({"properties":{"keyVaultKeyUri":"http://x/keys/k"}})");
    QTest::newRow("not json") << QByteArray("{nope");
}

void TestEmuArm::patchValidates()
{
    QFETCH(QByteArray, body);
    const QString path = accountPath(kProd, QStringLiteral("rg-catalog"), QStringLiteral("contoso-catalog"));
    const auto before =
        m_emu.store()->account(kProd, QStringLiteral("rg-catalog"), QStringLiteral("contoso-catalog"));
    const auto r = call(Owner, "PATCH", path + u'?' + kApi, body);
    QCOMPARE(r.status, 400);
    QVERIFY(!r.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("message"))
                 .toString()
                 .isEmpty());
    const auto after =
        m_emu.store()->account(kProd, QStringLiteral("rg-catalog"), QStringLiteral("contoso-catalog"));
    QCOMPARE(after->resource, before->resource);
}

void TestEmuArm::bearerErrors_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QString>("code");
    const auto otherSigner = TokenSigner::createEphemeral();
    QVERIFY(otherSigner.ok());
    const TokenSigner &signer = m_emu.context().signer;

    QTest::newRow("missing") << QByteArray() << QStringLiteral("AuthenticationFailed");
    QTest::newRow("basic") << QByteArray("Basic dXNlcjpwYXNz") << QStringLiteral("AuthenticationFailed");
    QTest::newRow("garbage") << QByteArray("Bearer not-a-jwt")
                             << QStringLiteral("InvalidAuthenticationToken");
    QByteArray tampered = token(Owner).toLatin1();
    tampered[tampered.size() - 5] = tampered[tampered.size() - 5] == 'A' ? 'B' : 'A';
    QTest::newRow("tampered signature")
        << "Bearer " + tampered << QStringLiteral("InvalidAuthenticationToken");
    QTest::newRow("foreign key") << "Bearer " + otherSigner.value().sign(claimsFor(Owner))
                                 << QStringLiteral("InvalidAuthenticationToken");
    QJsonObject c = claimsFor(Owner);
    c.insert(QStringLiteral("aud"), QStringLiteral("https://vault.azure.net"));
    QTest::newRow("wrong audience") << "Bearer " + signer.sign(c)
                                    << QStringLiteral("InvalidAuthenticationTokenAudience");
    c = claimsFor(Owner);
    c.insert(QStringLiteral("iss"), QStringLiteral("https://sts.windows.net/%1/").arg(kTenant));
    QTest::newRow("foreign issuer") << "Bearer " + signer.sign(c)
                                    << QStringLiteral("InvalidAuthenticationTokenTenant");
    c = claimsFor(Owner);
    c.insert(QStringLiteral("tid"), QStringLiteral("00000000-1111-4222-8333-444444444444"));
    QTest::newRow("unknown tenant") << "Bearer " + signer.sign(c)
                                    << QStringLiteral("InvalidAuthenticationTokenTenant");
    c = claimsFor(Owner);
    c.remove(QStringLiteral("exp"));
    QTest::newRow("no exp") << "Bearer " + signer.sign(c) << QStringLiteral("InvalidAuthenticationToken");
    c = claimsFor(Owner);
    c.insert(QStringLiteral("exp"), QDateTime::currentSecsSinceEpoch() - 3600);
    QTest::newRow("expired") << "Bearer " + signer.sign(c) << QStringLiteral("ExpiredAuthenticationToken");
    c = claimsFor(Owner);
    c.insert(QStringLiteral("nbf"), QDateTime::currentSecsSinceEpoch() + 3600);
    QTest::newRow("not yet valid") << "Bearer " + signer.sign(c)
                                   << QStringLiteral("InvalidAuthenticationToken");
}

void TestEmuArm::bearerErrors()
{
    QFETCH(QByteArray, authorization);
    QFETCH(QString, code);
    const auto r = callWith(authorization, "GET", QStringLiteral("/subscriptions?api-version=2022-12-01"));
    QCOMPARE(r.status, 401);
    QCOMPARE(r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             code);
    QVERIFY(r.header("WWW-Authenticate").startsWith("Bearer authorization_uri="));
}

void TestEmuArm::expiredToken()
{
    const QByteArray bearer = "Bearer " + token(Owner).toLatin1();
    csc::ManualClock clock;
    csc::Clock::setInstance(&clock);
    QCOMPARE(callWith(bearer, "GET", QStringLiteral("/subscriptions?api-version=2022-12-01")).status, 200);
    clock.advance(3599 + 240); // past exp, within ARM's five-minute skew
    QCOMPARE(callWith(bearer, "GET", QStringLiteral("/subscriptions?api-version=2022-12-01")).status, 200);
    clock.advance(120);
    const auto r = callWith(bearer, "GET", QStringLiteral("/subscriptions?api-version=2022-12-01"));
    QCOMPARE(r.status, 401);
    const QJsonObject e = r.json().value(QStringLiteral("error")).toObject();
    QCOMPARE(e.value(QStringLiteral("code")).toString(), QStringLiteral("ExpiredAuthenticationToken"));
    QVERIFY2(e.value(QStringLiteral("message"))
                 .toString()
                 .startsWith(QLatin1String("The access token expiry UTC time '")),
             qPrintable(e.value(QStringLiteral("message")).toString()));
}

void TestEmuArm::notYetValidToken()
{
    csc::ManualClock clock;
    csc::Clock::setInstance(&clock);
    clock.advance(7200); // the token is issued "in the future" ...
    m_tokens.remove(Reader);
    const QByteArray bearer = "Bearer " + token(Reader).toLatin1();
    m_tokens.remove(Reader);
    clock.advance(-7200); // ... and used now: nbf is 7200 - 300 s ahead, beyond the skew
    const auto r = callWith(bearer, "GET", QStringLiteral("/subscriptions?api-version=2022-12-01"));
    QCOMPARE(r.status, 401);
    QCOMPARE(r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("InvalidAuthenticationToken"));
}

void TestEmuArm::pagingOver260Accounts()
{
    Store *store = m_emu.store();
    QVERIFY(store->addResourceGroup({kProd, QStringLiteral("rg-bulk"), QStringLiteral("westus"), {}}).ok());
    const auto filled = store->transaction([&]() -> csc::Result<void> {
        for (int i = 0; i < 260; ++i) {
            const QString name = QStringLiteral("bulk-%1").arg(i, 3, 10, QLatin1Char('0'));
            if (auto r = store->putAccount(
                    {kProd, QStringLiteral("rg-bulk"), name,
                     CosmosAccountsProvider::newAccountResource(name, QStringLiteral("West US"))});
                !r)
                return r;
        }
        return {};
    });
    QVERIFY(filled.ok());

    const auto collect = [&](Who who, QString url, int expectedPages) {
        QStringList all;
        int pages = 0;
        while (!url.isEmpty()) {
            const auto r = httpsRequest("GET", QUrl(url, QUrl::StrictMode), m_emu.tls().caCertificate, {},
                                        {{"Authorization", "Bearer " + token(who).toLatin1()}});
            if (r.status != 200) {
                qWarning("page %d: %d %s", pages, r.status, r.body.constData());
                return QStringList();
            }
            ++pages;
            const QJsonArray value = r.json().value(QStringLiteral("value")).toArray();
            if (value.size() > 100)
                return QStringList();
            all << names(value);
            url = r.json().value(QStringLiteral("nextLink")).toString();
            if (!url.isEmpty()) {
                const QUrlQuery q{QUrl(url)};
                if (q.queryItemValue(QStringLiteral("api-version")) != QLatin1String("2025-10-15") ||
                    q.queryItemValue(QStringLiteral("$skiptoken")).isEmpty())
                    return QStringList();
            }
        }
        return pages == expectedPages ? all : QStringList();
    };
    const QString base = m_emu.baseUrl().toString();
    const QStringList rgNames = collect(
        Owner,
        base +
            QStringLiteral(
                "/subscriptions/%1/resourceGroups/rg-bulk/providers/Microsoft.DocumentDB/databaseAccounts?%2")
                .arg(kProd, kApi),
        3);
    QCOMPARE(rgNames.size(), 260);
    QCOMPARE(QSet<QString>(rgNames.begin(), rgNames.end()).size(), 260);
    QStringList sorted = rgNames;
    sorted.sort();
    QCOMPARE(rgNames, sorted);

    const QStringList subNames =
        collect(Reader,
                base + QStringLiteral("/subscriptions/%1/providers/Microsoft.DocumentDB/databaseAccounts?%2")
                           .arg(kProd, kApi),
                3);
    QCOMPARE(subNames.size(), 264);
    QVERIFY(subNames.contains(QStringLiteral("contoso-orders")));

    // A forged skip token is refused.
    const auto bad = call(
        Owner, "GET",
        QStringLiteral("/subscriptions/%1/providers/Microsoft.DocumentDB/databaseAccounts?%2&$skiptoken=%%%%")
            .arg(kProd, kApi));
    QCOMPARE(bad.status, 400);
}

void TestEmuArm::metadataEndpoints()
{
    const auto r = httpsRequest(
        "GET",
        QUrl(m_emu.baseUrl().toString() + QStringLiteral("/metadata/endpoints?api-version=2015-01-01")),
        m_emu.tls().caCertificate);
    QCOMPARE(r.status, 200);
    const QJsonObject auth = r.json().value(QStringLiteral("authentication")).toObject();
    QCOMPARE(auth.value(QStringLiteral("loginEndpoint")).toString(), m_emu.baseUrl().toString() + u'/');
    QCOMPARE(auth.value(QStringLiteral("audiences")).toArray().first().toString(),
             m_emu.baseUrl().toString() + u'/');
}

void TestEmuArm::unknownProviderType()
{
    auto r =
        call(Owner, "GET",
             QStringLiteral("/subscriptions/%1/providers/Microsoft.Unknown/things?api-version=2024-01-01")
                 .arg(kProd));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("InvalidResourceType"));
    // Extension resources below an account are routed by their own provider (none registered yet).
    r = call(Owner, "GET",
             accountPath(kProd, QStringLiteral("rg-orders"), QStringLiteral("contoso-orders")) +
                 QStringLiteral(
                     "/providers/Microsoft.Insights/diagnosticSettings?api-version=2021-05-01-preview"));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("InvalidResourceType"));
    // Unknown methods on known resources.
    r = call(Owner, "DELETE",
             QStringLiteral("/subscriptions/%1/resourceGroups/rg-orders?api-version=2021-04-01").arg(kProd));
    QCOMPARE(r.status, 405);
}

QTEST_GUILESS_MAIN(TestEmuArm)
#include "tst_emuarm.moc"
