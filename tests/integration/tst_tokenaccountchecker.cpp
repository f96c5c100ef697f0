// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "LocalCloudFixture.h"
#include "core/Clock.h"
#include "core/CosmosPermission.h"
#include "core/MasterKeySigner.h"
#include "emulator/DemoSeed.h"
#include "inspect/CosmosCredential.h"
#include "net/CosmosItemsClient.h"
#include "net/CosmosPermissionsService.h"
#include "net/KeysService.h"
#include "net/MasterKeyAuthorizer.h"
#include "net/RequestLog.h"
#include "net/SqlRbacService.h"
#include "net/StepJob.h"
#include "net/TokenAccountChecker.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace csc;
using test::DemoWho;

namespace {

const QString kLegacy = QStringLiteral("contoso-legacy");
const QString kTenant = QLatin1String(emu::DemoSeed::kTenantId);

QString oidOf(DemoWho who)
{
    return QLatin1String(emu::DemoSeed::kPrincipals[who].objectId);
}

/// Waits for a Done<T> callback; nullopt on timeout.
template <typename T> struct Waiter
{
    std::optional<Result<T>> result;
    std::function<void(const Result<T> &)> done()
    {
        return [this](const Result<T> &r) { result = r; };
    }
    bool wait(int ms = 20000)
    {
        return QTest::qWaitFor([this] { return result.has_value(); }, ms);
    }
};

/// The failure's summary, or "" (QVERIFY2 evaluates its message even when the check passes).
template <typename T> QString why(const Result<T> &r)
{
    return r.ok() ? QString() : r.error().summary();
}

AccountCheck findCheck(const QList<AccountCheck> &checks, const QString &id)
{
    for (const auto &c : checks) {
        if (c.id == id)
            return c;
    }
    return {};
}

} // namespace

class TestTokenAccountChecker : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void audience_data();
    void audience();
    void tenant();
    void jwtWithoutAssignment();
    void jwtWithAssignment();
    void masterSignature_data();
    void masterSignature();
    void masterSignatureReaderComparesReadOnlyKeys();
    void resourceTokenPermission();
    void sealedResourceToken();
    void connectionStringKey();
    void cancel();

private:
    std::unique_ptr<AzureSession> session(DemoWho who);
    CosmosAccount account(AzureSession *s, const QString &name = kLegacy);
    AccountKeys keys(AzureSession *s, const QString &name = kLegacy);

    test::LocalCloudFixture m_cloud;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<RequestLog> m_log;
};

void TestTokenAccountChecker::initTestCase()
{
    emu::EmulatorOptions options;
    options.lroDelayMs = 0;
    const Result<void> started = m_cloud.start(options);
    QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().summary()));
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_log = std::make_unique<RequestLog>();
}

std::unique_ptr<AzureSession> TestTokenAccountChecker::session(DemoWho who)
{
    return m_cloud.session(m_nam.get(), m_log.get(), who);
}

CosmosAccount TestTokenAccountChecker::account(AzureSession *s, const QString &name)
{
    const auto a = test::LocalCloudFixture::fetchAccount(s, name);
    return a ? a.value() : CosmosAccount{};
}

AccountKeys TestTokenAccountChecker::keys(AzureSession *s, const QString &name)
{
    KeysService service(s, test::LocalCloudFixture::accountId(name));
    Waiter<AccountKeys> w;
    service.listKeys(nullptr, w.done());
    if (!w.wait() || !*w.result)
        return {};
    return w.result->value();
}

void TestTokenAccountChecker::audience_data()
{
    QTest::addColumn<QString>("audience");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("titleContains");
    QTest::newRow("cosmos resource") << QStringLiteral("https://cosmos.azure.com")
                                     << int(AccountCheck::Status::Pass) << QStringLiteral("data plane");
    QTest::newRow("cosmos resource slash") << QStringLiteral("https://cosmos.azure.com/")
                                           << int(AccountCheck::Status::Pass) << QStringLiteral("data plane");
    QTest::newRow("endpoint") << QStringLiteral("https://contoso.documents.azure.com:443/")
                              << int(AccountCheck::Status::Pass) << QStringLiteral("endpoint");
    QTest::newRow("endpoint without port") << QStringLiteral("https://contoso.documents.azure.com")
                                           << int(AccountCheck::Status::Pass) << QStringLiteral("endpoint");
    QTest::newRow("arm") << QStringLiteral("https://management.azure.com/")
                         << int(AccountCheck::Status::Attention) << QStringLiteral("Resource Manager");
    QTest::newRow("other account") << QStringLiteral("https://fabrikam.documents.azure.com:443/")
                                   << int(AccountCheck::Status::Fail)
                                   << QStringLiteral("another Cosmos DB account");
    QTest::newRow("graph") << QStringLiteral("00000003-0000-0000-c000-000000000000")
                           << int(AccountCheck::Status::Fail) << QStringLiteral("does not fit");
    QTest::newRow("empty") << QString() << int(AccountCheck::Status::Fail) << QStringLiteral("no audience");
}

void TestTokenAccountChecker::audience()
{
    QFETCH(QString, audience);
    QFETCH(int, status);
    QFETCH(QString, titleContains);
    CosmosAccount a;
    a.name = QStringLiteral("contoso");
    a.documentEndpoint = QStringLiteral("https://contoso.documents.azure.com:443/");
    const AccountCheck c = TokenAccountChecker::audienceCheck(audience, a, CloudEnvironment::azureCloud());
    QCOMPARE(c.id, QStringLiteral("audience"));
    QCOMPARE(int(c.status), status);
    QVERIFY2(c.title.contains(titleContains), qPrintable(c.title));
    QVERIFY(!c.detail.isEmpty());
}

void TestTokenAccountChecker::tenant()
{
    QCOMPARE(TokenAccountChecker::tenantCheck(kTenant, kTenant.toUpper()).status, AccountCheck::Status::Pass);
    const AccountCheck other =
        TokenAccountChecker::tenantCheck(QStringLiteral("11111111-2222-3333-4444-555555555555"), kTenant);
    QCOMPARE(other.status, AccountCheck::Status::Fail);
    QVERIFY(other.detail.contains(kTenant));
    QCOMPARE(TokenAccountChecker::tenantCheck(kTenant, {}).status, AccountCheck::Status::Info);
    QCOMPARE(TokenAccountChecker::tenantCheck({}, kTenant).status, AccountCheck::Status::Attention);
}

void TestTokenAccountChecker::jwtWithoutAssignment()
{
    auto s = session(DemoWho::DemoOwner);
    const CosmosAccount a = account(s.get());
    QVERIFY(!a.id.isEmpty());
    JwtSummary jwt;
    jwt.audience = QStringLiteral("https://cosmos.azure.com");
    jwt.tenantId = kTenant;
    jwt.objectId = oidOf(DemoWho::DemoCosmosReader);
    TokenAccountChecker checker(s.get(), a);
    Waiter<JwtAccountReport> w;
    QVERIFY(checker.checkJwt(jwt, this, w.done()));
    QVERIFY(w.wait());
    QVERIFY2(w.result->ok(), qPrintable(why(*w.result)));
    const JwtAccountReport r = w.result->value();
    QCOMPARE(findCheck(r.checks, QStringLiteral("audience")).status, AccountCheck::Status::Pass);
    QCOMPARE(findCheck(r.checks, QStringLiteral("tenant")).status, AccountCheck::Status::Pass);
    const AccountCheck assignments = findCheck(r.checks, QStringLiteral("assignments"));
    QCOMPARE(assignments.status, AccountCheck::Status::Fail);
    QVERIFY(assignments.detail.contains(QStringLiteral("5301")));
    QVERIFY(r.assignments.isEmpty());
}

void TestTokenAccountChecker::jwtWithAssignment()
{
    auto s = session(DemoWho::DemoOwner);
    const CosmosAccount a = account(s.get());
    SqlRbacService rbac(s.get(), a.id);
    rbac.setDefaultPollIntervalMs(50);
    SqlRoleAssignment assignment;
    assignment.name = QStringLiteral("7e57c0de-0000-4000-8000-000000000001");
    assignment.roleDefinitionId =
        rbac.roleDefinitionId(QStringLiteral("00000000-0000-0000-0000-000000000001"));
    assignment.scope = a.id + QStringLiteral("/dbs/shop");
    assignment.principalId = oidOf(DemoWho::DemoContributor);
    Waiter<SqlRoleAssignment> put;
    rbac.putRoleAssignment(assignment, nullptr, put.done());
    QVERIFY(put.wait());
    QVERIFY2(put.result->ok(), qPrintable(why(*put.result)));

    JwtSummary jwt;
    jwt.audience = a.documentEndpoint;
    jwt.tenantId = QStringLiteral("99999999-0000-4000-8000-000000000009");
    jwt.objectId = oidOf(DemoWho::DemoContributor);
    TokenAccountChecker checker(s.get(), a);
    Waiter<JwtAccountReport> w;
    checker.checkJwt(jwt, this, w.done());
    QVERIFY(w.wait());
    QVERIFY2(w.result->ok(), qPrintable(why(*w.result)));
    const JwtAccountReport r = w.result->value();
    QCOMPARE(findCheck(r.checks, QStringLiteral("tenant")).status, AccountCheck::Status::Fail);
    QCOMPARE(r.assignments.size(), 1);
    QCOMPARE(r.assignments.first().roleName, QStringLiteral("Cosmos DB Built-in Data Reader"));
    QVERIFY(r.assignments.first().scopeText.contains(QStringLiteral("shop")));
    QVERIFY(!r.assignments.first().viaGroup);
    QCOMPARE(findCheck(r.checks, QStringLiteral("assignments")).status, AccountCheck::Status::Pass);

    // The same assignment reached through a group claim.
    jwt.objectId = QStringLiteral("12345678-0000-4000-8000-000000000000");
    jwt.groups = {oidOf(DemoWho::DemoContributor)};
    Waiter<JwtAccountReport> viaGroup;
    checker.checkJwt(jwt, this, viaGroup.done());
    QVERIFY(viaGroup.wait());
    QVERIFY(viaGroup.result->ok());
    QCOMPARE(viaGroup.result->value().assignments.size(), 1);
    QVERIFY(viaGroup.result->value().assignments.first().viaGroup);
}

void TestTokenAccountChecker::masterSignature_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("tamper");
    QTest::newRow("primary") << int(KeyKind::Primary) << false;
    QTest::newRow("secondary read-only") << int(KeyKind::SecondaryReadonly) << false;
    QTest::newRow("altered") << int(KeyKind::Primary) << true;
}

void TestTokenAccountChecker::masterSignature()
{
    QFETCH(int, kind);
    QFETCH(bool, tamper);
    auto s = session(DemoWho::DemoOwner);
    const CosmosAccount a = account(s.get());
    const AccountKeys k = keys(s.get());
    QVERIFY(!k.isEmpty());
    const QString date = MasterKeySigner::httpDate(Clock::now());
    const CosmosResource resource{QStringLiteral("docs"), QStringLiteral("dbs/shop/colls/orders/docs/1")};
    auto sig = MasterKeySigner::signature(k.key(KeyKind(kind)), "GET", resource.resourceType,
                                          resource.resourceLink, date);
    QVERIFY(sig.ok());
    TokenAccountChecker checker(s.get(), a);
    Waiter<MasterSignatureMatch> w;
    // Altering the link (case matters) must not match any key.
    const CosmosResource asked =
        tamper ? CosmosResource{resource.resourceType, QStringLiteral("dbs/Shop/colls/orders/docs/1")}
               : resource;
    checker.matchMasterSignature(sig.value(), "GET", asked, date, this, w.done());
    QVERIFY(w.wait());
    QVERIFY2(w.result->ok(), qPrintable(why(*w.result)));
    const MasterSignatureMatch m = w.result->value();
    QVERIFY(m.stringToSign.startsWith(QStringLiteral("get\ndocs\n")));
    QVERIFY(!m.stringToSign.contains(QString::fromLatin1(sig.value())));
    if (tamper) {
        QVERIFY(!m.key.has_value());
        QCOMPARE(findCheck(m.checks, QStringLiteral("key")).status, AccountCheck::Status::Fail);
    } else {
        QVERIFY(m.key.has_value());
        QCOMPARE(int(*m.key), kind);
        QCOMPARE(findCheck(m.checks, QStringLiteral("key")).status, KeyKind(kind) == KeyKind::Primary
                                                                        ? AccountCheck::Status::Attention
                                                                        : AccountCheck::Status::Pass);
    }
}

void TestTokenAccountChecker::masterSignatureReaderComparesReadOnlyKeys()
{
    auto owner = session(DemoWho::DemoOwner);
    const AccountKeys k = keys(owner.get());
    // The Cosmos DB Account Reader may list only the read-only keys.
    auto reader = session(DemoWho::DemoCosmosReader);
    const CosmosAccount a = account(reader.get(), QStringLiteral("contoso-orders"));
    QVERIFY(!a.id.isEmpty());
    const AccountKeys orders = keys(owner.get(), QStringLiteral("contoso-orders"));
    const QString date = MasterKeySigner::httpDate(Clock::now());
    auto sig = MasterKeySigner::signature(orders.primaryMasterKey, "POST", QStringLiteral("docs"),
                                          QStringLiteral("dbs/shop/colls/orders"), date);
    QVERIFY(sig.ok());
    TokenAccountChecker checker(reader.get(), a);
    Waiter<MasterSignatureMatch> w;
    checker.matchMasterSignature(sig.value(), "POST",
                                 {QStringLiteral("docs"), QStringLiteral("dbs/shop/colls/orders")}, date,
                                 this, w.done());
    QVERIFY(w.wait());
    QVERIFY2(w.result->ok(), qPrintable(why(*w.result)));
    QVERIFY(!w.result->value().key.has_value());
    const AccountCheck c = findCheck(w.result->value().checks, QStringLiteral("key"));
    QVERIFY2(c.title.contains(QStringLiteral("read-only")), qPrintable(c.title));
    QVERIFY(c.detail.contains(QStringLiteral("may not list")));
    Q_UNUSED(k);
}

void TestTokenAccountChecker::resourceTokenPermission()
{
    auto s = session(DemoWho::DemoOwner);
    const CosmosAccount a = account(s.get());
    const AccountKeys k = keys(s.get());
    CosmosPermissionsService perms(s->client(), QUrl(a.documentEndpoint),
                                   std::make_shared<MasterKeyAuthorizer>(k.primaryMasterKey));
    // A database to grant on.
    const QString db = QStringLiteral("inspect-db");
    CosmosItemsClient items(s->client(), QUrl(a.documentEndpoint));
    Waiter<CosmosDatabase> created;
    items.createDatabase(db, std::make_shared<MasterKeyAuthorizer>(k.primaryMasterKey), nullptr,
                         created.done());
    QVERIFY(created.wait());
    QVERIFY2(created.result->ok(), qPrintable(why(*created.result)));
    Waiter<CosmosUser> user;
    perms.createUser(db, QStringLiteral("carol"), nullptr, user.done());
    QVERIFY(user.wait());
    QVERIFY2(user.result->ok(), qPrintable(why(*user.result)));
    CosmosPermission p;
    p.id = QStringLiteral("read-db");
    p.mode = CosmosPermission::Mode::Read;
    p.resource = QStringLiteral("dbs/") + db;
    p.database = db;
    p.user = QStringLiteral("carol");
    Waiter<CosmosPermission> minted;
    perms.createPermission(p, 600, nullptr, minted.done());
    QVERIFY(minted.wait());
    QVERIFY2(minted.result->ok(), qPrintable(why(*minted.result)));
    const auto info = ResourceTokenInfo::parse(minted.result->value().token.bytes());
    QVERIFY2(info.ok(), info.ok() ? "" : qPrintable(info.error().summary()));
    QVERIFY(info.value().readable);

    TokenAccountChecker checker(s.get(), a);
    Waiter<PermissionMatch> w;
    checker.findPermission(info.value(), this, w.done());
    QVERIFY(w.wait());
    QVERIFY2(w.result->ok(), qPrintable(why(*w.result)));
    const PermissionMatch m = w.result->value();
    QVERIFY(m.found);
    QCOMPARE(m.permissionId, QStringLiteral("read-db"));
    QCOMPARE(m.userId, QStringLiteral("carol"));
    QCOMPARE(m.mode, QStringLiteral("Read"));
    QCOMPARE(findCheck(m.checks, QStringLiteral("permission")).status, AccountCheck::Status::Pass);
    QCOMPARE(findCheck(m.checks, QStringLiteral("lifetime")).status, AccountCheck::Status::Pass);

    // Replacing the permission revokes the token.
    p.mode = CosmosPermission::Mode::All;
    Waiter<CosmosPermission> replaced;
    perms.replacePermission(p.id, p, 600, nullptr, replaced.done());
    QVERIFY(replaced.wait());
    QVERIFY(replaced.result->ok());
    Waiter<PermissionMatch> again;
    checker.findPermission(info.value(), this, again.done());
    QVERIFY(again.wait());
    QVERIFY(again.result->ok());
    const AccountCheck revoked = findCheck(again.result->value().checks, QStringLiteral("permission"));
    QCOMPARE(revoked.status, AccountCheck::Status::Fail);
    QVERIFY(revoked.title.contains(QStringLiteral("replaced")));

    // Another account does not own it.
    const CosmosAccount other = account(s.get(), QStringLiteral("contoso-catalog"));
    TokenAccountChecker otherChecker(s.get(), other);
    Waiter<PermissionMatch> wrong;
    otherChecker.findPermission(info.value(), this, wrong.done());
    QVERIFY(wrong.wait());
    QCOMPARE(findCheck(wrong.result->value().checks, QStringLiteral("account")).status,
             AccountCheck::Status::Fail);
}

void TestTokenAccountChecker::sealedResourceToken()
{
    auto s = session(DemoWho::DemoOwner);
    TokenAccountChecker checker(s.get(), account(s.get()));
    ResourceTokenInfo sealed;
    sealed.version = QStringLiteral("1");
    sealed.signatureBytes = 32;
    sealed.blobBytes = 180;
    const qsizetype before = m_log->entries().size();
    Waiter<PermissionMatch> w;
    checker.findPermission(sealed, this, w.done());
    QVERIFY(w.wait());
    QVERIFY(w.result->ok());
    QVERIFY(!w.result->value().found);
    QCOMPARE(findCheck(w.result->value().checks, QStringLiteral("permission")).status,
             AccountCheck::Status::Info);
    QCOMPARE(m_log->entries().size(), before); // nothing was asked
}

void TestTokenAccountChecker::connectionStringKey()
{
    auto s = session(DemoWho::DemoOwner);
    const CosmosAccount a = account(s.get());
    const AccountKeys k = keys(s.get());
    TokenAccountChecker checker(s.get(), a);

    Waiter<KeyIdentification> rw;
    checker.identifyKey(k.secondaryMasterKey, CosmosConnectionString::Flavor::Sql, this, rw.done());
    QVERIFY(rw.wait());
    QVERIFY2(rw.result->ok(), qPrintable(why(*rw.result)));
    QCOMPARE(rw.result->value().key, std::optional<KeyKind>(KeyKind::Secondary));
    QCOMPARE(findCheck(rw.result->value().checks, QStringLiteral("key-kind")).status,
             AccountCheck::Status::Fail);
    const QByteArray ro = rw.result->value().readOnlyConnectionString.bytes();
    QVERIFY(ro.startsWith("AccountEndpoint=" + a.documentEndpoint.toUtf8() + ";AccountKey="));
    QVERIFY(ro.contains(k.primaryReadonlyMasterKey.bytes()));

    Waiter<KeyIdentification> readOnly;
    checker.identifyKey(k.primaryReadonlyMasterKey, CosmosConnectionString::Flavor::Sql, this,
                        readOnly.done());
    QVERIFY(readOnly.wait());
    QCOMPARE(readOnly.result->value().key, std::optional<KeyKind>(KeyKind::PrimaryReadonly));
    QCOMPARE(findCheck(readOnly.result->value().checks, QStringLiteral("key-kind")).status,
             AccountCheck::Status::Pass);

    Waiter<KeyIdentification> foreign;
    checker.identifyKey(SecureBytes(QByteArray(64, 'k').toBase64()), CosmosConnectionString::Flavor::Sql,
                        this, foreign.done());
    QVERIFY(foreign.wait());
    QVERIFY(!foreign.result->value().key.has_value());
}

void TestTokenAccountChecker::cancel()
{
    auto s = session(DemoWho::DemoOwner);
    TokenAccountChecker checker(s.get(), account(s.get()));
    JwtSummary jwt;
    jwt.audience = QStringLiteral("https://cosmos.azure.com");
    jwt.objectId = oidOf(DemoWho::DemoOwner);
    Waiter<JwtAccountReport> w;
    AbstractJob *job = checker.checkJwt(jwt, this, w.done());
    QVERIFY(job);
    QSignalSpy ended(job, &AbstractJob::ended);
    job->abort();
    QVERIFY(w.result.has_value());
    QCOMPARE(w.result->error().kind, ApiError::Kind::Cancelled);
    QCOMPARE(ended.size(), 1);
    // Nothing else arrives later.
    QTest::qWait(200);
    QCOMPARE(w.result->error().kind, ApiError::Kind::Cancelled);
}

QTEST_GUILESS_MAIN(TestTokenAccountChecker)
#include "tst_tokenaccountchecker.moc"
