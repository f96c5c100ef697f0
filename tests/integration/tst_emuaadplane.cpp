// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "LocalCloudFixture.h"
#include "SyncHttps.h"
#include "core/Clock.h"
#include "core/MasterKeySigner.h"
#include "core/SqlRbac.h"
#include "emulator/AadDataPlane.h"
#include "emulator/EntraService.h"
#include "emulator/SqlRbacResources.h"
#include "emulator/TokenSigner.h"
#include "net/RequestLog.h"
#include "net/SqlRbacService.h"
#include "net/TokenCredential.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QScopeGuard>
#include <QTest>

#include <optional>

using namespace csc;
using test::DemoWho;
using test::HttpsReply;
using test::httpsRequest;

namespace {

// contoso-legacy accepts keys (setup); fabrikam-telemetry is Entra-only in the demo seed.
const QString kLegacy = QStringLiteral("contoso-legacy");
const QString kCatalog = QStringLiteral("contoso-catalog");
const QString kReaderAssignment = QStringLiteral("aad00001-0000-4000-8000-000000000001");
const QString kContributorAssignment = QStringLiteral("aad00002-0000-4000-8000-000000000002");

using HeaderPairs = QList<std::pair<QByteArray, QByteArray>>;

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString oidOf(DemoWho who)
{
    return QLatin1String(emu::DemoSeed::kPrincipals[who].objectId);
}

QString action(const char *relative)
{
    return QLatin1String(emu::AadDataPlane::kActionPrefix) + QLatin1String(relative);
}

/// The JWT's claims (no verification: for checking what Entra issued).
QJsonObject claimsOf(const QByteArray &jwt)
{
    const QList<QByteArray> parts = jwt.split('.');
    if (parts.size() != 3)
        return {};
    return QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding)).object();
}

} // namespace

class TestEmuAadPlane : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void entraIssuesDataPlaneTokens_data();
    void entraIssuesDataPlaneTokens();
    void unknownEndpointIsNotAResource();
    void consoleCredentialGetsDataPlaneToken();
    void noAssignment_data();
    void noAssignment();
    void readerAtContainerScope_data();
    void readerAtContainerScope();
    void contributorWrites();
    void metadataWritesAreRefused_data();
    void metadataWritesAreRefused();
    void invalidTokens_data();
    void invalidTokens();
    void expiredToken();
    void unencodedHeaderIsAccepted();
    void genericAudience();
    void localAuthDisabledKeepsEntra();

private:
    QString endpoint(const QString &account = kLegacy);
    /// A token from the emulator's token endpoint (client credentials), "" on failure.
    QByteArray token(DemoWho who, const QString &scope);
    /// A token for the account's data plane as @azure/cosmos asks for it (`<endpoint without />/.default`).
    QByteArray dataToken(DemoWho who, const QString &account = kLegacy);
    HttpsReply withKey(const QByteArray &method, const QString &path, const QByteArray &body = {},
                       HeaderPairs headers = {}, const QString &account = kLegacy);
    HttpsReply withAad(const QByteArray &jwt, const QByteArray &method, const QString &path,
                       const QByteArray &body = {}, HeaderPairs headers = {},
                       const QString &account = kLegacy, bool encode = true);
    /// Claims as Entra would issue them for `who` and the account's data plane (for signing variants).
    QJsonObject claimsFor(DemoWho who, const QString &account = kLegacy);
    bool assign(const QString &name, const char *definitionGuid, const QString &relativeScope, DemoWho who,
                const QString &account = kLegacy);
    void setLocalAuthDisabled(const QString &account, bool disabled);

    test::LocalCloudFixture m_cloud;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<RequestLog> m_log;
    std::vector<std::unique_ptr<AzureSession>> m_sessions;
};

void TestEmuAadPlane::initTestCase()
{
    emu::EmulatorOptions options;
    options.lroDelayMs = 0;
    const Result<void> started = m_cloud.start(options);
    QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().summary()));
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_log = std::make_unique<RequestLog>();

    // Data created with the master key: a database with two partitioned containers and a few items.
    QCOMPARE(
        withKey("POST", QStringLiteral("/dbs"), json({{QStringLiteral("id"), QStringLiteral("app")}})).status,
        201);
    for (const QString &coll : {QStringLiteral("orders"), QStringLiteral("audit")}) {
        const QJsonObject body{{QStringLiteral("id"), coll},
                               {QStringLiteral("partitionKey"),
                                QJsonObject{{QStringLiteral("paths"), QJsonArray{QStringLiteral("/tenant")}},
                                            {QStringLiteral("kind"), QStringLiteral("Hash")}}}};
        QCOMPARE(withKey("POST", QStringLiteral("/dbs/app/colls"), json(body)).status, 201);
    }
    for (const auto &[coll, id] :
         {std::pair{"orders", "o1"}, std::pair{"orders", "o2"}, std::pair{"audit", "a1"}}) {
        const HttpsReply r =
            withKey("POST", QStringLiteral("/dbs/app/colls/%1/docs").arg(QLatin1String(coll)),
                    json({{QStringLiteral("id"), QLatin1String(id)},
                          {QStringLiteral("tenant"), QStringLiteral("t1")}}),
                    {{"x-ms-documentdb-partitionkey", "[\"t1\"]"}});
        QCOMPARE(r.status, 201);
    }

    // Data-plane role assignments, made by the Owner through ARM (the console's SqlRbacService):
    // Cosmos reader principal: Built-in Data Reader on the orders container only;
    // Cosmos contributor principal: Built-in Data Contributor on the whole account.
    QVERIFY(assign(kReaderAssignment, emu::SqlRbac::kDataReaderId, QStringLiteral("/dbs/app/colls/orders"),
                   test::DemoCosmosReader));
    QVERIFY(assign(kContributorAssignment, emu::SqlRbac::kDataContributorId, QStringLiteral("/"),
                   test::DemoCosmosContributor));
}

void TestEmuAadPlane::cleanup()
{
    Clock::setInstance(nullptr);
}

QString TestEmuAadPlane::endpoint(const QString &account)
{
    return m_cloud.emulator().documentEndpoint(account);
}

QByteArray TestEmuAadPlane::token(DemoWho who, const QString &scope)
{
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
    return r.json().value(QStringLiteral("access_token")).toString().toLatin1();
}

QByteArray TestEmuAadPlane::dataToken(DemoWho who, const QString &account)
{
    QString e = endpoint(account);
    while (e.endsWith(u'/'))
        e.chop(1);
    return token(who, e + QStringLiteral("/.default"));
}

HttpsReply TestEmuAadPlane::withKey(const QByteArray &method, const QString &path, const QByteArray &body,
                                    HeaderPairs headers, const QString &account)
{
    const auto keys = m_cloud.emulator().store()->accountKeys(account);
    if (!keys)
        return {};
    const QString date = MasterKeySigner::httpDate(Clock::now());
    const CosmosResource resource = MasterKeySigner::resourceFromPath(path);
    const auto sig = MasterKeySigner::signature(SecureBytes(keys->primaryMasterKey.toLatin1()), method,
                                                resource.resourceType, resource.resourceLink, date);
    if (!sig)
        return {};
    headers << std::pair{QByteArray("authorization"), MasterKeySigner::authorizationHeader(sig.value())}
            << std::pair{QByteArray("x-ms-date"), date.toLatin1()}
            << std::pair{QByteArray("x-ms-version"), QByteArray("2020-07-15")};
    if (!body.isEmpty())
        headers << std::pair{QByteArray("Content-Type"), QByteArray("application/json")};
    QUrl u(endpoint(account));
    u.setPath(path);
    return httpsRequest(method, u, m_cloud.emulator().tls().caCertificate, body, headers);
}

HttpsReply TestEmuAadPlane::withAad(const QByteArray &jwt, const QByteArray &method, const QString &path,
                                    const QByteArray &body, HeaderPairs headers, const QString &account,
                                    bool encode)
{
    const QByteArray value = "type=aad&ver=1.0&sig=" + jwt;
    headers << std::pair{QByteArray("authorization"), encode ? MasterKeySigner::encodeToken(value) : value}
            << std::pair{QByteArray("x-ms-date"), MasterKeySigner::httpDate(Clock::now()).toLatin1()}
            << std::pair{QByteArray("x-ms-version"), QByteArray("2020-07-15")};
    if (!body.isEmpty()) {
        bool typed = false;
        for (const auto &h : headers)
            typed = typed || h.first.compare("Content-Type", Qt::CaseInsensitive) == 0;
        if (!typed)
            headers << std::pair{QByteArray("Content-Type"), QByteArray("application/json")};
    }
    QUrl u(endpoint(account));
    u.setPath(path);
    return httpsRequest(method, u, m_cloud.emulator().tls().caCertificate, body, headers);
}

QJsonObject TestEmuAadPlane::claimsFor(DemoWho who, const QString &account)
{
    QString aud = endpoint(account);
    aud.chop(1);
    const qint64 now = Clock::now().toSecsSinceEpoch();
    const QString tid = QLatin1String(emu::DemoSeed::kTenantId);
    return QJsonObject{
        {QStringLiteral("aud"), aud},
        {QStringLiteral("iss"), emu::EntraService::issuerV1(m_cloud.emulator().baseUrl().toString(), tid)},
        {QStringLiteral("iat"), now - 300},
        {QStringLiteral("nbf"), now - 300},
        {QStringLiteral("exp"), now + 3599},
        {QStringLiteral("oid"), oidOf(who)},
        {QStringLiteral("tid"), tid},
        {QStringLiteral("appid"), QLatin1String(emu::DemoSeed::kPrincipals[who].clientId)},
        {QStringLiteral("ver"), QStringLiteral("1.0")}};
}

bool TestEmuAadPlane::assign(const QString &name, const char *definitionGuid, const QString &relativeScope,
                             DemoWho who, const QString &account)
{
    m_sessions.push_back(m_cloud.session(m_nam.get(), m_log.get(), test::DemoOwner));
    if (!m_sessions.back())
        return false;
    SqlRbacService rbac(m_sessions.back().get(), test::LocalCloudFixture::accountId(account));
    rbac.setDefaultPollIntervalMs(100);
    SqlRoleAssignment as;
    as.name = name;
    as.roleDefinitionId = rbac.roleDefinitionId(QLatin1String(definitionGuid));
    as.scope = SqlScope::absolute(rbac.accountId(), relativeScope);
    as.principalId = oidOf(who);
    std::optional<Result<SqlRoleAssignment>> done;
    rbac.putRoleAssignment(as, this, [&done](const Result<SqlRoleAssignment> &r) { done = r; });
    if (!QTest::qWaitFor([&] { return done.has_value(); }, 30000))
        return false;
    if (!done->ok())
        qWarning() << done->error().detailedText();
    return done->ok();
}

void TestEmuAadPlane::setLocalAuthDisabled(const QString &account, bool disabled)
{
    emu::Store *store = m_cloud.emulator().store();
    auto a = store->accountByName(account);
    QVERIFY(a);
    QJsonObject props = a->resource.value(QStringLiteral("properties")).toObject();
    props.insert(QStringLiteral("disableLocalAuth"), disabled);
    a->resource.insert(QStringLiteral("properties"), props);
    QVERIFY(store->putAccount(*a).ok());
}

void TestEmuAadPlane::entraIssuesDataPlaneTokens_data()
{
    QTest::addColumn<QString>("scopeBase");
    QTest::addColumn<QString>("audience");
    QString e = endpoint(kLegacy);
    e.chop(1);
    QTest::newRow("account endpoint (what @azure/cosmos asks for)") << e << e;
    QTest::newRow("endpoint with trailing slash") << e + u'/' << e;
    QTest::newRow("localhost") << QString(e).replace(QStringLiteral("127.0.0.1"), QStringLiteral("localhost"))
                               << QString(e).replace(QStringLiteral("127.0.0.1"),
                                                     QStringLiteral("localhost"));
    QTest::newRow("generic Cosmos resource")
        << QStringLiteral("https://cosmos.azure.com") << QStringLiteral("https://cosmos.azure.com");
}

void TestEmuAadPlane::entraIssuesDataPlaneTokens()
{
    QFETCH(QString, scopeBase);
    QFETCH(QString, audience);
    const QByteArray jwt = token(test::DemoCosmosReader, scopeBase + QStringLiteral("/.default"));
    QVERIFY(!jwt.isEmpty());
    QJsonObject claims;
    QCOMPARE(m_cloud.emulator().context().signer.verify(jwt, &claims), emu::TokenSigner::Check::Ok);
    QCOMPARE(claims.value(QStringLiteral("aud")).toString(), audience);
    QCOMPARE(claims.value(QStringLiteral("oid")).toString(), oidOf(test::DemoCosmosReader));
    QCOMPARE(claims.value(QStringLiteral("tid")).toString(), QLatin1String(emu::DemoSeed::kTenantId));
    QCOMPARE(claims.value(QStringLiteral("ver")).toString(), QStringLiteral("1.0"));
    QCOMPARE(claims.value(QStringLiteral("iss")).toString(),
             emu::EntraService::issuerV1(m_cloud.emulator().baseUrl().toString(),
                                         QLatin1String(emu::DemoSeed::kTenantId)));
}

void TestEmuAadPlane::unknownEndpointIsNotAResource()
{
    // A port without a listener is no resource: AADSTS500011, which makes the SDKs fall back to the generic
    // scope.
    const auto &p = emu::DemoSeed::kPrincipals[test::DemoCosmosReader];
    const QByteArray body = "client_id=" + QByteArray(p.clientId) +
                            "&client_secret=" + QUrl::toPercentEncoding(QLatin1String(p.secret)) +
                            "&grant_type=client_credentials&scope=" +
                            QUrl::toPercentEncoding(QStringLiteral("https://127.0.0.1:1/.default"));
    const auto r =
        httpsRequest("POST",
                     QUrl(m_cloud.emulator().baseUrl().toString() + u'/' +
                          QLatin1String(emu::DemoSeed::kTenantId) + QStringLiteral("/oauth2/v2.0/token")),
                     m_cloud.emulator().tls().caCertificate, body,
                     {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_resource"));
    QVERIFY(r.json()
                .value(QStringLiteral("error_description"))
                .toString()
                .startsWith(QLatin1String("AADSTS500011")));
}

void TestEmuAadPlane::consoleCredentialGetsDataPlaneToken()
{
    // The console's own credential (ClientSecretCredential behind AzureSession) for the data-plane scope.
    m_sessions.push_back(m_cloud.session(m_nam.get(), m_log.get(), test::DemoCosmosContributor));
    QVERIFY(m_sessions.back());
    QString e = endpoint(kLegacy);
    e.chop(1);
    std::optional<Result<AccessToken>> got;
    m_sessions.back()->credential()->getToken(e + QStringLiteral("/.default"), this,
                                              [&got](Result<AccessToken> r) { got = std::move(r); });
    QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 30000);
    QVERIFY2(got->ok(), got->ok() ? "" : qPrintable(got->error().detailedText()));
    const HttpsReply r =
        withAad(got->value().token.bytes(), "GET", QStringLiteral("/dbs/app/colls/orders/docs/o1"), {},
                {{"x-ms-documentdb-partitionkey", "[\"t1\"]"}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("id")).toString(), QStringLiteral("o1"));
}

void TestEmuAadPlane::noAssignment_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("subStatus");
    QTest::addColumn<QString>("missing");
    QTest::addColumn<QString>("resource");
    QTest::newRow("account") << QByteArray("GET") << QString() << QByteArray() << 5301
                             << action("readMetadata") << QStringLiteral("/");
    QTest::newRow("list databases") << QByteArray("GET") << QStringLiteral("/dbs") << QByteArray() << 5301
                                    << action("readMetadata") << QStringLiteral("/");
    QTest::newRow("container") << QByteArray("GET") << QStringLiteral("/dbs/app/colls/orders") << QByteArray()
                               << 5301 << action("readMetadata") << QStringLiteral("/dbs/app/colls/orders");
    QTest::newRow("item read") << QByteArray("GET") << QStringLiteral("/dbs/app/colls/orders/docs/o1")
                               << QByteArray() << 5302 << action("sqlDatabases/containers/items/read")
                               << QStringLiteral("/dbs/app/colls/orders/docs/o1");
    QTest::newRow("query") << QByteArray("POST") << QStringLiteral("/dbs/app/colls/orders/docs")
                           << QByteArray(R"({"query":"SELECT * FROM c","parameters":[]})") << 5302
                           << action("sqlDatabases/containers/executeQuery")
                           << QStringLiteral("/dbs/app/colls/orders");
}

void TestEmuAadPlane::noAssignment()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, subStatus);
    QFETCH(QString, missing);
    QFETCH(QString, resource);
    const QByteArray jwt = dataToken(test::DemoNoAccess);
    QVERIFY(!jwt.isEmpty());
    HeaderPairs headers{{"x-ms-documentdb-partitionkey", "[\"t1\"]"}};
    if (!body.isEmpty())
        headers << std::pair{QByteArray("x-ms-documentdb-isquery"), QByteArray("true")}
                << std::pair{QByteArray("Content-Type"), QByteArray("application/query+json")};
    const HttpsReply r = withAad(jwt, method, path, body, headers);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.header("x-ms-substatus").toInt(), subStatus);
    QCOMPARE(r.json().value(QStringLiteral("code")).toString(), QStringLiteral("Forbidden"));
    const QString expected =
        QStringLiteral("Request blocked by Auth %1 : Request is blocked because principal [%2] does not have "
                       "required RBAC permissions to perform action [%3] on resource [%4]. Learn more: "
                       "https://aka.ms/cosmos-native-rbac.")
            .arg(kLegacy, oidOf(test::DemoNoAccess), missing, resource);
    const QString message = r.json().value(QStringLiteral("message")).toString();
    QVERIFY2(message.startsWith(expected), qPrintable(message));
    QVERIFY(
        message.contains(QLatin1String("ActivityId: ") + QString::fromLatin1(r.header("x-ms-activity-id"))));
    // The principal's own token is never echoed.
    QVERIFY(!r.body.contains(jwt.split('.').value(2)));
}

void TestEmuAadPlane::readerAtContainerScope_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("subStatus");
    QTest::addColumn<QString>("missing");
    const QByteArray query =
        R"({"query":"SELECT * FROM c WHERE c.tenant = @t","parameters":[{"name":"@t","value":"t1"}]})";
    const QByteArray doc = R"({"id":"new1","tenant":"t1"})";
    QTest::newRow("item read") << QByteArray("GET") << QStringLiteral("/dbs/app/colls/orders/docs/o1")
                               << QByteArray() << 200 << 0 << QString();
    QTest::newRow("query") << QByteArray("POST") << QStringLiteral("/dbs/app/colls/orders/docs") << query
                           << 200 << 0 << QString();
    QTest::newRow("read feed") << QByteArray("GET") << QStringLiteral("/dbs/app/colls/orders/docs")
                               << QByteArray() << 200 << 0 << QString();
    QTest::newRow("container metadata") << QByteArray("GET") << QStringLiteral("/dbs/app/colls/orders")
                                        << QByteArray() << 200 << 0 << QString();
    QTest::newRow("partition key ranges")
        << QByteArray("GET") << QStringLiteral("/dbs/app/colls/orders/pkranges") << QByteArray() << 200 << 0
        << QString();
    QTest::newRow("create") << QByteArray("POST") << QStringLiteral("/dbs/app/colls/orders/docs") << doc
                            << 403 << 5302 << action("sqlDatabases/containers/items/create");
    QTest::newRow("replace") << QByteArray("PUT") << QStringLiteral("/dbs/app/colls/orders/docs/o1")
                             << QByteArray(R"({"id":"o1","tenant":"t1"})") << 403 << 5302
                             << action("sqlDatabases/containers/items/replace");
    QTest::newRow("delete") << QByteArray("DELETE") << QStringLiteral("/dbs/app/colls/orders/docs/o1")
                            << QByteArray() << 403 << 5302 << action("sqlDatabases/containers/items/delete");
    QTest::newRow("other container item")
        << QByteArray("GET") << QStringLiteral("/dbs/app/colls/audit/docs/a1") << QByteArray() << 403 << 5302
        << action("sqlDatabases/containers/items/read");
    QTest::newRow("other container query")
        << QByteArray("POST") << QStringLiteral("/dbs/app/colls/audit/docs") << query << 403 << 5302
        << action("sqlDatabases/containers/executeQuery");
    QTest::newRow("database metadata") << QByteArray("GET") << QStringLiteral("/dbs/app") << QByteArray()
                                       << 403 << 5301 << action("readMetadata");
    QTest::newRow("account") << QByteArray("GET") << QString() << QByteArray() << 403 << 5301
                             << action("readMetadata");
}

void TestEmuAadPlane::readerAtContainerScope()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(int, subStatus);
    QFETCH(QString, missing);
    const QByteArray jwt = dataToken(test::DemoCosmosReader);
    QVERIFY(!jwt.isEmpty());
    HeaderPairs headers{{"x-ms-documentdb-partitionkey", "[\"t1\"]"}};
    if (method == "POST" && body.contains("\"query\""))
        headers << std::pair{QByteArray("x-ms-documentdb-isquery"), QByteArray("true")}
                << std::pair{QByteArray("Content-Type"), QByteArray("application/query+json")};
    const HttpsReply r = withAad(jwt, method, path, body, headers);
    QVERIFY2(r.status == status, r.body.constData());
    if (status == 200 && path.endsWith(QLatin1String("/docs")))
        QCOMPARE(r.json().value(QStringLiteral("Documents")).toArray().size(), 2);
    if (status == 403) {
        QCOMPARE(r.header("x-ms-substatus").toInt(), subStatus);
        const QString message = r.json().value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(QStringLiteral("principal [%1]").arg(oidOf(test::DemoCosmosReader))),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("action [%1]").arg(missing)), qPrintable(message));
    }
}

void TestEmuAadPlane::contributorWrites()
{
    const QByteArray jwt = dataToken(test::DemoCosmosContributor);
    QVERIFY(!jwt.isEmpty());
    const HeaderPairs pk{{"x-ms-documentdb-partitionkey", "[\"t2\"]"}};
    HttpsReply r = withAad(jwt, "POST", QStringLiteral("/dbs/app/colls/audit/docs"),
                           R"({"id":"c1","tenant":"t2","v":1})", pk);
    QVERIFY2(r.status == 201, r.body.constData());
    r = withAad(jwt, "PUT", QStringLiteral("/dbs/app/colls/audit/docs/c1"),
                R"({"id":"c1","tenant":"t2","v":2})", pk);
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(r.json().value(QStringLiteral("v")).toInt(), 2);
    HeaderPairs upsert = pk;
    upsert << std::pair{QByteArray("x-ms-documentdb-is-upsert"), QByteArray("true")};
    r = withAad(jwt, "POST", QStringLiteral("/dbs/app/colls/audit/docs"),
                R"({"id":"c1","tenant":"t2","v":3})", upsert);
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(withKey("GET", QStringLiteral("/dbs/app/colls/audit/docs/c1"), {}, pk)
                 .json()
                 .value(QStringLiteral("v"))
                 .toInt(),
             3);
    r = withAad(jwt, "DELETE", QStringLiteral("/dbs/app/colls/audit/docs/c1"), {}, pk);
    QVERIFY2(r.status == 204, r.body.constData());
    QCOMPARE(withKey("GET", QStringLiteral("/dbs/app/colls/audit/docs/c1"), {}, pk).status, 404);
    // Account-wide readMetadata: the account document and the database list.
    QCOMPARE(withAad(jwt, "GET", QString()).status, 200);
    QCOMPARE(withAad(jwt, "GET", QStringLiteral("/dbs"))
                 .json()
                 .value(QStringLiteral("Databases"))
                 .toArray()
                 .size(),
             1);
}

void TestEmuAadPlane::metadataWritesAreRefused_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("create database") << QByteArray("POST") << QStringLiteral("/dbs")
                                     << QByteArray(R"({"id":"other"})");
    QTest::newRow("delete database") << QByteArray("DELETE") << QStringLiteral("/dbs/app") << QByteArray();
    QTest::newRow("create container") << QByteArray("POST") << QStringLiteral("/dbs/app/colls")
                                      << QByteArray(R"({"id":"more","partitionKey":{"paths":["/p"]}})");
    QTest::newRow("replace container")
        << QByteArray("PUT") << QStringLiteral("/dbs/app/colls/orders") << QByteArray(R"({"id":"orders"})");
    QTest::newRow("delete container")
        << QByteArray("DELETE") << QStringLiteral("/dbs/app/colls/orders") << QByteArray();
    QTest::newRow("create user") << QByteArray("POST") << QStringLiteral("/dbs/app/users")
                                 << QByteArray(R"({"id":"alice"})");
    QTest::newRow("read permissions (they mint resource tokens)")
        << QByteArray("GET") << QStringLiteral("/dbs/app/users/alice/permissions") << QByteArray();
}

void TestEmuAadPlane::metadataWritesAreRefused()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    // Even the account-wide Data Contributor.
    const HttpsReply r = withAad(dataToken(test::DemoCosmosContributor), method, path, body);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.header("x-ms-substatus"), QByteArray("5300"));
    QVERIFY2(r.json()
                 .value(QStringLiteral("message"))
                 .toString()
                 .startsWith(
                     QStringLiteral(
                         "Request blocked by Auth %1 : The given request [%2 %3] cannot be authorized by AAD "
                         "token in data plane. Learn more: https://aka.ms/cosmos-native-rbac.")
                         .arg(kLegacy, QString::fromLatin1(method), path)),
             r.body.constData());
    // Nothing changed.
    QCOMPARE(withKey("GET", QStringLiteral("/dbs/app/colls/orders")).status, 200);
    QCOMPARE(withKey("GET", QStringLiteral("/dbs/other")).status, 404);
}

void TestEmuAadPlane::invalidTokens_data()
{
    QTest::addColumn<QByteArray>("jwt");
    QTest::addColumn<int>("subStatus");
    const emu::TokenSigner &signer = m_cloud.emulator().context().signer;
    const auto foreign = emu::TokenSigner::createEphemeral();
    QVERIFY(foreign.ok());
    const DemoWho who = test::DemoCosmosContributor; // has every data action: only the token can fail

    QTest::newRow("garbled") << QByteArray("not-a-jwt") << 5003;
    QTest::newRow("bad base64") << QByteArray("e30.%%%.abc") << 5003;
    QJsonObject c = claimsFor(who);
    c.remove(QStringLiteral("exp"));
    QTest::newRow("no exp") << signer.sign(c) << 5003;
    QTest::newRow("foreign signing key") << foreign.value().sign(claimsFor(who)) << 5004;
    QByteArray tampered = signer.sign(claimsFor(who));
    tampered[tampered.size() - 5] = tampered[tampered.size() - 5] == 'A' ? 'B' : 'A';
    QTest::newRow("tampered signature") << tampered << 5004;
    // Claims changed after signing (payload of another token, signature of this one).
    QJsonObject other = claimsFor(test::DemoOwner);
    const QList<QByteArray> parts = signer.sign(claimsFor(who)).split('.');
    QTest::newRow("payload swapped") << parts[0] + '.' + signer.sign(other).split('.')[1] + '.' + parts[2]
                                     << 5004;
    c = claimsFor(who);
    c.insert(QStringLiteral("iss"),
             QStringLiteral("https://sts.windows.net/%1/").arg(QLatin1String(emu::DemoSeed::kTenantId)));
    QTest::newRow("foreign issuer") << signer.sign(c) << 5007;
    c = claimsFor(who);
    c.insert(QStringLiteral("tid"), QStringLiteral("00000000-1111-4222-8333-444444444444"));
    QTest::newRow("unknown tenant") << signer.sign(c) << 5007;
    c = claimsFor(who);
    c.insert(QStringLiteral("aud"), m_cloud.emulator().baseUrl().toString() + u'/');
    QTest::newRow("ARM audience (signed)") << signer.sign(c) << 5008;
    c = claimsFor(who, kCatalog);
    QTest::newRow("another account's endpoint") << signer.sign(c) << 5008;
    QTest::newRow("ARM token from Entra")
        << token(who, m_cloud.emulator().baseUrl().toString() + QStringLiteral("/.default")) << 5008;
    QTest::newRow("Key Vault audience") << [&] {
        QJsonObject k = claimsFor(who);
        k.insert(QStringLiteral("aud"), QStringLiteral("https://vault.azure.net"));
        return signer.sign(k);
    }() << 5008;
    c = claimsFor(who);
    c.insert(QStringLiteral("nbf"), Clock::now().toSecsSinceEpoch() + 3600);
    QTest::newRow("not yet valid") << signer.sign(c) << 5005;
    c = claimsFor(who);
    c.insert(QStringLiteral("exp"), Clock::now().toSecsSinceEpoch() - 3600);
    QTest::newRow("expired") << signer.sign(c) << 5006;
    c = claimsFor(who);
    c.remove(QStringLiteral("oid"));
    QTest::newRow("no oid") << signer.sign(c) << 5011;
}

void TestEmuAadPlane::invalidTokens()
{
    QFETCH(QByteArray, jwt);
    QFETCH(int, subStatus);
    QVERIFY(!jwt.isEmpty());
    const HttpsReply r = withAad(jwt, "GET", QStringLiteral("/dbs/app/colls/orders/docs/o1"), {},
                                 {{"x-ms-documentdb-partitionkey", "[\"t1\"]"}});
    QCOMPARE(r.status, 401);
    QCOMPARE(r.header("x-ms-substatus").toInt(), subStatus);
    QCOMPARE(r.json().value(QStringLiteral("code")).toString(), QStringLiteral("Unauthorized"));
    QVERIFY(!r.json().value(QStringLiteral("message")).toString().isEmpty());
}

void TestEmuAadPlane::expiredToken()
{
    ManualClock clock;
    Clock::setInstance(&clock);
    const QByteArray jwt = dataToken(test::DemoCosmosReader);
    QVERIFY(!jwt.isEmpty());
    const QString item = QStringLiteral("/dbs/app/colls/orders/docs/o1");
    const HeaderPairs pk{{"x-ms-documentdb-partitionkey", "[\"t1\"]"}};
    QCOMPARE(withAad(jwt, "GET", item, {}, pk).status, 200);
    const qint64 exp = qint64(claimsOf(jwt).value(QStringLiteral("exp")).toDouble());
    clock.set(QDateTime::fromSecsSinceEpoch(exp + emu::AadDataPlane::kClockSkewSeconds, Qt::UTC));
    QCOMPARE(withAad(jwt, "GET", item, {}, pk).status, 200); // within the skew
    clock.advance(1);
    const HttpsReply r = withAad(jwt, "GET", item, {}, pk);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.header("x-ms-substatus"), QByteArray("5006"));
    // A fresh token works again.
    QCOMPARE(withAad(dataToken(test::DemoCosmosReader), "GET", item, {}, pk).status, 200);
}

void TestEmuAadPlane::unencodedHeaderIsAccepted()
{
    // @azure/cosmos sets `type=aad&ver=1.0&sig=<jwt>` without percent-encoding; .NET and Python encode it.
    const QByteArray jwt = dataToken(test::DemoCosmosReader);
    const HeaderPairs pk{{"x-ms-documentdb-partitionkey", "[\"t1\"]"}};
    QCOMPARE(
        withAad(jwt, "GET", QStringLiteral("/dbs/app/colls/orders/docs/o2"), {}, pk, kLegacy, false).status,
        200);
    QCOMPARE(
        withAad(jwt, "GET", QStringLiteral("/dbs/app/colls/orders/docs/o2"), {}, pk, kLegacy, true).status,
        200);
}

void TestEmuAadPlane::genericAudience()
{
    const QByteArray jwt =
        token(test::DemoCosmosContributor, QStringLiteral("https://cosmos.azure.com/.default"));
    QVERIFY(!jwt.isEmpty());
    QCOMPARE(withAad(jwt, "GET", QString()).status, 200);
    // Valid on any account; RBAC still decides (no assignment on contoso-catalog).
    const HttpsReply r = withAad(jwt, "GET", QString(), {}, {}, kCatalog);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.header("x-ms-substatus"), QByteArray("5301"));
}

void TestEmuAadPlane::localAuthDisabledKeepsEntra()
{
    setLocalAuthDisabled(kLegacy, true);
    const auto restore = qScopeGuard([this] { setLocalAuthDisabled(kLegacy, false); });
    const HeaderPairs pk{{"x-ms-documentdb-partitionkey", "[\"t1\"]"}};
    const HttpsReply key = withKey("GET", QStringLiteral("/dbs/app/colls/orders/docs/o1"), {}, pk);
    QCOMPARE(key.status, 401);
    QCOMPARE(key.header("x-ms-substatus"), QByteArray("5202"));
    const HttpsReply aad = withAad(dataToken(test::DemoCosmosReader), "GET",
                                   QStringLiteral("/dbs/app/colls/orders/docs/o1"), {}, pk);
    QCOMPARE(aad.status, 200);
    QCOMPARE(aad.json().value(QStringLiteral("id")).toString(), QStringLiteral("o1"));
    // Writes stay an RBAC matter (the reader may not write), not a local-auth one.
    const HttpsReply write =
        withAad(dataToken(test::DemoCosmosReader), "POST", QStringLiteral("/dbs/app/colls/orders/docs"),
                R"({"id":"x","tenant":"t1"})", pk);
    QCOMPARE(write.status, 403);
    QCOMPARE(write.header("x-ms-substatus"), QByteArray("5302"));
}

QTEST_GUILESS_MAIN(TestEmuAadPlane)
#include "tst_emuaadplane.moc"
