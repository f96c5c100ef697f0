// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "LocalCloudFixture.h"
#include "SyncHttps.h"
#include "core/Clock.h"
#include "core/SqlRbac.h"
#include "emulator/DemoSeed.h"
#include "emulator/SqlRbacResources.h"
#include "net/RequestLog.h"
#include "net/RestJob.h"
#include "net/SqlRbacService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace csc;
using csc::test::DemoWho;
using csc::test::HttpsReply;

namespace {

const QString kApi = QStringLiteral("?api-version=2025-10-15");
const QString kOrders = QStringLiteral("contoso-orders");
const QString kCatalog = QStringLiteral("contoso-catalog");
const QString kActions = QStringLiteral("Microsoft.DocumentDB/databaseAccounts/");
constexpr int kLroDelayMs = 300;

// Fixed GUIDs of what the refusal rows rely on (created in initTestCase).
const QString kSalesRole = QStringLiteral("5a1e5000-0000-4000-8000-000000000001");
const QString kSalesAssignment = QStringLiteral("5a1e5000-0000-4000-8000-0000000000a1");
const QString kHrAssignment = QStringLiteral("5a1e5000-0000-4000-8000-0000000000a2");
const QString kAccountAssignment = QStringLiteral("5a1e5000-0000-4000-8000-0000000000a3");
// Data-plane principals (Entra object ids; they need not exist in the tenant, as in Azure).
const QString kAlice = QStringLiteral("a11ce000-0000-4000-8000-000000000001");
const QString kBob = QStringLiteral("b0b00000-0000-4000-8000-000000000002");

QString account(const QString &name = kOrders)
{
    return test::LocalCloudFixture::accountId(name);
}

QString errorCode(const HttpsReply &r)
{
    return r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

QString errorMessage(const HttpsReply &r)
{
    return r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray definitionBody(const QString &roleName, const QStringList &scopes, const QStringList &actions,
                          const QJsonValue &notDataActions = QJsonValue::Undefined,
                          const QString &type = QStringLiteral("CustomRole"))
{
    QJsonObject perm{{QStringLiteral("dataActions"), QJsonArray::fromStringList(actions)}};
    if (!notDataActions.isUndefined())
        perm.insert(QStringLiteral("notDataActions"), notDataActions);
    return json(
        QJsonObject{{QStringLiteral("properties"),
                     QJsonObject{{QStringLiteral("roleName"), roleName},
                                 {QStringLiteral("type"), type},
                                 {QStringLiteral("assignableScopes"), QJsonArray::fromStringList(scopes)},
                                 {QStringLiteral("permissions"), QJsonArray{perm}}}}});
}

QByteArray assignmentBody(const QString &definitionId, const QString &scope, const QString &principalId)
{
    return json(QJsonObject{
        {QStringLiteral("properties"), QJsonObject{{QStringLiteral("roleDefinitionId"), definitionId},
                                                   {QStringLiteral("scope"), scope},
                                                   {QStringLiteral("principalId"), principalId}}}});
}

QString definitionId(const QString &guid, const QString &acct = account())
{
    return acct + QStringLiteral("/sqlRoleDefinitions/") + guid;
}

} // namespace

class TestEmuSqlRbac : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void builtInDefinitions();
    void consoleLifecycle();
    void refusals_data();
    void refusals();
    void azureRbac_data();
    void azureRbac();
    void operationFailsWhenNoLongerValid();
    void dataActionEvaluation_data();
    void dataActionEvaluation();
    void scopeAndActionHelpers_data();
    void scopeAndActionHelpers();
    void stateSurvivesARestart();

private:
    QString token(DemoWho who);
    HttpsReply call(DemoWho who, const QByteArray &method, const QString &path, const QByteArray &body = {});
    /// PUT (202 expected) and wait until the resource exists.
    bool putAndWait(const QString &path, const QByteArray &body);
    std::unique_ptr<SqlRbacService> service(DemoWho who, const QString &acct = account());

    test::LocalCloudFixture m_cloud;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<RequestLog> m_log;
    std::vector<std::unique_ptr<AzureSession>> m_sessions;
    QHash<int, QString> m_tokens;
};

void TestEmuSqlRbac::initTestCase()
{
    emu::EmulatorOptions options;
    options.lroDelayMs = kLroDelayMs;
    const Result<void> started = m_cloud.start(options);
    QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().summary()));
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_log = std::make_unique<RequestLog>();

    // What the refusal and evaluation rows rely on: a custom role assignable in database "sales", Alice holds
    // it on container sales/orders and the built-in Data Reader on database "hr"; Bob is a Data Contributor
    // of the whole account.
    QVERIFY(putAndWait(account() + QStringLiteral("/sqlRoleDefinitions/") + kSalesRole,
                       definitionBody(QStringLiteral("Sales item reader"),
                                      {account() + QStringLiteral("/dbs/sales")},
                                      {kActions + QStringLiteral("sqlDatabases/containers/items/read"),
                                       kActions + QStringLiteral("readMetadata")})));
    QVERIFY(putAndWait(account() + QStringLiteral("/sqlRoleAssignments/") + kSalesAssignment,
                       assignmentBody(definitionId(kSalesRole),
                                      account() + QStringLiteral("/dbs/sales/colls/orders"), kAlice)));
    QVERIFY(putAndWait(account() + QStringLiteral("/sqlRoleAssignments/") + kHrAssignment,
                       assignmentBody(definitionId(QLatin1String(emu::SqlRbac::kDataReaderId)),
                                      account() + QStringLiteral("/dbs/hr"), kAlice)));
    QVERIFY(putAndWait(
        account() + QStringLiteral("/sqlRoleAssignments/") + kAccountAssignment,
        assignmentBody(definitionId(QLatin1String(emu::SqlRbac::kDataContributorId)), account(), kBob)));
}

QString TestEmuSqlRbac::token(DemoWho who)
{
    if (m_tokens.contains(who))
        return m_tokens.value(who);
    const auto &p = emu::DemoSeed::kPrincipals[who];
    const QUrl base = m_cloud.emulator().baseUrl();
    const QByteArray body = "client_id=" + QByteArray(p.clientId) +
                            "&client_secret=" + QUrl::toPercentEncoding(QLatin1String(p.secret)) +
                            "&grant_type=client_credentials&scope=" +
                            QUrl::toPercentEncoding(base.toString() + QStringLiteral("/.default"));
    const auto r = test::httpsRequest("POST",
                                      QUrl(base.toString() + u'/' + QLatin1String(emu::DemoSeed::kTenantId) +
                                           QStringLiteral("/oauth2/v2.0/token")),
                                      m_cloud.emulator().tls().caCertificate, body,
                                      {{"Content-Type", "application/x-www-form-urlencoded"}});
    const QString t = r.json().value(QStringLiteral("access_token")).toString();
    if (!t.isEmpty())
        m_tokens.insert(who, t);
    return t;
}

HttpsReply TestEmuSqlRbac::call(DemoWho who, const QByteArray &method, const QString &path,
                                const QByteArray &body)
{
    QList<std::pair<QByteArray, QByteArray>> headers{{"Authorization", "Bearer " + token(who).toLatin1()}};
    if (!body.isEmpty())
        headers << std::pair{QByteArray("Content-Type"), QByteArray("application/json")};
    return test::httpsRequest(method, QUrl(m_cloud.emulator().baseUrl().toString() + path + kApi),
                              m_cloud.emulator().tls().caCertificate, body, headers);
}

bool TestEmuSqlRbac::putAndWait(const QString &path, const QByteArray &body)
{
    const auto r = call(test::DemoOwner, "PUT", path, body);
    if (r.status != 202) {
        qWarning() << "PUT" << path << "answered" << r.status << r.body;
        return false;
    }
    return QTest::qWaitFor([&] { return call(test::DemoOwner, "GET", path).status == 200; }, 20000);
}

std::unique_ptr<SqlRbacService> TestEmuSqlRbac::service(DemoWho who, const QString &acct)
{
    m_sessions.push_back(m_cloud.session(m_nam.get(), m_log.get(), who));
    if (!m_sessions.back())
        return nullptr;
    auto s = std::make_unique<SqlRbacService>(m_sessions.back().get(), acct);
    s->setDefaultPollIntervalMs(100);
    return s;
}

void TestEmuSqlRbac::builtInDefinitions()
{
    auto rbac = service(test::DemoReader, account(kCatalog)); // Reader may read them
    QVERIFY(rbac);
    std::optional<Result<QList<SqlRoleDefinition>>> got;
    rbac->listRoleDefinitions(this, [&got](const Result<QList<SqlRoleDefinition>> &r) { got = r; });
    QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 30000);
    QVERIFY2(got->ok(), got->ok() ? "" : qPrintable(got->error().detailedText()));
    const QList<SqlRoleDefinition> defs = got->value();
    QCOMPARE(defs.size(), 2);
    QCOMPARE(defs[0].name, SqlRoleDefinition::dataReaderId());
    QCOMPARE(defs[0].roleName, QStringLiteral("Cosmos DB Built-in Data Reader"));
    QVERIFY(defs[0].builtIn);
    QCOMPARE(defs[0].assignableScopes, QStringList{account(kCatalog)});
    QCOMPARE(defs[0].dataActions,
             (QStringList{kActions + QStringLiteral("readMetadata"),
                          kActions + QStringLiteral("sqlDatabases/containers/executeQuery"),
                          kActions + QStringLiteral("sqlDatabases/containers/readChangeFeed"),
                          kActions + QStringLiteral("sqlDatabases/containers/items/read")}));
    QCOMPARE(defs[1].name, SqlRoleDefinition::dataContributorId());
    QCOMPARE(defs[1].roleName, QStringLiteral("Cosmos DB Built-in Data Contributor"));
    QCOMPARE(defs[1].dataActions,
             (QStringList{kActions + QStringLiteral("readMetadata"),
                          kActions + QStringLiteral("sqlDatabases/containers/*"),
                          kActions + QStringLiteral("sqlDatabases/containers/items/*")}));

    // The raw resource: id, name, type as ARM renders them.
    const auto r =
        call(test::DemoReader, "GET",
             account(kCatalog) + QStringLiteral("/sqlRoleDefinitions/") + SqlRoleDefinition::dataReaderId());
    QCOMPARE(r.status, 200);
    const QJsonObject o = r.json();
    QCOMPARE(o.value(QStringLiteral("id")).toString(),
             account(kCatalog) + QStringLiteral("/sqlRoleDefinitions/") + SqlRoleDefinition::dataReaderId());
    QCOMPARE(o.value(QStringLiteral("name")).toString(), SqlRoleDefinition::dataReaderId());
    QCOMPARE(o.value(QStringLiteral("type")).toString(),
             QStringLiteral("Microsoft.DocumentDB/databaseAccounts/sqlRoleDefinitions"));
    QCOMPARE(o.value(QStringLiteral("properties")).toObject().value(QStringLiteral("type")).toString(),
             QStringLiteral("BuiltInRole"));

    const auto assignments =
        call(test::DemoReader, "GET", account(kCatalog) + QStringLiteral("/sqlRoleAssignments"));
    QCOMPARE(assignments.status, 200);
    QCOMPARE(assignments.json().value(QStringLiteral("value")).toArray().size(), 0);
}

void TestEmuSqlRbac::consoleLifecycle()
{
    const QString acct = account(kCatalog);
    auto rbac = service(test::DemoOwner, acct);
    QVERIFY(rbac);

    SqlRoleDefinition def;
    def.name = QStringLiteral("c0a7a100-0000-4000-8000-000000000001");
    def.roleName = QStringLiteral("Catalog writer");
    def.assignableScopes = {acct + QStringLiteral("/dbs/catalog")};
    def.dataActions = {kActions + QStringLiteral("sqlDatabases/containers/items/*"),
                       kActions + QStringLiteral("sqlDatabases/containers/executeQuery")};
    std::optional<Result<SqlRoleDefinition>> saved;
    auto *job = qobject_cast<LroJob *>(
        rbac->putRoleDefinition(def, this, [&saved](const Result<SqlRoleDefinition> &r) { saved = r; }));
    QVERIFY(job);
    QSignalSpy progress(job, &LroJob::progressed);
    QTRY_VERIFY_WITH_TIMEOUT(saved.has_value(), 30000);
    QVERIFY2(saved->ok(), saved->ok() ? "" : qPrintable(saved->error().detailedText()));
    QCOMPARE(saved->value().id, acct + QStringLiteral("/sqlRoleDefinitions/") + def.name);
    QCOMPARE(saved->value().roleName, def.roleName);
    QVERIFY(!saved->value().builtIn);
    QCOMPARE(saved->value().assignableScopes, def.assignableScopes);
    QCOMPARE(saved->value().dataActions, def.dataActions);
    QVERIFY(progress.size() >= 2);
    QCOMPARE(progress.first().first().toString(), QStringLiteral("InProgress")); // the 202
    QCOMPARE(progress.last().first().toString(), QStringLiteral("Succeeded"));

    SqlRoleAssignment as;
    as.name = QStringLiteral("c0a7a100-0000-4000-8000-0000000000a1");
    as.roleDefinitionId = rbac->roleDefinitionId(def.name);
    as.scope = acct + QStringLiteral("/dbs/catalog/colls/products");
    as.principalId = kAlice;
    std::optional<Result<SqlRoleAssignment>> assigned;
    auto *assignJob = qobject_cast<LroJob *>(
        rbac->putRoleAssignment(as, this, [&assigned](const Result<SqlRoleAssignment> &r) { assigned = r; }));
    QVERIFY(assignJob);
    QSignalSpy assignProgress(assignJob, &LroJob::progressed);
    QTRY_VERIFY_WITH_TIMEOUT(assigned.has_value(), 30000);
    QVERIFY2(assigned->ok(), assigned->ok() ? "" : qPrintable(assigned->error().detailedText()));
    QCOMPARE(assigned->value().scope, as.scope);
    QCOMPARE(assigned->value().principalId, kAlice);
    QCOMPARE(assigned->value().roleDefinitionId, as.roleDefinitionId);
    QCOMPARE(assignProgress.last().first().toString(), QStringLiteral("Succeeded"));

    std::optional<Result<QList<SqlRoleAssignment>>> listed;
    rbac->listRoleAssignments(this, [&listed](const Result<QList<SqlRoleAssignment>> &r) { listed = r; });
    QTRY_VERIFY_WITH_TIMEOUT(listed.has_value(), 30000);
    QVERIFY(listed->ok());
    QCOMPARE(listed->value().size(), 1);
    QCOMPARE(listed->value().first().name, as.name);
    QCOMPARE(listed->value().first().id, acct + QStringLiteral("/sqlRoleAssignments/") + as.name);

    // The data plane may now let Alice write items in catalog/products, and nowhere else.
    emu::Store &store = *m_cloud.emulator().store();
    QVERIFY(emu::SqlRbac::isDataActionAllowed(
        store, kCatalog, kAlice, kActions + QStringLiteral("sqlDatabases/containers/items/upsert"),
        QStringLiteral("dbs/catalog/colls/products/docs/p1")));
    QVERIFY(!emu::SqlRbac::isDataActionAllowed(
        store, kCatalog, kAlice, kActions + QStringLiteral("sqlDatabases/containers/items/upsert"),
        QStringLiteral("dbs/catalog/colls/prices/docs/p1")));

    // Deleting the definition while it is assigned is refused; remove the assignment first.
    std::optional<Result<void>> refused;
    rbac->deleteRoleDefinition(def.name, this, [&refused](const Result<void> &r) { refused = r; });
    QTRY_VERIFY_WITH_TIMEOUT(refused.has_value(), 30000);
    QVERIFY(!refused->ok());
    QCOMPARE(refused->error().httpStatus, 409);
    QCOMPARE(refused->error().code, QStringLiteral("Conflict"));

    std::optional<Result<void>> unassigned;
    auto *deleteJob = qobject_cast<LroJob *>(
        rbac->deleteRoleAssignment(as.name, this, [&unassigned](const Result<void> &r) { unassigned = r; }));
    QVERIFY(deleteJob);
    QSignalSpy deleteProgress(deleteJob, &LroJob::progressed);
    QTRY_VERIFY_WITH_TIMEOUT(unassigned.has_value(), 30000);
    QVERIFY2(unassigned->ok(), unassigned->ok() ? "" : qPrintable(unassigned->error().detailedText()));
    QCOMPARE(deleteProgress.last().first().toString(), QStringLiteral("Succeeded"));
    QCOMPARE(call(test::DemoOwner, "GET", acct + QStringLiteral("/sqlRoleAssignments/") + as.name).status,
             404);

    std::optional<Result<void>> deleted;
    rbac->deleteRoleDefinition(def.name, this, [&deleted](const Result<void> &r) { deleted = r; });
    QTRY_VERIFY_WITH_TIMEOUT(deleted.has_value(), 30000);
    QVERIFY2(deleted->ok(), deleted->ok() ? "" : qPrintable(deleted->error().detailedText()));

    std::optional<Result<QList<SqlRoleDefinition>>> after;
    rbac->listRoleDefinitions(this, [&after](const Result<QList<SqlRoleDefinition>> &r) { after = r; });
    QTRY_VERIFY_WITH_TIMEOUT(after.has_value(), 30000);
    QVERIFY(after->ok());
    QCOMPARE(after->value().size(), 2); // the built-ins only
    QVERIFY(!emu::SqlRbac::isDataActionAllowed(
        store, kCatalog, kAlice, kActions + QStringLiteral("sqlDatabases/containers/items/upsert"),
        QStringLiteral("dbs/catalog/colls/products/docs/p1")));
}

void TestEmuSqlRbac::refusals_data()
{
    QTest::addColumn<int>("who");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("messagePart");

    const QString defs = account() + QStringLiteral("/sqlRoleDefinitions/");
    const QString assigns = account() + QStringLiteral("/sqlRoleAssignments/");
    const QString freshDef = defs + QStringLiteral("f0000000-0000-4000-8000-000000000001");
    const QString freshAssign = assigns + QStringLiteral("f0000000-0000-4000-8000-0000000000a1");
    const QStringList read{kActions + QStringLiteral("sqlDatabases/containers/items/read")};
    const QStringList inAccount{account()};
    const QString salesOrders = account() + QStringLiteral("/dbs/sales/colls/orders");
    const int owner = test::DemoOwner;

    QTest::newRow("definition id not a GUID")
        << owner << QByteArray("PUT") << defs + QStringLiteral("not-a-guid")
        << definitionBody(QStringLiteral("x"), inAccount, read) << 400 << QStringLiteral("BadRequest")
        << QStringLiteral("'not-a-guid' is not a valid GUID");
    QTest::newRow("assignment id not a GUID")
        << owner << QByteArray("PUT") << assigns + QStringLiteral("1234")
        << assignmentBody(definitionId(kSalesRole), salesOrders, kAlice) << 400
        << QStringLiteral("BadRequest") << QStringLiteral("'1234' is not a valid GUID");
    QTest::newRow("unknown data action")
        << owner << QByteArray("PUT") << freshDef
        << definitionBody(QStringLiteral("x"), inAccount,
                          {kActions + QStringLiteral("sqlDatabases/containers/items/readAll")})
        << 400 << QStringLiteral("BadRequest")
        << QStringLiteral(
               "'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/items/readAll' is not valid");
    QTest::newRow("Azure RBAC action as data action")
        << owner << QByteArray("PUT") << freshDef
        << definitionBody(QStringLiteral("x"), inAccount, {kActions + QStringLiteral("listKeys/action")})
        << 400 << QStringLiteral("BadRequest") << QStringLiteral("is not valid");
    QTest::newRow("no data actions") << owner << QByteArray("PUT") << freshDef
                                     << definitionBody(QStringLiteral("x"), inAccount, {}) << 400
                                     << QStringLiteral("BadRequest")
                                     << QStringLiteral("at least one data action");
    QTest::newRow("notDataActions")
        << owner << QByteArray("PUT") << freshDef
        << definitionBody(QStringLiteral("x"), inAccount,
                          {kActions + QStringLiteral("sqlDatabases/containers/items/*")},
                          QJsonArray{kActions + QStringLiteral("sqlDatabases/containers/items/delete")})
        << 400 << QStringLiteral("BadRequest") << QStringLiteral("NotDataActions are not supported");
    QTest::newRow("type BuiltInRole") << owner << QByteArray("PUT") << freshDef
                                      << definitionBody(QStringLiteral("x"), inAccount, read,
                                                        QJsonValue::Undefined, QStringLiteral("BuiltInRole"))
                                      << 400 << QStringLiteral("BadRequest")
                                      << QStringLiteral("only role definitions of type 'CustomRole'");
    QTest::newRow("no role name") << owner << QByteArray("PUT") << freshDef
                                  << definitionBody(QString(), inAccount, read) << 400
                                  << QStringLiteral("BadRequest") << QStringLiteral("non-empty 'roleName'");
    QTest::newRow("role name taken by a built-in")
        << owner << QByteArray("PUT") << freshDef
        << definitionBody(QStringLiteral("Cosmos DB Built-in Data Reader"), inAccount, read) << 409
        << QStringLiteral("Conflict") << QStringLiteral("already exists");
    QTest::newRow("assignable scope in another account")
        << owner << QByteArray("PUT") << freshDef
        << definitionBody(QStringLiteral("x"), {account(kCatalog)}, read) << 400
        << QStringLiteral("BadRequest") << QStringLiteral("Invalid assignable scope");
    QTest::newRow("assignable scope below a container")
        << owner << QByteArray("PUT") << freshDef
        << definitionBody(QStringLiteral("x"), {salesOrders + QStringLiteral("/docs/1")}, read) << 400
        << QStringLiteral("BadRequest") << QStringLiteral("Invalid assignable scope");
    QTest::newRow("no assignable scopes")
        << owner << QByteArray("PUT") << freshDef << definitionBody(QStringLiteral("x"), {}, read) << 400
        << QStringLiteral("BadRequest") << QStringLiteral("at least one assignable scope");
    QTest::newRow("not JSON") << owner << QByteArray("PUT") << freshDef << QByteArray("{roleName") << 400
                              << QStringLiteral("InvalidRequestContent")
                              << QStringLiteral("could not be deserialized");
    QTest::newRow("change a built-in")
        << owner << QByteArray("PUT") << defs + QLatin1String(emu::SqlRbac::kDataReaderId)
        << definitionBody(QStringLiteral("Reader plus"), inAccount, read) << 400
        << QStringLiteral("BadRequest") << QStringLiteral("cannot be created, updated or deleted");
    QTest::newRow("delete a built-in")
        << owner << QByteArray("DELETE") << defs + QLatin1String(emu::SqlRbac::kDataContributorId)
        << QByteArray() << 400 << QStringLiteral("BadRequest")
        << QStringLiteral("cannot be created, updated or deleted");
    QTest::newRow("delete an assigned definition")
        << owner << QByteArray("DELETE") << defs + kSalesRole << QByteArray() << 409
        << QStringLiteral("Conflict")
        << QStringLiteral("still used by 1 Role Assignment(s): ") + kSalesAssignment;
    QTest::newRow("assignment scope outside the account")
        << owner << QByteArray("PUT") << freshAssign
        << assignmentBody(definitionId(QLatin1String(emu::SqlRbac::kDataReaderId)),
                          account(kCatalog) + QStringLiteral("/dbs/sales"), kAlice)
        << 400 << QStringLiteral("BadRequest")
        << QStringLiteral("is not valid. A scope must be the database account");
    QTest::newRow("assignment scope outside the assignable scopes")
        << owner << QByteArray("PUT") << freshAssign
        << assignmentBody(definitionId(kSalesRole), account() + QStringLiteral("/dbs/hr"), kAlice) << 400
        << QStringLiteral("BadRequest") << QStringLiteral("not within the assignable scopes");
    QTest::newRow("assignment at the account, definition assignable in a database")
        << owner << QByteArray("PUT") << freshAssign
        << assignmentBody(definitionId(kSalesRole), account(), kAlice) << 400 << QStringLiteral("BadRequest")
        << QStringLiteral("not within the assignable scopes");
    QTest::newRow("assignment to a missing definition")
        << owner << QByteArray("PUT") << freshAssign
        << assignmentBody(definitionId(QStringLiteral("dead0000-0000-4000-8000-000000000000")), salesOrders,
                          kAlice)
        << 400 << QStringLiteral("BadRequest") << QStringLiteral("does not exist");
    QTest::newRow("assignment to another account's definition")
        << owner << QByteArray("PUT") << freshAssign
        << assignmentBody(definitionId(QLatin1String(emu::SqlRbac::kDataReaderId), account(kCatalog)),
                          salesOrders, kAlice)
        << 400 << QStringLiteral("BadRequest") << QStringLiteral("is not valid. It must be the full id");
    QTest::newRow("principal not a GUID")
        << owner << QByteArray("PUT") << freshAssign
        << assignmentBody(definitionId(kSalesRole), salesOrders, QStringLiteral("alice@contoso.com")) << 400
        << QStringLiteral("BadRequest") << QStringLiteral("principal ID 'alice@contoso.com' is not valid");
    QTest::newRow("get a missing definition")
        << owner << QByteArray("GET") << freshDef << QByteArray() << 404 << QStringLiteral("NotFound")
        << QStringLiteral("does not exist");
    QTest::newRow("delete a missing assignment")
        << owner << QByteArray("DELETE") << freshAssign << QByteArray() << 204 << QString() << QString();
    QTest::newRow("PUT on the collection")
        << owner << QByteArray("PUT") << account() + QStringLiteral("/sqlRoleDefinitions")
        << definitionBody(QStringLiteral("x"), inAccount, read) << 405 << QStringLiteral("MethodNotAllowed")
        << QString();
    QTest::newRow("missing account") << owner << QByteArray("GET")
                                     << account().replace(kOrders, QStringLiteral("contoso-nothing")) +
                                            QStringLiteral("/sqlRoleDefinitions")
                                     << QByteArray() << 404 << QStringLiteral("ResourceNotFound")
                                     << QStringLiteral("contoso-nothing");
    QTest::newRow("Reader creates a definition")
        << int(test::DemoReader) << QByteArray("PUT") << freshDef
        << definitionBody(QStringLiteral("x"), inAccount, read) << 403
        << QStringLiteral("AuthorizationFailed")
        << QStringLiteral("'Microsoft.DocumentDB/databaseAccounts/sqlRoleDefinitions/write' over scope '") +
               freshDef;
    QTest::newRow("Reader deletes an assignment")
        << int(test::DemoReader) << QByteArray("DELETE") << assigns + kSalesAssignment << QByteArray() << 403
        << QStringLiteral("AuthorizationFailed")
        << QStringLiteral("'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments/delete'");
    QTest::newRow("no role reads") << int(test::DemoNoAccess) << QByteArray("GET")
                                   << account() + QStringLiteral("/sqlRoleAssignments") << QByteArray() << 403
                                   << QStringLiteral("AuthorizationFailed")
                                   << QStringLiteral(
                                          "'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments/read'");
}

void TestEmuSqlRbac::refusals()
{
    QFETCH(int, who);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, messagePart);
    const auto r = call(DemoWho(who), method, path, body);
    QCOMPARE(r.status, status);
    QCOMPARE(errorCode(r), code);
    QVERIFY2(errorMessage(r).contains(messagePart), qPrintable(errorMessage(r)));
    QVERIFY(r.header("Azure-AsyncOperation").isEmpty()); // nothing was started
    // Nothing changed: the fixtures are intact and the fresh ids unused.
    QCOMPARE(call(test::DemoOwner, "GET", account() + QStringLiteral("/sqlRoleDefinitions"))
                 .json()
                 .value(QStringLiteral("value"))
                 .toArray()
                 .size(),
             3);
    QCOMPARE(call(test::DemoOwner, "GET", account() + QStringLiteral("/sqlRoleAssignments"))
                 .json()
                 .value(QStringLiteral("value"))
                 .toArray()
                 .size(),
             3);
}

void TestEmuSqlRbac::azureRbac_data()
{
    QTest::addColumn<int>("who");
    QTest::addColumn<QString>("accountName");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("guid");   // of the definition written / deleted
    QTest::addColumn<QString>("action"); // empty: allowed
    // Reader (*/read) reads; DocumentDB Account Contributor writes in rg-orders only; Cosmos DB Operator
    // (databaseAccounts/* minus the key actions, the documented version) writes and deletes; no role:
    // nothing.
    const QString g1 = QStringLiteral("ab000000-0000-4000-8000-000000000001");
    const QString g2 = QStringLiteral("ab000000-0000-4000-8000-000000000002");
    QTest::newRow("Reader reads") << int(test::DemoReader) << kOrders << QByteArray("GET") << g1 << QString();
    QTest::newRow("Reader writes") << int(test::DemoReader) << kOrders << QByteArray("PUT") << g1
                                   << QStringLiteral("sqlRoleDefinitions/write");
    QTest::newRow("Account Reader reads")
        << int(test::DemoCosmosReader) << kOrders << QByteArray("GET") << g1 << QString();
    QTest::newRow("Account Reader writes") << int(test::DemoCosmosReader) << kOrders << QByteArray("PUT")
                                           << g1 << QStringLiteral("sqlRoleDefinitions/write");
    QTest::newRow("DocumentDB Account Contributor writes in its group")
        << int(test::DemoCosmosContributor) << kOrders << QByteArray("PUT") << g1 << QString();
    QTest::newRow("DocumentDB Account Contributor deletes in its group")
        << int(test::DemoCosmosContributor) << kOrders << QByteArray("DELETE") << g1 << QString();
    QTest::newRow("DocumentDB Account Contributor outside its group")
        << int(test::DemoCosmosContributor) << kCatalog << QByteArray("PUT") << g2
        << QStringLiteral("sqlRoleDefinitions/write");
    QTest::newRow("Cosmos DB Operator writes")
        << int(test::DemoCosmosOperator) << kCatalog << QByteArray("PUT") << g2 << QString();
    QTest::newRow("Cosmos DB Operator deletes")
        << int(test::DemoCosmosOperator) << kCatalog << QByteArray("DELETE") << g2 << QString();
    QTest::newRow("Reader deletes") << int(test::DemoReader) << kCatalog << QByteArray("DELETE") << g2
                                    << QStringLiteral("sqlRoleDefinitions/delete");
    QTest::newRow("no role") << int(test::DemoNoAccess) << kOrders << QByteArray("GET") << g1
                             << QStringLiteral("sqlRoleDefinitions/read");
}

void TestEmuSqlRbac::azureRbac()
{
    QFETCH(int, who);
    QFETCH(QString, accountName);
    QFETCH(QByteArray, method);
    QFETCH(QString, guid);
    QFETCH(QString, action);
    const QString path = account(accountName) + QStringLiteral("/sqlRoleDefinitions/") + guid;
    const QByteArray body = method == "PUT"
                                ? definitionBody(QStringLiteral("Role ") + guid, {account(accountName)},
                                                 {kActions + QStringLiteral("readMetadata")})
                                : QByteArray();
    const auto r =
        call(DemoWho(who), method,
             method == "GET" ? account(accountName) + QStringLiteral("/sqlRoleDefinitions") : path, body);
    if (action.isEmpty()) {
        QCOMPARE(r.status, method == "GET" ? 200 : 202);
        if (r.status == 202) // the operation has finished before the next row
            QTRY_COMPARE_WITH_TIMEOUT(call(test::DemoOwner, "GET", path).status, method == "PUT" ? 200 : 404,
                                      20000);
        return;
    }
    QCOMPARE(r.status, 403);
    QCOMPARE(errorCode(r), QStringLiteral("AuthorizationFailed"));
    QVERIFY2(errorMessage(r).contains(u'\'' + kActions + action + u'\''), qPrintable(errorMessage(r)));
    QVERIFY2(errorMessage(r).contains(QLatin1String(emu::DemoSeed::kPrincipals[who].objectId)),
             qPrintable(errorMessage(r)));
}

void TestEmuSqlRbac::operationFailsWhenNoLongerValid()
{
    // Accepted while valid, but the definition is gone when the operation completes: the operation fails with
    // the reason and nothing is assigned. A frozen clock keeps both operations pending until the test lets
    // them complete in a fixed order (they complete when polled after their due time).
    const QString defGuid = QStringLiteral("0d000000-0000-4000-8000-000000000001");
    const QString defPath = account() + QStringLiteral("/sqlRoleDefinitions/") + defGuid;
    QVERIFY(putAndWait(defPath, definitionBody(QStringLiteral("Short-lived"), {account()},
                                               {kActions + QStringLiteral("readMetadata")})));
    token(test::DemoOwner); // fetched with the real clock
    ManualClock clock;
    Clock::setInstance(&clock);
    const auto restoreClock = qScopeGuard([] { Clock::setInstance(nullptr); });

    const QString assignPath =
        account() + QStringLiteral("/sqlRoleAssignments/0d000000-0000-4000-8000-0000000000a1");
    const auto del = call(test::DemoOwner, "DELETE", defPath);
    QCOMPARE(del.status, 202);
    const auto put =
        call(test::DemoOwner, "PUT", assignPath, assignmentBody(definitionId(defGuid), account(), kBob));
    QCOMPARE(put.status, 202); // the definition still exists when the assignment is requested
    const auto poll = [&](const QByteArray &url) {
        return test::httpsRequest("GET", QUrl::fromEncoded(url), m_cloud.emulator().tls().caCertificate, {},
                                  {{"Authorization", "Bearer " + token(test::DemoOwner).toLatin1()}})
            .json();
    };
    QTest::qWait(2 * kLroDelayMs); // the completion timers fire, but nothing is due on the frozen clock
    QVERIFY(poll(put.header("Azure-AsyncOperation")).value(QStringLiteral("status")).toString() !=
            QLatin1String("Failed"));
    clock.advance(5);
    QCOMPARE(poll(del.header("Azure-AsyncOperation")).value(QStringLiteral("status")).toString(),
             QStringLiteral("Succeeded"));
    const QJsonObject op = poll(put.header("Azure-AsyncOperation"));
    QCOMPARE(op.value(QStringLiteral("status")).toString(), QStringLiteral("Failed"));
    QCOMPARE(op.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("BadRequest"));
    QVERIFY(op.value(QStringLiteral("error"))
                .toObject()
                .value(QStringLiteral("message"))
                .toString()
                .contains(QStringLiteral("does not exist")));
    QCOMPARE(call(test::DemoOwner, "GET", assignPath).status, 404);
    QCOMPARE(call(test::DemoOwner, "GET", defPath).status, 404);
}

void TestEmuSqlRbac::dataActionEvaluation_data()
{
    QTest::addColumn<QString>("accountName");
    QTest::addColumn<QString>("principal");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("link");
    QTest::addColumn<bool>("allowed");
    const QString read = kActions + QStringLiteral("sqlDatabases/containers/items/read");
    const QString create = kActions + QStringLiteral("sqlDatabases/containers/items/create");
    const QString query = kActions + QStringLiteral("sqlDatabases/containers/executeQuery");
    const QString meta = kActions + QStringLiteral("readMetadata");
    const QString sproc = kActions + QStringLiteral("sqlDatabases/containers/executeStoredProcedure");
    // Alice: custom "items/read + readMetadata" on sales/orders, built-in Data Reader on database hr.
    QTest::newRow("custom role, its container")
        << kOrders << kAlice << read << QStringLiteral("dbs/sales/colls/orders/docs/o1") << true;
    QTest::newRow("custom role, container link")
        << kOrders << kAlice << read << QStringLiteral("/dbs/sales/colls/orders") << true;
    QTest::newRow("custom role, other container")
        << kOrders << kAlice << read << QStringLiteral("dbs/sales/colls/returns/docs/r1") << false;
    QTest::newRow("custom role, the database above")
        << kOrders << kAlice << meta << QStringLiteral("dbs/sales") << false;
    QTest::newRow("custom role, action not granted")
        << kOrders << kAlice << create << QStringLiteral("dbs/sales/colls/orders/docs/o1") << false;
    QTest::newRow("built-in reader at database scope")
        << kOrders << kAlice << query << QStringLiteral("dbs/hr/colls/people") << true;
    QTest::newRow("built-in reader cannot write")
        << kOrders << kAlice << create << QStringLiteral("dbs/hr/colls/people/docs/p1") << false;
    QTest::newRow("database names are case-sensitive")
        << kOrders << kAlice << query << QStringLiteral("dbs/HR/colls/people") << false;
    QTest::newRow("account metadata not granted") << kOrders << kAlice << meta << QString() << false;
    // Bob: built-in Data Contributor on the account (wildcards).
    QTest::newRow("contributor wildcard: items")
        << kOrders << kBob << create << QStringLiteral("dbs/any/colls/thing/docs/x") << true;
    QTest::newRow("contributor wildcard: containers")
        << kOrders << kBob << sproc << QStringLiteral("dbs/any/colls/thing/sprocs/s") << true;
    QTest::newRow("contributor account metadata") << kOrders << kBob << meta << QStringLiteral("/") << true;
    QTest::newRow("contributor: throughput is not granted")
        << kOrders << kBob << kActions + QStringLiteral("throughputSettings/write")
        << QStringLiteral("dbs/any") << false;
    QTest::newRow("principal compared case-insensitively")
        << kOrders << kBob.toUpper() << create << QStringLiteral("dbs/a/colls/b") << true;
    QTest::newRow("another account") << kCatalog << kBob << create << QStringLiteral("dbs/a/colls/b")
                                     << false;
    QTest::newRow("unknown account") << QStringLiteral("contoso-nothing") << kBob << create
                                     << QStringLiteral("dbs/a/colls/b") << false;
    QTest::newRow("principal without assignments")
        << kOrders << QStringLiteral("0b1ec700-0000-4000-8000-000000000001") << read
        << QStringLiteral("dbs/sales/colls/orders/docs/o1") << false;
}

void TestEmuSqlRbac::dataActionEvaluation()
{
    QFETCH(QString, accountName);
    QFETCH(QString, principal);
    QFETCH(QString, action);
    QFETCH(QString, link);
    QFETCH(bool, allowed);
    QCOMPARE(
        emu::SqlRbac::isDataActionAllowed(*m_cloud.emulator().store(), accountName, principal, action, link),
        allowed);
}

void TestEmuSqlRbac::scopeAndActionHelpers_data()
{
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("relative"); // "-" = not inside the account
    const QString a = account();
    QTest::newRow("account") << a << QString();
    QTest::newRow("account with slash") << a + u'/' << QString();
    QTest::newRow("account, other case") << a.toUpper() << QString();
    QTest::newRow("database") << a + QStringLiteral("/dbs/Sales") << QStringLiteral("dbs/Sales");
    QTest::newRow("container") << a + QStringLiteral("/DBS/sales/colls/orders")
                               << QStringLiteral("dbs/sales/colls/orders");
    QTest::newRow("item") << a + QStringLiteral("/dbs/sales/colls/orders/docs/1") << QStringLiteral("-");
    QTest::newRow("empty database") << a + QStringLiteral("/dbs//colls/orders") << QStringLiteral("-");
    QTest::newRow("sqlDatabases form") << a + QStringLiteral("/sqlDatabases/sales") << QStringLiteral("-");
    QTest::newRow("longer account name") << a + QStringLiteral("x") << QStringLiteral("-");
    QTest::newRow("another account") << account(kCatalog) << QStringLiteral("-");
    QTest::newRow("relative shorthand") << QStringLiteral("/dbs/sales") << QStringLiteral("-");
}

void TestEmuSqlRbac::scopeAndActionHelpers()
{
    QFETCH(QString, scope);
    QFETCH(QString, relative);
    const auto rel = emu::SqlRbac::relativeScope(account(), scope);
    if (relative == QLatin1String("-")) {
        QVERIFY(!rel.has_value());
        return;
    }
    QVERIFY(rel.has_value());
    QCOMPARE(*rel, relative);
    // Containment and wildcards (independent of the row, cheap to check each time).
    QVERIFY(emu::SqlRbac::relativeScopeCovers(QString(), QStringLiteral("dbs/a/colls/b")));
    QVERIFY(emu::SqlRbac::relativeScopeCovers(QStringLiteral("dbs/a"), QStringLiteral("dbs/a/colls/b")));
    QVERIFY(!emu::SqlRbac::relativeScopeCovers(QStringLiteral("dbs/a"), QStringLiteral("dbs/ab/colls/b")));
    QVERIFY(!emu::SqlRbac::relativeScopeCovers(QStringLiteral("dbs/a/colls/b"), QStringLiteral("dbs/a")));
    QVERIFY(
        emu::SqlRbac::dataActionCovers(kActions + QStringLiteral("sqlDatabases/containers/*"),
                                       kActions + QStringLiteral("sqlDatabases/containers/items/delete")));
    QVERIFY(
        !emu::SqlRbac::dataActionCovers(kActions + QStringLiteral("sqlDatabases/containers/items/*"),
                                        kActions + QStringLiteral("sqlDatabases/containers/executeQuery")));
    QVERIFY(!emu::SqlRbac::dataActionCovers(kActions + QStringLiteral("sqlDatabases/containers/*"),
                                            kActions + QStringLiteral("readMetadata")));
}

void TestEmuSqlRbac::stateSurvivesARestart()
{
    QTemporaryDir dir;
    emu::EmulatorOptions o;
    o.dataDir = dir.filePath(QStringLiteral("data"));
    o.seed = QStringLiteral("demo");
    o.lroDelayMs = 0; // completes before the 202
    o.alsoSecondary = false;
    const QString guid = QStringLiteral("7e570000-0000-4000-8000-000000000001");
    {
        emu::Emulator first;
        QVERIFY(first.start(o).ok());
        // A token of the restarted emulator's own tenant keys.
        const auto &p = emu::DemoSeed::kPrincipals[test::DemoOwner];
        const QByteArray tokenBody =
            "client_id=" + QByteArray(p.clientId) +
            "&client_secret=" + QUrl::toPercentEncoding(QLatin1String(p.secret)) +
            "&grant_type=client_credentials&scope=" +
            QUrl::toPercentEncoding(first.baseUrl().toString() + QStringLiteral("/.default"));
        const QString t =
            test::httpsRequest(
                "POST",
                QUrl(first.baseUrl().toString() + u'/' + QLatin1String(emu::DemoSeed::kTenantId) +
                     QStringLiteral("/oauth2/v2.0/token")),
                first.tls().caCertificate, tokenBody, {{"Content-Type", "application/x-www-form-urlencoded"}})
                .json()
                .value(QStringLiteral("access_token"))
                .toString();
        QVERIFY(!t.isEmpty());
        const auto put = test::httpsRequest(
            "PUT",
            QUrl(first.baseUrl().toString() + account(kCatalog) + QStringLiteral("/sqlRoleDefinitions/") +
                 guid + kApi),
            first.tls().caCertificate,
            definitionBody(QStringLiteral("Kept"), {account(kCatalog)},
                           {kActions + QStringLiteral("readMetadata")}),
            {{"Authorization", "Bearer " + t.toLatin1()}, {"Content-Type", "application/json"}});
        QCOMPARE(put.status, 202);
        QVERIFY(put.body.isEmpty());
        QVERIFY(!put.header("Location").isEmpty());
        QVERIFY(emu::SqlRbac::roleDefinition(*first.store(), *first.store()->accountByName(kCatalog), guid));
    }
    emu::Emulator second;
    QVERIFY(second.start(o).ok());
    const auto acct = second.store()->accountByName(kCatalog);
    QVERIFY(acct);
    const auto def = emu::SqlRbac::roleDefinition(*second.store(), *acct, guid);
    QVERIFY(def);
    QCOMPARE(def->value(QStringLiteral("properties")).toObject().value(QStringLiteral("roleName")).toString(),
             QStringLiteral("Kept"));
    QCOMPARE(emu::SqlRbac::roleDefinitions(*second.store(), *acct).size(), 3);
}

QTEST_GUILESS_MAIN(TestEmuSqlRbac)
#include "tst_emusqlrbac.moc"
