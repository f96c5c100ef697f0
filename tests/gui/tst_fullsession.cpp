// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
//
// A whole console session with secrets that leak_check.sh generates and afterwards searches for in every file
// the session wrote and in this test's output: the main window as main() builds it (real keychain, log file,
// default QSettings), a profile created through the connection dialog, "Test connection", connect, and a
// listKeys call whose response carries an account key. Run by itself it generates its own secrets (and checks
// less).
#include "EntraTestTokens.h"
#include "TestServer.h"

#include "core/LogFile.h"
#include "net/ApiClient.h"
#include "net/KeysService.h"
#include "net/RequestLog.h"
#include "secrets/SecretStore.h"
#include "ui/MainWindow.h"
#include "ui/SessionController.h"
#include "ui/dialogs/ProfileDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace csc;

namespace {
const QString kTenant = QStringLiteral("0f0e0d0c-0b0a-4908-8706-050403020100");
const QString kClientId = QStringLiteral("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d");
const QString kSub = QStringLiteral("5e55105e-0000-4000-8000-000000000001");
const QString kAccountId =
    QStringLiteral("/subscriptions/5e55105e-0000-4000-8000-000000000001/resourceGroups/rg-leak/"
                   "providers/Microsoft.DocumentDB/databaseAccounts/leak-account");

QString envOr(const char *name, const QString &fallback)
{
    const QString v = qEnvironmentVariable(name);
    return v.isEmpty() ? fallback : v;
}
} // namespace

class TestFullSession : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void fullSession();
    void cleanupTestCase();

private:
    QString m_secret;
    QString m_token;
    QString m_key;
    QString m_profileName;
    std::unique_ptr<test::TestServer> m_server;
};

void TestFullSession::initTestCase()
{
    m_secret =
        envOr("CSC_LEAK_SECRET", QStringLiteral("own-secret-") + QUuid::createUuid().toString(QUuid::Id128));
    m_token =
        envOr("CSC_LEAK_TOKEN", QStringLiteral("own-token-") + QUuid::createUuid().toString(QUuid::Id128));
    m_key =
        envOr("CSC_LEAK_KEY", QString::fromLatin1(QUuid::createUuid().toRfc4122().toBase64().repeated(4)));
    m_profileName = envOr("CSC_LEAK_PROFILE", QStringLiteral("Leak check"));
    QCoreApplication::setOrganizationName(QStringLiteral("CosmosSecurityConsole"));
    QCoreApplication::setApplicationName(QStringLiteral("cosmos-security-console"));
    LogFile::install();

    m_server = std::make_unique<test::TestServer>();
    QVERIFY(m_server->isListening());
    // A JWT-shaped token whose signature part is the secret token, so a logged token would be found.
    const QByteArray jwt =
        test::makeJwt({{QStringLiteral("tid"), kTenant},
                       {QStringLiteral("oid"), QStringLiteral("0b1ec700-1111-4000-8000-000000000001")},
                       {QStringLiteral("appid"), kClientId}})
            .split('.')
            .mid(0, 2)
            .join('.') +
        '.' + m_token.toUtf8();
    const QString secret = m_secret;
    m_server->route("POST", QStringLiteral("/%1/oauth2/v2.0/token").arg(kTenant),
                    [jwt, secret](const emu::HttpRequest &req, emu::Responder r) {
                        if (test::decodeForm(req.body).value(QStringLiteral("client_secret")) != secret) {
                            r.send(test::entraErrorResponse(401, QStringLiteral("invalid_client"), 7000215,
                                                            QStringLiteral("Invalid client secret provided."),
                                                            QStringLiteral("trace-leak")));
                            return;
                        }
                        r.send(test::entraTokenResponse(jwt));
                    });
    m_server->routeJson(
        "GET", QStringLiteral("/subscriptions"), 200,
        QJsonObject{{QStringLiteral("value"),
                     QJsonArray{QJsonObject{{QStringLiteral("subscriptionId"), kSub},
                                            {QStringLiteral("id"), QStringLiteral("/subscriptions/") + kSub},
                                            {QStringLiteral("displayName"), QStringLiteral("Leak sub")},
                                            {QStringLiteral("state"), QStringLiteral("Enabled")}}}}});
    const QString key = m_key;
    m_server->route("POST", kAccountId + QStringLiteral("/listKeys"),
                    [key](const emu::HttpRequest &, emu::Responder r) {
                        r.send(emu::HttpResponse::json(
                            200, QJsonObject{{QStringLiteral("primaryMasterKey"), key},
                                             {QStringLiteral("secondaryMasterKey"), key},
                                             {QStringLiteral("primaryReadonlyMasterKey"), key},
                                             {QStringLiteral("secondaryReadonlyMasterKey"), key}}));
                    });
}

void TestFullSession::fullSession()
{
    QSettings settings;
    // The real keychain (the suite runs inside a D-Bus session with gnome-keyring), as main() uses it.
    auto *secrets =
        new SessionSecretStore(new KeychainStore(QStringLiteral("cosmos-security-console-leakcheck")));
    std::unique_ptr<SessionSecretStore> ownSecrets(secrets);
    QSignalSpy availability(secrets, &SessionSecretStore::availabilityDetermined);
    secrets->start();
    QVERIFY(availability.wait(10000));
    QVERIFY2(secrets->isPersistent(), qPrintable(secrets->unavailableReason()));

    RequestLog log;
    QNetworkAccessManager nam;
    SessionController controller(&settings, secrets, &nam, &log);
    MainWindow window(&controller);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // Create the profile through the dialog, typing the secret like a person would.
    ProfileDialog dialog(&controller, &window);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.newProfile();
    auto type = [&](const char *name, const QString &text) {
        auto *edit = dialog.findChild<QLineEdit *>(QString::fromLatin1(name));
        QVERIFY2(edit, name);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    };
    auto *cloud = dialog.findChild<QComboBox *>(QStringLiteral("cloudCombo"));
    QVERIFY(cloud);
    cloud->setCurrentIndex(cloud->findData(int(CloudEnvironment::Id::Custom)));
    QVERIFY(cloud->currentIndex() >= 0);
    type("nameEdit", m_profileName);
    type("authorityEdit", m_server->url().toString());
    type("resourceManagerEdit", m_server->url().toString());
    type("tenantEdit", kTenant);
    type("clientIdEdit", kClientId);
    type("secretEdit", m_secret);
    type("caFileEdit", m_server->caCertificatePath());
    QSignalSpy saved(&controller, &SessionController::profileSaved);
    QVERIFY(dialog.save());
    QTRY_VERIFY_WITH_TIMEOUT(saved.count() >= 1, 10000);
    const QString profileId = saved.last().at(0).toString();

    // Test connection from the dialog, with the secret it stored.
    QSignalSpy tested(&controller, &SessionController::connectionTestFinished);
    dialog.testConnection();
    QVERIFY(tested.wait(20000));
    const auto *testResult = test::variantValue<Result<ConnectionTestReport>>(tested.last().at(1));
    QVERIFY(testResult);
    QVERIFY2(testResult->ok(), qPrintable(testResult->ok() ? QString() : testResult->error().detailedText()));
    dialog.accept();

    // Connect (the secret is read back from the keychain) and fetch the account keys.
    controller.setCurrentProfileId(profileId);
    controller.connectCurrent();
    QTRY_VERIFY_WITH_TIMEOUT(controller.session() != nullptr, 20000);
    KeysService keys(controller.session(), kAccountId);
    bool gotKeys = false;
    keys.listKeys(this, [&](const Result<AccountKeys> &r) {
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detailedText()));
        QCOMPARE(r.value().primaryMasterKey.toString(), m_key);
        gotKeys = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(gotKeys, 20000);
    QVERIFY(log.entries().size() >= 3);
    qInfo("session made %d requests; log file %s", int(log.entries().size()), qPrintable(LogFile::path()));

    window.close();
    controller.disconnectSession();
    settings.sync();
    QVERIFY(QFile::exists(settings.fileName()));
    QVERIFY(QFile::exists(LogFile::path()));

    // Leave the keychain as we found it.
    bool removed = false;
    const auto profile = controller.profile(profileId);
    QVERIFY(profile);
    secrets->remove(profile->secretKey(ConnectionProfile::clientSecretKind()), this,
                    [&](Result<void>) { removed = true; });
    QTRY_VERIFY_WITH_TIMEOUT(removed, 10000);
}

void TestFullSession::cleanupTestCase()
{
    LogFile::uninstall();
}

QTEST_MAIN(TestFullSession)
#include "tst_fullsession.moc"
