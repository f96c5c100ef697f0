// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "SyncHttps.h"
#include "core/Clock.h"
#include "core/MasterKeySigner.h"
#include "emulator/DemoSeed.h"
#include "emulator/Emulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace csc::emu;
using csc::MasterKeySigner;
using csc::SecureBytes;
using csc::test::HttpsReply;
using csc::test::httpsRequest;

namespace {

// The open account (public, no firewall, keys accepted): network rules will not get in the way.
const QString kLegacy = QStringLiteral("contoso-legacy");
const QString kOrders = QStringLiteral("contoso-orders"); // disableLocalAuth

enum KeyChoice
{
    Primary,
    Secondary,
    PrimaryReadonly,
    SecondaryReadonly,
    WrongKey
};

QByteArray wrongKey()
{
    return QByteArray(64, 'x').toBase64();
}

} // namespace

class TestEmuDataPlane : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void endpointPerAccount();
    void accountDocument();
    void signatures_data();
    void signatures();
    void clockSkew_data();
    void clockSkew();
    void malformedAuthorization_data();
    void malformedAuthorization();
    void localAuthDisabled();
    void regeneratedKeyIsRefusedAtOnce();
    void crud();
    void feedsPageWithContinuation();
    void queries_data();
    void queries();
    void queryPlanAndUnsupportedQueries();
    void partitionKeyRanges();
    void keyBasedMetadataWritesDisabled();

private:
    QByteArray key(const QString &account, KeyChoice which) const;
    HttpsReply dp(const QString &account, const QByteArray &method, const QString &path, KeyChoice which,
                  const QByteArray &body = {}, QList<std::pair<QByteArray, QByteArray>> headers = {},
                  const QDateTime &date = {});
    HttpsReply dpWithKey(const QString &account, const QByteArray &method, const QString &path,
                         const QByteArray &base64Key, const QByteArray &body,
                         QList<std::pair<QByteArray, QByteArray>> headers, const QDateTime &date);
    QString armToken();
    void createDatabaseAndContainer(const QString &account, const QString &db, const QString &coll);

    QTemporaryDir m_dir;
    Emulator m_emu;
    QString m_token;
};

void TestEmuDataPlane::initTestCase()
{
    EmulatorOptions o;
    o.dataDir = m_dir.filePath(QStringLiteral("data"));
    o.seed = QStringLiteral("demo");
    o.lroDelayMs = 0;
    o.dataPlaneClockSkewSeconds = 900;
    const auto started = m_emu.start(o);
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
}

void TestEmuDataPlane::cleanup()
{
    csc::Clock::setInstance(nullptr);
}

QByteArray TestEmuDataPlane::key(const QString &account, KeyChoice which) const
{
    const auto keys = m_emu.store()->accountKeys(account);
    if (!keys)
        return {};
    switch (which) {
    case Primary:
        return keys->primaryMasterKey.toLatin1();
    case Secondary:
        return keys->secondaryMasterKey.toLatin1();
    case PrimaryReadonly:
        return keys->primaryReadonlyMasterKey.toLatin1();
    case SecondaryReadonly:
        return keys->secondaryReadonlyMasterKey.toLatin1();
    case WrongKey:
        return wrongKey();
    }
    return {};
}

HttpsReply TestEmuDataPlane::dpWithKey(const QString &account, const QByteArray &method, const QString &path,
                                       const QByteArray &base64Key, const QByteArray &body,
                                       QList<std::pair<QByteArray, QByteArray>> headers,
                                       const QDateTime &date)
{
    const QString when = MasterKeySigner::httpDate(date.isValid() ? date : QDateTime::currentDateTimeUtc());
    const auto sig = MasterKeySigner::signature(SecureBytes(base64Key), method,
                                                MasterKeySigner::resourceFromPath(path).resourceType,
                                                MasterKeySigner::resourceFromPath(path).resourceLink, when);
    bool hasAuth = false;
    for (const auto &h : headers)
        hasAuth = hasAuth || h.first.compare("authorization", Qt::CaseInsensitive) == 0;
    if (!hasAuth)
        headers << std::pair{QByteArray("authorization"), MasterKeySigner::authorizationHeader(sig.value())};
    headers << std::pair{QByteArray("x-ms-date"), when.toLatin1()}
            << std::pair{QByteArray("x-ms-version"), QByteArray("2020-07-15")};
    if (!body.isEmpty()) {
        bool hasType = false;
        for (const auto &h : headers)
            hasType = hasType || h.first.compare("Content-Type", Qt::CaseInsensitive) == 0;
        if (!hasType)
            headers << std::pair{QByteArray("Content-Type"), QByteArray("application/json")};
    }
    QUrl url(m_emu.documentEndpoint(account));
    url.setPath(path);
    return httpsRequest(method, url, m_emu.tls().caCertificate, body, headers);
}

HttpsReply TestEmuDataPlane::dp(const QString &account, const QByteArray &method, const QString &path,
                                KeyChoice which, const QByteArray &body,
                                QList<std::pair<QByteArray, QByteArray>> headers, const QDateTime &date)
{
    return dpWithKey(account, method, path, key(account, which), body, std::move(headers), date);
}

QString TestEmuDataPlane::armToken()
{
    if (!m_token.isEmpty())
        return m_token;
    const auto &p = DemoSeed::kDefaultPrincipal;
    const QByteArray body = "client_id=" + QByteArray(p.clientId) +
                            "&client_secret=" + QUrl::toPercentEncoding(QLatin1String(p.secret)) +
                            "&grant_type=client_credentials&scope=" +
                            QUrl::toPercentEncoding(m_emu.baseUrl().toString() + QStringLiteral("/.default"));
    const auto r = httpsRequest("POST",
                                QUrl(m_emu.baseUrl().toString() + u'/' + QLatin1String(DemoSeed::kTenantId) +
                                     QStringLiteral("/oauth2/v2.0/token")),
                                m_emu.tls().caCertificate, body,
                                {{"Content-Type", "application/x-www-form-urlencoded"}});
    m_token = r.json().value(QStringLiteral("access_token")).toString();
    return m_token;
}

void TestEmuDataPlane::createDatabaseAndContainer(const QString &account, const QString &db,
                                                  const QString &coll)
{
    auto r = dp(account, "POST", QStringLiteral("/dbs"), Primary,
                QJsonDocument(QJsonObject{{QStringLiteral("id"), db}}).toJson());
    QCOMPARE(r.status, 201);
    r = dp(
        account, "POST", QStringLiteral("/dbs/%1/colls").arg(db), Primary,
        QJsonDocument(QJsonObject{{QStringLiteral("id"), coll},
                                  {QStringLiteral("partitionKey"),
                                   QJsonObject{{QStringLiteral("paths"), QJsonArray{QStringLiteral("/pk")}},
                                               {QStringLiteral("kind"), QStringLiteral("Hash")},
                                               {QStringLiteral("version"), 2}}}})
            .toJson());
    QCOMPARE(r.status, 201);
}

void TestEmuDataPlane::endpointPerAccount()
{
    const QJsonObject accounts = m_emu.readyInfo().value(QStringLiteral("accounts")).toObject();
    QCOMPARE(accounts.size(), 7);
    QSet<int> ports;
    for (auto it = accounts.begin(); it != accounts.end(); ++it) {
        const QUrl url(it.value().toString());
        QCOMPARE(url.scheme(), QStringLiteral("https"));
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(url.path(), QStringLiteral("/"));
        QVERIFY(url.port() > 0 && url.port() != m_emu.port());
        ports.insert(url.port());
        QCOMPARE(it.value().toString(), m_emu.documentEndpoint(it.key()));
    }
    QCOMPARE(ports.size(), 7);
    QVERIFY(m_emu.documentEndpoint(QStringLiteral("no-such-account")).isEmpty());
}

void TestEmuDataPlane::accountDocument()
{
    const auto r = dp(kLegacy, "GET", QStringLiteral("/"), Primary);
    QCOMPARE(r.status, 200);
    const QJsonObject doc = r.json();
    QCOMPARE(doc.value(QStringLiteral("id")).toString(), kLegacy);
    const QJsonArray writable = doc.value(QStringLiteral("writableLocations")).toArray();
    QCOMPARE(writable.size(), 1);
    QCOMPARE(writable[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("West Europe"));
    QCOMPARE(writable[0].toObject().value(QStringLiteral("databaseAccountEndpoint")).toString(),
             m_emu.documentEndpoint(kLegacy));
    QCOMPARE(doc.value(QStringLiteral("readableLocations")).toArray(), writable);
    QCOMPARE(doc.value(QStringLiteral("userConsistencyPolicy"))
                 .toObject()
                 .value(QStringLiteral("defaultConsistencyLevel"))
                 .toString(),
             QStringLiteral("Session"));
    QVERIFY(!r.header("x-ms-activity-id").isEmpty());
    QCOMPARE(r.header("x-ms-request-charge"), QByteArray("1"));
}

void TestEmuDataPlane::signatures_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<int>("status");
    QTest::newRow("primary reads") << int(Primary) << QByteArray("GET") << 200;
    QTest::newRow("secondary reads") << int(Secondary) << QByteArray("GET") << 200;
    QTest::newRow("primary read-only reads") << int(PrimaryReadonly) << QByteArray("GET") << 200;
    QTest::newRow("secondary read-only reads") << int(SecondaryReadonly) << QByteArray("GET") << 200;
    QTest::newRow("primary writes") << int(Primary) << QByteArray("POST") << 201;
    QTest::newRow("secondary writes") << int(Secondary) << QByteArray("POST") << 201;
    QTest::newRow("read-only key may not write") << int(PrimaryReadonly) << QByteArray("POST") << 401;
    QTest::newRow("other read-only key may not write") << int(SecondaryReadonly) << QByteArray("POST") << 401;
    QTest::newRow("wrong key reads") << int(WrongKey) << QByteArray("GET") << 401;
    QTest::newRow("wrong key writes") << int(WrongKey) << QByteArray("POST") << 401;
}

void TestEmuDataPlane::signatures()
{
    QFETCH(int, key);
    QFETCH(QByteArray, method);
    QFETCH(int, status);
    static int n = 0;
    const QByteArray body =
        method == "POST"
            ? QJsonDocument(QJsonObject{{QStringLiteral("id"), QStringLiteral("sigdb%1").arg(++n)}}).toJson()
            : QByteArray();
    const auto r = dp(kLegacy, method, QStringLiteral("/dbs"), KeyChoice(key), body);
    QCOMPARE(r.status, status);
    QVERIFY(!r.header("x-ms-activity-id").isEmpty());
    if (status == 401) {
        QCOMPARE(r.json().value(QStringLiteral("code")).toString(), QStringLiteral("Unauthorized"));
        const QString message = r.json().value(QStringLiteral("message")).toString();
        QVERIFY2(message.startsWith(QLatin1String("The input authorization token can't serve the request.")),
                 qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("Server used the following payload to sign: '%1\\ndbs\\n\\n")
                                     .arg(QString::fromLatin1(method).toLower())));
        QVERIFY(message.contains(QString::fromLatin1(r.header("x-ms-activity-id"))));
        QCOMPARE(r.header("x-ms-substatus"), QByteArray("0"));
        // Never echo a key or the signature.
        QVERIFY(!r.body.contains(key == WrongKey ? wrongKey() : this->key(kLegacy, KeyChoice(key))));
    }
}

void TestEmuDataPlane::clockSkew_data()
{
    QTest::addColumn<int>("offsetSeconds");
    QTest::addColumn<int>("status");
    QTest::newRow("14 minutes behind") << -14 * 60 << 200;
    QTest::newRow("14 minutes ahead") << 14 * 60 << 200;
    QTest::newRow("16 minutes behind") << -16 * 60 << 401;
    QTest::newRow("16 minutes ahead") << 16 * 60 << 401;
    QTest::newRow("a day old") << -86400 << 401;
}

void TestEmuDataPlane::clockSkew()
{
    QFETCH(int, offsetSeconds);
    QFETCH(int, status);
    csc::ManualClock clock(QDateTime::currentDateTimeUtc());
    csc::Clock::setInstance(&clock);
    const auto r =
        dp(kLegacy, "GET", QStringLiteral("/dbs"), Primary, {}, {}, clock.utcNow().addSecs(offsetSeconds));
    QCOMPARE(r.status, status);
    if (status == 401)
        QVERIFY2(r.json()
                     .value(QStringLiteral("message"))
                     .toString()
                     .startsWith(QLatin1String("The authorization token is not valid at the current time.")),
                 r.body.constData());
}

void TestEmuDataPlane::malformedAuthorization_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("subStatus");
    QTest::newRow("missing") << QByteArray() << 401 << QByteArray("5000");
    QTest::newRow("garbage") << QByteArray("Bearer abc") << 401 << QByteArray("5001");
    QTest::newRow("resource token") << MasterKeySigner::encodeToken("type=resource&ver=1&sig=abc;def;") << 401
                                    << QByteArray("0");
    QTest::newRow("aad token") << MasterKeySigner::encodeToken("type=aad&ver=1.0&sig=eyJ0eXAi.e30.sig") << 401
                               << QByteArray("5003");
}

void TestEmuDataPlane::malformedAuthorization()
{
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);
    QFETCH(QByteArray, subStatus);
    QUrl url(m_emu.documentEndpoint(kLegacy));
    url.setPath(QStringLiteral("/dbs"));
    QList<std::pair<QByteArray, QByteArray>> headers{
        {"x-ms-date", MasterKeySigner::httpDate(QDateTime::currentDateTimeUtc()).toLatin1()},
        {"x-ms-version", "2020-07-15"}};
    if (!authorization.isEmpty())
        headers << std::pair{QByteArray("authorization"), authorization};
    const auto r = httpsRequest("GET", url, m_emu.tls().caCertificate, {}, headers);
    QCOMPARE(r.status, status);
    QCOMPARE(r.header("x-ms-substatus"), subStatus);
    QCOMPARE(r.json().value(QStringLiteral("code")).toString(), QStringLiteral("Unauthorized"));
}

void TestEmuDataPlane::localAuthDisabled()
{
    for (const KeyChoice k : {Primary, PrimaryReadonly, WrongKey}) {
        const auto r = dp(kOrders, "GET", QStringLiteral("/"), k);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.header("x-ms-substatus"), QByteArray("5202"));
        QVERIFY(r.json()
                    .value(QStringLiteral("message"))
                    .toString()
                    .startsWith(QLatin1String(
                        "Local Authorization is disabled. Use an AAD token to authorize all requests.")));
    }
    // Resource tokens too.
    const auto r = dp(kOrders, "GET", QStringLiteral("/dbs"), Primary, {},
                      {{"authorization", MasterKeySigner::encodeToken("type=resource&ver=1&sig=abc;def;")}});
    QCOMPARE(r.status, 401);
    QCOMPARE(r.header("x-ms-substatus"), QByteArray("5202"));
}

void TestEmuDataPlane::regeneratedKeyIsRefusedAtOnce()
{
    const QByteArray old = key(kLegacy, Primary);
    QCOMPARE(dp(kLegacy, "GET", QStringLiteral("/dbs"), Primary).status, 200);
    const QString path = QStringLiteral("/subscriptions/%1/resourceGroups/rg-legacy/providers/"
                                        "Microsoft.DocumentDB/databaseAccounts/contoso-legacy/regenerateKey"
                                        "?api-version=2025-10-15")
                             .arg(QLatin1String(DemoSeed::kSubscriptionProduction));
    const auto regen = httpsRequest(
        "POST", QUrl(m_emu.baseUrl().toString() + path), m_emu.tls().caCertificate,
        R"({"keyKind":"primary"})",
        {{"Authorization", "Bearer " + armToken().toLatin1()}, {"Content-Type", "application/json"}});
    QCOMPARE(regen.status, 202);
    QVERIFY(key(kLegacy, Primary) != old);
    QCOMPARE(dpWithKey(kLegacy, "GET", QStringLiteral("/dbs"), old, {}, {}, {}).status, 401);
    QCOMPARE(dp(kLegacy, "GET", QStringLiteral("/dbs"), Primary).status, 200);
    QCOMPARE(dp(kLegacy, "GET", QStringLiteral("/dbs"), Secondary).status, 200);
}

void TestEmuDataPlane::crud()
{
    createDatabaseAndContainer(kLegacy, QStringLiteral("shop"), QStringLiteral("orders"));
    // Duplicate ids.
    auto r = dp(kLegacy, "POST", QStringLiteral("/dbs"), Primary, R"({"id":"shop"})");
    QCOMPARE(r.status, 409);
    QCOMPARE(r.json().value(QStringLiteral("code")).toString(), QStringLiteral("Conflict"));
    // The database and container as the service shows them.
    r = dp(kLegacy, "GET", QStringLiteral("/dbs/shop"), Primary);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("id")).toString(), QStringLiteral("shop"));
    QVERIFY(!r.json().value(QStringLiteral("_rid")).toString().isEmpty());
    QCOMPARE(r.header("etag"), r.json().value(QStringLiteral("_etag")).toString().toUtf8());
    r = dp(kLegacy, "GET", QStringLiteral("/dbs/shop/colls/orders"), PrimaryReadonly);
    QCOMPARE(r.status, 200);
    QCOMPARE(
        r.json().value(QStringLiteral("partitionKey")).toObject().value(QStringLiteral("paths")).toArray(),
        QJsonArray{QStringLiteral("/pk")});
    QVERIFY(r.json().value(QStringLiteral("indexingPolicy")).isObject());

    const QString docs = QStringLiteral("/dbs/shop/colls/orders/docs");
    r = dp(kLegacy, "POST", docs, Primary, R"({"id":"o1","pk":"alice","total":12})",
           {{"x-ms-documentdb-partitionkey", R"(["alice"])"}});
    QCOMPARE(r.status, 201);
    const QJsonObject created = r.json();
    QCOMPARE(created.value(QStringLiteral("total")).toInt(), 12);
    for (const char *p : {"_rid", "_self", "_etag", "_ts", "_attachments"})
        QVERIFY2(created.contains(QLatin1String(p)), p);
    QVERIFY(created.value(QStringLiteral("_self")).toString().endsWith(u'/'));
    // Same id, other partition: a different document. Same id and partition: conflict.
    QCOMPARE(dp(kLegacy, "POST", docs, Primary, R"({"id":"o1","pk":"bob"})",
                {{"x-ms-documentdb-partitionkey", R"(["bob"])"}})
                 .status,
             201);
    QCOMPARE(dp(kLegacy, "POST", docs, Primary, R"({"id":"o1","pk":"alice"})",
                {{"x-ms-documentdb-partitionkey", R"(["alice"])"}})
                 .status,
             409);
    // Header and body disagree.
    r = dp(kLegacy, "POST", docs, Primary, R"({"id":"o2","pk":"alice"})",
           {{"x-ms-documentdb-partitionkey", R"(["bob"])"}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.header("x-ms-substatus"), QByteArray("1001"));
    // Missing id.
    QCOMPARE(dp(kLegacy, "POST", docs, Primary, R"({"pk":"alice"})").status, 400);

    const QString item = docs + QStringLiteral("/o1");
    r = dp(kLegacy, "GET", item, SecondaryReadonly, {}, {{"x-ms-documentdb-partitionkey", R"(["alice"])"}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json(), created);
    QCOMPARE(r.header("etag"), created.value(QStringLiteral("_etag")).toString().toUtf8());
    // A point read needs the partition key.
    QCOMPARE(dp(kLegacy, "GET", item, Primary).status, 400);

    // Replace with a stale etag fails, with the current one succeeds.
    r = dp(kLegacy, "PUT", item, Primary, R"({"id":"o1","pk":"alice","total":20})",
           {{"x-ms-documentdb-partitionkey", R"(["alice"])"}, {"If-Match", "\"stale\""}});
    QCOMPARE(r.status, 412);
    QCOMPARE(r.json().value(QStringLiteral("code")).toString(), QStringLiteral("PreconditionFailed"));
    r = dp(kLegacy, "PUT", item, Primary, R"({"id":"o1","pk":"alice","total":20})",
           {{"x-ms-documentdb-partitionkey", R"(["alice"])"},
            {"If-Match", created.value(QStringLiteral("_etag")).toString().toUtf8()}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("total")).toInt(), 20);
    QVERIFY(r.json().value(QStringLiteral("_etag")) != created.value(QStringLiteral("_etag")));
    QCOMPARE(r.json().value(QStringLiteral("_rid")), created.value(QStringLiteral("_rid")));
    // Upsert replaces an existing document, or creates one.
    QCOMPARE(dp(kLegacy, "POST", docs, Primary, R"({"id":"o1","pk":"alice","total":30})",
                {{"x-ms-documentdb-partitionkey", R"(["alice"])"}, {"x-ms-documentdb-is-upsert", "True"}})
                 .status,
             200);
    QCOMPARE(dp(kLegacy, "POST", docs, Primary, R"({"id":"o3","pk":"carol"})",
                {{"x-ms-documentdb-partitionkey", R"(["carol"])"}, {"x-ms-documentdb-is-upsert", "True"}})
                 .status,
             201);
    // A read-only key may not replace or delete.
    QCOMPARE(
        dp(kLegacy, "DELETE", item, PrimaryReadonly, {}, {{"x-ms-documentdb-partitionkey", R"(["alice"])"}})
            .status,
        401);
    QCOMPARE(
        dp(kLegacy, "DELETE", item, Primary, {}, {{"x-ms-documentdb-partitionkey", R"(["alice"])"}}).status,
        204);
    r = dp(kLegacy, "GET", item, Primary, {}, {{"x-ms-documentdb-partitionkey", R"(["alice"])"}});
    QCOMPARE(r.status, 404);
    QCOMPARE(r.json().value(QStringLiteral("code")).toString(), QStringLiteral("NotFound"));
    QCOMPARE(dp(kLegacy, "GET", QStringLiteral("/dbs/shop/colls/nope/docs"), Primary).status, 404);
    // Deleting the database deletes what is in it.
    QCOMPARE(dp(kLegacy, "DELETE", QStringLiteral("/dbs/shop"), Primary).status, 204);
    QCOMPARE(dp(kLegacy, "GET", QStringLiteral("/dbs/shop/colls/orders"), Primary).status, 404);
    createDatabaseAndContainer(kLegacy, QStringLiteral("shop"), QStringLiteral("orders"));
    r = dp(kLegacy, "GET", docs, Primary);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("_count")).toInt(), 0);
    QCOMPARE(dp(kLegacy, "DELETE", QStringLiteral("/dbs/shop"), Primary).status, 204);
}

void TestEmuDataPlane::feedsPageWithContinuation()
{
    createDatabaseAndContainer(kLegacy, QStringLiteral("paging"), QStringLiteral("items"));
    const QString docs = QStringLiteral("/dbs/paging/colls/items/docs");
    for (int i = 0; i < 7; ++i) {
        const QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("id"), QStringLiteral("i%1").arg(i)},
                                      {QStringLiteral("pk"), QStringLiteral("p%1").arg(i % 2)},
                                      {QStringLiteral("n"), i}})
                .toJson();
        QCOMPARE(dp(kLegacy, "POST", docs, Primary, body).status, 201);
    }
    QStringList ids;
    QByteArray continuation;
    int pages = 0;
    do {
        QList<std::pair<QByteArray, QByteArray>> headers{{"x-ms-max-item-count", "3"}};
        if (!continuation.isEmpty())
            headers << std::pair{QByteArray("x-ms-continuation"), continuation};
        const auto r = dp(kLegacy, "GET", docs, PrimaryReadonly, {}, headers);
        QCOMPARE(r.status, 200);
        const QJsonArray page = r.json().value(QStringLiteral("Documents")).toArray();
        QCOMPARE(r.json().value(QStringLiteral("_count")).toInt(), page.size());
        QCOMPARE(r.header("x-ms-item-count"), QByteArray::number(page.size()));
        for (const QJsonValue &d : page)
            ids << d.toObject().value(QStringLiteral("id")).toString();
        continuation = r.header("x-ms-continuation");
        ++pages;
    } while (!continuation.isEmpty() && pages < 10);
    QCOMPARE(pages, 3);
    QCOMPARE(ids, (QStringList{QStringLiteral("i0"), QStringLiteral("i1"), QStringLiteral("i2"),
                               QStringLiteral("i3"), QStringLiteral("i4"), QStringLiteral("i5"),
                               QStringLiteral("i6")}));
    // A feed of one partition.
    const auto r = dp(kLegacy, "GET", docs, Primary, {}, {{"x-ms-documentdb-partitionkey", R"(["p1"])"}});
    QCOMPARE(r.json().value(QStringLiteral("_count")).toInt(), 3);
    // Lists of databases and containers.
    QVERIFY(dp(kLegacy, "GET", QStringLiteral("/dbs"), Primary)
                .json()
                .value(QStringLiteral("Databases"))
                .toArray()
                .size() >= 1);
    QCOMPARE(dp(kLegacy, "GET", QStringLiteral("/dbs/paging/colls"), Primary)
                 .json()
                 .value(QStringLiteral("DocumentCollections"))
                 .toArray()
                 .size(),
             1);
    QCOMPARE(dp(kLegacy, "GET", docs, Primary, {}, {{"x-ms-continuation", "not-a-token"}}).status, 400);
}

void TestEmuDataPlane::queries_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QJsonArray>("parameters");
    QTest::addColumn<QJsonArray>("expected");
    QTest::addColumn<int>("pageSize");
    QTest::newRow("all ids") << QStringLiteral("SELECT VALUE c.id FROM c") << QJsonArray{}
                             << QJsonArray{QStringLiteral("q1"), QStringLiteral("q2"), QStringLiteral("q3"),
                                           QStringLiteral("q4")}
                             << 2;
    QTest::newRow("equality with a literal")
        << QStringLiteral("SELECT VALUE c.id FROM c WHERE c.colour = 'red'") << QJsonArray{}
        << QJsonArray{QStringLiteral("q1"), QStringLiteral("q3")} << 100;
    QTest::newRow("parameters and AND")
        << QStringLiteral("select value c.id from c where c.colour = @colour and c.size >= @min")
        << QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("@colour")},
                                  {QStringLiteral("value"), QStringLiteral("red")}},
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("@min")},
                                  {QStringLiteral("value"), 3}}}
        << QJsonArray{QStringLiteral("q3")} << 100;
    QTest::newRow("nested property, no match")
        << QStringLiteral("SELECT * FROM c WHERE c.meta.owner = \"nobody\"") << QJsonArray{} << QJsonArray{}
        << 100;
    QTest::newRow("count") << QStringLiteral("SELECT VALUE COUNT(1) FROM c") << QJsonArray{} << QJsonArray{4}
                           << 100;
    QTest::newRow("count with filter") << QStringLiteral("SELECT VALUE COUNT(1) FROM c WHERE c.size < 3")
                                       << QJsonArray{} << QJsonArray{2} << 100;
    QTest::newRow("top") << QStringLiteral("SELECT TOP 2 VALUE c.id FROM c") << QJsonArray{}
                         << QJsonArray{QStringLiteral("q1"), QStringLiteral("q2")} << 100;
    QTest::newRow("order by desc") << QStringLiteral("SELECT VALUE c.id FROM c ORDER BY c.size DESC")
                                   << QJsonArray{}
                                   << QJsonArray{QStringLiteral("q4"), QStringLiteral("q3"),
                                                 QStringLiteral("q2"), QStringLiteral("q1")}
                                   << 3;
    QTest::newRow("projection") << QStringLiteral("SELECT c.id, c.size FROM c WHERE c.id = 'q2'")
                                << QJsonArray{}
                                << QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("q2")},
                                                          {QStringLiteral("size"), 2}}}
                                << 100;
}

void TestEmuDataPlane::queries()
{
    QFETCH(QString, query);
    QFETCH(QJsonArray, parameters);
    QFETCH(QJsonArray, expected);
    QFETCH(int, pageSize);
    static bool seeded = false;
    const QString docs = QStringLiteral("/dbs/q/colls/things/docs");
    if (!seeded) {
        createDatabaseAndContainer(kLegacy, QStringLiteral("q"), QStringLiteral("things"));
        const char *colours[] = {"red", "blue", "red", "green"};
        for (int i = 0; i < 4; ++i) {
            const QByteArray body =
                QJsonDocument(QJsonObject{{QStringLiteral("id"), QStringLiteral("q%1").arg(i + 1)},
                                          {QStringLiteral("pk"), QStringLiteral("x")},
                                          {QStringLiteral("colour"), QLatin1String(colours[i])},
                                          {QStringLiteral("size"), i + 1}})
                    .toJson();
            QCOMPARE(dp(kLegacy, "POST", docs, Primary, body).status, 201);
        }
        seeded = true;
    }
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("query"), query},
                                                      {QStringLiteral("parameters"), parameters}})
                                .toJson();
    QJsonArray got;
    QByteArray continuation;
    int pages = 0;
    do {
        QList<std::pair<QByteArray, QByteArray>> headers{
            {"Content-Type", "application/query+json"},
            {"x-ms-documentdb-isquery", "True"},
            {"x-ms-documentdb-query-enablecrosspartition", "True"},
            {"x-ms-max-item-count", QByteArray::number(pageSize)}};
        if (!continuation.isEmpty())
            headers << std::pair{QByteArray("x-ms-continuation"), continuation};
        // Queries are reads: a read-only key may run them.
        const auto r = dp(kLegacy, "POST", docs, SecondaryReadonly, body, headers);
        QCOMPARE(r.status, 200);
        for (const QJsonValue &v : r.json().value(QStringLiteral("Documents")).toArray())
            got.append(v);
        continuation = r.header("x-ms-continuation");
        ++pages;
    } while (!continuation.isEmpty() && pages < 10);
    QCOMPARE(got, expected);
    if (pageSize < expected.size())
        QVERIFY(pages > 1);
}

void TestEmuDataPlane::queryPlanAndUnsupportedQueries()
{
    createDatabaseAndContainer(kLegacy, QStringLiteral("plan"), QStringLiteral("c1"));
    const QString docs = QStringLiteral("/dbs/plan/colls/c1/docs");
    const QList<std::pair<QByteArray, QByteArray>> planHeaders{
        {"Content-Type", "application/query+json"},
        {"x-ms-documentdb-isquery", "True"},
        {"x-ms-cosmos-is-query-plan-request", "True"},
        {"x-ms-cosmos-supported-query-features", "Aggregate, CompositeAggregate, Distinct, MultipleOrderBy, "
                                                 "OffsetAndLimit, OrderBy, Top"}};
    auto r =
        dp(kLegacy, "POST", docs, Primary, R"({"query":"SELECT TOP 5 * FROM c WHERE c.a = 1"})", planHeaders);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("partitionedQueryExecutionInfoVersion")).toInt(), 2);
    const QJsonObject info = r.json().value(QStringLiteral("queryInfo")).toObject();
    QCOMPARE(info.value(QStringLiteral("top")).toInt(), 5);
    QCOMPARE(info.value(QStringLiteral("orderBy")).toArray(), QJsonArray{});
    const QJsonArray ranges = r.json().value(QStringLiteral("queryRanges")).toArray();
    QCOMPARE(ranges.size(), 1);
    QCOMPARE(ranges[0].toObject().value(QStringLiteral("max")).toString(), QStringLiteral("FF"));

    const QList<std::pair<QByteArray, QByteArray>> queryHeaders{{"Content-Type", "application/query+json"},
                                                                {"x-ms-documentdb-isquery", "True"}};
    for (const char *q : {"SELECT * FROM c JOIN t IN c.tags", "SELECT * FROM c WHERE c.a = 1 OR c.b = 2",
                          "DELETE FROM c", "SELECT * FROM c WHERE c.a = @missing"}) {
        r = dp(kLegacy, "POST", docs, Primary,
               QJsonDocument(QJsonObject{{QStringLiteral("query"), QLatin1String(q)}}).toJson(),
               queryHeaders);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(QStringLiteral("code")).toString(), QStringLiteral("BadRequest"));
        QVERIFY(r.json().value(QStringLiteral("message")).toString().contains(QLatin1String("SC1001")));
    }
}

void TestEmuDataPlane::partitionKeyRanges()
{
    createDatabaseAndContainer(kLegacy, QStringLiteral("ranges"), QStringLiteral("c1"));
    auto r = dp(kLegacy, "GET", QStringLiteral("/dbs/ranges/colls/c1/pkranges"), PrimaryReadonly);
    QCOMPARE(r.status, 200);
    const QJsonArray list = r.json().value(QStringLiteral("PartitionKeyRanges")).toArray();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list[0].toObject().value(QStringLiteral("id")).toString(), QStringLiteral("0"));
    QCOMPARE(list[0].toObject().value(QStringLiteral("minInclusive")).toString(), QString());
    QCOMPARE(list[0].toObject().value(QStringLiteral("maxExclusive")).toString(), QStringLiteral("FF"));
    QVERIFY(!r.header("etag").isEmpty());
    // Asked again with the etag: nothing changed.
    r = dp(kLegacy, "GET", QStringLiteral("/dbs/ranges/colls/c1/pkranges"), Primary, {},
           {{"If-None-Match", r.header("etag")}, {"A-IM", "Incremental feed"}});
    QCOMPARE(r.status, 304);
    QCOMPARE(dp(kLegacy, "GET", QStringLiteral("/dbs/ranges/colls/none/pkranges"), Primary).status, 404);
}

void TestEmuDataPlane::keyBasedMetadataWritesDisabled()
{
    createDatabaseAndContainer(kLegacy, QStringLiteral("m"), QStringLiteral("c1"));
    const auto setFlag = [this](bool on) {
        auto acct = m_emu.store()->accountByName(kLegacy);
        QJsonObject props = acct->resource.value(QStringLiteral("properties")).toObject();
        props.insert(QStringLiteral("disableKeyBasedMetadataWriteAccess"), on);
        acct->resource.insert(QStringLiteral("properties"), props);
        return m_emu.store()->putAccount(*acct).ok();
    };
    QVERIFY(setFlag(true));
    auto r = dp(kLegacy, "POST", QStringLiteral("/dbs"), Primary, R"({"id":"m2"})");
    QCOMPARE(r.status, 403);
    QCOMPARE(r.header("x-ms-substatus"), QByteArray("5300"));
    QVERIFY(r.json()
                .value(QStringLiteral("message"))
                .toString()
                .startsWith(QLatin1String(
                    "Operation 'POST' on resource 'dbs' is not allowed through Azure Cosmos DB endpoint.")));
    QCOMPARE(dp(kLegacy, "DELETE", QStringLiteral("/dbs/m/colls/c1"), Primary).status, 403);
    // Data is still writable with keys; metadata readable.
    QCOMPARE(dp(kLegacy, "POST", QStringLiteral("/dbs/m/colls/c1/docs"), Primary, R"({"id":"d1","pk":"a"})")
                 .status,
             201);
    QCOMPARE(dp(kLegacy, "GET", QStringLiteral("/dbs/m/colls"), Primary).status, 200);
    QVERIFY(setFlag(false));
    QCOMPARE(dp(kLegacy, "DELETE", QStringLiteral("/dbs/m"), Primary).status, 204);
}

QTEST_GUILESS_MAIN(TestEmuDataPlane)
#include "tst_emudataplane.moc"
