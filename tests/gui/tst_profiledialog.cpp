// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "EntraTestTokens.h"
#include "TestServer.h"

#include "core/ConnectionProfile.h"
#include "emulator/DemoSeed.h"
#include "models/ProfileListModel.h"
#include "net/RequestLog.h"
#include "secrets/SecretStore.h"
#include "ui/LocalCloudOpener.h"
#include "ui/MessageBox.h"
#include "ui/SessionController.h"
#include "ui/dialogs/ProfileDialog.h"
#include "ui/widgets/MessageWidget.h"

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>
#include <optional>

using namespace csc;

namespace {
const QString kTenant = QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47");
const QString kClientId = QStringLiteral("5c1f0d3e-6a2b-4b8e-9f47-0a1b2c3d4e5f");
const QString kObjectId = QStringLiteral("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");
const QString kSecret = QStringLiteral("Qx8~dialog.secret-VALUE_42");
const QString kSubscriptionId = QStringLiteral("11111111-2222-3333-4444-555555555555");
} // namespace

class TestProfileDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void createWithInlineValidation();
    void secretFieldIsMasked();
    void editKeepsStoredSecret();
    void deleteAsksAndRemovesSecret_data();
    void deleteAsksAndRemovesSecret();
    void testConnectionSucceeds();
    void testConnectionInvalidClient();
    void localCloudConnection();

private:
    template <typename T> T *child(const char *name) const
    {
        T *w = m_dialog->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("no child %s", name);
        return w;
    }
    void openDialog();
    void type(const char *name, const QString &text);
    ConnectionProfile savedProfile(const QString &name, bool withSecret);
    std::optional<Result<SecureBytes>> readSecret(const ConnectionProfile &p);
    QByteArray iniBytes() const;
    void routeServer(bool tokenOk);

    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MemoryStore> m_store;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<RequestLog> m_log;
    std::unique_ptr<SessionController> m_controller;
    std::unique_ptr<ProfileDialog> m_dialog;
};

void TestProfileDialog::initTestCase()
{
    m_server = std::make_unique<test::TestServer>();
    QVERIFY(m_server->isListening());
}

void TestProfileDialog::init()
{
    m_server->clearRoutes();
    m_server->clearRequests();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings =
        std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_store = std::make_unique<MemoryStore>();
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_log = std::make_unique<RequestLog>();
    m_controller =
        std::make_unique<SessionController>(m_settings.get(), m_store.get(), m_nam.get(), m_log.get());
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

void TestProfileDialog::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    m_dialog.reset();
    m_controller.reset();
    m_log.reset();
    m_nam.reset();
    m_store.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestProfileDialog::openDialog()
{
    m_dialog = std::make_unique<ProfileDialog>(m_controller.get());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestProfileDialog::type(const char *name, const QString &text)
{
    QLineEdit *edit = child<QLineEdit>(name);
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

ConnectionProfile TestProfileDialog::savedProfile(const QString &name, bool withSecret)
{
    ConnectionProfile p = ConnectionProfile::create();
    p.name = name;
    p.cloud = CloudEnvironment::Id::Custom;
    p.customAuthorityHost = m_server->url();
    p.customResourceManager = m_server->url();
    p.tenantId = kTenant;
    p.clientId = kClientId;
    p.trustedCaFile = m_server->caCertificatePath();
    m_controller->saveProfile(p);
    if (withSecret) {
        bool done = false;
        m_store->write(p.secretKey(ConnectionProfile::clientSecretKind()), SecureBytes::fromUtf8(kSecret),
                       this, [&done](Result<void> r) { done = r.ok(); });
        if (!QTest::qWaitFor([&] { return done; }, 5000))
            qWarning("secret not written");
    }
    return p;
}

std::optional<Result<SecureBytes>> TestProfileDialog::readSecret(const ConnectionProfile &p)
{
    std::optional<Result<SecureBytes>> result;
    m_store->read(p.secretKey(ConnectionProfile::clientSecretKind()), this,
                  [&result](Result<SecureBytes> r) { result = std::move(r); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000))
        qWarning("no answer from the store");
    return result;
}

QByteArray TestProfileDialog::iniBytes() const
{
    m_settings->sync();
    QFile f(m_settings->fileName());
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

void TestProfileDialog::routeServer(bool tokenOk)
{
    const QString tokenPath = QStringLiteral("/%1/oauth2/v2.0/token").arg(kTenant);
    if (tokenOk) {
        const QByteArray token = test::makeJwt({{QStringLiteral("tid"), kTenant},
                                                {QStringLiteral("oid"), kObjectId},
                                                {QStringLiteral("appid"), kClientId}});
        m_server->route("POST", tokenPath, [token](const emu::HttpRequest &req, emu::Responder r) {
            const auto form = test::decodeForm(req.body);
            if (form.value(QStringLiteral("client_secret")) != kSecret) {
                r.send(test::entraErrorResponse(401, QStringLiteral("invalid_client"), 7000215,
                                                QStringLiteral("Invalid client secret provided."),
                                                QStringLiteral("trace-wrong-secret")));
                return;
            }
            r.send(test::entraTokenResponse(token));
        });
    } else {
        m_server->route("POST", tokenPath, [](const emu::HttpRequest &, emu::Responder r) {
            r.send(test::entraErrorResponse(
                401, QStringLiteral("invalid_client"), 7000215,
                QStringLiteral(
                    "Invalid client secret provided. Ensure the secret being sent in the request is the "
                    "client secret value, not the client secret ID."),
                QStringLiteral("0a1b2c3d-trace-id")));
        });
    }
    m_server->routeJson(
        "GET", QStringLiteral("/subscriptions"), 200,
        QJsonObject{{QStringLiteral("value"),
                     QJsonArray{QJsonObject{
                         {QStringLiteral("id"), QStringLiteral("/subscriptions/") + kSubscriptionId},
                         {QStringLiteral("subscriptionId"), kSubscriptionId},
                         {QStringLiteral("tenantId"), kTenant},
                         {QStringLiteral("displayName"), QStringLiteral("Contoso Production")},
                         {QStringLiteral("state"), QStringLiteral("Enabled")}}}}});
}

void TestProfileDialog::createWithInlineValidation()
{
    openDialog();
    QVERIFY(m_dialog->isNewProfile());
    QLabel *validation = child<QLabel>("validationLabel");
    QVERIFY(validation);
    QVERIFY(!validation->isVisible());

    type("nameEdit", QStringLiteral("Production"));
    type("tenantEdit", QStringLiteral("not a tenant!"));
    QTRY_VERIFY(validation->isVisible());
    QVERIFY2(validation->text().contains(QStringLiteral("tenant")), qPrintable(validation->text()));
    // Inline, not modal: no other top-level window opened.
    QCOMPARE(QApplication::activeModalWidget(), nullptr);

    type("tenantEdit", kTenant);
    QVERIFY2(!validation->text().contains(QStringLiteral("tenant must")), qPrintable(validation->text()));
    QVERIFY2(validation->text().contains(QStringLiteral("client id")), qPrintable(validation->text()));
    type("clientIdEdit", kClientId);
    QTRY_VERIFY(!validation->isVisible());

    // Save without a secret: refused inline, nothing stored.
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    QVERIFY(validation->isVisible());
    QVERIFY2(validation->text().contains(QStringLiteral("client secret")), qPrintable(validation->text()));
    QVERIFY(ProfileStore(m_settings.get()).load().isEmpty());

    type("secretEdit", kSecret);
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    QVERIFY(!validation->isVisible());

    const QList<ConnectionProfile> stored = ProfileStore(m_settings.get()).load();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().name, QStringLiteral("Production"));
    QCOMPARE(stored.first().tenantId, kTenant);
    QCOMPARE(stored.first().clientId, kClientId);
    QVERIFY(!m_dialog->isNewProfile());

    auto *banner = child<MessageWidget>("profileBanner");
    QTRY_VERIFY(banner->isVisible() && banner->type() == MessageWidget::Type::Positive &&
                banner->text().contains(m_store->backendName()));
    const auto secret = readSecret(stored.first());
    QVERIFY(secret.has_value());
    QVERIFY(secret->ok());
    QCOMPARE(secret->value().toString(), kSecret);

    const QByteArray ini = iniBytes();
    QVERIFY(ini.contains("Production"));
    QVERIFY(!ini.contains(kSecret.toUtf8()));
    QVERIFY(child<QLineEdit>("secretEdit")->text().isEmpty());
}

void TestProfileDialog::secretFieldIsMasked()
{
    openDialog();
    QLineEdit *secret = child<QLineEdit>("secretEdit");
    QToolButton *show = child<QToolButton>("showSecretButton");
    QVERIFY(secret && show);
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    type("secretEdit", kSecret);
    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE(secret->echoMode(), QLineEdit::Normal);
    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    QVERIFY(!secret->accessibleName().isEmpty());
    QVERIFY(!show->accessibleName().isEmpty());
}

void TestProfileDialog::editKeepsStoredSecret()
{
    const ConnectionProfile p = savedProfile(QStringLiteral("Staging"), true);
    openDialog();
    QCOMPARE(m_dialog->editedProfileId(), p.id);
    QCOMPARE(child<QLineEdit>("nameEdit")->text(), QStringLiteral("Staging"));
    QCOMPARE(child<QComboBox>("cloudCombo")->currentData().toInt(), int(CloudEnvironment::Id::Custom));
    QVERIFY(child<QLineEdit>("secretEdit")->text().isEmpty());

    type("nameEdit", QStringLiteral("Staging (EU)"));
    QVERIFY(m_dialog->hasUnsavedChanges());
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    QVERIFY(!m_dialog->hasUnsavedChanges());

    const QList<ConnectionProfile> stored = ProfileStore(m_settings.get()).load();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().id, p.id);
    QCOMPARE(stored.first().name, QStringLiteral("Staging (EU)"));
    QCOMPARE(m_controller->profileModel()->index(0, 0).data().toString(), QStringLiteral("Staging (EU)"));
    const auto secret = readSecret(p);
    QVERIFY(secret.has_value() && secret->ok());
    QCOMPARE(secret->value().toString(), kSecret);
}

void TestProfileDialog::deleteAsksAndRemovesSecret_data()
{
    QTest::addColumn<bool>("confirm");
    QTest::newRow("yes") << true;
    QTest::newRow("no") << false;
}

void TestProfileDialog::deleteAsksAndRemovesSecret()
{
    QFETCH(bool, confirm);
    const ConnectionProfile p = savedProfile(QStringLiteral("Old"), true);
    const ConnectionProfile keep = savedProfile(QStringLiteral("Keep"), true);
    openDialog();
    m_dialog->selectProfile(p.id);
    QCOMPARE(m_dialog->editedProfileId(), p.id);

    MessageBox::setNextAnswer(confirm ? QMessageBox::Yes : QMessageBox::No);
    QTest::mouseClick(child<QPushButton>("deleteButton"), Qt::LeftButton);
    QVERIFY2(MessageBox::lastQuestion().contains(QStringLiteral("Old")),
             qPrintable(MessageBox::lastQuestion()));
    QVERIFY2(MessageBox::lastQuestion().contains(QStringLiteral("secret")),
             qPrintable(MessageBox::lastQuestion()));

    if (!confirm) {
        QCOMPARE(m_dialog->editedProfileId(), p.id);
        QCOMPARE(ProfileStore(m_settings.get()).load().size(), 2);
        // A removal would have been queued before this read (the store answers in order).
        const auto secret = readSecret(p);
        QVERIFY(secret.has_value() && secret->ok());
        QCOMPARE(ProfileStore(m_settings.get()).load().size(), 2);
        return;
    }
    QTRY_COMPARE(ProfileStore(m_settings.get()).load().size(), 1);
    QCOMPARE(ProfileStore(m_settings.get()).load().first().id, keep.id);
    QVERIFY(!iniBytes().contains(p.id.toUtf8()));
    QCOMPARE(m_controller->profileModel()->rowCount(), 1);
    const auto gone = readSecret(p);
    QVERIFY(gone.has_value());
    QVERIFY(!gone->ok());
    QCOMPARE(gone->error().code, SecretStore::notFoundCode());
    const auto kept = readSecret(keep);
    QVERIFY(kept.has_value() && kept->ok());
    QCOMPARE(m_dialog->editedProfileId(), keep.id);
}

void TestProfileDialog::testConnectionSucceeds()
{
    routeServer(true);
    openDialog();
    type("nameEdit", QStringLiteral("Local test cloud"));
    auto *cloud = child<QComboBox>("cloudCombo");
    cloud->setCurrentIndex(cloud->findData(int(CloudEnvironment::Id::Custom)));
    QVERIFY(child<QLineEdit>("authorityEdit")->isVisible());
    type("authorityEdit", m_server->url().toString());
    type("resourceManagerEdit", m_server->url().toString());
    type("tenantEdit", kTenant);
    type("clientIdEdit", kClientId);
    type("secretEdit", kSecret);
    type("caFileEdit", m_server->caCertificatePath());
    QVERIFY(!child<QLabel>("validationLabel")->isVisible());

    QTest::mouseClick(child<QPushButton>("testButton"), Qt::LeftButton);
    auto *banner = child<MessageWidget>("profileBanner");
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible() && banner->type() == MessageWidget::Type::Positive, 20000);
    QVERIFY2(banner->text().contains(QStringLiteral("Contoso Production")), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(kSubscriptionId), qPrintable(banner->text()));
    QVERIFY2(banner->details().contains(kObjectId), qPrintable(banner->details()));
    QCOMPARE(m_server->requestCount("GET", QStringLiteral("/subscriptions")), 1);
    QVERIFY(!m_log->entries().isEmpty());
    QVERIFY(!child<QProgressBar>("testProgress")->isVisible());
    // Testing does not save.
    QVERIFY(ProfileStore(m_settings.get()).load().isEmpty());
}

void TestProfileDialog::testConnectionInvalidClient()
{
    routeServer(false);
    savedProfile(QStringLiteral("Wrong secret"), true);
    openDialog();
    QTest::mouseClick(child<QPushButton>("testButton"), Qt::LeftButton); // uses the stored secret
    auto *banner = child<MessageWidget>("profileBanner");
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible() && banner->type() == MessageWidget::Type::Error, 20000);
    const QString all = banner->text() + QLatin1Char('\n') + banner->details();
    QVERIFY2(all.contains(QStringLiteral("Invalid client secret provided")), qPrintable(all));
    QVERIFY2(banner->details().contains(QStringLiteral("0a1b2c3d-trace-id")), qPrintable(banner->details()));
    QVERIFY2(!all.contains(kSecret), qPrintable(all));
    QCOMPARE(m_server->requestCount("GET", QStringLiteral("/subscriptions")), 0);
}

void TestProfileDialog::localCloudConnection()
{
    // A local-cloud connection: no tenant, client id, secret or CA to type; pick a demo principal instead.
    emu::EmulatorOptions options;
    options.dataDir = m_dir->filePath(QStringLiteral("local-cloud"));
    m_controller->addOpener(std::make_unique<LocalCloudOpener>(m_nam.get(), m_log.get(), options));
    openDialog();
    QTest::mouseClick(child<QPushButton>("newLocalCloudButton"), Qt::LeftButton);
    QVERIFY(child<QLabel>("localCloudInfo")->isVisible());
    auto *principal = child<QComboBox>("principalCombo");
    QVERIFY(principal->isVisible());
    for (const char *hidden : {"tenantEdit", "clientIdEdit", "secretEdit", "caFileEdit", "authorityEdit"})
        QVERIFY2(!child<QWidget>(hidden)->isVisible(), hidden);
    QVERIFY(!child<QComboBox>("cloudCombo")->isVisible());
    const QString reader = QLatin1String(emu::DemoSeed::kPrincipals[2].clientId);
    principal->setCurrentIndex(principal->findData(reader));
    QVERIFY(principal->currentText().contains(QStringLiteral("Reader")));

    // Test connection starts the local cloud and signs in as the chosen principal.
    QTest::mouseClick(child<QPushButton>("testButton"), Qt::LeftButton);
    auto *banner = child<MessageWidget>("profileBanner");
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible() && banner->type() != MessageWidget::Type::Information,
                             30000);
    QCOMPARE(banner->type(), MessageWidget::Type::Positive);
    // The Reader role is on Contoso Production only.
    QVERIFY2(banner->text().contains(QStringLiteral("Contoso Production")), qPrintable(banner->text()));
    QVERIFY2(!banner->text().contains(QStringLiteral("Fabrikam")), qPrintable(banner->text()));

    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    const QList<ConnectionProfile> saved = ProfileStore(m_settings.get()).load();
    QCOMPARE(saved.size(), 1);
    QVERIFY(saved.first().localCloud);
    QCOMPARE(saved.first().clientId, reader);
    QVERIFY(saved.first().tenantId.isEmpty()); // filled in when the local cloud starts, never stored
    QVERIFY(saved.first().validate().ok());
}

QTEST_MAIN(TestProfileDialog)
#include "tst_profiledialog.moc"
