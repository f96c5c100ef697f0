// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "EntraTestTokens.h"
#include "TestServer.h"

#include "core/Logging.h"
#include "net/ApiClient.h"
#include "net/AzureSession.h"
#include "net/KeysService.h"
#include "net/RequestLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

#include <memory>
#include <optional>

using namespace csc;

namespace {
const QString kTenant = QStringLiteral("contoso.onmicrosoft.com");
const QString kClientId = QStringLiteral("5c1f0d3e-6a2b-4b8e-9f47-0a1b2c3d4e5f");
const QString kAccount = QStringLiteral("/subscriptions/00000000-1111-2222-3333-444444444444/resourceGroups/"
                                        "rg-prod/providers/Microsoft.DocumentDB/"
                                        "databaseAccounts/acct1");
const QString kOperation = QStringLiteral(
    "/subscriptions/00000000-1111-2222-3333-444444444444/providers/Microsoft.DocumentDB/locations/westeurope/"
    "operationsStatus/7f0c7a1e-2b36-4a53-9c1e-5d2f0c1b9a10");

// Distinct, realistic-looking keys (64 random-looking bytes each, base64) so any leak is easy to spot.
const QByteArray kPrimary = "q0Lr7dVx3m9JcWz1K8bNfT2yGhP4sUe6Aa5Zo0RiXl7Mk3Cv9Bn2Dw8Ej1Fy6Gt4Hu0Ip5Jq7Kr3Ls9M"
                            "t2Nu8Ov1Pw6Qx4Ry0Sz5Ta==";
const QByteArray kSecondary = "Z9y8X7w6V5u4T3s2R1q0P9o8N7m6L5k4J3i2H1g0F9e8D7c6B5a4Z3y2X1w0V9u8T7s6R5q4P3o2N1"
                              "m0L9k8J7i6H5g4F3e2D1c0Bw==";
const QByteArray kPrimaryRo =
    "Mv3N+sQ7/Pk2Lr9Tw5Xy1Za8Bc4De6Fg0Hi2Jk4Lm6No8Pq0Rs2Tu4Vw6Xy8Za0Bc2De4Fg6Hi8Jk0Lm2No4Pq6Rs8Tu0Vw2Xy4Zg==";
const QByteArray kSecondaryRo = "Rb6Tc8Ud0Ve2Wf4Xg6Yh8Zi0Aj2Bk4Cl6Dm8En0Fo2Gp4Hq6Ir8Js0Kt2Lu4Mv6Nw8Ox0Py2Qz4R"
                                "a6Sb8Tc0Ud2Ve4Wf6Xg8Yh0Zi/w==";

QJsonObject listKeysBody()
{
    return {{QStringLiteral("primaryMasterKey"), QString::fromLatin1(kPrimary)},
            {QStringLiteral("secondaryMasterKey"), QString::fromLatin1(kSecondary)},
            {QStringLiteral("primaryReadonlyMasterKey"), QString::fromLatin1(kPrimaryRo)},
            {QStringLiteral("secondaryReadonlyMasterKey"), QString::fromLatin1(kSecondaryRo)}};
}

QJsonObject accountBody(bool disableLocalAuth, const QString &state, const QString &secondaryGenerated)
{
    const auto gen = [](const QString &t) { return QJsonObject{{QStringLiteral("generationTime"), t}}; };
    return {
        {QStringLiteral("id"), kAccount},
        {QStringLiteral("name"), QStringLiteral("acct1")},
        {QStringLiteral("type"), QStringLiteral("Microsoft.DocumentDB/databaseAccounts")},
        {QStringLiteral("location"), QStringLiteral("West Europe")},
        {QStringLiteral("properties"),
         QJsonObject{
             {QStringLiteral("provisioningState"), state},
             {QStringLiteral("documentEndpoint"), QStringLiteral("https://acct1.documents.azure.com:443/")},
             {QStringLiteral("disableLocalAuth"), disableLocalAuth},
             {QStringLiteral("keysMetadata"),
              QJsonObject{
                  {QStringLiteral("primaryMasterKey"), gen(QStringLiteral("2026-01-10T08:00:00Z"))},
                  {QStringLiteral("secondaryMasterKey"), gen(secondaryGenerated)},
                  {QStringLiteral("primaryReadonlyMasterKey"), gen(QStringLiteral("2026-01-10T08:00:00Z"))},
                  {QStringLiteral("secondaryReadonlyMasterKey"),
                   gen(QStringLiteral("2026-01-10T08:00:00Z"))}}}}}};
}

QJsonObject operation(const QString &status, int percent = -1)
{
    QJsonObject o{{QStringLiteral("id"), kOperation},
                  {QStringLiteral("name"), QStringLiteral("7f0c7a1e-2b36-4a53-9c1e-5d2f0c1b9a10")},
                  {QStringLiteral("status"), status},
                  {QStringLiteral("startTime"), QStringLiteral("2026-11-29T10:00:00Z")}};
    if (percent >= 0)
        o.insert(QStringLiteral("percentComplete"), percent);
    if (status == QLatin1String("Failed"))
        o.insert(QStringLiteral("error"),
                 QJsonObject{{QStringLiteral("code"), QStringLiteral("InternalServerError")},
                             {QStringLiteral("message"), QStringLiteral("Key regeneration failed.")}});
    return o;
}

/// Collects everything logged while alive (with csc.net debug output on).
QStringList *g_messages = nullptr;
void collect(QtMsgType, const QMessageLogContext &, const QString &message)
{
    if (g_messages)
        g_messages->append(message);
}
} // namespace

class TestKeysService : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void listKeysIsSensitiveAndParsed();
    void listReadOnlyKeys();
    void listConnectionStrings();
    void listKeysForbidden();
    void regenerateKeyPollsAsyncOperation();
    void regenerateKeySynchronous();
    void regenerateKeyFailed();
    void regenerateKeyCancelWait();
    void disableLocalAuthLro_data();
    void disableLocalAuthLro();
    void contextDestroyedSuppressesCallback();
    void parseRejectsBodies();
    void azCommands_data();
    void azCommands();

private:
    ConnectionProfile profile() const;
    QString accountPath(const QString &suffix = {}) const { return kAccount + suffix; }
    QUrl operationUrl() const
    {
        return m_server->url(kOperation + QStringLiteral("?api-version=2025-10-15"));
    }
    /// No log line, no RequestLog field, no recorded error contains any key.
    void verifyNoKeyMaterial();

    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    RequestLog m_log;
    std::unique_ptr<AzureSession> m_session;
    std::unique_ptr<KeysService> m_keys;
    QStringList m_messages;
    QtMessageHandler m_previousHandler = nullptr;
};

void TestKeysService::initTestCase()
{
    m_server = std::make_unique<test::TestServer>();
    QVERIFY(m_server->isListening());
    // Request and response logging on: the sensitive bodies must still not appear.
    QLoggingCategory::setFilterRules(QStringLiteral("csc.*.debug=true"));
}

void TestKeysService::cleanupTestCase()
{
    QLoggingCategory::setFilterRules(QString());
    m_server.reset();
}

ConnectionProfile TestKeysService::profile() const
{
    ConnectionProfile p = ConnectionProfile::create();
    p.name = QStringLiteral("Local");
    p.cloud = CloudEnvironment::Id::Custom;
    p.customAuthorityHost = m_server->url();
    p.customResourceManager = m_server->url();
    p.tenantId = kTenant;
    p.clientId = kClientId;
    p.trustedCaFile = m_server->caCertificatePath();
    return p;
}

void TestKeysService::init()
{
    m_server->clearRoutes();
    m_server->clearRequests();
    m_log.clear();
    m_messages.clear();
    g_messages = &m_messages;
    m_previousHandler = qInstallMessageHandler(collect);
    m_server->route("POST", QStringLiteral("/%1/oauth2/v2.0/token").arg(kTenant),
                    [](const emu::HttpRequest &req, emu::Responder r) {
                        const QString scope = test::decodeForm(req.body).value(QStringLiteral("scope"));
                        r.send(test::entraTokenResponse(test::makeJwt({{QStringLiteral("scp"), scope}})));
                    });
    m_nam = std::make_unique<QNetworkAccessManager>();
    auto created =
        AzureSession::create(profile(), SecureBytes(QByteArray("client-secret")), m_nam.get(), &m_log);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().detailedText()));
    m_session = std::move(created).value();
    m_keys = std::make_unique<KeysService>(m_session.get(), kAccount);
    m_keys->setDefaultPollIntervalMs(50);
}

void TestKeysService::cleanup()
{
    qInstallMessageHandler(m_previousHandler);
    g_messages = nullptr;
    m_keys.reset();
    m_session.reset();
    m_nam.reset();
}

void TestKeysService::verifyNoKeyMaterial()
{
    const QList<QByteArray> keys{kPrimary, kSecondary, kPrimaryRo, kSecondaryRo};
    QVERIFY(!m_log.entries().isEmpty());
    for (const RequestLogEntry &e : m_log.entries()) {
        const QString all = e.method + e.url + e.requestId + e.clientRequestId + e.error;
        for (const QByteArray &k : keys) {
            QVERIFY2(!all.contains(QString::fromLatin1(k)), qPrintable(e.url));
            QVERIFY(!all.contains(QString::fromLatin1(k.left(20))));
        }
    }
    // The debug output was on; it must have logged the requests, but never a key.
    QVERIFY(!m_messages.isEmpty());
    for (const QString &m : std::as_const(m_messages)) {
        for (const QByteArray &k : keys)
            QVERIFY2(!m.contains(QString::fromLatin1(k.left(20))), qPrintable(m.left(200)));
    }
}

void TestKeysService::listKeysIsSensitiveAndParsed()
{
    m_server->routeJson("POST", accountPath(QStringLiteral("/listKeys")), 200, listKeysBody(),
                        {{"x-ms-request-id", "req-listkeys-1"}});
    std::optional<Result<AccountKeys>> result;
    AbstractJob *job = m_keys->listKeys(this, [&result](const Result<AccountKeys> &r) { result = r; });
    QVERIFY(job);
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000);
    QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().detailedText()));
    const AccountKeys &keys = result->value();
    QCOMPARE(keys.primaryMasterKey.bytes(), kPrimary);
    QCOMPARE(keys.secondaryMasterKey.bytes(), kSecondary);
    QCOMPARE(keys.primaryReadonlyMasterKey.bytes(), kPrimaryRo);
    QCOMPARE(keys.secondaryReadonlyMasterKey.bytes(), kSecondaryRo);
    QCOMPARE(keys.key(KeyKind::SecondaryReadonly).bytes(), kSecondaryRo);
    QVERIFY(keys.hasReadWriteKeys());

    QCOMPARE(m_server->requestCount("POST", accountPath(QStringLiteral("/listKeys"))), 1);
    const emu::HttpRequest req = m_server->requests().last();
    QCOMPARE(req.query(QStringLiteral("api-version")), QStringLiteral("2025-10-15"));
    QVERIFY(req.header("Authorization").startsWith("Bearer "));
    QVERIFY(req.body.isEmpty());
    verifyNoKeyMaterial();
}

void TestKeysService::listReadOnlyKeys()
{
    m_server->routeJson(
        "POST", accountPath(QStringLiteral("/readonlykeys")), 200,
        QJsonObject{{QStringLiteral("primaryReadonlyMasterKey"), QString::fromLatin1(kPrimaryRo)},
                    {QStringLiteral("secondaryReadonlyMasterKey"), QString::fromLatin1(kSecondaryRo)}});
    std::optional<Result<AccountKeys>> result;
    m_keys->listReadOnlyKeys(this, [&result](const Result<AccountKeys> &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000);
    QVERIFY(result->ok());
    QVERIFY(!result->value().hasReadWriteKeys());
    QVERIFY(result->value().primaryMasterKey.isEmpty());
    QCOMPARE(result->value().primaryReadonlyMasterKey.bytes(), kPrimaryRo);
    QCOMPARE(result->value().secondaryReadonlyMasterKey.bytes(), kSecondaryRo);
    QCOMPARE(m_server->requestCount("POST", accountPath(QStringLiteral("/readonlykeys"))), 1);
    verifyNoKeyMaterial();
}

void TestKeysService::listConnectionStrings()
{
    QJsonArray entries;
    const QList<std::pair<QByteArray, QString>> kinds{{kPrimary, QStringLiteral("Primary")},
                                                      {kSecondary, QStringLiteral("Secondary")},
                                                      {kPrimaryRo, QStringLiteral("PrimaryReadonly")},
                                                      {kSecondaryRo, QStringLiteral("SecondaryReadonly")}};
    for (const auto &[key, kind] : kinds) {
        entries.append(QJsonObject{
            {QStringLiteral("connectionString"),
             QStringLiteral("AccountEndpoint=https://acct1.documents.azure.com:443/;AccountKey=%1;")
                 .arg(QString::fromLatin1(key))},
            {QStringLiteral("description"), QStringLiteral("%1 SQL Connection String").arg(kind)},
            {QStringLiteral("keyKind"), kind},
            {QStringLiteral("type"), QStringLiteral("Sql")}});
    }
    m_server->routeJson("POST", accountPath(QStringLiteral("/listConnectionStrings")), 200,
                        QJsonObject{{QStringLiteral("connectionStrings"), entries}});
    std::optional<Result<ConnectionStrings>> result;
    m_keys->listConnectionStrings(this, [&result](const Result<ConnectionStrings> &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000);
    QVERIFY(result->ok());
    const ConnectionStrings &list = result->value();
    QCOMPARE(list.size(), 4);
    QCOMPARE(list.at(0).description, QStringLiteral("Primary SQL Connection String"));
    QCOMPARE(list.at(0).keyKind, QStringLiteral("Primary"));
    QCOMPARE(list.at(0).type, QStringLiteral("Sql"));
    QCOMPARE(list.at(0).connectionString.bytes(),
             "AccountEndpoint=https://acct1.documents.azure.com:443/;AccountKey=" + kPrimary + ";");
    QCOMPARE(list.at(3).keyKind, QStringLiteral("SecondaryReadonly"));
    QVERIFY(list.at(3).connectionString.bytes().contains(kSecondaryRo));
    verifyNoKeyMaterial();
}

void TestKeysService::listKeysForbidden()
{
    m_server->routeJson(
        "POST", accountPath(QStringLiteral("/listKeys")), 403,
        QJsonObject{
            {QStringLiteral("error"),
             QJsonObject{{QStringLiteral("code"), QStringLiteral("AuthorizationFailed")},
                         {QStringLiteral("message"),
                          QStringLiteral("The client 'reader' does not have authorization to perform action "
                                         "'Microsoft.DocumentDB/databaseAccounts/listKeys/action' over scope "
                                         "'%1'.")
                              .arg(kAccount)}}}});
    std::optional<Result<AccountKeys>> result;
    m_keys->listKeys(this, [&result](const Result<AccountKeys> &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000);
    QVERIFY(!result->ok());
    QCOMPARE(result->error().httpStatus, 403);
    QCOMPARE(result->error().code, QStringLiteral("AuthorizationFailed"));
    QVERIFY(result->error().message.contains(QLatin1String("listKeys/action")));
}

void TestKeysService::regenerateKeyPollsAsyncOperation()
{
    m_server->routeJson("POST", accountPath(QStringLiteral("/regenerateKey")), 202, QJsonObject{},
                        {{"Azure-AsyncOperation", operationUrl().toEncoded()}, {"Retry-After", "0"}});
    m_server->routeSequence(
        "GET", kOperation,
        {emu::HttpResponse::json(200, operation(QStringLiteral("InProgress"), 50), {{"Retry-After", "0"}}),
         emu::HttpResponse::json(200, operation(QStringLiteral("Succeeded")))});
    m_server->routeJson(
        "GET", kAccount, 200,
        accountBody(false, QStringLiteral("Succeeded"), QStringLiteral("2026-11-29T10:00:05Z")));

    std::optional<Result<CosmosAccount>> result;
    QStringList statuses;
    QList<int> percents;
    LroJob *job = m_keys->regenerateKey(KeyKind::Secondary, this,
                                        [&result](const Result<CosmosAccount> &r) { result = r; });
    QVERIFY(job);
    connect(job, &LroJob::progressed, this, [&](const QString &status, int percent) {
        statuses << status;
        percents << percent;
    });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000);
    QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().detailedText()));
    QCOMPARE(result->value().keysMetadata.secondaryMasterKey,
             QDateTime(QDate(2026, 11, 29), QTime(10, 0, 5), QTimeZone::utc()));

    QCOMPARE(m_server->requestCount("POST", accountPath(QStringLiteral("/regenerateKey"))), 1);
    QCOMPARE(m_server->requestCount("GET", kOperation), 2);
    QCOMPARE(m_server->requestCount("GET", kAccount), 1);
    for (const emu::HttpRequest &req : m_server->requests()) {
        if (req.url.path().endsWith(QLatin1String("/regenerateKey"))) {
            QCOMPARE(QJsonDocument::fromJson(req.body).object(),
                     QJsonObject({{QStringLiteral("keyKind"), QStringLiteral("secondary")}}));
            QCOMPARE(req.query(QStringLiteral("api-version")), QStringLiteral("2025-10-15"));
        }
    }
    QVERIFY(statuses.contains(QStringLiteral("InProgress")));
    QVERIFY(percents.contains(50));
    QCOMPARE(statuses.last(), QStringLiteral("Succeeded"));
}

void TestKeysService::regenerateKeySynchronous()
{
    // regenerateKey may also answer 200 without a body: the service then reads the account itself.
    m_server->route(
        "POST", accountPath(QStringLiteral("/regenerateKey")),
        [](const emu::HttpRequest &, emu::Responder r) { r.send(emu::HttpResponse::empty(200)); });
    m_server->routeJson(
        "GET", kAccount, 200,
        accountBody(false, QStringLiteral("Succeeded"), QStringLiteral("2026-11-29T11:00:00Z")));
    std::optional<Result<CosmosAccount>> result;
    m_keys->regenerateKey(KeyKind::PrimaryReadonly, this,
                          [&result](const Result<CosmosAccount> &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000);
    QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().detailedText()));
    QCOMPARE(result->value().name, QStringLiteral("acct1"));
    QCOMPARE(m_server->requestCount("GET", kAccount), 1);
    QCOMPARE(QJsonDocument::fromJson(m_server->requests().at(m_server->requests().size() - 2).body).object(),
             QJsonObject({{QStringLiteral("keyKind"), QStringLiteral("primaryReadonly")}}));
}

void TestKeysService::regenerateKeyFailed()
{
    m_server->routeJson("POST", accountPath(QStringLiteral("/regenerateKey")), 202, QJsonObject{},
                        {{"Azure-AsyncOperation", operationUrl().toEncoded()}, {"Retry-After", "0"}});
    m_server->routeJson("GET", kOperation, 200, operation(QStringLiteral("Failed")));
    std::optional<Result<CosmosAccount>> result;
    m_keys->regenerateKey(KeyKind::Primary, this, [&result](const Result<CosmosAccount> &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000);
    QVERIFY(!result->ok());
    QCOMPARE(result->error().code, QStringLiteral("InternalServerError"));
    QCOMPARE(result->error().message, QStringLiteral("Key regeneration failed."));
    QCOMPARE(m_server->requestCount("GET", kAccount), 0);
}

void TestKeysService::regenerateKeyCancelWait()
{
    m_server->routeJson("POST", accountPath(QStringLiteral("/regenerateKey")), 202, QJsonObject{},
                        {{"Azure-AsyncOperation", operationUrl().toEncoded()}, {"Retry-After", "0"}});
    m_server->routeJson("GET", kOperation, 200, operation(QStringLiteral("InProgress"), 10),
                        {{"Retry-After", "0"}});
    std::optional<Result<CosmosAccount>> result;
    int calls = 0;
    LroJob *job = m_keys->regenerateKey(KeyKind::Secondary, this, [&](const Result<CosmosAccount> &r) {
        ++calls;
        result = r;
    });
    QPointer<LroJob> guard(job);
    int polls = 0;
    connect(job, &LroJob::progressed, this, [&polls](const QString &, int percent) {
        if (percent == 10)
            ++polls;
    });
    QTRY_VERIFY_WITH_TIMEOUT(polls >= 2, 15000);
    job->abort();
    QVERIFY(result.has_value());
    QVERIFY(!result->ok());
    QVERIFY(result->error().isCancelled());
    const int pollsAtCancel = m_server->requestCount("GET", kOperation);
    QTRY_VERIFY(guard.isNull()); // the job deletes itself
    // With Retry-After: 0 a live poller would poll again during each further round trip. A poll that was
    // already on the wire when the wait was cancelled may still arrive once.
    m_server->routeJson(
        "POST", accountPath(QStringLiteral("/readonlykeys")), 200,
        QJsonObject{{QStringLiteral("primaryReadonlyMasterKey"), QString::fromLatin1(kPrimaryRo)}});
    auto roundTrip = [this] {
        std::optional<Result<AccountKeys>> later;
        m_keys->listReadOnlyKeys(this, [&later](const Result<AccountKeys> &r) { later = r; });
        return QTest::qWaitFor([&later] { return later.has_value(); }, 15000);
    };
    QVERIFY(roundTrip());
    const int afterFirst = m_server->requestCount("GET", kOperation);
    QVERIFY(afterFirst <= pollsAtCancel + 1);
    QVERIFY(roundTrip());
    QVERIFY(roundTrip());
    QCOMPARE(m_server->requestCount("GET", kOperation), afterFirst);
    QCOMPARE(calls, 1);
}

void TestKeysService::disableLocalAuthLro_data()
{
    QTest::addColumn<int>("setting");
    QTest::addColumn<bool>("value");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("disable local auth") << int(KeysService::AuthSetting::DisableLocalAuth) << true
                                        << QByteArray(R"({"properties":{"disableLocalAuth":true}})");
    QTest::newRow("enable local auth") << int(KeysService::AuthSetting::DisableLocalAuth) << false
                                       << QByteArray(R"({"properties":{"disableLocalAuth":false}})");
    QTest::newRow("disable key-based metadata writes")
        << int(KeysService::AuthSetting::DisableKeyBasedMetadataWriteAccess) << true
        << QByteArray(R"({"properties":{"disableKeyBasedMetadataWriteAccess":true}})");
}

void TestKeysService::disableLocalAuthLro()
{
    QFETCH(int, setting);
    QFETCH(bool, value);
    QFETCH(QByteArray, body);
    const auto s = KeysService::AuthSetting(setting);
    QCOMPARE(KeysService::settingPatchBody(s, value), body);

    // Cosmos answers the PATCH with 200 + a non-terminal provisioningState and an operation to poll.
    m_server->routeJson(
        "PATCH", kAccount, 200,
        accountBody(false, QStringLiteral("Updating"), QStringLiteral("2026-01-10T08:00:00Z")),
        {{"Azure-AsyncOperation", operationUrl().toEncoded()}, {"Retry-After", "0"}});
    m_server->routeSequence(
        "GET", kOperation,
        {emu::HttpResponse::json(200, operation(QStringLiteral("InProgress")), {{"Retry-After", "0"}}),
         emu::HttpResponse::json(200, operation(QStringLiteral("Succeeded")))});
    QJsonObject finalAccount =
        accountBody(s == KeysService::AuthSetting::DisableLocalAuth && value, QStringLiteral("Succeeded"),
                    QStringLiteral("2026-01-10T08:00:00Z"));
    if (s == KeysService::AuthSetting::DisableKeyBasedMetadataWriteAccess) {
        QJsonObject props = finalAccount.value(QStringLiteral("properties")).toObject();
        props.insert(QStringLiteral("disableKeyBasedMetadataWriteAccess"), value);
        finalAccount.insert(QStringLiteral("properties"), props);
    }
    m_server->routeJson("GET", kAccount, 200, finalAccount);

    std::optional<Result<CosmosAccount>> result;
    LroJob *job =
        m_keys->setAuthSetting(s, value, this, [&result](const Result<CosmosAccount> &r) { result = r; });
    QVERIFY(job);
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000);
    QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().detailedText()));
    QCOMPARE(result->value().provisioningState, QStringLiteral("Succeeded"));
    if (s == KeysService::AuthSetting::DisableLocalAuth)
        QCOMPARE(result->value().disableLocalAuth, value);
    else
        QCOMPARE(result->value().disableKeyBasedMetadataWriteAccess, value);

    QCOMPARE(m_server->requestCount("PATCH", kAccount), 1);
    QCOMPARE(m_server->requestCount("GET", kOperation), 2);
    QCOMPARE(m_server->requestCount("GET", kAccount), 1);
    for (const emu::HttpRequest &req : m_server->requests()) {
        if (req.method == "PATCH") {
            QCOMPARE(req.body, body);
            QCOMPARE(req.header("Content-Type"), QByteArray("application/json"));
            QCOMPARE(req.query(QStringLiteral("api-version")), QStringLiteral("2025-10-15"));
        }
    }
}

void TestKeysService::contextDestroyedSuppressesCallback()
{
    m_server->routeJson("POST", accountPath(QStringLiteral("/listKeys")), 200, listKeysBody());
    auto context = std::make_unique<QObject>();
    int calls = 0;
    AbstractJob *job = m_keys->listKeys(context.get(), [&calls](const Result<AccountKeys> &) { ++calls; });
    QPointer<AbstractJob> guard(job);
    context.reset();
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), 15000);
    QCOMPARE(calls, 0);
}

void TestKeysService::parseRejectsBodies()
{
    QByteArray notJson = "primaryMasterKey=abc";
    QVERIFY(!AccountKeys::parse(notJson).ok());
    QVERIFY(notJson.isEmpty());
    QByteArray noKeys = R"({"something":"else"})";
    const Result<AccountKeys> none = AccountKeys::parse(noKeys);
    QVERIFY(!none.ok());
    QCOMPARE(none.error().kind, ApiError::Kind::Parse);
    QByteArray noList = R"({"value":[]})";
    QVERIFY(!KeysService::parseConnectionStrings(noList).ok());

    // Read-only data (a literal) is parsed but left alone instead of written to.
    static const char kReadOnly[] = R"({"primaryMasterKey":"YWJj"})";
    QByteArray readOnly = QByteArray::fromRawData(kReadOnly, qsizetype(sizeof(kReadOnly) - 1));
    const Result<AccountKeys> fromLiteral = AccountKeys::parse(readOnly);
    QVERIFY(fromLiteral.ok());
    QCOMPARE(fromLiteral.value().primaryMasterKey.bytes(), QByteArray("YWJj"));

    // The parser wipes the buffer it was given, in place.
    QByteArray body = QJsonDocument(listKeysBody()).toJson();
    const char *data = body.constData();
    const qsizetype size = body.size();
    QByteArray alias = body; // shares the buffer, like the job's copy of the response
    const Result<AccountKeys> keys = AccountKeys::parse(body);
    QVERIFY(keys.ok());
    QVERIFY(body.isEmpty());
    QCOMPARE(alias.constData(), data);
    QCOMPARE(alias, QByteArray(size, '\0'));
}

void TestKeysService::azCommands_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("expected");
    QTest::newRow("regenerate primary")
        << KeysService::azRegenerateCommand(kAccount, KeyKind::Primary)
        << QStringLiteral("az cosmosdb keys regenerate --name acct1 --resource-group "
                          "rg-prod --key-kind primary");
    QTest::newRow("regenerate secondary read-only")
        << KeysService::azRegenerateCommand(kAccount, KeyKind::SecondaryReadonly)
        << QStringLiteral("az cosmosdb keys regenerate --name acct1 --resource-group rg-prod --key-kind "
                          "secondaryReadonly");
    QTest::newRow("list keys")
        << KeysService::azListCommand(kAccount, KeysService::ListType::Keys)
        << QStringLiteral("az cosmosdb keys list --name acct1 --resource-group rg-prod --type keys");
    QTest::newRow("list read-only keys")
        << KeysService::azListCommand(kAccount, KeysService::ListType::ReadOnlyKeys)
        << QStringLiteral(
               "az cosmosdb keys list --name acct1 --resource-group rg-prod --type read-only-keys");
    QTest::newRow("list connection strings")
        << KeysService::azListCommand(kAccount, KeysService::ListType::ConnectionStrings)
        << QStringLiteral(
               "az cosmosdb keys list --name acct1 --resource-group rg-prod --type connection-strings");
    QTest::newRow("disable local auth")
        << KeysService::azUpdateCommand(kAccount, KeysService::AuthSetting::DisableLocalAuth, true)
        << QStringLiteral(
               "az cosmosdb update --name acct1 --resource-group rg-prod --disable-local-auth true");
    QTest::newRow("enable local auth")
        << KeysService::azUpdateCommand(kAccount, KeysService::AuthSetting::DisableLocalAuth, false)
        << QStringLiteral(
               "az cosmosdb update --name acct1 --resource-group rg-prod --disable-local-auth false");
    QTest::newRow("disable metadata writes")
        << KeysService::azUpdateCommand(kAccount,
                                        KeysService::AuthSetting::DisableKeyBasedMetadataWriteAccess, true)
        << QStringLiteral("az cosmosdb update --name acct1 --resource-group rg-prod "
                          "--disable-key-based-metadata-write-access true");
    QTest::newRow("resource group needing quotes")
        << KeysService::azRegenerateCommand(
               QStringLiteral("/subscriptions/s/resourceGroups/Team (Prod)'s/providers/Microsoft.DocumentDB/"
                              "databaseAccounts/acct-2"),
               KeyKind::Secondary)
        << QStringLiteral("az cosmosdb keys regenerate --name acct-2 --resource-group 'Team (Prod)'\\''s' "
                          "--key-kind secondary");
}

void TestKeysService::azCommands()
{
    QFETCH(QString, command);
    QFETCH(QString, expected);
    QCOMPARE(command, expected);
    for (const QByteArray &k : {kPrimary, kSecondary, kPrimaryRo, kSecondaryRo})
        QVERIFY(!command.contains(QString::fromLatin1(k)));
}

QTEST_GUILESS_MAIN(TestKeysService)
#include "tst_keysservice.moc"
