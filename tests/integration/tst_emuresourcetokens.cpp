// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "LocalCloudFixture.h"
#include "SyncHttps.h"
#include "core/Clock.h"
#include "core/CosmosPermission.h"
#include "core/MasterKeySigner.h"
#include "emulator/CosmosUsers.h"
#include "emulator/ResourceTokens.h"
#include "net/ApiClient.h"
#include "net/CosmosPermissionsService.h"
#include "net/MasterKeyAuthorizer.h"
#include "net/ResourceTokenAuthorizer.h"
#include "net/RestJob.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTest>

#include <optional>

using namespace csc;
using test::HttpsReply;
using test::httpsRequest;

namespace {

// The open account of the demo seed (public, keys accepted); contoso-orders has disableLocalAuth.
const QString kLegacy = QStringLiteral("contoso-legacy");
const QString kCatalog = QStringLiteral("contoso-catalog");
const QString kDb = QStringLiteral("app");
const QString kOrders = QStringLiteral("dbs/app/colls/orders");
const QString kAudit = QStringLiteral("dbs/app/colls/audit");

using HeaderPairs = QList<std::pair<QByteArray, QByteArray>>;

template <typename T> std::optional<Result<T>> waitFor(std::optional<Result<T>> &slot)
{
    if (!QTest::qWaitFor([&] { return slot.has_value(); }, 30000))
        return std::nullopt;
    return slot;
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject permissionBody(const QString &id, const QString &mode, const QString &resource,
                           const QJsonArray &pk = {})
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("permissionMode"), mode},
                  {QStringLiteral("resource"), resource}};
    if (!pk.isEmpty())
        o.insert(QStringLiteral("resourcePartitionKey"), pk);
    return o;
}

QString errorText(const ApiError &e)
{
    return QStringLiteral("%1 %2 %3").arg(e.httpStatus).arg(e.code, e.message);
}

} // namespace

class TestEmuResourceTokens : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void usersThroughTheService();
    void userBodiesAndFeeds();
    void permissionsThroughTheService();
    void validation_data();
    void validation();
    void renamingAUserKeepsItsPermissions();
    void ridBasedLinks();
    void tokenScope_data();
    void tokenScope();
    void partitionKeyRestriction();
    void itemToken();
    void resourceTokenAuthorizer();
    void expiry();
    void revocation_data();
    void revocation();
    void forgedTokens_data();
    void forgedTokens();
    void tokensCannotManageUsers();
    void readOnlyKeyCannotMintTokens();
    void localAuthDisabled();
    void tokenKeyIsPrivateAndStable();

private:
    QByteArray primaryKey(const QString &account = kLegacy);
    QUrl url(const QString &path, const QString &account = kLegacy);
    HttpsReply withKey(const QByteArray &method, const QString &path, const QByteArray &body = {},
                       HeaderPairs headers = {}, const QString &account = kLegacy,
                       const QByteArray &key = {});
    HttpsReply withToken(const QByteArray &method, const QString &path, const QByteArray &token,
                         const QByteArray &body = {}, HeaderPairs headers = {},
                         const QString &account = kLegacy);
    /// Creates `user` (if needed) and a permission, returning its `_token` (empty on failure).
    QByteArray mint(const QString &user, const QJsonObject &permission, int lifetime = 0);
    std::optional<Result<RestResponse>> viaAuthorizer(const QByteArray &token, const QByteArray &method,
                                                      const QString &path, const QByteArray &body = {},
                                                      const QByteArray &partitionKey = {});
    std::unique_ptr<CosmosPermissionsService> service(const QByteArray &key = {});

    test::LocalCloudFixture m_cloud;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ManualClock> m_clock;
};

void TestEmuResourceTokens::initTestCase()
{
    emu::EmulatorOptions options;
    options.lroDelayMs = 0;
    const Result<void> started = m_cloud.start(options);
    QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().summary()));
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_nam.get());
    m_client->setExtraTrustedCa(m_cloud.emulator().tls().caCertificate);

    // A database with two partitioned containers and a few items (master key, raw HTTPS).
    QCOMPARE(withKey("POST", QStringLiteral("/dbs"), json({{QStringLiteral("id"), kDb}})).status, 201);
    for (const QString &coll : {QStringLiteral("orders"), QStringLiteral("audit")}) {
        const QJsonObject body{{QStringLiteral("id"), coll},
                               {QStringLiteral("partitionKey"),
                                QJsonObject{{QStringLiteral("paths"), QJsonArray{QStringLiteral("/tenant")}},
                                            {QStringLiteral("kind"), QStringLiteral("Hash")}}}};
        QCOMPARE(withKey("POST", QStringLiteral("/dbs/app/colls"), json(body)).status, 201);
    }
    const struct
    {
        const char *coll, *id, *tenant;
    } items[] = {
        {"orders", "o1", "t1"}, {"orders", "o2", "t1"}, {"orders", "o3", "t2"}, {"audit", "a1", "t1"}};
    for (const auto &i : items) {
        const HttpsReply r =
            withKey("POST", QStringLiteral("/dbs/app/colls/%1/docs").arg(QLatin1String(i.coll)),
                    json({{QStringLiteral("id"), QLatin1String(i.id)},
                          {QStringLiteral("tenant"), QLatin1String(i.tenant)}}),
                    {{"x-ms-documentdb-partitionkey", QByteArray("[\"") + i.tenant + "\"]"}});
        QCOMPARE(r.status, 201);
    }
}

void TestEmuResourceTokens::init()
{
    m_clock = std::make_unique<ManualClock>(QDateTime::currentDateTimeUtc());
    Clock::setInstance(m_clock.get());
}

void TestEmuResourceTokens::cleanup()
{
    Clock::setInstance(nullptr);
    m_clock.reset();
    // Every test starts without users (deleting a user deletes its permissions).
    const HttpsReply users = withKey("GET", QStringLiteral("/dbs/app/users"));
    for (const QJsonValue &u : users.json().value(QStringLiteral("Users")).toArray())
        withKey("DELETE",
                QStringLiteral("/dbs/app/users/") + u.toObject().value(QStringLiteral("id")).toString());
}

QByteArray TestEmuResourceTokens::primaryKey(const QString &account)
{
    const auto keys = m_cloud.emulator().store()->accountKeys(account);
    return keys ? keys->primaryMasterKey.toLatin1() : QByteArray();
}

QUrl TestEmuResourceTokens::url(const QString &path, const QString &account)
{
    QUrl u(m_cloud.emulator().documentEndpoint(account));
    u.setPath(path);
    return u;
}

HttpsReply TestEmuResourceTokens::withKey(const QByteArray &method, const QString &path,
                                          const QByteArray &body, HeaderPairs headers, const QString &account,
                                          const QByteArray &key)
{
    const QString date = MasterKeySigner::httpDate(Clock::now());
    const CosmosResource resource = MasterKeySigner::resourceFromPath(path);
    const auto sig = MasterKeySigner::signature(SecureBytes(key.isEmpty() ? primaryKey(account) : key),
                                                method, resource.resourceType, resource.resourceLink, date);
    if (!sig)
        return {};
    headers << std::pair{QByteArray("authorization"), MasterKeySigner::authorizationHeader(sig.value())}
            << std::pair{QByteArray("x-ms-date"), date.toLatin1()}
            << std::pair{QByteArray("x-ms-version"), QByteArray("2020-07-15")};
    if (!body.isEmpty())
        headers << std::pair{QByteArray("Content-Type"), QByteArray("application/json")};
    return httpsRequest(method, url(path, account), m_cloud.emulator().tls().caCertificate, body, headers);
}

HttpsReply TestEmuResourceTokens::withToken(const QByteArray &method, const QString &path,
                                            const QByteArray &token, const QByteArray &body,
                                            HeaderPairs headers, const QString &account)
{
    headers << std::pair{QByteArray("authorization"), MasterKeySigner::encodeToken(token)}
            << std::pair{QByteArray("x-ms-date"), MasterKeySigner::httpDate(Clock::now()).toLatin1()}
            << std::pair{QByteArray("x-ms-version"), QByteArray("2020-07-15")};
    if (!body.isEmpty()) {
        bool typed = false;
        for (const auto &h : headers)
            typed = typed || h.first.compare("Content-Type", Qt::CaseInsensitive) == 0;
        if (!typed)
            headers << std::pair{QByteArray("Content-Type"), QByteArray("application/json")};
    }
    return httpsRequest(method, url(path, account), m_cloud.emulator().tls().caCertificate, body, headers);
}

QByteArray TestEmuResourceTokens::mint(const QString &user, const QJsonObject &permission, int lifetime)
{
    if (withKey("GET", QStringLiteral("/dbs/app/users/") + user).status == 404 &&
        withKey("POST", QStringLiteral("/dbs/app/users"), json({{QStringLiteral("id"), user}})).status != 201)
        return {};
    HeaderPairs headers;
    if (lifetime > 0)
        headers << std::pair{QByteArray("x-ms-documentdb-expiry-seconds"), QByteArray::number(lifetime)};
    const HttpsReply r =
        withKey("POST", QStringLiteral("/dbs/app/users/%1/permissions").arg(user), json(permission), headers);
    if (r.status != 201)
        return {};
    return r.json().value(QStringLiteral("_token")).toString().toLatin1();
}

std::unique_ptr<CosmosPermissionsService> TestEmuResourceTokens::service(const QByteArray &key)
{
    auto authorizer = std::make_shared<MasterKeyAuthorizer>(SecureBytes(key.isEmpty() ? primaryKey() : key));
    return std::make_unique<CosmosPermissionsService>(
        m_client.get(), QUrl(m_cloud.emulator().documentEndpoint(kLegacy)), authorizer);
}

std::optional<Result<RestResponse>>
TestEmuResourceTokens::viaAuthorizer(const QByteArray &token, const QByteArray &method, const QString &path,
                                     const QByteArray &body, const QByteArray &partitionKey)
{
    RestRequest req(method, url(path));
    req.authorizer = std::make_shared<ResourceTokenAuthorizer>(SecureBytes(token));
    req.body = body;
    req.maxRetries = 0;
    if (!partitionKey.isEmpty())
        req.setHeader("x-ms-documentdb-partitionkey", partitionKey);
    std::optional<Result<RestResponse>> got;
    RestJob *job = m_client->send(req);
    connect(job, &RestJob::finished, this, [&got](const RestResult &r) { got = r; });
    return waitFor(got);
}

void TestEmuResourceTokens::usersThroughTheService()
{
    auto svc = service();
    std::optional<Result<CosmosUser>> created;
    svc->createUser(kDb, QStringLiteral("alice"), this, [&](const Result<CosmosUser> &r) { created = r; });
    QVERIFY(waitFor(created));
    QVERIFY2(created->ok(), created->ok() ? "" : qPrintable(errorText(created->error())));
    QCOMPARE(created->value().id, QStringLiteral("alice"));
    QVERIFY(!created->value().rid.isEmpty());
    QVERIFY(!created->value().etag.isEmpty());
    QCOMPARE(created->value().modified.toSecsSinceEpoch(), Clock::now().toSecsSinceEpoch());

    std::optional<Result<CosmosUser>> duplicate;
    svc->createUser(kDb, QStringLiteral("alice"), this, [&](const Result<CosmosUser> &r) { duplicate = r; });
    QVERIFY(waitFor(duplicate));
    QVERIFY(!duplicate->ok());
    QCOMPARE(duplicate->error().httpStatus, 409);
    QCOMPARE(duplicate->error().code, QStringLiteral("Conflict"));

    std::optional<Result<CosmosUser>> bob;
    svc->createUser(kDb, QStringLiteral("bob"), this, [&](const Result<CosmosUser> &r) { bob = r; });
    QVERIFY(waitFor(bob) && bob->ok());

    std::optional<Result<QList<CosmosUser>>> listed;
    svc->listUsers(kDb, this, [&](const Result<QList<CosmosUser>> &r) { listed = r; });
    QVERIFY(waitFor(listed) && listed->ok());
    QStringList ids;
    for (const CosmosUser &u : listed->value())
        ids << u.id;
    QCOMPARE(ids, (QStringList{QStringLiteral("alice"), QStringLiteral("bob")}));

    std::optional<Result<CosmosUser>> renamed;
    svc->renameUser(kDb, QStringLiteral("bob"), QStringLiteral("robert"), this,
                    [&](const Result<CosmosUser> &r) { renamed = r; });
    QVERIFY(waitFor(renamed));
    QVERIFY2(renamed->ok(), renamed->ok() ? "" : qPrintable(errorText(renamed->error())));
    QCOMPARE(renamed->value().id, QStringLiteral("robert"));
    QCOMPARE(renamed->value().rid, bob->value().rid);
    QVERIFY(renamed->value().etag != bob->value().etag);

    std::optional<Result<CosmosUser>> clash;
    svc->renameUser(kDb, QStringLiteral("robert"), QStringLiteral("alice"), this,
                    [&](const Result<CosmosUser> &r) { clash = r; });
    QVERIFY(waitFor(clash));
    QVERIFY(!clash->ok());
    QCOMPARE(clash->error().httpStatus, 409);

    std::optional<Result<void>> deleted;
    svc->deleteUser(kDb, QStringLiteral("alice"), this, [&](const Result<void> &r) { deleted = r; });
    QVERIFY(waitFor(deleted) && deleted->ok());
    QCOMPARE(withKey("GET", QStringLiteral("/dbs/app/users/alice")).status, 404);
    std::optional<Result<void>> again;
    svc->deleteUser(kDb, QStringLiteral("alice"), this, [&](const Result<void> &r) { again = r; });
    QVERIFY(waitFor(again));
    QVERIFY(!again->ok());
    QCOMPARE(again->error().httpStatus, 404);

    std::optional<Result<QList<CosmosUser>>> missingDb;
    svc->listUsers(QStringLiteral("nodb"), this, [&](const Result<QList<CosmosUser>> &r) { missingDb = r; });
    QVERIFY(waitFor(missingDb));
    QVERIFY(!missingDb->ok());
    QCOMPARE(missingDb->error().httpStatus, 404);
}

void TestEmuResourceTokens::userBodiesAndFeeds()
{
    for (int i = 0; i < 5; ++i)
        QCOMPARE(withKey("POST", QStringLiteral("/dbs/app/users"),
                         json({{QStringLiteral("id"), QStringLiteral("u%1").arg(i)}}))
                     .status,
                 201);
    const HttpsReply one = withKey("GET", QStringLiteral("/dbs/app/users/u0"));
    QCOMPARE(one.status, 200);
    const QJsonObject u = one.json();
    const QString dbRid =
        withKey("GET", QStringLiteral("/dbs/app")).json().value(QStringLiteral("_rid")).toString();
    QCOMPARE(u.value(QStringLiteral("id")).toString(), QStringLiteral("u0"));
    QCOMPARE(u.value(QStringLiteral("_permissions")).toString(), QStringLiteral("permissions/"));
    QCOMPARE(u.value(QStringLiteral("_self")).toString(),
             QStringLiteral("dbs/%1/users/%2/").arg(dbRid, u.value(QStringLiteral("_rid")).toString()));
    QVERIFY(u.value(QStringLiteral("_ts")).isDouble());
    QCOMPARE(QString::fromUtf8(one.header("etag")), u.value(QStringLiteral("_etag")).toString());
    // The user's rid extends the database's (hierarchical resource ids) and can stand in a link (no '/').
    QVERIFY(!u.value(QStringLiteral("_rid")).toString().contains(u'/'));
    QVERIFY(emu::ridBytes(u.value(QStringLiteral("_rid")).toString()).startsWith(emu::ridBytes(dbRid)));
    QCOMPARE(emu::ridBytes(u.value(QStringLiteral("_rid")).toString()).size(), 8);

    QStringList seen;
    QByteArray continuation;
    int pages = 0;
    do {
        HeaderPairs h{{"x-ms-max-item-count", "2"}};
        if (!continuation.isEmpty())
            h << std::pair{QByteArray("x-ms-continuation"), continuation};
        const HttpsReply page = withKey("GET", QStringLiteral("/dbs/app/users"), {}, h);
        QCOMPARE(page.status, 200);
        const QJsonObject body = page.json();
        QCOMPARE(body.value(QStringLiteral("_rid")).toString(), dbRid);
        QCOMPARE(body.value(QStringLiteral("_count")).toInt(),
                 body.value(QStringLiteral("Users")).toArray().size());
        QCOMPARE(page.header("x-ms-item-count").toInt(), body.value(QStringLiteral("_count")).toInt());
        for (const QJsonValue &v : body.value(QStringLiteral("Users")).toArray())
            seen << v.toObject().value(QStringLiteral("id")).toString();
        continuation = page.header("x-ms-continuation");
        ++pages;
    } while (!continuation.isEmpty() && pages < 10);
    QCOMPARE(pages, 3);
    QCOMPARE(seen, (QStringList{QStringLiteral("u0"), QStringLiteral("u1"), QStringLiteral("u2"),
                                QStringLiteral("u3"), QStringLiteral("u4")}));

    // The permissions feed of a user: _rid is the user's, every entry carries a fresh token.
    for (const QString &c : {kOrders, kAudit})
        QVERIFY(!mint(QStringLiteral("u0"), permissionBody(c.section(u'/', -1), QStringLiteral("Read"), c))
                     .isEmpty());
    const HttpsReply perms =
        withKey("GET", QStringLiteral("/dbs/app/users/u0/permissions"), {}, {{"x-ms-max-item-count", "1"}});
    QCOMPARE(perms.status, 200);
    QCOMPARE(perms.json().value(QStringLiteral("_rid")).toString(),
             u.value(QStringLiteral("_rid")).toString());
    QCOMPARE(perms.json().value(QStringLiteral("Permissions")).toArray().size(), 1);
    QCOMPARE(perms.json().value(QStringLiteral("_count")).toInt(), 1);
    QVERIFY(!perms.header("x-ms-continuation").isEmpty());
    const QJsonObject p = perms.json().value(QStringLiteral("Permissions")).toArray().first().toObject();
    QVERIFY(
        p.value(QStringLiteral("_token")).toString().startsWith(QLatin1String("type=resource&ver=1&sig=")));
    QCOMPARE(p.value(QStringLiteral("_self")).toString(),
             QStringLiteral("dbs/%1/users/%2/permissions/%3/")
                 .arg(dbRid, u.value(QStringLiteral("_rid")).toString(),
                      p.value(QStringLiteral("_rid")).toString()));
}

void TestEmuResourceTokens::permissionsThroughTheService()
{
    auto svc = service();
    std::optional<Result<CosmosUser>> user;
    svc->createUser(kDb, QStringLiteral("carol"), this, [&](const Result<CosmosUser> &r) { user = r; });
    QVERIFY(waitFor(user) && user->ok());

    CosmosPermission p;
    p.database = kDb;
    p.user = QStringLiteral("carol");
    p.id = QStringLiteral("orders-read");
    p.mode = CosmosPermission::Mode::Read;
    p.resource = kOrders;
    p.resourcePartitionKey = QJsonArray{QStringLiteral("t1")};
    std::optional<Result<CosmosPermission>> created;
    svc->createPermission(p, 600, this, [&](const Result<CosmosPermission> &r) { created = r; });
    QVERIFY(waitFor(created));
    QVERIFY2(created->ok(), created->ok() ? "" : qPrintable(errorText(created->error())));
    const CosmosPermission &c = created->value();
    QCOMPARE(c.id, p.id);
    QCOMPARE(c.mode, CosmosPermission::Mode::Read);
    QCOMPARE(c.resource, kOrders);
    QCOMPARE(c.resourcePartitionKey, p.resourcePartitionKey);
    QVERIFY(!c.rid.isEmpty() && !c.etag.isEmpty());
    QVERIFY(c.token.bytes().startsWith("type=resource&ver=1&sig="));
    QVERIFY(c.token.bytes().endsWith(';'));

    // Every read and list mints a new token; all of them work.
    std::optional<Result<CosmosPermission>> read;
    svc->readPermission(kDb, QStringLiteral("carol"), p.id, 3600, this,
                        [&](const Result<CosmosPermission> &r) { read = r; });
    QVERIFY(waitFor(read) && read->ok());
    QVERIFY(read->value().token.bytes() != c.token.bytes());
    QCOMPARE(read->value().etag, c.etag);
    m_clock->advance(1);
    std::optional<Result<QList<CosmosPermission>>> listed;
    svc->listPermissions(kDb, QStringLiteral("carol"), 3600, this,
                         [&](const Result<QList<CosmosPermission>> &r) { listed = r; });
    QVERIFY(waitFor(listed) && listed->ok());
    QCOMPARE(listed->value().size(), 1);
    QVERIFY(listed->value().first().token.bytes() != read->value().token.bytes());
    for (const SecureBytes *t : std::initializer_list<const SecureBytes *>{&c.token, &read->value().token,
                                                                           &listed->value().first().token})
        QCOMPARE(withToken("GET", QStringLiteral("/dbs/app/colls/orders/docs/o1"), t->bytes(), {},
                           {{"x-ms-documentdb-partitionkey", "[\"t1\"]"}})
                     .status,
                 200);

    // Replace: new mode, new etag, a new token; the old tokens are revoked.
    CosmosPermission all = p;
    all.mode = CosmosPermission::Mode::All;
    all.resourcePartitionKey = {};
    std::optional<Result<CosmosPermission>> replaced;
    svc->replacePermission(p.id, all, 60, this, [&](const Result<CosmosPermission> &r) { replaced = r; });
    QVERIFY(waitFor(replaced));
    QVERIFY2(replaced->ok(), replaced->ok() ? "" : qPrintable(errorText(replaced->error())));
    QCOMPARE(replaced->value().mode, CosmosPermission::Mode::All);
    QCOMPARE(replaced->value().rid, c.rid);
    QVERIFY(replaced->value().etag != c.etag);
    QVERIFY(replaced->value().resourcePartitionKey.isEmpty());
    QCOMPARE(withToken("GET", QStringLiteral("/dbs/app/colls/orders/docs/o1"), c.token.bytes(), {},
                       {{"x-ms-documentdb-partitionkey", "[\"t1\"]"}})
                 .status,
             401);
    QCOMPARE(withToken("GET", QStringLiteral("/dbs/app/colls/orders/docs/o3"),
                       replaced->value().token.bytes(), {}, {{"x-ms-documentdb-partitionkey", "[\"t2\"]"}})
                 .status,
             200);

    // A second permission of the same user on the same resource is a conflict, as is a duplicate id.
    CosmosPermission second = p;
    second.id = QStringLiteral("orders-again");
    std::optional<Result<CosmosPermission>> conflict;
    svc->createPermission(second, 600, this, [&](const Result<CosmosPermission> &r) { conflict = r; });
    QVERIFY(waitFor(conflict));
    QVERIFY(!conflict->ok());
    QCOMPARE(conflict->error().httpStatus, 409);
    CosmosPermission sameId = p;
    sameId.resource = kAudit;
    std::optional<Result<CosmosPermission>> idConflict;
    svc->createPermission(sameId, 600, this, [&](const Result<CosmosPermission> &r) { idConflict = r; });
    QVERIFY(waitFor(idConflict));
    QVERIFY(!idConflict->ok());
    QCOMPARE(idConflict->error().httpStatus, 409);

    std::optional<Result<void>> deleted;
    svc->deletePermission(kDb, QStringLiteral("carol"), p.id, this,
                          [&](const Result<void> &r) { deleted = r; });
    QVERIFY(waitFor(deleted) && deleted->ok());
    std::optional<Result<CosmosPermission>> gone;
    svc->readPermission(kDb, QStringLiteral("carol"), p.id, 3600, this,
                        [&](const Result<CosmosPermission> &r) { gone = r; });
    QVERIFY(waitFor(gone));
    QVERIFY(!gone->ok());
    QCOMPARE(gone->error().httpStatus, 404);
    std::optional<Result<QList<CosmosPermission>>> noUser;
    svc->listPermissions(kDb, QStringLiteral("nobody"), 3600, this,
                         [&](const Result<QList<CosmosPermission>> &r) { noUser = r; });
    QVERIFY(waitFor(noUser));
    QVERIFY(!noUser->ok());
    QCOMPARE(noUser->error().httpStatus, 404);
}

void TestEmuResourceTokens::validation_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("expiry");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("messagePart");

    const QString perms = QStringLiteral("/dbs/app/users/dave/permissions");
    const auto body = [](const QJsonObject &o) { return json(o); };
    QTest::newRow("not JSON") << QByteArray("POST") << perms << QByteArray("{nope") << QByteArray() << 400
                              << QStringLiteral("could not be parsed");
    QTest::newRow("missing resource") << QByteArray("POST") << perms
                                      << body({{QStringLiteral("id"), QStringLiteral("x")},
                                               {QStringLiteral("permissionMode"), QStringLiteral("All")}})
                                      << QByteArray() << 400 << QStringLiteral("resource; ");
    QTest::newRow("missing everything") << QByteArray("POST") << perms << QByteArray("{}") << QByteArray()
                                        << 400 << QStringLiteral("'id; permissionMode; resource; '");
    QTest::newRow("bad mode") << QByteArray("POST") << perms
                              << body(permissionBody(QStringLiteral("x"), QStringLiteral("Write"), kOrders))
                              << QByteArray() << 400 << QStringLiteral("permission mode 'Write'");
    QTest::newRow("other database") << QByteArray("POST") << perms
                                    << body(permissionBody(QStringLiteral("x"), QStringLiteral("Read"),
                                                           QStringLiteral("dbs/other/colls/c")))
                                    << QByteArray() << 400 << QStringLiteral("only grant access inside it");
    QTest::newRow("malformed link") << QByteArray("POST") << perms
                                    << body(permissionBody(QStringLiteral("x"), QStringLiteral("Read"),
                                                           QStringLiteral("dbs/app/tables/c")))
                                    << QByteArray() << 400 << QStringLiteral("Resource link");
    QTest::newRow("partition key on a database")
        << QByteArray("POST") << perms
        << body(permissionBody(QStringLiteral("x"), QStringLiteral("Read"), QStringLiteral("dbs/app"),
                               QJsonArray{QStringLiteral("t1")}))
        << QByteArray() << 400 << QStringLiteral("only restrict a permission on a container");
    QTest::newRow("partition key not an array")
        << QByteArray("POST") << perms
        << body({{QStringLiteral("id"), QStringLiteral("x")},
                 {QStringLiteral("permissionMode"), QStringLiteral("Read")},
                 {QStringLiteral("resource"), kOrders},
                 {QStringLiteral("resourcePartitionKey"), QStringLiteral("t1")}})
        << QByteArray() << 400 << QStringLiteral("resourcePartitionKey");
    QTest::newRow("bad permission id")
        << QByteArray("POST") << perms
        << body(permissionBody(QStringLiteral("a/b"), QStringLiteral("Read"), kOrders)) << QByteArray() << 400
        << QStringLiteral("input name 'a/b' is invalid");
    QTest::newRow("expiry below 10 s")
        << QByteArray("POST") << perms
        << body(permissionBody(QStringLiteral("x"), QStringLiteral("Read"), kOrders)) << QByteArray("9")
        << 400 << QStringLiteral("x-ms-documentdb-expiry-seconds");
    QTest::newRow("expiry above 5 h")
        << QByteArray("POST") << perms
        << body(permissionBody(QStringLiteral("x"), QStringLiteral("Read"), kOrders)) << QByteArray("18001")
        << 400 << QStringLiteral("between 10 and 18000");
    QTest::newRow("expiry not a number") << QByteArray("GET") << perms << QByteArray() << QByteArray("soon")
                                         << 400 << QStringLiteral("x-ms-documentdb-expiry-seconds");
    QTest::newRow("expiry 10 s accepted")
        << QByteArray("POST") << perms
        << body(permissionBody(QStringLiteral("x"), QStringLiteral("Read"), kOrders)) << QByteArray("10")
        << 201 << QString();
    QTest::newRow("expiry 5 h accepted")
        << QByteArray("POST") << perms
        << body(permissionBody(QStringLiteral("x"), QStringLiteral("All"), kOrders)) << QByteArray("18000")
        << 201 << QString();
    QTest::newRow("item permission accepted")
        << QByteArray("POST") << perms
        << body(permissionBody(QStringLiteral("x"), QStringLiteral("Read"),
                               QStringLiteral("/dbs/app/colls/orders/docs/o1/")))
        << QByteArray() << 201 << QString();
    QTest::newRow("user missing") << QByteArray("POST") << QStringLiteral("/dbs/app/users/nobody/permissions")
                                  << body(
                                         permissionBody(QStringLiteral("x"), QStringLiteral("Read"), kOrders))
                                  << QByteArray() << 404 << QStringLiteral("does not exist");
    QTest::newRow("database missing") << QByteArray("POST") << QStringLiteral("/dbs/nodb/users")
                                      << body({{QStringLiteral("id"), QStringLiteral("x")}}) << QByteArray()
                                      << 404 << QStringLiteral("does not exist");
    QTest::newRow("user without id") << QByteArray("POST") << QStringLiteral("/dbs/app/users")
                                     << QByteArray("{}") << QByteArray() << 400 << QStringLiteral("'id; '");
    QTest::newRow("duplicate user") << QByteArray("POST") << QStringLiteral("/dbs/app/users")
                                    << body({{QStringLiteral("id"), QStringLiteral("dave")}}) << QByteArray()
                                    << 409 << QStringLiteral("already exists");
}

void TestEmuResourceTokens::validation()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, expiry);
    QFETCH(int, status);
    QFETCH(QString, messagePart);
    QCOMPARE(withKey("POST", QStringLiteral("/dbs/app/users"),
                     json({{QStringLiteral("id"), QStringLiteral("dave")}}))
                 .status,
             201);
    HeaderPairs headers;
    if (!expiry.isEmpty())
        headers << std::pair{QByteArray("x-ms-documentdb-expiry-seconds"), expiry};
    const HttpsReply r = withKey(method, path, body, headers);
    QCOMPARE(r.status, status);
    if (status >= 400) {
        // Cosmos's error body: {"code","message"} with the activity id, plus x-ms-substatus.
        QCOMPARE(r.json().value(QStringLiteral("code")).toString(),
                 status == 400 ? QStringLiteral("BadRequest")
                               : (status == 404 ? QStringLiteral("NotFound") : QStringLiteral("Conflict")));
        const QString message = r.json().value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(messagePart), qPrintable(message));
        QVERIFY(message.contains(QLatin1String("ActivityId: ")));
        QCOMPARE(r.header("x-ms-substatus"), QByteArray("0"));
        QVERIFY(!r.json().contains(QStringLiteral("_token")));
    } else {
        QVERIFY(
            r.json().value(QStringLiteral("_token")).toString().startsWith(QLatin1String("type=resource&")));
        // A leading/trailing slash is not part of the stored link.
        QVERIFY(!r.json().value(QStringLiteral("resource")).toString().startsWith(u'/'));
    }
}

void TestEmuResourceTokens::renamingAUserKeepsItsPermissions()
{
    const QByteArray token =
        mint(QStringLiteral("erin"), permissionBody(QStringLiteral("p"), QStringLiteral("Read"), kOrders));
    QVERIFY(!token.isEmpty());
    const HttpsReply renamed = withKey("PUT", QStringLiteral("/dbs/app/users/erin"),
                                       json({{QStringLiteral("id"), QStringLiteral("erin2")}}));
    QCOMPARE(renamed.status, 200);
    QCOMPARE(withKey("GET", QStringLiteral("/dbs/app/users/erin")).status, 404);
    const HttpsReply perms = withKey("GET", QStringLiteral("/dbs/app/users/erin2/permissions"));
    QCOMPARE(perms.status, 200);
    QCOMPARE(perms.json().value(QStringLiteral("Permissions")).toArray().size(), 1);
    QCOMPARE(perms.json().value(QStringLiteral("_rid")).toString(),
             renamed.json().value(QStringLiteral("_rid")).toString());
    // The token minted before the rename still works: the user is the same (same _rid).
    QCOMPARE(withToken("GET", QStringLiteral("/dbs/app/colls/orders/docs"), token, {},
                       {{"x-ms-documentdb-partitionkey", "[\"t1\"]"}})
                 .status,
             200);
    // If-Match with a stale etag → 412.
    QCOMPARE(withKey("PUT", QStringLiteral("/dbs/app/users/erin2"),
                     json({{QStringLiteral("id"), QStringLiteral("erin3")}}), {{"If-Match", "\"stale\""}})
                 .status,
             412);
}

void TestEmuResourceTokens::ridBasedLinks()
{
    const QString dbRid =
        withKey("GET", QStringLiteral("/dbs/app")).json().value(QStringLiteral("_rid")).toString();
    const QString collRid = withKey("GET", QStringLiteral("/dbs/app/colls/orders"))
                                .json()
                                .value(QStringLiteral("_rid"))
                                .toString();
    const QString docRid = withKey("GET", QStringLiteral("/dbs/app/colls/orders/docs/o3"), {},
                                   {{"x-ms-documentdb-partitionkey", "[\"t2\"]"}})
                               .json()
                               .value(QStringLiteral("_rid"))
                               .toString();
    QVERIFY(!dbRid.isEmpty() && !collRid.isEmpty() && !docRid.isEmpty());
    QCOMPARE(withKey("POST", QStringLiteral("/dbs/app/users"),
                     json({{QStringLiteral("id"), QStringLiteral("rid")}}))
                 .status,
             201);
    const QString perms = QStringLiteral("/dbs/app/users/rid/permissions");

    // A container by its rids, as the service's _self links write it.
    const QString collLink = QStringLiteral("dbs/%1/colls/%2/").arg(dbRid, collRid);
    const HttpsReply coll =
        withKey("POST", perms, json(permissionBody(QStringLiteral("c"), QStringLiteral("Read"), collLink)));
    QCOMPARE(coll.status, 201);
    const QByteArray token = coll.json().value(QStringLiteral("_token")).toString().toLatin1();
    QCOMPARE(withToken("GET", QStringLiteral("/dbs/app/colls/orders/docs"), token).status, 200);
    QCOMPARE(withToken("GET", QStringLiteral("/dbs/app/colls/audit/docs"), token).status, 403);
    // The same container by name is the same resource.
    QCOMPARE(withKey("POST", perms, json(permissionBody(QStringLiteral("n"), QStringLiteral("All"), kOrders)))
                 .status,
             409);

    // A document by its rids.
    const HttpsReply doc =
        withKey("POST", perms,
                json(permissionBody(QStringLiteral("d"), QStringLiteral("Read"),
                                    QStringLiteral("dbs/%1/colls/%2/docs/%3/").arg(dbRid, collRid, docRid))));
    QCOMPARE(doc.status, 201);
    const QByteArray docToken = doc.json().value(QStringLiteral("_token")).toString().toLatin1();
    QCOMPARE(withToken("GET", QStringLiteral("/dbs/app/colls/orders/docs/o3"), docToken, {},
                       {{"x-ms-documentdb-partitionkey", "[\"t2\"]"}})
                 .status,
             200);
    QCOMPARE(withToken("GET", QStringLiteral("/dbs/app/colls/orders/docs/o1"), docToken, {},
                       {{"x-ms-documentdb-partitionkey", "[\"t1\"]"}})
                 .status,
             403);

    // Rids that name nothing.
    const HttpsReply unknown =
        withKey("POST", perms,
                json(permissionBody(QStringLiteral("u"), QStringLiteral("Read"),
                                    QStringLiteral("dbs/%1/colls/AAAAAAAAAAA=/").arg(dbRid))));
    QCOMPARE(unknown.status, 400);
    QVERIFY(
        unknown.json().value(QStringLiteral("message")).toString().contains(QLatin1String("do not name")));
}

void TestEmuResourceTokens::tokenScope_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("partitionKey");
    QTest::addColumn<bool>("isQuery");
    QTest::addColumn<int>("status");

    const QByteArray t1 = "[\"t1\"]";
    const QByteArray doc = json(
        {{QStringLiteral("id"), QStringLiteral("new")}, {QStringLiteral("tenant"), QStringLiteral("t1")}});
    const QByteArray query = json({{QStringLiteral("query"), QStringLiteral("SELECT * FROM c")}});
    // Allowed with a Read token on the container.
    QTest::newRow("account document")
        << "Read" << QByteArray("GET") << "/" << QByteArray() << QByteArray() << false << 200;
    QTest::newRow("container definition") << "Read" << QByteArray("GET") << "/dbs/app/colls/orders"
                                          << QByteArray() << QByteArray() << false << 200;
    QTest::newRow("partition key ranges") << "Read" << QByteArray("GET") << "/dbs/app/colls/orders/pkranges"
                                          << QByteArray() << QByteArray() << false << 200;
    QTest::newRow("read feed") << "Read" << QByteArray("GET") << "/dbs/app/colls/orders/docs" << QByteArray()
                               << QByteArray() << false << 200;
    QTest::newRow("read item") << "Read" << QByteArray("GET") << "/dbs/app/colls/orders/docs/o1"
                               << QByteArray() << t1 << false << 200;
    QTest::newRow("query") << "Read" << QByteArray("POST") << "/dbs/app/colls/orders/docs" << query
                           << QByteArray() << true << 200;
    // Writes with a Read token.
    QTest::newRow("Read: create item")
        << "Read" << QByteArray("POST") << "/dbs/app/colls/orders/docs" << doc << t1 << false << 403;
    QTest::newRow("Read: replace item") << "Read" << QByteArray("PUT") << "/dbs/app/colls/orders/docs/o1"
                                        << json({{QStringLiteral("id"), QStringLiteral("o1")},
                                                 {QStringLiteral("tenant"), QStringLiteral("t1")}})
                                        << t1 << false << 403;
    QTest::newRow("Read: delete item") << "Read" << QByteArray("DELETE") << "/dbs/app/colls/orders/docs/o2"
                                       << QByteArray() << t1 << false << 403;
    // Outside the permitted container.
    QTest::newRow("other container's items") << "Read" << QByteArray("GET") << "/dbs/app/colls/audit/docs"
                                             << QByteArray() << QByteArray() << false << 403;
    QTest::newRow("other container") << "All" << QByteArray("GET") << "/dbs/app/colls/audit" << QByteArray()
                                     << QByteArray() << false << 403;
    QTest::newRow("the database") << "All" << QByteArray("GET") << "/dbs/app" << QByteArray() << QByteArray()
                                  << false << 403;
    QTest::newRow("list containers") << "All" << QByteArray("GET") << "/dbs/app/colls" << QByteArray()
                                     << QByteArray() << false << 403;
    QTest::newRow("list databases") << "All" << QByteArray("GET") << "/dbs" << QByteArray() << QByteArray()
                                    << false << 403;
    // All: item writes yes, metadata writes no.
    QTest::newRow("All: create item")
        << "All" << QByteArray("POST") << "/dbs/app/colls/orders/docs" << doc << t1 << false << 201;
    QTest::newRow("All: delete container") << "All" << QByteArray("DELETE") << "/dbs/app/colls/orders"
                                           << QByteArray() << QByteArray() << false << 403;
    QTest::newRow("All: create container")
        << "All" << QByteArray("POST") << "/dbs/app/colls"
        << json({{QStringLiteral("id"), QStringLiteral("x")}}) << QByteArray() << false << 403;
}

void TestEmuResourceTokens::tokenScope()
{
    QFETCH(QString, mode);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, partitionKey);
    QFETCH(bool, isQuery);
    QFETCH(int, status);
    const QByteArray token =
        mint(QStringLiteral("frank"), permissionBody(QStringLiteral("p"), mode, kOrders));
    QVERIFY(!token.isEmpty());
    HeaderPairs headers;
    if (!partitionKey.isEmpty())
        headers << std::pair{QByteArray("x-ms-documentdb-partitionkey"), partitionKey};
    if (isQuery)
        headers << std::pair{QByteArray("x-ms-documentdb-isquery"), QByteArray("true")}
                << std::pair{QByteArray("Content-Type"), QByteArray("application/query+json")};
    const HttpsReply r = withToken(method, path, token, body, headers);
    QVERIFY2(r.status == status,
             qPrintable(QStringLiteral("%1: %2").arg(r.status).arg(QString::fromUtf8(r.body))));
    if (status == 403) {
        QCOMPARE(r.json().value(QStringLiteral("code")).toString(), QStringLiteral("Forbidden"));
        QVERIFY(
            r.json()
                .value(QStringLiteral("message"))
                .toString()
                .startsWith(QLatin1String("Insufficient permissions provided in the authorization header")));
        QCOMPARE(r.header("x-ms-substatus"), QByteArray("0"));
    }
    if (r.status == 201) // keep the container as it was
        QCOMPARE(withKey("DELETE", path + QStringLiteral("/new"), {},
                         {{"x-ms-documentdb-partitionkey", partitionKey}})
                     .status,
                 204);
}

void TestEmuResourceTokens::partitionKeyRestriction()
{
    const QByteArray token =
        mint(QStringLiteral("gina"), permissionBody(QStringLiteral("t1"), QStringLiteral("All"), kOrders,
                                                    QJsonArray{QStringLiteral("t1")}));
    QVERIFY(!token.isEmpty());
    const auto pk = [](const char *v) { return HeaderPairs{{"x-ms-documentdb-partitionkey", v}}; };
    QCOMPARE(
        withToken("GET", QStringLiteral("/dbs/app/colls/orders/docs/o1"), token, {}, pk("[\"t1\"]")).status,
        200);
    QCOMPARE(
        withToken("GET", QStringLiteral("/dbs/app/colls/orders/docs/o3"), token, {}, pk("[\"t2\"]")).status,
        403);
    // A feed or query across partitions is refused; in the permitted partition it shows only that partition.
    QCOMPARE(withToken("GET", QStringLiteral("/dbs/app/colls/orders/docs"), token).status, 403);
    const HttpsReply feed =
        withToken("GET", QStringLiteral("/dbs/app/colls/orders/docs"), token, {}, pk("[ \"t1\" ]"));
    QCOMPARE(feed.status, 200);
    QCOMPARE(feed.json().value(QStringLiteral("Documents")).toArray().size(), 2);
    QCOMPARE(withToken("POST", QStringLiteral("/dbs/app/colls/orders/docs"), token,
                       json({{QStringLiteral("id"), QStringLiteral("t2-new")},
                             {QStringLiteral("tenant"), QStringLiteral("t2")}}),
                       pk("[\"t2\"]"))
                 .status,
             403);
    QCOMPARE(withToken("POST", QStringLiteral("/dbs/app/colls/orders/docs"), token,
                       json({{QStringLiteral("id"), QStringLiteral("t1-new")},
                             {QStringLiteral("tenant"), QStringLiteral("t1")}}),
                       pk("[\"t1\"]"))
                 .status,
             201);
    QCOMPARE(
        withToken("DELETE", QStringLiteral("/dbs/app/colls/orders/docs/t1-new"), token, {}, pk("[\"t1\"]"))
            .status,
        204);
    // The container's definition and ranges stay readable (the SDKs need them).
    QCOMPARE(withToken("GET", QStringLiteral("/dbs/app/colls/orders"), token).status, 200);
    QCOMPARE(withToken("GET", QStringLiteral("/dbs/app/colls/orders/pkranges"), token).status, 200);
}

void TestEmuResourceTokens::itemToken()
{
    const QByteArray token =
        mint(QStringLiteral("hank"), permissionBody(QStringLiteral("o1"), QStringLiteral("Read"),
                                                    QStringLiteral("dbs/app/colls/orders/docs/o1")));
    QVERIFY(!token.isEmpty());
    const HeaderPairs t1{{"x-ms-documentdb-partitionkey", "[\"t1\"]"}};
    QCOMPARE(withToken("GET", QStringLiteral("/dbs/app/colls/orders/docs/o1"), token, {}, t1).status, 200);
    QCOMPARE(withToken("GET", QStringLiteral("/dbs/app/colls/orders/docs/o2"), token, {}, t1).status, 403);
    QCOMPARE(withToken("GET", QStringLiteral("/dbs/app/colls/orders/docs"), token).status, 403);
    QCOMPARE(withToken("GET", QStringLiteral("/dbs/app/colls/orders"), token).status, 200);
    QCOMPARE(withToken("GET", QStringLiteral("/dbs/app/colls/orders/pkranges"), token).status, 200);
    QCOMPARE(withToken("DELETE", QStringLiteral("/dbs/app/colls/orders/docs/o1"), token, {}, t1).status, 403);
}

void TestEmuResourceTokens::resourceTokenAuthorizer()
{
    const QByteArray read =
        mint(QStringLiteral("ivy"), permissionBody(QStringLiteral("r"), QStringLiteral("Read"), kOrders));
    QVERIFY(!read.isEmpty());
    auto got = viaAuthorizer(read, "GET", QStringLiteral("/dbs/app/colls/orders/docs/o1"), {}, "[\"t1\"]");
    QVERIFY(got);
    QVERIFY2(got->ok(), got->ok() ? "" : qPrintable(errorText(got->error())));
    QCOMPARE(got->value().json().value(QStringLiteral("id")).toString(), QStringLiteral("o1"));

    got = viaAuthorizer(
        read, "POST", QStringLiteral("/dbs/app/colls/orders/docs"),
        json({{QStringLiteral("id"), QStringLiteral("w")}, {QStringLiteral("tenant"), QStringLiteral("t1")}}),
        "[\"t1\"]");
    QVERIFY(got && !got->ok());
    QCOMPARE(got->error().httpStatus, 403);
    QCOMPARE(got->error().code, QStringLiteral("Forbidden"));

    got = viaAuthorizer(read, "GET", QStringLiteral("/dbs/app/colls/audit/docs/a1"), {}, "[\"t1\"]");
    QVERIFY(got && !got->ok());
    QCOMPARE(got->error().httpStatus, 403);

    got = viaAuthorizer(read, "GET", QStringLiteral("/dbs/app/users"));
    QVERIFY(got && !got->ok());
    QCOMPARE(got->error().httpStatus, 403);

    // A token limited to one logical partition, and a forged one.
    const QByteArray scoped =
        mint(QStringLiteral("ivy"), permissionBody(QStringLiteral("t1"), QStringLiteral("All"), kAudit,
                                                   QJsonArray{QStringLiteral("t1")}));
    QVERIFY(!scoped.isEmpty());
    got = viaAuthorizer(scoped, "GET", QStringLiteral("/dbs/app/colls/audit/docs/a1"), {}, "[\"t1\"]");
    QVERIFY(got && got->ok());
    got = viaAuthorizer(scoped, "GET", QStringLiteral("/dbs/app/colls/audit/docs/a1"), {}, "[\"t2\"]");
    QVERIFY(got && !got->ok());
    QCOMPARE(got->error().httpStatus, 403);
    QByteArray forged = scoped;
    forged[forged.size() - 3] = forged.at(forged.size() - 3) == 'A' ? 'B' : 'A';
    got = viaAuthorizer(forged, "GET", QStringLiteral("/dbs/app/colls/audit/docs/a1"), {}, "[\"t1\"]");
    QVERIFY(got && !got->ok());
    QCOMPARE(got->error().httpStatus, 401);

    QVERIFY(withKey("DELETE", QStringLiteral("/dbs/app/users/ivy/permissions/r")).status == 204);
    got = viaAuthorizer(read, "GET", QStringLiteral("/dbs/app/colls/orders/docs/o1"), {}, "[\"t1\"]");
    QVERIFY(got && !got->ok());
    QCOMPARE(got->error().httpStatus, 401);
    QCOMPARE(got->error().code, QStringLiteral("Unauthorized"));
}

void TestEmuResourceTokens::expiry()
{
    // The emulator takes its time from csc::Clock: a 10 s token is checked at 9 s and at 10 s without
    // waiting.
    auto svc = service();
    std::optional<Result<CosmosUser>> user;
    svc->createUser(kDb, QStringLiteral("jack"), this, [&](const Result<CosmosUser> &r) { user = r; });
    QVERIFY(waitFor(user) && user->ok());
    CosmosPermission p;
    p.database = kDb;
    p.user = QStringLiteral("jack");
    p.id = QStringLiteral("short");
    p.resource = kOrders;
    std::optional<Result<CosmosPermission>> created;
    svc->createPermission(p, CosmosRules::kMinimumTokenLifetimeSeconds, this,
                          [&](const Result<CosmosPermission> &r) { created = r; });
    QVERIFY(waitFor(created) && created->ok());
    const QByteArray token = created->value().token.bytes();
    const HeaderPairs t1{{"x-ms-documentdb-partitionkey", "[\"t1\"]"}};
    QCOMPARE(withToken("GET", QStringLiteral("/dbs/app/colls/orders/docs/o1"), token, {}, t1).status, 200);
    m_clock->advance(9);
    QCOMPARE(withToken("GET", QStringLiteral("/dbs/app/colls/orders/docs/o1"), token, {}, t1).status, 200);
    m_clock->advance(1);
    const HttpsReply expired =
        withToken("GET", QStringLiteral("/dbs/app/colls/orders/docs/o1"), token, {}, t1);
    QCOMPARE(expired.status, 403);
    QCOMPARE(expired.json().value(QStringLiteral("code")).toString(), QStringLiteral("Forbidden"));
    QVERIFY(expired.json().value(QStringLiteral("message")).toString().contains(QLatin1String("expired")));
    const auto viaClient =
        viaAuthorizer(token, "GET", QStringLiteral("/dbs/app/colls/orders/docs/o1"), {}, "[\"t1\"]");
    QVERIFY(viaClient && !viaClient->ok());
    QCOMPARE(viaClient->error().httpStatus, 403);

    // Reading the permission mints a fresh token (the default lifetime is one hour).
    const HttpsReply reread = withKey("GET", QStringLiteral("/dbs/app/users/jack/permissions/short"));
    QCOMPARE(reread.status, 200);
    const QByteArray fresh = reread.json().value(QStringLiteral("_token")).toString().toLatin1();
    QCOMPARE(withToken("GET", QStringLiteral("/dbs/app/colls/orders/docs/o1"), fresh, {}, t1).status, 200);
    m_clock->advance(CosmosRules::kDefaultTokenLifetimeSeconds - 1);
    QCOMPARE(withToken("GET", QStringLiteral("/dbs/app/colls/orders/docs/o1"), fresh, {}, t1).status, 200);
    m_clock->advance(1);
    QCOMPARE(withToken("GET", QStringLiteral("/dbs/app/colls/orders/docs/o1"), fresh, {}, t1).status, 403);
}

void TestEmuResourceTokens::revocation_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("permission deleted") << QStringLiteral("delete permission");
    QTest::newRow("permission replaced") << QStringLiteral("replace permission");
    QTest::newRow("user deleted") << QStringLiteral("delete user");
    QTest::newRow("user deleted and re-created") << QStringLiteral("recreate user");
}

void TestEmuResourceTokens::revocation()
{
    QFETCH(QString, how);
    const QJsonObject perm = permissionBody(QStringLiteral("p"), QStringLiteral("Read"), kOrders);
    const QByteArray token = mint(QStringLiteral("kate"), perm);
    QVERIFY(!token.isEmpty());
    const HeaderPairs t1{{"x-ms-documentdb-partitionkey", "[\"t1\"]"}};
    QCOMPARE(withToken("GET", QStringLiteral("/dbs/app/colls/orders/docs/o1"), token, {}, t1).status, 200);
    QByteArray replacement;
    if (how == QLatin1String("delete permission")) {
        QCOMPARE(withKey("DELETE", QStringLiteral("/dbs/app/users/kate/permissions/p")).status, 204);
    } else if (how == QLatin1String("replace permission")) {
        const HttpsReply r = withKey("PUT", QStringLiteral("/dbs/app/users/kate/permissions/p"), json(perm));
        QCOMPARE(r.status, 200);
        replacement = r.json().value(QStringLiteral("_token")).toString().toLatin1();
    } else {
        QCOMPARE(withKey("DELETE", QStringLiteral("/dbs/app/users/kate")).status, 204);
        QCOMPARE(withKey("GET", QStringLiteral("/dbs/app/users/kate/permissions/p")).status, 404);
        if (how == QLatin1String("recreate user"))
            replacement = mint(QStringLiteral("kate"), perm);
    }
    const HttpsReply r = withToken("GET", QStringLiteral("/dbs/app/colls/orders/docs/o1"), token, {}, t1);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.json().value(QStringLiteral("code")).toString(), QStringLiteral("Unauthorized"));
    QVERIFY(
        r.json().value(QStringLiteral("message")).toString().contains(QLatin1String("deleted or replaced")));
    if (!replacement.isEmpty())
        QCOMPARE(
            withToken("GET", QStringLiteral("/dbs/app/colls/orders/docs/o1"), replacement, {}, t1).status,
            200);
}

void TestEmuResourceTokens::forgedTokens_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("blob changed") << QStringLiteral("blob");
    QTest::newRow("signature changed") << QStringLiteral("sig");
    QTest::newRow("signed with another key") << QStringLiteral("other key");
    QTest::newRow("garbage") << QStringLiteral("garbage");
    QTest::newRow("no parts") << QStringLiteral("no parts");
    QTest::newRow("another account's endpoint") << QStringLiteral("other account");
}

void TestEmuResourceTokens::forgedTokens()
{
    QFETCH(QString, kind);
    const QByteArray token =
        mint(QStringLiteral("leo"), permissionBody(QStringLiteral("p"), QStringLiteral("Read"), kOrders));
    QVERIFY(token.startsWith("type=resource&ver=1&sig="));
    const QList<QByteArray> parts = token.mid(QByteArray("type=resource&ver=1&sig=").size()).split(';');
    QCOMPARE(parts.size(), 3);
    QByteArray forged;
    QString account = kLegacy;
    if (kind == QLatin1String("blob")) {
        // Same signature, a blob that grants All on the whole database.
        QJsonObject claims = QJsonDocument::fromJson(QByteArray::fromBase64(parts[1])).object();
        QCOMPARE(claims.value(QStringLiteral("r")).toString(), kOrders);
        claims.insert(QStringLiteral("r"), QStringLiteral("dbs/app"));
        claims.insert(QStringLiteral("m"), QStringLiteral("All"));
        forged = "type=resource&ver=1&sig=" + parts[0] + ';' + json(claims).toBase64() + ';';
    } else if (kind == QLatin1String("sig")) {
        QByteArray sig = QByteArray::fromBase64(parts[0]);
        sig[0] = char(sig[0] ^ 1);
        forged = "type=resource&ver=1&sig=" + sig.toBase64() + ';' + parts[1] + ';';
    } else if (kind == QLatin1String("other key")) {
        // Claims as valid as can be, signed by another emulator's key.
        const auto claims = emu::ResourceTokens::ephemeral().verify(token);
        QVERIFY(!claims); // another key does not accept ours either
        emu::ResourceTokenClaims c;
        const QJsonObject o = QJsonDocument::fromJson(QByteArray::fromBase64(parts[1])).object();
        c.account = o.value(QStringLiteral("a")).toString();
        c.database = o.value(QStringLiteral("d")).toString();
        c.userRid = o.value(QStringLiteral("u")).toString();
        c.permissionRid = o.value(QStringLiteral("p")).toString();
        c.permissionEtag = o.value(QStringLiteral("e")).toString();
        c.resource = QStringLiteral("dbs/app");
        c.mode = QStringLiteral("All");
        c.issuedAt = Clock::now().toSecsSinceEpoch();
        c.expiresAt = c.issuedAt + 3600;
        forged = emu::ResourceTokens::ephemeral().mint(c);
    } else if (kind == QLatin1String("garbage")) {
        forged = "type=resource&ver=1&sig=garbage";
    } else if (kind == QLatin1String("no parts")) {
        forged = "type=resource&ver=1&sig=" + parts[0];
    } else {
        forged = token;
        account = kCatalog;
    }
    const HttpsReply r = withToken("GET", QStringLiteral("/dbs/app/colls/orders/docs/o1"), forged, {},
                                   {{"x-ms-documentdb-partitionkey", "[\"t1\"]"}}, account);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.json().value(QStringLiteral("code")).toString(), QStringLiteral("Unauthorized"));
    QVERIFY(r.json().value(QStringLiteral("message")).toString().contains(QLatin1String("ActivityId: ")));
    QVERIFY(!r.body.contains(parts[0])); // the signature is never echoed
}

void TestEmuResourceTokens::tokensCannotManageUsers()
{
    // Even a token with All on the whole database cannot touch users or permissions (or mint tokens).
    const QByteArray token =
        mint(QStringLiteral("mia"),
             permissionBody(QStringLiteral("db"), QStringLiteral("All"), QStringLiteral("dbs/app")));
    QVERIFY(!token.isEmpty());
    QCOMPARE(withToken("GET", QStringLiteral("/dbs/app/colls/orders/docs/o1"), token, {},
                       {{"x-ms-documentdb-partitionkey", "[\"t1\"]"}})
                 .status,
             200);
    QCOMPARE(withToken("GET", QStringLiteral("/dbs/app/colls"), token).status, 200);
    const struct
    {
        const char *method, *path;
        QByteArray body;
    } calls[] = {
        {"GET", "/dbs/app/users", {}},
        {"POST", "/dbs/app/users", json({{QStringLiteral("id"), QStringLiteral("evil")}})},
        {"GET", "/dbs/app/users/mia", {}},
        {"DELETE", "/dbs/app/users/mia", {}},
        {"GET", "/dbs/app/users/mia/permissions", {}},
        {"GET", "/dbs/app/users/mia/permissions/db", {}},
        {"POST", "/dbs/app/users/mia/permissions",
         json(permissionBody(QStringLiteral("more"), QStringLiteral("All"), kAudit))},
    };
    for (const auto &c : calls) {
        const HttpsReply r = withToken(c.method, QLatin1String(c.path), token, c.body);
        QVERIFY2(r.status == 403, c.path);
        QCOMPARE(r.json().value(QStringLiteral("code")).toString(), QStringLiteral("Forbidden"));
    }
    QCOMPARE(withKey("GET", QStringLiteral("/dbs/app/users/mia")).status, 200);
}

void TestEmuResourceTokens::readOnlyKeyCannotMintTokens()
{
    QVERIFY(!mint(QStringLiteral("nina"), permissionBody(QStringLiteral("p"), QStringLiteral("All"), kOrders))
                 .isEmpty());
    const QByteArray readOnly =
        m_cloud.emulator().store()->accountKeys(kLegacy)->primaryReadonlyMasterKey.toLatin1();
    QCOMPARE(withKey("GET", QStringLiteral("/dbs/app/users"), {}, {}, kLegacy, readOnly).status, 200);
    const HttpsReply r =
        withKey("GET", QStringLiteral("/dbs/app/users/nina/permissions/p"), {}, {}, kLegacy, readOnly);
    QCOMPARE(r.status, 403);
    QVERIFY(!r.body.contains("_token"));
    QCOMPARE(
        withKey("GET", QStringLiteral("/dbs/app/users/nina/permissions"), {}, {}, kLegacy, readOnly).status,
        403);
    // Writes with a read-only key are refused like every other write (401).
    QCOMPARE(withKey("POST", QStringLiteral("/dbs/app/users"),
                     json({{QStringLiteral("id"), QStringLiteral("x")}}), {}, kLegacy, readOnly)
                 .status,
             401);
}

void TestEmuResourceTokens::localAuthDisabled()
{
    const QByteArray token =
        mint(QStringLiteral("omar"), permissionBody(QStringLiteral("p"), QStringLiteral("Read"), kOrders));
    QVERIFY(!token.isEmpty());
    emu::Store *store = m_cloud.emulator().store();
    auto account = store->accountByName(kLegacy);
    QVERIFY(account);
    const emu::CosmosAccount original = *account;
    QJsonObject props = account->resource.value(QStringLiteral("properties")).toObject();
    props.insert(QStringLiteral("disableLocalAuth"), true);
    account->resource.insert(QStringLiteral("properties"), props);
    QVERIFY(store->putAccount(*account).ok());
    const HttpsReply r = withToken("GET", QStringLiteral("/dbs/app/colls/orders/docs/o1"), token, {},
                                   {{"x-ms-documentdb-partitionkey", "[\"t1\"]"}});
    QVERIFY(store->putAccount(original).ok());
    QCOMPARE(r.status, 401);
    QCOMPARE(r.header("x-ms-substatus"), QByteArray("5202"));
    QVERIFY(r.json()
                .value(QStringLiteral("message"))
                .toString()
                .startsWith(QLatin1String("Local Authorization is disabled")));
    QCOMPARE(withToken("GET", QStringLiteral("/dbs/app/colls/orders/docs/o1"), token, {},
                       {{"x-ms-documentdb-partitionkey", "[\"t1\"]"}})
                 .status,
             200);
}

void TestEmuResourceTokens::tokenKeyIsPrivateAndStable()
{
    const QString path = m_cloud.dataDir() + QStringLiteral("/resource-token.key");
    QFile f(path);
    QVERIFY(f.exists());
    QCOMPARE(f.size(), 32);
    QCOMPARE(f.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                                QFileDevice::WriteOther),
             QFileDevice::Permissions());
    // The key is loaded, not regenerated: a token minted by this emulator verifies with a fresh load.
    const QByteArray token =
        mint(QStringLiteral("pia"), permissionBody(QStringLiteral("p"), QStringLiteral("Read"), kOrders));
    const auto again = emu::ResourceTokens::loadOrCreate(m_cloud.dataDir());
    QVERIFY(again.ok());
    const auto claims = again.value().verify(token);
    QVERIFY(claims);
    QCOMPARE(claims->resource, kOrders);
    QCOMPARE(claims->mode, QStringLiteral("Read"));
    QCOMPARE(claims->account, kLegacy);
    QCOMPARE(claims->expiresAt - claims->issuedAt, qint64(CosmosRules::kDefaultTokenLifetimeSeconds));
}

QTEST_GUILESS_MAIN(TestEmuResourceTokens)
#include "tst_emuresourcetokens.moc"
