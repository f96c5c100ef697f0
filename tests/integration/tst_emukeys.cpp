// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "SyncHttps.h"
#include "core/Clock.h"
#include "emulator/DemoSeed.h"
#include "emulator/Emulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
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
constexpr int kDelayMs = 60000; // operations complete only when the test moves the clock

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

QString errorCode(const HttpsReply &r)
{
    return r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

QString errorMessage(const HttpsReply &r)
{
    return r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
}

} // namespace

class TestEmuKeys : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void regenerateKeyIsLongRunning_data();
    void regenerateKeyIsLongRunning();
    void regenerateKeyRejectsBadBodies_data();
    void regenerateKeyRejectsBadBodies();
    void keyListsAndConnectionStrings();
    void rbac_data();
    void rbac();
    void patchIsLongRunning();
    void patchValidates_data();
    void patchValidates();
    void operationStatusAccess();
    void operationsSurviveARestart();

private:
    static QString tokenFor(const Emulator &emu, Who who);
    QString token(Who who);
    HttpsReply call(Who who, const QByteArray &method, const QString &pathAndQuery,
                    const QByteArray &body = {});
    HttpsReply get(Who who, const QByteArray &absoluteUrl);
    QJsonObject keys(const QString &sub, const QString &rg, const QString &name);

    QTemporaryDir m_dir;
    Emulator m_emu;
    QHash<int, QString> m_tokens;
    std::unique_ptr<csc::ManualClock> m_clock;
};

void TestEmuKeys::initTestCase()
{
    EmulatorOptions o;
    o.dataDir = m_dir.filePath(QStringLiteral("data"));
    o.seed = QStringLiteral("demo");
    o.lroDelayMs = kDelayMs;
    const auto started = m_emu.start(o);
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
    QCOMPARE(m_emu.readyInfo().value(QStringLiteral("lroDelayMs")).toInt(), kDelayMs);
}

void TestEmuKeys::init()
{
    for (int who = Owner; who <= NoAccess; ++who)
        token(Who(who)); // fetched with the real clock
    m_clock = std::make_unique<csc::ManualClock>(QDateTime::currentDateTimeUtc());
    csc::Clock::setInstance(m_clock.get());
}

void TestEmuKeys::cleanup()
{
    csc::Clock::setInstance(nullptr);
    m_clock.reset();
}

QString TestEmuKeys::token(Who who)
{
    if (m_tokens.contains(who))
        return m_tokens.value(who);
    const QString t = tokenFor(m_emu, who);
    if (!t.isEmpty())
        m_tokens.insert(who, t);
    return t;
}

QString TestEmuKeys::tokenFor(const Emulator &emu, Who who)
{
    const auto &p = DemoSeed::kPrincipals[who];
    const QByteArray body = "client_id=" + QByteArray(p.clientId) +
                            "&client_secret=" + QUrl::toPercentEncoding(QLatin1String(p.secret)) +
                            "&grant_type=client_credentials&scope=" +
                            QUrl::toPercentEncoding(emu.baseUrl().toString() + QStringLiteral("/.default"));
    const auto r = httpsRequest(
        "POST", QUrl(emu.baseUrl().toString() + u'/' + kTenant + QStringLiteral("/oauth2/v2.0/token")),
        emu.tls().caCertificate, body, {{"Content-Type", "application/x-www-form-urlencoded"}});
    return r.json().value(QStringLiteral("access_token")).toString();
}

HttpsReply TestEmuKeys::call(Who who, const QByteArray &method, const QString &pathAndQuery,
                             const QByteArray &body)
{
    QList<std::pair<QByteArray, QByteArray>> headers{{"Authorization", "Bearer " + token(who).toLatin1()}};
    if (!body.isEmpty())
        headers << std::pair{QByteArray("Content-Type"), QByteArray("application/json")};
    return httpsRequest(method, QUrl(m_emu.baseUrl().toString() + pathAndQuery), m_emu.tls().caCertificate,
                        body, headers);
}

HttpsReply TestEmuKeys::get(Who who, const QByteArray &absoluteUrl)
{
    return httpsRequest("GET", QUrl::fromEncoded(absoluteUrl), m_emu.tls().caCertificate, {},
                        {{"Authorization", "Bearer " + token(who).toLatin1()}});
}

QJsonObject TestEmuKeys::keys(const QString &sub, const QString &rg, const QString &name)
{
    return call(Owner, "POST", accountPath(sub, rg, name, QStringLiteral("listKeys")) + u'?' + kApi).json();
}

void TestEmuKeys::regenerateKeyIsLongRunning_data()
{
    QTest::addColumn<QString>("keyKind");
    QTest::addColumn<QString>("field");
    QTest::newRow("primary") << QStringLiteral("primary") << QStringLiteral("primaryMasterKey");
    QTest::newRow("secondary") << QStringLiteral("secondary") << QStringLiteral("secondaryMasterKey");
    QTest::newRow("primaryReadonly") << QStringLiteral("primaryReadonly")
                                     << QStringLiteral("primaryReadonlyMasterKey");
    QTest::newRow("secondaryReadonly")
        << QStringLiteral("secondaryReadonly") << QStringLiteral("secondaryReadonlyMasterKey");
}

void TestEmuKeys::regenerateKeyIsLongRunning()
{
    QFETCH(QString, keyKind);
    QFETCH(QString, field);
    const QString rg = QStringLiteral("rg-legacy");
    const QString name = QStringLiteral("contoso-legacy");
    const QJsonObject before = keys(kProd, rg, name);
    QCOMPARE(before.size(), 4);
    const QJsonObject metaBefore = call(Owner, "GET", accountPath(kProd, rg, name) + u'?' + kApi)
                                       .json()
                                       .value(QStringLiteral("properties"))
                                       .toObject()
                                       .value(QStringLiteral("keysMetadata"))
                                       .toObject();

    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("keyKind"), keyKind}}).toJson();
    const auto r = call(Owner, "POST",
                        accountPath(kProd, rg, name, QStringLiteral("regenerateKey")) + u'?' + kApi, body);
    QCOMPARE(r.status, 202);
    QVERIFY(r.body.isEmpty());
    QCOMPARE(r.header("Retry-After"), QByteArray::number(kDelayMs / 1000));
    const QByteArray async = r.header("Azure-AsyncOperation");
    const QByteArray location = r.header("Location");
    const QRegularExpression shape(
        QStringLiteral("^%1/subscriptions/%2/providers/Microsoft\\.DocumentDB/locations/westeurope/"
                       "(operationsStatus|operationResults)/([0-9a-f-]{36})\\?api-version=2025-10-15$")
            .arg(QRegularExpression::escape(m_emu.baseUrl().toString()), kProd));
    const auto asyncMatch = shape.match(QString::fromLatin1(async));
    const auto locationMatch = shape.match(QString::fromLatin1(location));
    QVERIFY2(asyncMatch.hasMatch(), async.constData());
    QVERIFY2(locationMatch.hasMatch(), location.constData());
    QCOMPARE(asyncMatch.captured(1), QStringLiteral("operationsStatus"));
    QCOMPARE(locationMatch.captured(1), QStringLiteral("operationResults"));
    QCOMPARE(asyncMatch.captured(2), locationMatch.captured(2));

    // Running: the status is not terminal, the result URL answers 202, the key is unchanged.
    auto status = get(Owner, async);
    QCOMPARE(status.status, 200);
    QCOMPARE(status.json().value(QStringLiteral("status")).toString(), QStringLiteral("Enqueued"));
    QCOMPARE(status.json().value(QStringLiteral("name")).toString(), asyncMatch.captured(2));
    QVERIFY(!status.json().contains(QStringLiteral("endTime")));
    auto result = get(Owner, location);
    QCOMPARE(result.status, 202);
    QCOMPARE(result.header("Location"), location);
    QVERIFY(!result.header("Retry-After").isEmpty());
    QCOMPARE(keys(kProd, rg, name), before);

    m_clock->advance(kDelayMs / 4000 + 1); // a quarter of the way: being worked on
    status = get(Owner, async);
    QCOMPARE(status.json().value(QStringLiteral("status")).toString(), QStringLiteral("InProgress"));
    QVERIFY(status.json().value(QStringLiteral("percentComplete")).toInt() >= 25);

    m_clock->advance(kDelayMs / 1000);
    status = get(Owner, async);
    QCOMPARE(status.json().value(QStringLiteral("status")).toString(), QStringLiteral("Succeeded"));
    QCOMPARE(status.json().value(QStringLiteral("percentComplete")).toInt(), 100);
    QVERIFY(status.json().contains(QStringLiteral("endTime")));
    QVERIFY(status.header("Retry-After").isEmpty());
    result = get(Owner, location);
    QCOMPARE(result.status, 204);

    const QJsonObject after = keys(kProd, rg, name);
    for (const QString &k : before.keys()) {
        if (k == field) {
            QVERIFY(after.value(k).toString() != before.value(k).toString());
            QCOMPARE(QByteArray::fromBase64(after.value(k).toString().toLatin1()).size(), 64);
        } else {
            QCOMPARE(after.value(k).toString(), before.value(k).toString());
        }
    }
    const QJsonObject metaAfter = call(Owner, "GET", accountPath(kProd, rg, name) + u'?' + kApi)
                                      .json()
                                      .value(QStringLiteral("properties"))
                                      .toObject()
                                      .value(QStringLiteral("keysMetadata"))
                                      .toObject();
    for (const QString &k : metaBefore.keys()) {
        const QString t = metaAfter.value(k).toObject().value(QStringLiteral("generationTime")).toString();
        if (k == field)
            QCOMPARE(t, m_clock->utcNow().toString(Qt::ISODate));
        else
            QCOMPARE(t, metaBefore.value(k).toObject().value(QStringLiteral("generationTime")).toString());
    }
}

void TestEmuKeys::regenerateKeyRejectsBadBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::newRow("unknown kind") << QByteArray(R"({"keyKind":"tertiary"})") << QStringLiteral("BadRequest");
    QTest::newRow("missing kind") << QByteArray(R"({"kind":"primary"})") << QStringLiteral("BadRequest");
    QTest::newRow("number") << QByteArray(R"({"keyKind":1})") << QStringLiteral("BadRequest");
    QTest::newRow("not json") << QByteArray("keyKind=primary") << QStringLiteral("InvalidRequestContent");
}

void TestEmuKeys::regenerateKeyRejectsBadBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    const QString path = accountPath(kProd, QStringLiteral("rg-legacy"), QStringLiteral("contoso-legacy"),
                                     QStringLiteral("regenerateKey"));
    const QJsonObject before = keys(kProd, QStringLiteral("rg-legacy"), QStringLiteral("contoso-legacy"));
    const auto r = call(Owner, "POST", path + u'?' + kApi, body);
    QCOMPARE(r.status, 400);
    QCOMPARE(errorCode(r), code);
    QVERIFY(!errorMessage(r).isEmpty());
    QVERIFY(r.header("Azure-AsyncOperation").isEmpty());
    QCOMPARE(keys(kProd, QStringLiteral("rg-legacy"), QStringLiteral("contoso-legacy")), before);
    if (body.contains("tertiary"))
        QVERIFY(errorMessage(r).contains(QLatin1String("tertiary")));
}

void TestEmuKeys::keyListsAndConnectionStrings()
{
    const QString rg = QStringLiteral("rg-catalog");
    const QString name = QStringLiteral("contoso-catalog");
    const QJsonObject all = keys(kProd, rg, name);
    auto r = call(CosmosReader, "POST",
                  accountPath(kProd, rg, name, QStringLiteral("readonlykeys")) + u'?' + kApi);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json(), (QJsonObject{{QStringLiteral("primaryReadonlyMasterKey"),
                                     all.value(QStringLiteral("primaryReadonlyMasterKey"))},
                                    {QStringLiteral("secondaryReadonlyMasterKey"),
                                     all.value(QStringLiteral("secondaryReadonlyMasterKey"))}}));
    r = call(Owner, "POST",
             accountPath(kProd, rg, name, QStringLiteral("listConnectionStrings")) + u'?' + kApi);
    QCOMPARE(r.status, 200);
    const QJsonArray cs = r.json().value(QStringLiteral("connectionStrings")).toArray();
    QCOMPARE(cs.size(), 4);
    const QString endpoint = call(Owner, "GET", accountPath(kProd, rg, name) + u'?' + kApi)
                                 .json()
                                 .value(QStringLiteral("properties"))
                                 .toObject()
                                 .value(QStringLiteral("documentEndpoint"))
                                 .toString();
    QCOMPARE(cs[0].toObject().value(QStringLiteral("connectionString")).toString(),
             QStringLiteral("AccountEndpoint=%1;AccountKey=%2;")
                 .arg(endpoint, all.value(QStringLiteral("primaryMasterKey")).toString()));
    QCOMPARE(cs[0].toObject().value(QStringLiteral("keyKind")).toString(), QStringLiteral("Primary"));
    QCOMPARE(cs[3].toObject().value(QStringLiteral("keyKind")).toString(),
             QStringLiteral("SecondaryReadonly"));
    QCOMPARE(cs[3].toObject().value(QStringLiteral("type")).toString(), QStringLiteral("Sql"));
    // GET is not an action of these.
    QCOMPARE(call(Owner, "GET", accountPath(kProd, rg, name, QStringLiteral("regenerateKey")) + u'?' + kApi)
                 .status,
             405);
}

void TestEmuKeys::rbac_data()
{
    QTest::addColumn<int>("who");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("action"); ///< named in the 403 message

    const QString legacy = accountPath(kProd, QStringLiteral("rg-legacy"), QStringLiteral("contoso-legacy"));
    const QString payments =
        accountPath(kProd, QStringLiteral("rg-orders"), QStringLiteral("contoso-payments"));
    const QString ns = QStringLiteral("Microsoft.DocumentDB/databaseAccounts/");
    const QByteArray regen = R"({"keyKind":"secondaryReadonly"})";
    const QByteArray patch = R"({"properties":{"disableKeyBasedMetadataWriteAccess":false}})";

    QTest::newRow("reader listKeys") << int(Reader) << QByteArray("POST")
                                     << legacy + QStringLiteral("/listKeys") << QByteArray() << 403
                                     << ns + QStringLiteral("listKeys/action");
    QTest::newRow("reader listConnectionStrings")
        << int(Reader) << QByteArray("POST") << legacy + QStringLiteral("/listConnectionStrings")
        << QByteArray() << 403 << ns + QStringLiteral("listConnectionStrings/action");
    QTest::newRow("reader regenerateKey")
        << int(Reader) << QByteArray("POST") << legacy + QStringLiteral("/regenerateKey") << regen << 403
        << ns + QStringLiteral("regenerateKey/action");
    QTest::newRow("reader POST readonlykeys")
        << int(Reader) << QByteArray("POST") << legacy + QStringLiteral("/readonlykeys") << QByteArray()
        << 403 << ns + QStringLiteral("readonlykeys/action");
    QTest::newRow("reader PATCH") << int(Reader) << QByteArray("PATCH") << legacy << patch << 403
                                  << ns + QStringLiteral("write");
    QTest::newRow("account reader POST readonlykeys")
        << int(CosmosReader) << QByteArray("POST") << legacy + QStringLiteral("/readonlykeys") << QByteArray()
        << 200 << QString();
    QTest::newRow("account reader listKeys")
        << int(CosmosReader) << QByteArray("POST") << legacy + QStringLiteral("/listKeys") << QByteArray()
        << 403 << ns + QStringLiteral("listKeys/action");
    QTest::newRow("account reader regenerateKey")
        << int(CosmosReader) << QByteArray("POST") << legacy + QStringLiteral("/regenerateKey") << regen
        << 403 << ns + QStringLiteral("regenerateKey/action");
    QTest::newRow("operator listKeys")
        << int(CosmosOperator) << QByteArray("POST") << legacy + QStringLiteral("/listKeys") << QByteArray()
        << 403 << ns + QStringLiteral("listKeys/action");
    QTest::newRow("operator readonlykeys")
        << int(CosmosOperator) << QByteArray("POST") << legacy + QStringLiteral("/readonlykeys")
        << QByteArray() << 403 << ns + QStringLiteral("readonlykeys/action");
    QTest::newRow("operator listConnectionStrings")
        << int(CosmosOperator) << QByteArray("POST") << legacy + QStringLiteral("/listConnectionStrings")
        << QByteArray() << 403 << ns + QStringLiteral("listConnectionStrings/action");
    QTest::newRow("operator regenerateKey")
        << int(CosmosOperator) << QByteArray("POST") << legacy + QStringLiteral("/regenerateKey") << regen
        << 403 << ns + QStringLiteral("regenerateKey/action");
    QTest::newRow("operator PATCH") << int(CosmosOperator) << QByteArray("PATCH") << legacy << patch << 200
                                    << QString();
    QTest::newRow("no access regenerateKey")
        << int(NoAccess) << QByteArray("POST") << legacy + QStringLiteral("/regenerateKey") << regen << 403
        << ns + QStringLiteral("regenerateKey/action");
    QTest::newRow("contributor of another subscription")
        << int(Contributor) << QByteArray("POST") << legacy + QStringLiteral("/regenerateKey") << regen << 403
        << ns + QStringLiteral("regenerateKey/action");
    QTest::newRow("resource-group DocumentDB Account Contributor regenerateKey")
        << int(CosmosContributor) << QByteArray("POST") << payments + QStringLiteral("/regenerateKey")
        << regen << 202 << QString();
    QTest::newRow("resource-group DocumentDB Account Contributor, other group")
        << int(CosmosContributor) << QByteArray("POST") << legacy + QStringLiteral("/regenerateKey") << regen
        << 403 << ns + QStringLiteral("regenerateKey/action");
}

void TestEmuKeys::rbac()
{
    QFETCH(int, who);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, action);
    const auto r = call(Who(who), method, path + u'?' + kApi, body);
    QCOMPARE(r.status, status);
    if (status != 403)
        return;
    QCOMPARE(errorCode(r), QStringLiteral("AuthorizationFailed"));
    const QString scope = path.section(u'/', 0, 8);
    QCOMPARE(
        errorMessage(r),
        QStringLiteral("The client '%1' with object id '%1' does not have authorization to perform action "
                       "'%2' over scope '%3' or the scope is invalid. If access was recently granted, please "
                       "refresh your credentials.")
            .arg(QLatin1String(DemoSeed::kPrincipals[who].objectId), action, scope));
    QVERIFY(r.header("Azure-AsyncOperation").isEmpty());
}

void TestEmuKeys::patchIsLongRunning()
{
    const QString rg = QStringLiteral("rg-legacy");
    const QString name = QStringLiteral("contoso-legacy");
    const QString path = accountPath(kProd, rg, name) + u'?' + kApi;
    QCOMPARE(call(Owner, "GET", path)
                 .json()
                 .value(QStringLiteral("properties"))
                 .toObject()
                 .value(QStringLiteral("disableLocalAuth")),
             QJsonValue(false));
    auto r = call(Owner, "PATCH", path, R"({"properties":{"disableLocalAuth":true}})");
    QCOMPARE(r.status, 200);
    QJsonObject props = r.json().value(QStringLiteral("properties")).toObject();
    QCOMPARE(props.value(QStringLiteral("provisioningState")).toString(), QStringLiteral("Updating"));
    QCOMPARE(props.value(QStringLiteral("disableLocalAuth")).toBool(), false);
    const QByteArray async = r.header("Azure-AsyncOperation");
    QVERIFY2(async.contains("/providers/Microsoft.DocumentDB/locations/westeurope/operationsStatus/"),
             async.constData());
    QVERIFY(!r.header("Retry-After").isEmpty());

    // Meanwhile the account says Updating and keeps its old value.
    props = call(Reader, "GET", path).json().value(QStringLiteral("properties")).toObject();
    QCOMPARE(props.value(QStringLiteral("provisioningState")).toString(), QStringLiteral("Updating"));
    QCOMPARE(props.value(QStringLiteral("disableLocalAuth")).toBool(), false);
    QCOMPARE(get(Owner, async).json().value(QStringLiteral("status")).toString(), QStringLiteral("Enqueued"));

    m_clock->advance(kDelayMs / 1000);
    const auto status = get(Owner, async);
    QCOMPARE(status.json().value(QStringLiteral("status")).toString(), QStringLiteral("Succeeded"));
    props = call(Reader, "GET", path).json().value(QStringLiteral("properties")).toObject();
    QCOMPARE(props.value(QStringLiteral("provisioningState")).toString(), QStringLiteral("Succeeded"));
    QCOMPARE(props.value(QStringLiteral("disableLocalAuth")).toBool(), true);
    // The operation's result is the account.
    QByteArray results = async;
    results.replace("/operationsStatus/", "/operationResults/");
    const auto result = get(Owner, results);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json().value(QStringLiteral("name")).toString(), name);

    // And back, with the other setting.
    r = call(Owner, "PATCH", path,
             R"({"properties":{"disableLocalAuth":false,"disableKeyBasedMetadataWriteAccess":true}})");
    QCOMPARE(r.status, 200);
    m_clock->advance(kDelayMs / 1000);
    QCOMPARE(get(Owner, r.header("Azure-AsyncOperation")).json().value(QStringLiteral("status")).toString(),
             QStringLiteral("Succeeded"));
    props = call(Owner, "GET", path).json().value(QStringLiteral("properties")).toObject();
    QCOMPARE(props.value(QStringLiteral("disableLocalAuth")).toBool(), false);
    QCOMPARE(props.value(QStringLiteral("disableKeyBasedMetadataWriteAccess")).toBool(), true);
}

void TestEmuKeys::patchValidates_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("string for a boolean") << QByteArray(R"({"properties":{"disableLocalAuth":"true"}})")
                                          << 400 << QStringLiteral("disableLocalAuth");
    QTest::newRow("null for a boolean")
        << QByteArray(R"({"properties":{"disableKeyBasedMetadataWriteAccess":null}})") << 400
        << QStringLiteral("disableKeyBasedMetadataWriteAccess");
    QTest::newRow("unknown property") << QByteArray(R"({"properties":{"disableEverything":true}})") << 400
                                      << QStringLiteral("disableEverything");
    QTest::newRow("unsupported property")
        << QByteArray(R"({"properties":{"enableFreeTier":true}})") << 400 << QStringLiteral("enableFreeTier");
    QTest::newRow("unknown top-level member")
        << QByteArray(R"({"sku":{"name":"x"}})") << 400 << QStringLiteral("sku");
    QTest::newRow("properties not an object")
        << QByteArray(R"({"properties":[]})") << 400 << QStringLiteral("properties");
    QTest::newRow("other location") << QByteArray(R"({"location":"West US"})") << 400
                                    << QStringLiteral("West US");
    QTest::newRow("read-only keysMetadata is ignored")
        << QByteArray(
               R"({"properties":{"keysMetadata":{"primaryMasterKey":{"generationTime":"2000-01-01T00:00:00Z"}}}})")
        << 200 << QString();
}

void TestEmuKeys::patchValidates()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, mentions);
    const QString path =
        accountPath(kProd, QStringLiteral("rg-catalog"), QStringLiteral("contoso-catalog")) + u'?' + kApi;
    const QJsonObject before = call(Owner, "GET", path).json();
    const auto r = call(Owner, "PATCH", path, body);
    QCOMPARE(r.status, status);
    if (status == 400) {
        QCOMPARE(errorCode(r), QStringLiteral("BadRequest"));
        QVERIFY2(errorMessage(r).contains(mentions), qPrintable(errorMessage(r)));
        QVERIFY(r.header("Azure-AsyncOperation").isEmpty());
        QCOMPARE(call(Owner, "GET", path).json(), before);
        return;
    }
    m_clock->advance(kDelayMs / 1000);
    QCOMPARE(get(Owner, r.header("Azure-AsyncOperation")).json().value(QStringLiteral("status")).toString(),
             QStringLiteral("Succeeded"));
    QCOMPARE(call(Owner, "GET", path)
                 .json()
                 .value(QStringLiteral("properties"))
                 .toObject()
                 .value(QStringLiteral("keysMetadata")),
             before.value(QStringLiteral("properties")).toObject().value(QStringLiteral("keysMetadata")));
}

void TestEmuKeys::operationStatusAccess()
{
    const QString path = accountPath(kProd, QStringLiteral("rg-orders"), QStringLiteral("contoso-orders"),
                                     QStringLiteral("regenerateKey"));
    const auto r = call(Owner, "POST", path + u'?' + kApi, R"({"keyKind":"secondary"})");
    QCOMPARE(r.status, 202);
    const QByteArray async = r.header("Azure-AsyncOperation");
    // Someone who may read the account may follow it; someone without any role may not.
    QCOMPARE(get(Reader, async).status, 200);
    const auto refused = get(NoAccess, async);
    QCOMPARE(refused.status, 403);
    QCOMPARE(errorCode(refused), QStringLiteral("AuthorizationFailed"));
    QVERIFY(errorMessage(refused).contains(
        QLatin1String("Microsoft.DocumentDB/locations/operationsStatus/read")));
    // Unknown operation, other region, other method.
    QByteArray unknown = async;
    unknown.replace(unknown.indexOf("operationsStatus/") + 17, 36, "00000000-0000-4000-8000-000000000000");
    QCOMPARE(get(Owner, unknown).status, 404);
    QByteArray region = async;
    region.replace("/locations/westus/", "/locations/eastus/");
    QCOMPARE(get(Owner, region).status, 404);
    QCOMPARE(httpsRequest("DELETE", QUrl::fromEncoded(async), m_emu.tls().caCertificate, {},
                          {{"Authorization", "Bearer " + token(Owner).toLatin1()}})
                 .status,
             405);
}

void TestEmuKeys::operationsSurviveARestart()
{
    QTemporaryDir dir;
    EmulatorOptions o;
    o.dataDir = dir.filePath(QStringLiteral("data"));
    o.seed = QStringLiteral("demo");
    o.lroDelayMs = kDelayMs;
    o.alsoSecondary = false;
    const QString account = QStringLiteral("contoso-legacy");
    QString before;
    {
        Emulator first;
        QVERIFY(first.start(o).ok());
        before = first.store()->accountKeys(account)->primaryReadonlyMasterKey;
        const auto r = httpsRequest(
            "POST",
            QUrl(first.baseUrl().toString() +
                 accountPath(kProd, QStringLiteral("rg-legacy"), account, QStringLiteral("regenerateKey")) +
                 u'?' + kApi),
            first.tls().caCertificate, R"({"keyKind":"primaryReadonly"})",
            {{"Authorization", "Bearer " + tokenFor(first, Owner).toLatin1()},
             {"Content-Type", "application/json"}});
        QCOMPARE(r.status, 202);
        QCOMPARE(first.store()->pendingOperations().size(), 1);
    } // stopped while the operation runs
    m_clock->advance(kDelayMs / 1000 + 1);
    Emulator second;
    QVERIFY(second.start(o).ok());
    QVERIFY(second.store()->pendingOperations().isEmpty());
    QVERIFY(second.store()->accountKeys(account)->primaryReadonlyMasterKey != before);
}

QTEST_GUILESS_MAIN(TestEmuKeys)
#include "tst_emukeys.moc"
