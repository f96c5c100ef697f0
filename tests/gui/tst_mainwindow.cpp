// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "EntraTestTokens.h"
#include "TestServer.h"

#include "core/ConnectionProfile.h"
#include "models/RequestLogModel.h"
#include "net/RequestLog.h"
#include "secrets/SecretStore.h"
#include "ui/MainWindow.h"
#include "ui/SessionController.h"
#include "ui/Theme.h"
#include "ui/panels/Panel.h"
#include "ui/panels/PanelRegistry.h"
#include "ui/widgets/ActivityView.h"
#include "ui/widgets/MessageWidget.h"
#include "ui/widgets/WelcomePage.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace csc;

namespace {
const QString kTenant = QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47");
const QString kClientId = QStringLiteral("5c1f0d3e-6a2b-4b8e-9f47-0a1b2c3d4e5f");
const QString kObjectId = QStringLiteral("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");
const QString kSecret = QStringLiteral("Mw7~window.secret-VALUE_17");

/// A panel for the shell's own tests: records the sessions it is handed.
class RecordingPanel : public Panel
{
public:
    QString id() const override { return QStringLiteral("recording"); }
    QString title() const override { return QStringLiteral("Recording"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/activity.svg")); }
    QWidget *widget() override
    {
        if (!m_widget)
            m_widget = new QLabel(QStringLiteral("recording panel"));
        return m_widget;
    }
    void setSession(AzureSession *session) override { sessions.append(session); }

    QList<AzureSession *> sessions;
    QPointer<QWidget> m_widget;
};
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void opensWithoutPanels();
    void welcomeShowsCurrentProfile();
    void registeredPanelGetsSession();
    void connectWithoutSecretShowsBanner();
    void connectionTestFillsActivityAndOverview();
    void activityFilterAndCopy();
    void keychainUnavailableBanner();
    void darkPalette();
    void windowStatePersists();
    void interactiveWidgetsHaveNames();
    void commandLineWithoutDisplay_data();
    void commandLineWithoutDisplay();

private:
    ConnectionProfile saveProfile(const QString &name, bool withSecret);
    void createWindow();
    void routeServer();
    template <typename T> T *child(const char *name) const
    {
        T *w = m_window->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("no child %s", name);
        return w;
    }

    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MemoryStore> m_store;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<RequestLog> m_log;
    std::unique_ptr<SessionController> m_controller;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    m_server = std::make_unique<test::TestServer>();
    QVERIFY(m_server->isListening());
}

void TestMainWindow::init()
{
    Theme::apply(Theme::Mode::System);
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
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_controller.reset();
    m_log.reset();
    m_nam.reset();
    m_store.reset();
    m_settings.reset();
    m_dir.reset();
    Theme::apply(Theme::Mode::System);
}

ConnectionProfile TestMainWindow::saveProfile(const QString &name, bool withSecret)
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

void TestMainWindow::createWindow()
{
    m_window = std::make_unique<MainWindow>(m_controller.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::routeServer()
{
    const QByteArray token = test::makeJwt({{QStringLiteral("tid"), kTenant},
                                            {QStringLiteral("oid"), kObjectId},
                                            {QStringLiteral("appid"), kClientId}});
    m_server->route(
        "POST", QStringLiteral("/%1/oauth2/v2.0/token").arg(kTenant),
        [token](const emu::HttpRequest &, emu::Responder r) { r.send(test::entraTokenResponse(token)); });
    m_server->routeJson(
        "GET", QStringLiteral("/subscriptions"), 200,
        QJsonObject{
            {QStringLiteral("value"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("id"),
                  QStringLiteral("/subscriptions/22222222-3333-4444-5555-666666666666")},
                 {QStringLiteral("subscriptionId"), QStringLiteral("22222222-3333-4444-5555-666666666666")},
                 {QStringLiteral("displayName"), QStringLiteral("Fabrikam Security")},
                 {QStringLiteral("state"), QStringLiteral("Enabled")}}}}});
}

void TestMainWindow::opensWithoutPanels()
{
    createWindow();
    auto *sidebar = child<QListView>("panelSidebar");
    QVERIFY(sidebar);
    QCOMPARE(sidebar->model()->rowCount(), 0);
    QVERIFY(!sidebar->isVisible());
    auto *stack = child<QStackedWidget>("centralStack");
    QCOMPARE(stack->currentWidget(), m_window->welcomePage());
    QVERIFY(m_window->welcomePage()->isVisible());
    // No profile yet: the overview offers to create one, the picker is empty.
    QVERIFY(child<QWidget>("welcomeEmptyBox")->isVisible());
    QVERIFY(!child<QWidget>("welcomeConnectionBox")->isVisible());
    QVERIFY(!child<QComboBox>("connectionPicker")->isEnabled());
    QVERIFY(!child<QAction>("connectAction")->isEnabled());
    QVERIFY(m_window->activityDock()->isVisible());
}

void TestMainWindow::welcomeShowsCurrentProfile()
{
    saveProfile(QStringLiteral("Contoso production"), true);
    const ConnectionProfile second = saveProfile(QStringLiteral("Contoso staging"), true);
    createWindow();
    QVERIFY(child<QWidget>("welcomeConnectionBox")->isVisible());
    QCOMPARE(child<QLabel>("welcomeProfileName")->text(), QStringLiteral("Contoso production"));
    QCOMPARE(child<QLabel>("welcomeTenant")->text(), kTenant);
    QCOMPARE(child<QLabel>("welcomeClientId")->text(), kClientId);
    QCOMPARE(child<QLabel>("welcomeCloud")->text(),
             CloudEnvironment::byId(CloudEnvironment::Id::Custom).displayName());
    QVERIFY(child<QLabel>("welcomeSecretStorage")->text().contains(m_store->backendName()));

    // Switching with the toolbar picker updates the overview and is remembered.
    auto *picker = child<QComboBox>("connectionPicker");
    QCOMPARE(picker->count(), 2);
    QCOMPARE(picker->currentText(), QStringLiteral("Contoso production"));
    picker->setFocus();
    QTest::keyClick(picker, Qt::Key_Down);
    QCOMPARE(m_controller->currentProfileId(), second.id);
    QCOMPARE(child<QLabel>("welcomeProfileName")->text(), QStringLiteral("Contoso staging"));
    QCOMPARE(ProfileStore(m_settings.get()).lastUsedId(), second.id);
}

void TestMainWindow::registeredPanelGetsSession()
{
    saveProfile(QStringLiteral("Panels"), true);
    createWindow();
    auto panel = std::make_unique<RecordingPanel>();
    RecordingPanel *recording = panel.get();
    QVERIFY(m_window->addPanel(std::move(panel)));
    QVERIFY(!m_window->addPanel(std::make_unique<RecordingPanel>())); // same id: refused

    auto *sidebar = child<QListView>("panelSidebar");
    QCOMPARE(sidebar->model()->rowCount(), 1);
    QTRY_VERIFY(sidebar->isVisible());
    QCOMPARE(sidebar->model()->index(0, 0).data().toString(), QStringLiteral("Recording"));
    QCOMPARE(recording->sessions, QList<AzureSession *>{nullptr});

    sidebar->setCurrentIndex(sidebar->model()->index(0, 0));
    QCOMPARE(child<QStackedWidget>("centralStack")->currentWidget(), recording->widget());

    child<QAction>("connectAction")->trigger();
    QTRY_COMPARE(m_controller->state(), SessionController::State::Connected);
    QCOMPARE(recording->sessions.size(), 2);
    QVERIFY(recording->sessions.last() != nullptr);
    QCOMPARE(recording->sessions.last(), m_controller->session());
    QVERIFY(child<QLabel>("connectionStateLabel")->text().contains(QStringLiteral("Panels")));

    child<QAction>("disconnectAction")->trigger();
    QCOMPARE(recording->sessions.size(), 3);
    QCOMPARE(recording->sessions.last(), nullptr);

    child<QAction>("overviewAction")->trigger();
    QCOMPARE(child<QStackedWidget>("centralStack")->currentWidget(), m_window->welcomePage());
}

void TestMainWindow::connectWithoutSecretShowsBanner()
{
    saveProfile(QStringLiteral("No secret"), false);
    createWindow();
    MessageWidget *banner = m_window->errorBanner();
    QVERIFY(!banner->isVisible());
    child<QAction>("connectAction")->trigger();
    QTRY_VERIFY(banner->isVisible());
    QCOMPARE(banner->type(), MessageWidget::Type::Error);
    QVERIFY2(banner->text().contains(QStringLiteral("No client secret is stored")),
             qPrintable(banner->text()));
    QCOMPARE(m_controller->state(), SessionController::State::Disconnected);
    // Recoverable: it is a banner, not a modal.
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
    QTest::mouseClick(banner->findChild<QAbstractButton *>(QStringLiteral("messageCloseButton")),
                      Qt::LeftButton);
    QVERIFY(!banner->isVisible());
}

void TestMainWindow::connectionTestFillsActivityAndOverview()
{
    routeServer();
    saveProfile(QStringLiteral("Activity"), true);
    createWindow();
    RequestLogModel *model = m_window->activityView()->model();
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(child<QLabel>("welcomePrincipal")->text().contains(QStringLiteral("Not known")));

    child<QAction>("testConnectionAction")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isTesting(), 20000);
    QTRY_VERIFY(model->rowCount() >= 2);
    QStringList methods;
    for (int row = 0; row < model->rowCount(); ++row)
        methods << model->index(row, RequestLogModel::MethodColumn).data().toString() + QLatin1Char(' ') +
                       model->index(row, RequestLogModel::StatusColumn).data().toString();
    QVERIFY2(methods.contains(QStringLiteral("POST 200")), qPrintable(methods.join(u',')));
    QVERIFY2(methods.contains(QStringLiteral("GET 200")), qPrintable(methods.join(u',')));
    const auto *view = child<QTreeView>("activityView");
    QCOMPARE(view->model()->rowCount(), model->rowCount());

    const QString principal = child<QLabel>("welcomePrincipal")->text();
    QVERIFY2(principal.contains(kObjectId), qPrintable(principal));
    QVERIFY2(principal.contains(kClientId), qPrintable(principal));
    QVERIFY(child<QLabel>("welcomeSubscriptions")->text().contains(QStringLiteral("Fabrikam Security")));
    QVERIFY(child<QLabel>("welcomeLastTest")->text().contains(QStringLiteral("Succeeded")));
    QVERIFY(!m_window->errorBanner()->isVisible());
    // The record is non-secret and survives a restart.
    const auto record = m_controller->lastTest(m_controller->currentProfileId());
    QVERIFY(record.has_value() && record->ok);
    QCOMPARE(record->objectId, kObjectId);
    m_settings->sync();
    QFile ini(m_settings->fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains(kSecret.toUtf8()));
}

void TestMainWindow::activityFilterAndCopy()
{
    createWindow();
    RequestLogEntry a;
    a.method = QStringLiteral("GET");
    a.url = QStringLiteral("https://management.azure.com/subscriptions?api-version=2022-12-01");
    a.status = 200;
    a.requestId = QStringLiteral("aaaa-1111");
    RequestLogEntry b = a;
    b.method = QStringLiteral("PATCH");
    b.url = QStringLiteral("https://management.azure.com/subscriptions/x/resourceGroups/rg");
    b.status = 409;
    b.requestId = QStringLiteral("bbbb-2222");
    m_log->append(a);
    m_log->append(b);

    auto *view = child<QTreeView>("activityView");
    QCOMPARE(view->model()->rowCount(), 2);
    auto *filter = child<QLineEdit>("activityFilter");
    filter->setFocus();
    QTest::keyClicks(filter, QStringLiteral("patch"));
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, RequestLogModel::RequestIdColumn).data().toString(),
             QStringLiteral("bbbb-2222"));

    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keySequence(view, QKeySequence::Copy);
    const QString copied = QApplication::clipboard()->text();
    QVERIFY2(copied.contains(QStringLiteral("PATCH")) && copied.contains(QStringLiteral("bbbb-2222")) &&
                 copied.contains(QLatin1Char('\t')),
             qPrintable(copied));

    QTest::keyClick(filter, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(filter, Qt::Key_Backspace);
    QCOMPARE(view->model()->rowCount(), 2);
}

void TestMainWindow::keychainUnavailableBanner()
{
    createWindow();
    MessageWidget *banner = m_window->secretStorageBanner();
    QVERIFY(!banner->isVisible());
    const QString reason =
        QStringLiteral("The name org.freedesktop.secrets was not provided. Secrets you enter "
                       "are kept in memory for this session only.");
    m_window->setSecretStorageStatus(false, reason);
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(), reason); // said once, not wrapped in a second "kept in memory" sentence
    QCOMPARE(banner->type(), MessageWidget::Type::Warning);
    QVERIFY(
        child<QLabel>("welcomeSecretStorage")->text().contains(QStringLiteral("org.freedesktop.secrets")));
    m_window->setSecretStorageStatus(true, QString());
    QVERIFY(!banner->isVisible());
}

void TestMainWindow::darkPalette()
{
    createWindow();
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() >= 128);
    child<QAction>("themeDarkAction")->trigger();
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 128);
    QTRY_VERIFY(m_window->palette().color(QPalette::Window).lightness() < 128);
    QVERIFY(Theme::isDark());
    QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    QVERIFY(child<QAction>("themeDarkAction")->isChecked());
    QCOMPARE(m_settings->value(QStringLiteral("ui/theme")).toString(), QStringLiteral("dark"));

    child<QAction>("themeLightAction")->trigger();
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() >= 128);
    QCOMPARE(m_settings->value(QStringLiteral("ui/theme")).toString(), QStringLiteral("light"));
    child<QAction>("themeSystemAction")->trigger();
    QVERIFY(!Theme::isDark());
    QCOMPARE(m_settings->value(QStringLiteral("ui/theme")).toString(), QStringLiteral("system"));
}

void TestMainWindow::windowStatePersists()
{
    createWindow();
    m_window->resize(1111, 777);
    m_window->activityDock()->hide();
    QTRY_COMPARE(m_window->size(), QSize(1111, 777));
    m_window->close();
    QVERIFY(m_settings->contains(QStringLiteral("mainWindow/geometry")));
    QVERIFY(m_settings->contains(QStringLiteral("mainWindow/state")));
    m_window.reset();

    createWindow();
    QTRY_COMPARE(m_window->size(), QSize(1111, 777));
    QVERIFY(!m_window->activityDock()->isVisible());
}

void TestMainWindow::interactiveWidgetsHaveNames()
{
    saveProfile(QStringLiteral("Names"), true);
    createWindow();
    QStringList unnamed;
    const auto widgets = m_window->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisible() || w->focusPolicy() == Qt::NoFocus ||
            w->objectName().startsWith(QLatin1String("qt_")))
            continue;
        const bool interactive = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) ||
                                 qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractItemView *>(w);
        if (!interactive)
            continue;
        QString name = w->accessibleName();
        if (name.isEmpty())
            if (auto *button = qobject_cast<QAbstractButton *>(w))
                name = button->text();
        if (name.isEmpty())
            unnamed << QString::fromLatin1(w->metaObject()->className()) + QLatin1Char('#') + w->objectName();
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

void TestMainWindow::commandLineWithoutDisplay_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("expected");
    QTest::newRow("version") << QStringLiteral("--version")
                             << QStringLiteral("cosmos-security-console 0.1.0");
    QTest::newRow("help") << QStringLiteral("--help") << QStringLiteral("--version");
}

void TestMainWindow::commandLineWithoutDisplay()
{
    QFETCH(QString, argument);
    QFETCH(QString, expected);
    const QString exe = qEnvironmentVariable("CSC_BINARY_DIR") + QStringLiteral("/cosmos-security-console");
    QVERIFY2(QFile::exists(exe), qPrintable(exe));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(exe, {argument});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    const QString out = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    if (argument == QLatin1String("--version"))
        QCOMPARE(out, expected);
    else
        QVERIFY2(out.contains(expected), qPrintable(out));
    QVERIFY2(!out.contains(QStringLiteral("screenshot")), qPrintable(out)); // hidden options stay hidden
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
