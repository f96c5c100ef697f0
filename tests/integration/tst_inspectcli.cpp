// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
// `cosmos-security-console inspect`: the real executable, its output and exit statuses; --verify against the
// local cloud over HTTPS.
#include "LocalCloudFixture.h"
#include "core/MasterKeySigner.h"
#include "emulator/DemoSeed.h"
#include "inspect/Base64Url.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace csc;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

QString consolePath()
{
    return qEnvironmentVariable("CSC_BINARY_DIR") + QStringLiteral("/cosmos-security-console");
}

Run run(const QStringList &args, const QByteArray &stdinBytes = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(consolePath(), QStringList{QStringLiteral("inspect")} + args);
    if (!p.waitForStarted(10000))
        return {};
    p.write(stdinBytes);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QByteArray jwtWith(const QJsonObject &header, const QJsonObject &payload,
                   const QByteArray &signature = "c2ln")
{
    return Base64Url::encode(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
           Base64Url::encode(QJsonDocument(payload).toJson(QJsonDocument::Compact)) + '.' + signature;
}

/// A v2 app token shaped like Entra's, valid 2026-11-29 09:00 → 10:00 UTC.
QByteArray sampleJwt()
{
    const QJsonObject header{{QStringLiteral("typ"), QStringLiteral("JWT")},
                             {QStringLiteral("alg"), QStringLiteral("RS256")},
                             {QStringLiteral("kid"), QStringLiteral("kid-1")}};
    const qint64 iat = QDateTime(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC).toSecsSinceEpoch();
    const QJsonObject payload{
        {QStringLiteral("aud"), QStringLiteral("https://cosmos.azure.com")},
        {QStringLiteral("iss"),
         QStringLiteral("https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0")},
        {QStringLiteral("iat"), double(iat)},
        {QStringLiteral("nbf"), double(iat)},
        {QStringLiteral("exp"), double(iat + 3600)},
        {QStringLiteral("tid"), QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47")},
        {QStringLiteral("oid"), QStringLiteral("0b1ec700-0000-4000-8000-000000000001")},
        {QStringLiteral("azp"), QStringLiteral("de300001-0000-4000-8000-00000000c11e")},
        {QStringLiteral("idtyp"), QStringLiteral("app")},
        {QStringLiteral("ver"), QStringLiteral("2.0")}};
    return jwtWith(header, payload, "dGhpcy1pcy1ub3QtYS1yZWFsLXNpZ25hdHVyZQ");
}

} // namespace

class TestInspectCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void validJwtText();
    void validJwtJson();
    void expiredIsInvalid();
    void fileArgument();
    void unreadable_data();
    void unreadable();
    void usageErrors_data();
    void usageErrors();
    void secretsNeverPrinted_data();
    void secretsNeverPrinted();
    void help();
    void verifyAgainstLocalCloud();

private:
    QTemporaryDir m_dir;
};

void TestInspectCli::initTestCase()
{
    QVERIFY2(QFile::exists(consolePath()), qPrintable(consolePath()));
    QVERIFY(m_dir.isValid());
}

void TestInspectCli::validJwtText()
{
    const Run r = run({QStringLiteral("--now"), QStringLiteral("2026-11-29T09:30:00Z")}, sampleJwt());
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(
        QRegularExpression(QStringLiteral("Verdict:\\s+valid\\n")).match(QString::fromUtf8(r.out)).hasMatch(),
        r.out.constData());
    QVERIFY(r.out.contains("https://cosmos.azure.com"));
    QVERIFY(!r.out.contains("dGhpcy1pcy1ub3QtYS1yZWFsLXNpZ25hdHVyZQ"));
}

void TestInspectCli::validJwtJson()
{
    const Run r = run({QStringLiteral("--json"), QStringLiteral("--now"),
                       QStringLiteral("2026-11-29T09:30:00Z"), QStringLiteral("-")},
                      "  " + sampleJwt() + "\n");
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = r.json();
    QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("jwt"));
    QCOMPARE(o.value(QStringLiteral("verdict")).toString(), QStringLiteral("valid"));
    QVERIFY(!o.value(QStringLiteral("fields")).toArray().isEmpty());
    QVERIFY(!r.out.contains(sampleJwt().split('.').at(2)));
}

void TestInspectCli::expiredIsInvalid()
{
    const Run r =
        run({QStringLiteral("--json"), QStringLiteral("--now"), QStringLiteral("2026-11-29T12:00:00Z")},
            sampleJwt());
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.json().value(QStringLiteral("verdict")).toString(), QStringLiteral("invalid"));
    QVERIFY(r.out.contains("expired"));
    // A generous skew does not rescue a token two hours past its expiry, but 3 h does.
    const Run skewed = run({QStringLiteral("--skew"), QStringLiteral("10800"), QStringLiteral("--now"),
                            QStringLiteral("2026-11-29T12:00:00Z")},
                           sampleJwt());
    QCOMPARE(skewed.exitCode, 0);
}

void TestInspectCli::fileArgument()
{
    const QString path = m_dir.filePath(QStringLiteral("token.txt"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Authorization: Bearer " + sampleJwt() + "\r\n");
    f.close();
    const Run r = run(
        {QStringLiteral("--json"), QStringLiteral("--now"), QStringLiteral("2026-11-29T09:30:00Z"), path});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value(QStringLiteral("kind")).toString(), QStringLiteral("bearer-header"));
}

void TestInspectCli::unreadable_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("empty") << QStringList{} << QByteArray();
    QTest::newRow("prose") << QStringList{} << QByteArray("hello, this is not a token");
    QTest::newRow("binary") << QStringList{} << QByteArray("\x00\x01\x02\xff\xfe", 5);
    QTest::newRow("too large") << QStringList{} << QByteArray(2 * 1024 * 1024, 'a');
    QTest::newRow("missing file") << QStringList{QStringLiteral("/nonexistent/token.jwt")} << QByteArray();
}

void TestInspectCli::unreadable()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    const Run r = run(args, input);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!(r.out + r.err).trimmed().isEmpty());
    const Run j = run(QStringList{QStringLiteral("--json")} + args, input);
    QCOMPARE(j.exitCode, 2);
    QCOMPARE(j.json().value(QStringLiteral("verdict")).toString(), QStringLiteral("unreadable"));
    QVERIFY(!j.json().value(QStringLiteral("error")).toString().isEmpty());
}

void TestInspectCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")};
    QTest::newRow("bad skew") << QStringList{QStringLiteral("--skew"), QStringLiteral("-5")};
    QTest::newRow("bad now") << QStringList{QStringLiteral("--now"), QStringLiteral("yesterday")};
    QTest::newRow("http authority") << QStringList{QStringLiteral("--authority-host"),
                                                   QStringLiteral("http://x")};
    QTest::newRow("two files") << QStringList{QStringLiteral("a"), QStringLiteral("b")};
}

void TestInspectCli::usageErrors()
{
    QFETCH(QStringList, args);
    const Run r = run(args, sampleJwt());
    QCOMPARE(r.exitCode, 3);
    QVERIFY(!r.err.isEmpty());
}

void TestInspectCli::secretsNeverPrinted_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("secret");
    const QByteArray key = QByteArray(64, '\x5a').toBase64();
    QTest::newRow("connection string")
        << QByteArray("AccountEndpoint=https://contoso.documents.azure.com:443/;AccountKey=" + key + ";")
        << key;
    const auto sig =
        MasterKeySigner::signature(SecureBytes(key), "GET", QStringLiteral("dbs"), QStringLiteral("dbs/shop"),
                                   QStringLiteral("Sun, 29 Nov 2026 09:00:00 GMT"));
    QTest::newRow("master header") << MasterKeySigner::authorizationHeader(sig.value()) << sig.value();
    QTest::newRow("master raw") << MasterKeySigner::masterToken(sig.value()) << sig.value();
}

void TestInspectCli::secretsNeverPrinted()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, secret);
    for (const bool asJson : {false, true}) {
        const Run r = run(asJson ? QStringList{QStringLiteral("--json")} : QStringList{}, input);
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, r.err.constData());
        QVERIFY(!r.out.isEmpty());
        QVERIFY(!r.out.contains(secret));
        QVERIFY(!r.out.contains(QUrl::toPercentEncoding(QString::fromLatin1(secret))));
        QVERIFY(!r.err.contains(secret));
    }
}

void TestInspectCli::help()
{
    const Run r = run({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("Exit status"));
}

void TestInspectCli::verifyAgainstLocalCloud()
{
    test::LocalCloudFixture cloud;
    const Result<void> started = cloud.start();
    QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().summary()));
    // The emulator runs on this thread: the CLI (another process) is served while the test's event loop
    // spins.
    const auto &p = emu::DemoSeed::kPrincipals[test::DemoOwner];
    const QByteArray body = "client_id=" + QByteArray(p.clientId) +
                            "&client_secret=" + QUrl::toPercentEncoding(QLatin1String(p.secret)) +
                            "&grant_type=client_credentials&scope=" +
                            QUrl::toPercentEncoding(QStringLiteral("https://cosmos.azure.com/.default"));
    QNetworkAccessManager nam;
    QNetworkRequest req(QUrl(cloud.emulator().baseUrl().toString() + u'/' +
                             QLatin1String(emu::DemoSeed::kTenantId) + QStringLiteral("/oauth2/v2.0/token")));
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.addCaCertificate(cloud.emulator().tls().caCertificate);
    req.setSslConfiguration(ssl);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    QNetworkReply *reply = nam.post(req, body);
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 20000);
    const QByteArray token = QJsonDocument::fromJson(reply->readAll())
                                 .object()
                                 .value(QStringLiteral("access_token"))
                                 .toString()
                                 .toLatin1();
    reply->deleteLater();
    QVERIFY(!token.isEmpty());

    const QString caPath = m_dir.filePath(QStringLiteral("local-ca.pem"));
    QFile ca(caPath);
    QVERIFY(ca.open(QIODevice::WriteOnly));
    ca.write(cloud.emulator().tls().caCertificate.toPem());
    ca.close();

    auto runAsync = [&](const QByteArray &input) {
        QProcess proc;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        proc.setProcessEnvironment(env);
        proc.start(consolePath(),
                   {QStringLiteral("inspect"), QStringLiteral("--json"), QStringLiteral("--verify"),
                    QStringLiteral("--authority-host"), cloud.emulator().baseUrl().toString(),
                    QStringLiteral("--ca-file"), caPath});
        proc.write(input);
        proc.closeWriteChannel();
        // Keep serving the emulator while the CLI fetches the keys.
        Run r;
        if (!QTest::qWaitFor([&proc] { return proc.state() == QProcess::NotRunning; }, 60000))
            return r;
        r.exitCode = proc.exitCode();
        r.out = proc.readAllStandardOutput();
        r.err = proc.readAllStandardError();
        return r;
    };
    const Run ok = runAsync(token);
    QVERIFY2(ok.exitCode == 0, (ok.out + ok.err).constData());
    QCOMPARE(
        ok.json().value(QStringLiteral("signature")).toObject().value(QStringLiteral("verified")).toBool(),
        true);

    QList<QByteArray> parts = token.split('.');
    QJsonObject claims = QJsonDocument::fromJson(*Base64Url::decode(parts[1])).object();
    claims.insert(QStringLiteral("oid"), QStringLiteral("00000000-0000-4000-8000-0000000000ff"));
    parts[1] = Base64Url::encode(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    const Run tampered = runAsync(parts.join('.'));
    QCOMPARE(tampered.exitCode, 1);
    QCOMPARE(tampered.json()
                 .value(QStringLiteral("signature"))
                 .toObject()
                 .value(QStringLiteral("outcome"))
                 .toString(),
             QStringLiteral("bad-signature"));
}

QTEST_GUILESS_MAIN(TestInspectCli)
#include "tst_inspectcli.moc"
