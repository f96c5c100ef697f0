// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "core/ApiError.h"
#include "core/Clock.h"
#include "core/CloudEnvironment.h"
#include "core/ConnectionProfile.h"
#include "core/SecureBytes.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace csc;

namespace {
const QString kTenantGuid = QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47");
const QString kClientGuid = QStringLiteral("04b07795-8ddb-461a-bbee-02f9e1bf7b46");

ConnectionProfile validProfile()
{
    ConnectionProfile p = ConnectionProfile::create();
    p.name = QStringLiteral("Production");
    p.tenantId = kTenantGuid;
    p.clientId = kClientGuid;
    return p;
}
} // namespace

class TestCoreTypes : public QObject
{
    Q_OBJECT
private slots:
    void apiErrorText_data();
    void apiErrorText();
    void apiErrorDetailedText();
    void apiErrorFactories();

    void cloudUrls_data();
    void cloudUrls();
    void cloudIdStrings();
    void customCloud();

    void profileValidate_data();
    void profileValidate();
    void profileSecretKey();
    void profileStoreRoundTrip();

    void secureBytesCopyMove();
    void secureBytesWipe();
    void secureBytesCompare_data();
    void secureBytesCompare();

    void manualClock();

private:
    QTemporaryDir m_dir;
};

// ---------------------------------------------------------------------------------------------------------------
// ApiError

void TestCoreTypes::apiErrorText_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("subStatus");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QString>("summary"); // exact expected summary
    QTest::addColumn<QString>("remedy");  // substring of the remedy; empty = no remedy

    using K = ApiError::Kind;
    const QUrl arm(QStringLiteral("https://management.azure.com/subscriptions/s1/resourceGroups/rg"));
    const QUrl token(
        QStringLiteral("https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token"));
    const QUrl cosmos(QStringLiteral("https://acct.documents.azure.com/dbs/db1"));
    const QUrl vault(QStringLiteral("https://kv1.vault.azure.net/keys/cmk"));
    const QUrl other(QStringLiteral("https://example.org/other"));

    QTest::newRow("network") << int(K::Network) << 0 << 0 << QString() << QStringLiteral("Connection refused")
                             << arm
                             << QStringLiteral("Could not reach management.azure.com: Connection refused")
                             << QStringLiteral("Check the network connection");
    QTest::newRow("network-no-url") << int(K::Network) << 0 << 0 << QString()
                                    << QStringLiteral("Host not found") << QUrl()
                                    << QStringLiteral("Could not reach the service: Host not found")
                                    << QStringLiteral("proxy settings");
    QTest::newRow("tls") << int(K::Tls) << 0 << 0 << QString() << QStringLiteral("The issuer is unknown")
                         << arm
                         << QStringLiteral(
                                "The secure connection to management.azure.com was refused: The issuer "
                                "is unknown")
                         << QStringLiteral("TLS 1.2 or later");
    QTest::newRow("timeout") << int(K::Timeout) << 0 << 0 << QString() << QString() << arm
                             << QStringLiteral("management.azure.com did not answer in time.")
                             << QStringLiteral("raise the timeout");
    QTest::newRow("cancelled") << int(K::Cancelled) << 0 << 0 << QString() << QString() << arm
                               << QStringLiteral("The operation was cancelled.") << QString();
    QTest::newRow("arm-authorization-failed")
        << int(K::Http) << 403 << 0 << QStringLiteral("AuthorizationFailed")
        << QStringLiteral("The client does not have authorization") << arm
        << QStringLiteral(
               "Azure Resource Manager refused the request (403 AuthorizationFailed): The client does "
               "not have authorization")
        << QStringLiteral("Owner or User Access Administrator");
    QTest::newRow("arm-linked-authorization-failed")
        << int(K::Http) << 403 << 0 << QStringLiteral("LinkedAuthorizationFailed")
        << QStringLiteral("no access") << arm
        << QStringLiteral(
               "Azure Resource Manager refused the request (403 LinkedAuthorizationFailed): no access")
        << QStringLiteral("Owner or User Access Administrator");
    QTest::newRow("entra-invalid-client")
        << int(K::Http) << 401 << 0 << QStringLiteral("invalid_client")
        << QStringLiteral("AADSTS7000215: Invalid client secret provided.") << token
        << QStringLiteral(
               "Microsoft Entra ID refused the request (401 invalid_client): AADSTS7000215: Invalid "
               "client secret provided.")
        << QStringLiteral("create a new client secret");
    QTest::newRow("entra-unauthorized-client")
        << int(K::Http) << 400 << 0 << QStringLiteral("unauthorized_client") << QStringLiteral("AADSTS700016")
        << token
        << QStringLiteral("Microsoft Entra ID refused the request (400 unauthorized_client): AADSTS700016")
        << QStringLiteral("client id or secret is wrong");
    QTest::newRow("entra-invalid-scope")
        << int(K::Http) << 400 << 0 << QStringLiteral("invalid_scope") << QStringLiteral("AADSTS70011")
        << token << QStringLiteral("Microsoft Entra ID refused the request (400 invalid_scope): AADSTS70011")
        << QStringLiteral("not known to the tenant");
    QTest::newRow("cosmos-local-auth-disabled")
        << int(K::Http) << 401 << 5202 << QStringLiteral("Unauthorized")
        << QStringLiteral("Local Authorization is "
                          "disabled.")
        << cosmos
        << QStringLiteral(
               "The Cosmos DB account refused the request (401 Unauthorized, substatus 5202): Local "
               "Authorization is disabled.")
        << QStringLiteral("Key-based authentication is disabled");
    QTest::newRow("unauthorized") << int(K::Http) << 401 << 0 << QString() << QStringLiteral("bad token")
                                  << other
                                  << QStringLiteral("The service refused the request (401): bad token")
                                  << QStringLiteral("credentials were refused");
    QTest::newRow("forbidden") << int(K::Http) << 403 << 0 << QStringLiteral("Forbidden")
                               << QStringLiteral("denied") << cosmos
                               << QStringLiteral(
                                      "The Cosmos DB account refused the request (403 Forbidden): denied")
                               << QStringLiteral("firewall rule");
    QTest::newRow("keyvault-not-found")
        << int(K::Http) << 404 << 0 << QStringLiteral("KeyNotFound")
        << QStringLiteral("A key with (name/id) cmk was "
                          "not found")
        << vault
        << QStringLiteral(
               "Key Vault refused the request (404 KeyNotFound): A key with (name/id) cmk was not found")
        << QStringLiteral("does not exist");
    QTest::newRow("conflict") << int(K::Http) << 409 << 0 << QStringLiteral("Conflict")
                              << QStringLiteral("busy") << arm
                              << QStringLiteral(
                                     "Azure Resource Manager refused the request (409 Conflict): busy")
                              << QStringLiteral("Another change is in progress");
    QTest::newRow("precondition") << int(K::Http) << 412 << 0 << QString() << QString() << arm
                                  << QStringLiteral(
                                         "Azure Resource Manager refused the request (412): no details "
                                         "were given")
                                  << QStringLiteral("Another change is in progress");
    QTest::newRow("throttled")
        << int(K::Http) << 429 << 0 << QStringLiteral("TooManyRequests") << QStringLiteral("slow") << arm
        << QStringLiteral("Azure Resource Manager refused the request (429 TooManyRequests): slow")
        << QStringLiteral("throttling");
    QTest::newRow("server-error") << int(K::Http) << 503 << 0 << QStringLiteral("ServiceUnavailable")
                                  << QStringLiteral("down") << other
                                  << QStringLiteral(
                                         "The service refused the request (503 ServiceUnavailable): down")
                                  << QStringLiteral("try again later");
    QTest::newRow("bad-request-no-remedy")
        << int(K::Http) << 400 << 0 << QStringLiteral("InvalidRequestContent") << QStringLiteral("bad json")
        << arm
        << QStringLiteral("Azure Resource Manager refused the request (400 InvalidRequestContent): bad json")
        << QString();
    QTest::newRow("parse") << int(K::Parse) << 200 << 0 << QString() << QStringLiteral("not JSON") << arm
                           << QStringLiteral(
                                  "The answer from management.azure.com could not be read: not JSON")
                           << QString();
    QTest::newRow("validation") << int(K::Validation) << 0 << 0 << QString()
                                << QStringLiteral("Enter a name.") << QUrl()
                                << QStringLiteral("Enter a name.") << QString();
    QTest::newRow("auth") << int(K::Auth) << 0 << 0 << QString() << QStringLiteral("No client secret.")
                          << QUrl() << QStringLiteral("No client secret.")
                          << QStringLiteral("tenant, client id and secret");
    QTest::newRow("secret-store") << int(K::SecretStore) << 0 << 0 << QString() << QStringLiteral("locked")
                                  << QUrl() << QStringLiteral("locked") << QStringLiteral("keychain");
    QTest::newRow("process") << int(K::Process) << 0 << 0 << QString() << QStringLiteral("exited with 1")
                             << QUrl() << QStringLiteral("exited with 1") << QStringLiteral("activity log");
}

void TestCoreTypes::apiErrorText()
{
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(int, subStatus);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(QUrl, url);
    QFETCH(QString, summary);
    QFETCH(QString, remedy);

    ApiError e = ApiError::make(ApiError::Kind(kind), message);
    e.httpStatus = status;
    e.subStatus = subStatus;
    e.code = code;
    e.url = url;
    QCOMPARE(e.summary(), summary);
    if (remedy.isEmpty())
        QVERIFY2(e.remedy().isEmpty(), qPrintable(e.remedy()));
    else
        QVERIFY2(e.remedy().contains(remedy), qPrintable(e.remedy()));
    QCOMPARE(e.isCancelled(), ApiError::Kind(kind) == ApiError::Kind::Cancelled);
    QCOMPARE(e.isUnauthorized(), status == 401);
    QCOMPARE(e.isForbidden(), status == 403);
    QCOMPARE(e.isNotFound(), status == 404);
}

void TestCoreTypes::apiErrorDetailedText()
{
    ApiError e =
        ApiError::make(ApiError::Kind::Http, QStringLiteral("The client does not have authorization"));
    e.httpStatus = 403;
    e.code = QStringLiteral("AuthorizationFailed");
    e.target = QStringLiteral("Microsoft.DocumentDB/databaseAccounts/write");
    e.details = {QStringLiteral("ScopeLocked: locked")};
    e.method = QStringLiteral("PUT");
    e.url = QUrl(QStringLiteral("https://management.azure.com/subscriptions/s1?api-version=2024-05-15"));
    e.requestId = QStringLiteral("req-1");
    e.correlationId = QStringLiteral("corr-1");

    const QStringList lines = e.detailedText().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 7);
    QCOMPARE(lines.at(0), e.summary());
    QCOMPARE(lines.at(1), e.remedy());
    QCOMPARE(lines.at(2), QStringLiteral("Target: Microsoft.DocumentDB/databaseAccounts/write"));
    QCOMPARE(lines.at(3), QStringLiteral("Detail: ScopeLocked: locked"));
    QCOMPARE(
        lines.at(4),
        QStringLiteral("Request: PUT https://management.azure.com/subscriptions/s1?api-version=2024-05-15"));
    QCOMPARE(lines.at(5), QStringLiteral("Request id: req-1"));
    QCOMPARE(lines.at(6), QStringLiteral("Correlation id: corr-1"));

    // A correlation id equal to the request id is not repeated; empty parts are left out.
    ApiError same = ApiError::make(ApiError::Kind::Validation, QStringLiteral("Enter a name."));
    same.requestId = QStringLiteral("r");
    same.correlationId = QStringLiteral("r");
    QCOMPARE(same.detailedText(), QStringLiteral("Enter a name.\nRequest id: r"));
}

void TestCoreTypes::apiErrorFactories()
{
    const ApiError c = ApiError::cancelled();
    QCOMPARE(c.kind, ApiError::Kind::Cancelled);
    QVERIFY(c.isCancelled());
    QVERIFY(!c.message.isEmpty());

    const ApiError v = ApiError::validation(QStringLiteral("bad"));
    QCOMPARE(v.kind, ApiError::Kind::Validation);
    QCOMPARE(v.message, QStringLiteral("bad"));
    QCOMPARE(v.httpStatus, 0);

    const QVariant var = QVariant::fromValue(v);
    QCOMPARE(var.value<ApiError>().message, QStringLiteral("bad"));
}

// ---------------------------------------------------------------------------------------------------------------
// CloudEnvironment

void TestCoreTypes::cloudUrls_data()
{
    QTest::addColumn<int>("id");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("openId");
    QTest::addColumn<QString>("subscriptions");
    QTest::addColumn<QString>("armScope");
    QTest::addColumn<QString>("cosmosSuffix");
    QTest::addColumn<QString>("cosmosScope");
    QTest::addColumn<QString>("keyVaultScope");
    QTest::addColumn<QString>("keyVaultSuffix");
    QTest::addColumn<QString>("logAnalyticsScope");

    QTest::newRow("AzureCloud")
        << int(CloudEnvironment::Id::AzureCloud)
        << "https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token"
        << "https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0/.well-known/"
           "openid-configuration"
        << "https://management.azure.com/subscriptions?api-version=2022-12-01"
        << "https://management.azure.com/.default"
        << "documents.azure.com"
        << "https://cosmos.azure.com/.default"
        << "https://vault.azure.net/.default"
        << ".vault.azure.net"
        << "https://api.loganalytics.io/.default";
    QTest::newRow("AzureChinaCloud")
        << int(CloudEnvironment::Id::AzureChinaCloud)
        << "https://login.chinacloudapi.cn/contoso.onmicrosoft.com/oauth2/v2.0/token"
        << "https://login.chinacloudapi.cn/contoso.onmicrosoft.com/v2.0/.well-known/"
           "openid-configuration"
        << "https://management.chinacloudapi.cn/subscriptions?api-version=2022-12-01"
        << "https://management.chinacloudapi.cn/.default"
        << "documents.azure.cn"
        << "https://cosmos.azure.cn/.default"
        << "https://vault.azure.cn/.default"
        << ".vault.azure.cn"
        << "https://api.loganalytics.azure.cn/.default";
    QTest::newRow("AzureUSGovernment")
        << int(CloudEnvironment::Id::AzureUSGovernment)
        << "https://login.microsoftonline.us/contoso.onmicrosoft.com/oauth2/v2.0/token"
        << "https://login.microsoftonline.us/contoso.onmicrosoft.com/v2.0/.well-known/openid-configuration"
        << "https://management.usgovcloudapi.net/subscriptions?api-version=2022-12-01"
        << "https://management.usgovcloudapi.net/.default"
        << "documents.azure.us"
        << "https://cosmos.azure.us/.default"
        << "https://vault.usgovcloudapi.net/.default"
        << ".vault.usgovcloudapi.net"
        << "https://api.loganalytics.us/.default";
}

void TestCoreTypes::cloudUrls()
{
    QFETCH(int, id);
    QFETCH(QString, token);
    QFETCH(QString, openId);
    QFETCH(QString, subscriptions);
    QFETCH(QString, armScope);
    QFETCH(QString, cosmosSuffix);
    QFETCH(QString, cosmosScope);
    QFETCH(QString, keyVaultScope);
    QFETCH(QString, keyVaultSuffix);
    QFETCH(QString, logAnalyticsScope);

    const CloudEnvironment env = CloudEnvironment::byId(CloudEnvironment::Id(id));
    const QString tenant = QStringLiteral("contoso.onmicrosoft.com");
    QCOMPARE(int(env.id), id);
    QCOMPARE(env.tokenEndpoint(tenant).toString(), token);
    QCOMPARE(env.openIdConfiguration(tenant).toString(), openId);
    QCOMPARE(env.armUrl(QStringLiteral("/subscriptions"), QStringLiteral("2022-12-01")).toString(),
             subscriptions);
    QCOMPARE(env.resourceManagerScope, armScope);
    QCOMPARE(env.cosmosSuffix, cosmosSuffix);
    QCOMPARE(env.cosmosScope, cosmosScope);
    QCOMPARE(env.keyVaultScope, keyVaultScope);
    QCOMPARE(env.keyVaultSuffix, keyVaultSuffix);
    QCOMPARE(env.logAnalyticsScope, logAnalyticsScope);
    QVERIFY(!env.displayName().isEmpty());
}

void TestCoreTypes::cloudIdStrings()
{
    QSet<QString> names;
    for (auto id : {CloudEnvironment::Id::AzureCloud, CloudEnvironment::Id::AzureChinaCloud,
                    CloudEnvironment::Id::AzureUSGovernment, CloudEnvironment::Id::Custom}) {
        const QString s = CloudEnvironment::idToString(id);
        names.insert(s);
        bool ok = false;
        QCOMPARE(CloudEnvironment::idFromString(s, &ok), id);
        QVERIFY(ok);
        QVERIFY(!CloudEnvironment::byId(id).displayName().isEmpty());
    }
    QCOMPARE(names.size(), 4);
    QCOMPARE(CloudEnvironment::idToString(CloudEnvironment::Id::AzureUSGovernment),
             QStringLiteral("AzureUSGovernment"));
    bool ok = true;
    QCOMPARE(CloudEnvironment::idFromString(QStringLiteral("AzureGermanCloud"), &ok),
             CloudEnvironment::Id::AzureCloud);
    QVERIFY(!ok);
}

void TestCoreTypes::customCloud()
{
    const CloudEnvironment env = CloudEnvironment::custom(QUrl(QStringLiteral("https://127.0.0.1:8443/")),
                                                          QUrl(QStringLiteral("https://127.0.0.1:8444//")));
    QCOMPARE(env.id, CloudEnvironment::Id::Custom);
    QCOMPARE(env.authorityHost.toString(), QStringLiteral("https://127.0.0.1:8443"));
    QCOMPARE(env.resourceManager.toString(), QStringLiteral("https://127.0.0.1:8444"));
    QCOMPARE(env.resourceManagerScope, QStringLiteral("https://127.0.0.1:8444/.default"));
    QCOMPARE(env.tokenEndpoint(QStringLiteral("t1")).toString(),
             QStringLiteral("https://127.0.0.1:8443/t1/oauth2/v2.0/token"));
    QCOMPARE(env.armUrl(QStringLiteral("/subscriptions"), QStringLiteral("2022-12-01")).toString(),
             QStringLiteral("https://127.0.0.1:8444/subscriptions?api-version=2022-12-01"));

    ConnectionProfile p = validProfile();
    p.cloud = CloudEnvironment::Id::Custom;
    p.customAuthorityHost = QUrl(QStringLiteral("https://127.0.0.1:8443"));
    p.customResourceManager = QUrl(QStringLiteral("https://127.0.0.1:8444"));
    QCOMPARE(p.environment().tokenEndpoint(p.tenantId).toString(),
             QStringLiteral("https://127.0.0.1:8443/%1/oauth2/v2.0/token").arg(kTenantGuid));
    p.cloud = CloudEnvironment::Id::AzureChinaCloud;
    QCOMPARE(p.environment().authorityHost.toString(), QStringLiteral("https://login.chinacloudapi.cn"));
}

// ---------------------------------------------------------------------------------------------------------------
// ConnectionProfile / ProfileStore

void TestCoreTypes::profileValidate_data()
{
    QTest::addColumn<ConnectionProfile>("profile");
    QTest::addColumn<QString>("error"); // substring of the message; empty = valid

    QVERIFY(m_dir.isValid());
    const QString caPath = m_dir.filePath(QStringLiteral("ca.pem"));
    QFile ca(caPath);
    QVERIFY(ca.open(QIODevice::WriteOnly));
    ca.write("-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n");
    ca.close();

    const ConnectionProfile ok = validProfile();
    QTest::newRow("ok-guid-tenant") << ok << QString();

    ConnectionProfile p = ok;
    p.tenantId = QStringLiteral("contoso.onmicrosoft.com");
    QTest::newRow("ok-domain-tenant") << p << QString();

    p = ok;
    p.name = QStringLiteral("   ");
    QTest::newRow("empty-name") << p << QStringLiteral("Enter a name");

    p = ok;
    p.name = QString(101, QLatin1Char('x'));
    QTest::newRow("long-name") << p << QStringLiteral("longer than 100");

    p = ok;
    p.tenantId = QStringLiteral("not a tenant");
    QTest::newRow("bad-tenant") << p << QStringLiteral("The tenant must be");

    p = ok;
    p.tenantId = QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db4");
    QTest::newRow("bad-tenant-short-guid") << p << QStringLiteral("The tenant must be");

    p = ok;
    p.clientId = QStringLiteral("my-app");
    QTest::newRow("bad-client-id") << p << QStringLiteral("The client id must be");

    p = ok;
    p.clientId = QStringLiteral("contoso.onmicrosoft.com");
    QTest::newRow("client-id-domain") << p << QStringLiteral("The client id must be");

    p = ok;
    p.cloud = CloudEnvironment::Id::Custom;
    p.customAuthorityHost = QUrl(QStringLiteral("http://127.0.0.1:8443"));
    p.customResourceManager = QUrl(QStringLiteral("https://127.0.0.1:8443"));
    QTest::newRow("http-custom-authority") << p << QStringLiteral("sign-in authority must be an https://");

    p.customAuthorityHost = QUrl(QStringLiteral("https://127.0.0.1:8443?x=1"));
    QTest::newRow("custom-authority-query") << p << QStringLiteral("sign-in authority must be an https://");

    p.customAuthorityHost = QUrl(QStringLiteral("https://127.0.0.1:8443"));
    p.customResourceManager = QUrl(QStringLiteral("http://127.0.0.1:8443"));
    QTest::newRow("http-custom-arm") << p << QStringLiteral("Resource Manager endpoint must be");

    p.customResourceManager = QUrl(QStringLiteral("https://127.0.0.1:8443"));
    p.trustedCaFile = caPath;
    QTest::newRow("ok-custom-with-ca") << p << QString();

    p = ok;
    p.trustedCaFile = m_dir.filePath(QStringLiteral("missing.pem"));
    QTest::newRow("unreadable-ca-file") << p << QStringLiteral("cannot be read");

    p = ok;
    p.trustedCaFile = m_dir.path();
    QTest::newRow("ca-file-is-directory") << p << QStringLiteral("cannot be read");

    p = ok;
    p.authMethod = ConnectionProfile::AuthMethod::DeviceCode;
    QTest::newRow("unsupported-auth-method") << p << QStringLiteral("client secret only");
}

void TestCoreTypes::profileValidate()
{
    QFETCH(ConnectionProfile, profile);
    QFETCH(QString, error);

    const Result<void> r = profile.validate();
    if (error.isEmpty()) {
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        return;
    }
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ApiError::Kind::Validation);
    QVERIFY2(r.error().message.contains(error), qPrintable(r.error().message));
}

void TestCoreTypes::profileSecretKey()
{
    ConnectionProfile a = ConnectionProfile::create();
    const ConnectionProfile b = ConnectionProfile::create();
    QVERIFY(ConnectionProfile::isGuid(a.id));
    QVERIFY(a.id != b.id);
    QCOMPARE(a.secretKey(ConnectionProfile::clientSecretKind()),
             QStringLiteral("profile/%1/client-secret").arg(a.id));

    for (auto m : {ConnectionProfile::AuthMethod::ClientSecret, ConnectionProfile::AuthMethod::Certificate,
                   ConnectionProfile::AuthMethod::InteractiveBrowser,
                   ConnectionProfile::AuthMethod::DeviceCode, ConnectionProfile::AuthMethod::ManagedIdentity})
        QCOMPARE(ConnectionProfile::authMethodFromString(ConnectionProfile::authMethodToString(m)), m);
    QCOMPARE(ConnectionProfile::authMethodFromString(QStringLiteral("unknown")),
             ConnectionProfile::AuthMethod::ClientSecret);
}

void TestCoreTypes::profileStoreRoundTrip()
{
    QVERIFY(m_dir.isValid());
    const QString ini = m_dir.filePath(QStringLiteral("profiles.ini"));

    ConnectionProfile prod = validProfile();
    prod.name = QStringLiteral("Production");
    ConnectionProfile local = validProfile();
    local.name = QStringLiteral("Local cloud");
    local.cloud = CloudEnvironment::Id::Custom;
    local.customAuthorityHost = QUrl(QStringLiteral("https://127.0.0.1:8443"));
    local.customResourceManager = QUrl(QStringLiteral("https://127.0.0.1:8443"));
    local.tenantId = QStringLiteral("contoso.onmicrosoft.com");
    local.trustedCaFile = m_dir.filePath(QStringLiteral("ca.pem"));
    local.localCloud = true;
    ConnectionProfile gov = validProfile();
    gov.name = QStringLiteral("Government");
    gov.cloud = CloudEnvironment::Id::AzureUSGovernment;

    {
        QSettings settings(ini, QSettings::IniFormat);
        ProfileStore store(&settings);
        QVERIFY(store.load().isEmpty());
        store.save(prod);
        store.save(local);
        store.save(gov);
        store.setLastUsedId(prod.id);
        // Saving again replaces, it does not duplicate.
        prod.name = QStringLiteral("Production EU");
        store.save(prod);
    }
    {
        QSettings settings(ini, QSettings::IniFormat);
        ProfileStore store(&settings);
        const QList<ConnectionProfile> loaded = store.load();
        QCOMPARE(loaded.size(), 3);
        // sorted by name
        QCOMPARE(loaded.at(0), gov);
        QCOMPARE(loaded.at(1), local);
        QCOMPARE(loaded.at(2), prod);
        QCOMPARE(store.lastUsedId(), prod.id);

        // No secret-looking field is ever written.
        static const QRegularExpression secretish(
            QStringLiteral("secret|password|passwd|token|credential|apikey|masterkey|assertion"),
            QRegularExpression::CaseInsensitiveOption);
        const QStringList keys = settings.allKeys();
        QVERIFY(!keys.isEmpty());
        for (const QString &key : keys)
            QVERIFY2(!secretish.match(key).hasMatch(), qPrintable(key));

        store.remove(gov.id);
        QCOMPARE(store.lastUsedId(), prod.id); // removing another profile keeps the last used one
        store.remove(prod.id);
        QVERIFY(store.lastUsedId().isEmpty());
    }
    {
        QSettings settings(ini, QSettings::IniFormat);
        ProfileStore store(&settings);
        const QList<ConnectionProfile> loaded = store.load();
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.at(0), local);
    }
}

// ---------------------------------------------------------------------------------------------------------------
// SecureBytes

void TestCoreTypes::secureBytesCopyMove()
{
    const QByteArray source("s3cr3t-value");
    SecureBytes a(source);
    QCOMPARE(a.bytes(), source);
    QVERIFY(a.bytes().constData() != source.constData()); // deep copy, not shared with the source
    QCOMPARE(a.size(), source.size());
    QCOMPARE(a.toString(), QStringLiteral("s3cr3t-value"));

    SecureBytes copy(a);
    QVERIFY(copy == a);
    QVERIFY(copy.bytes().constData() != a.bytes().constData());

    SecureBytes assigned;
    assigned = a;
    QVERIFY(assigned == a);
    QVERIFY(assigned.bytes().constData() != a.bytes().constData());
    SecureBytes &self = assigned;
    assigned = self;
    QCOMPARE(assigned.bytes(), source);

    const char *buffer = copy.bytes().constData();
    SecureBytes moved(std::move(copy));
    QCOMPARE(moved.bytes(), source);
    QCOMPARE(moved.bytes().constData(), buffer); // moved, not copied
    QVERIFY(copy.isEmpty());                     // NOLINT(bugprone-use-after-move): defined state

    SecureBytes target(QByteArray("old"));
    target = std::move(moved);
    QCOMPARE(target.bytes(), source);
    QCOMPARE(target.bytes().constData(), buffer);
    QVERIFY(moved.isEmpty()); // NOLINT(bugprone-use-after-move)

    target.clear();
    QVERIFY(target.isEmpty());
    QCOMPARE(target.size(), 0);
    QCOMPARE(a.bytes(), source); // the others are independent
}

void TestCoreTypes::secureBytesWipe()
{
    QByteArray own("private");
    SecureBytes::wipe(own);
    QVERIFY(own.isEmpty());

    // A shared buffer is released, not overwritten (that would detach and copy the secret).
    QByteArray first("shared-secret");
    const QByteArray second = first;
    SecureBytes::wipe(first);
    QVERIFY(first.isEmpty());
    QCOMPARE(second, QByteArray("shared-secret"));

    QString text = QStringLiteral("pässwörd");
    const SecureBytes fromText = SecureBytes::fromUtf8Wiping(text);
    QVERIFY(text.isEmpty());
    QCOMPARE(fromText.bytes(), QStringLiteral("pässwörd").toUtf8());
    QCOMPARE(fromText.toString(), QStringLiteral("pässwörd"));

    const QString kept = QStringLiteral("kept");
    QCOMPARE(SecureBytes::fromUtf8(kept).bytes(), QByteArray("kept"));
    QCOMPARE(kept, QStringLiteral("kept"));

    QString sharedText = QStringLiteral("shared");
    const QString other = sharedText;
    SecureBytes::wipe(sharedText);
    QVERIFY(sharedText.isEmpty());
    QCOMPARE(other, QStringLiteral("shared"));
}

void TestCoreTypes::secureBytesCompare_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("equal");
    QTest::newRow("same") << QByteArray("abc") << QByteArray("abc") << true;
    QTest::newRow("both-empty") << QByteArray() << QByteArray() << true;
    QTest::newRow("differ-last-byte") << QByteArray("abc") << QByteArray("abd") << false;
    QTest::newRow("differ-first-byte") << QByteArray("xbc") << QByteArray("abc") << false;
    QTest::newRow("prefix") << QByteArray("abc") << QByteArray("abcd") << false;
    QTest::newRow("empty-vs-value") << QByteArray() << QByteArray("a") << false;
    QTest::newRow("embedded-nul") << QByteArray("a\0b", 3) << QByteArray("a\0c", 3) << false;
}

void TestCoreTypes::secureBytesCompare()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, equal);
    QCOMPARE(SecureBytes(a) == SecureBytes(b), equal);
    QCOMPARE(SecureBytes(b) == SecureBytes(a), equal);
}

// ---------------------------------------------------------------------------------------------------------------
// Clock

void TestCoreTypes::manualClock()
{
    const QDateTime start(QDate(2026, 1, 15), QTime(10, 0), Qt::UTC);
    ManualClock clock(start);
    Clock::setInstance(&clock);
    QCOMPARE(Clock::now(), start);
    clock.advance(90);
    QCOMPARE(Clock::now(), start.addSecs(90));
    clock.set(start.addDays(400));
    QCOMPARE(Clock::now(), start.addDays(400));
    Clock::setInstance(nullptr);
    // Back on the system clock: far from the fixed test dates.
    QVERIFY(Clock::now() != start.addDays(400));
    QCOMPARE(Clock::now().timeSpec(), Qt::UTC);
}

QTEST_GUILESS_MAIN(TestCoreTypes)
#include "tst_core_types.moc"
