// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "MainWindow.h"

#include "models/AccountSelection.h"
#include "models/ProfileListModel.h"
#include "ui/SessionController.h"
#include "ui/dialogs/AboutDialog.h"
#include "ui/dialogs/ProfileDialog.h"
#include "ui/panels/PanelRegistry.h"
#include "ui/widgets/ActivityView.h"
#include "ui/widgets/MessageWidget.h"
#include "ui/widgets/RequestStatus.h"
#include "ui/widgets/WelcomePage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace csc {

namespace {
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kThemeKey = QStringLiteral("ui/theme");
} // namespace

MainWindow::MainWindow(SessionController *controller, QWidget *parent)
    : QMainWindow(parent), m_controller(controller), m_panels(new PanelRegistry(this)),
      m_selection(new AccountSelection(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Cosmos Security Console"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/cosmos-security-console.svg")));

    createActions();
    createCentralArea();
    createActivityDock();
    createToolBar();
    createStatusBar();
    createMenus();

    connect(m_controller, &SessionController::sessionChanged, this, &MainWindow::onSessionChanged);
    connect(m_controller, &SessionController::stateChanged, this, &MainWindow::updateActions);
    connect(m_controller, &SessionController::currentProfileChanged, this, [this] {
        syncPicker();
        updateActions();
    });
    connect(m_controller, &SessionController::profileSaved, this, &MainWindow::updateActions);
    connect(m_controller, &SessionController::profileRemoved, this, &MainWindow::updateActions);
    connect(m_controller, &SessionController::connectionTestStarted, this, &MainWindow::updateActions);
    connect(m_controller, &SessionController::connectionTestFinished, this, &MainWindow::updateActions);
    connect(m_controller, &SessionController::errorOccurred, this,
            [this](const QString &what, const ApiError &error) { m_errorBanner->showError(what, error); });
    connect(m_controller, &SessionController::connectionTestFinished, this,
            [this](const QString &, const Result<ConnectionTestReport> &result) {
                // The dialog shows its own tests; here only tests started from the main window matter, but a
                // failure of either is worth the banner while the dialog is closed.
                if (!result.ok() && !findChild<ProfileDialog *>())
                    m_errorBanner->showError(tr("The connection test"), result.error());
                else if (result.ok())
                    m_errorBanner->hide();
            });

    restoreWindowState();
    syncPicker();
    updateActions();
}

MainWindow::~MainWindow()
{
    // Panels drop their session references before the widgets go.
    for (int i = 0; i < m_panels->count(); ++i)
        m_panels->at(i)->setSession(nullptr);
}

void MainWindow::createActions()
{
    m_manageAction =
        new QAction(QIcon(QStringLiteral(":/icons/connections.svg")), tr("&Manage Connections…"), this);
    m_manageAction->setObjectName(QStringLiteral("manageConnectionsAction"));
    m_manageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_manageAction->setToolTip(tr("Create, edit, delete and test connections"));
    connect(m_manageAction, &QAction::triggered, this, [this] { showConnections(); });

    m_connectAction = new QAction(QIcon(QStringLiteral(":/icons/connect.svg")), tr("&Connect"), this);
    m_connectAction->setObjectName(QStringLiteral("connectAction"));
    m_connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_connectAction->setToolTip(tr("Sign in with the selected connection"));
    connect(m_connectAction, &QAction::triggered, this, [this] {
        m_errorBanner->hide();
        m_controller->connectCurrent();
    });

    m_disconnectAction =
        new QAction(QIcon(QStringLiteral(":/icons/disconnect.svg")), tr("&Disconnect"), this);
    m_disconnectAction->setObjectName(QStringLiteral("disconnectAction"));
    m_disconnectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    connect(m_disconnectAction, &QAction::triggered, m_controller, &SessionController::disconnectSession);

    m_testAction =
        new QAction(QIcon(QStringLiteral(":/icons/test-connection.svg")), tr("&Test Connection"), this);
    m_testAction->setObjectName(QStringLiteral("testConnectionAction"));
    m_testAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_testAction->setToolTip(tr("Sign in and list the subscriptions the application can see"));
    connect(m_testAction, &QAction::triggered, this, &MainWindow::testCurrentConnection);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_overviewAction = new QAction(tr("&Overview"), this);
    m_overviewAction->setObjectName(QStringLiteral("overviewAction"));
    m_overviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_overviewAction, &QAction::triggered, this, &MainWindow::showOverview);

    m_themeGroup = new QActionGroup(this);
    m_themeGroup->setExclusive(true);
    const Theme::Mode modes[] = {Theme::Mode::System, Theme::Mode::Light, Theme::Mode::Dark};
    const char *names[] = {"themeSystemAction", "themeLightAction", "themeDarkAction"};
    for (int i = 0; i < 3; ++i) {
        auto *action = new QAction(Theme::displayName(modes[i]), m_themeGroup);
        action->setObjectName(QString::fromLatin1(names[i]));
        action->setCheckable(true);
        action->setChecked(Theme::current() == modes[i]);
        const Theme::Mode mode = modes[i];
        connect(action, &QAction::triggered, this, [this, mode] { setThemeMode(mode); });
        m_themeActions[i] = action;
    }

    m_aboutAction =
        new QAction(QIcon(QStringLiteral(":/icons/info.svg")), tr("&About Cosmos Security Console"), this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setObjectName(QStringLiteral("aboutQtAction"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu *connection = menuBar()->addMenu(tr("&Connection"));
    connection->setObjectName(QStringLiteral("connectionMenu"));
    connection->addAction(m_manageAction);
    connection->addSeparator();
    connection->addAction(m_connectAction);
    connection->addAction(m_disconnectAction);
    connection->addAction(m_testAction);
    connection->addAction(m_requestStatus->cancelAction());
    connection->addSeparator();
    connection->addAction(m_quitAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(m_overviewAction);
    QAction *dockToggle = m_activityDock->toggleViewAction();
    dockToggle->setObjectName(QStringLiteral("activityDockAction"));
    dockToggle->setText(tr("&Activity Log"));
    dockToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    dockToggle->setIcon(QIcon(QStringLiteral(":/icons/activity.svg")));
    view->addAction(dockToggle);
    view->addSeparator();
    QMenu *appearance = view->addMenu(tr("A&ppearance"));
    appearance->setObjectName(QStringLiteral("appearanceMenu"));
    for (QAction *a : m_themeActions)
        appearance->addAction(a);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Connection"));
    bar->setObjectName(QStringLiteral("connectionToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(20, 20));

    auto *label = new QLabel(tr("Co&nnection:"));
    label->setContentsMargins(6, 0, 6, 0);
    m_picker = new QComboBox;
    m_picker->setObjectName(QStringLiteral("connectionPicker"));
    m_picker->setAccessibleName(tr("Current connection"));
    m_picker->setToolTip(tr("Choose the connection to work with"));
    m_picker->setModel(m_controller->profileModel());
    m_picker->setMinimumContentsLength(22);
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_picker->setPlaceholderText(tr("No connection"));
    label->setBuddy(m_picker);
    connect(m_picker, &QComboBox::activated, this, [this](int row) {
        const QString id =
            m_controller->profileModel()->index(row, 0).data(ProfileListModel::IdRole).toString();
        m_controller->setCurrentProfileId(id);
    });
    connect(m_controller->profileModel(), &QAbstractItemModel::modelReset, this, &MainWindow::syncPicker);
    connect(m_controller->profileModel(), &QAbstractItemModel::rowsInserted, this, &MainWindow::syncPicker);
    connect(m_controller->profileModel(), &QAbstractItemModel::rowsRemoved, this, &MainWindow::syncPicker);

    bar->addWidget(label);
    bar->addWidget(m_picker);
    bar->addAction(m_connectAction);
    bar->addAction(m_disconnectAction);
    bar->addAction(m_testAction);
    bar->addSeparator();
    bar->addAction(m_manageAction);
    for (QAction *a : {m_connectAction, m_disconnectAction, m_testAction, m_manageAction}) {
        if (QWidget *w = bar->widgetForAction(a))
            w->setAccessibleName(QString(a->text()).remove(QLatin1Char('&')).remove(QChar(0x2026)));
    }
}

void MainWindow::createCentralArea()
{
    m_secretsBanner = new MessageWidget;
    m_secretsBanner->setObjectName(QStringLiteral("secretStorageBanner"));
    m_errorBanner = new MessageWidget;
    m_errorBanner->setObjectName(QStringLiteral("errorBanner"));

    m_sidebar = new QListView;
    m_sidebar->setObjectName(QStringLiteral("panelSidebar"));
    m_sidebar->setAccessibleName(tr("Navigation"));
    m_sidebar->setModel(m_panels);
    m_sidebar->setIconSize(QSize(22, 22));
    m_sidebar->setSpacing(2);
    m_sidebar->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sidebar->setMinimumWidth(150);
    m_sidebar->setMaximumWidth(220);
    m_sidebar->setVisible(false); // only panels that exist appear
    connect(m_sidebar->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onPanelActivated);

    m_welcome = new WelcomePage(m_controller);
    connect(m_welcome, &WelcomePage::createConnectionRequested, this, [this] { showConnections(); });
    connect(m_welcome, &WelcomePage::manageConnectionsRequested, this, [this] { showConnections(); });
    connect(m_welcome, &WelcomePage::connectRequested, m_connectAction, &QAction::trigger);
    connect(m_welcome, &WelcomePage::disconnectRequested, m_controller,
            &SessionController::disconnectSession);
    connect(m_welcome, &WelcomePage::testConnectionRequested, this, &MainWindow::testCurrentConnection);

    m_stack = new QStackedWidget;
    m_stack->setObjectName(QStringLiteral("centralStack"));
    m_stack->addWidget(m_welcome);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->setSpacing(6);
    layout->addWidget(m_secretsBanner);
    layout->addWidget(m_errorBanner);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);
}

void MainWindow::createActivityDock()
{
    m_activityDock = new QDockWidget(tr("Activity"), this);
    m_activityDock->setObjectName(QStringLiteral("activityDock"));
    m_activityDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea |
                                    Qt::LeftDockWidgetArea);
    m_activity = new ActivityView(m_controller->requestLog(), m_activityDock);
    m_activityDock->setWidget(m_activity);
    addDockWidget(Qt::BottomDockWidgetArea, m_activityDock);
}

void MainWindow::createStatusBar()
{
    m_connectionLabel = new QLabel;
    m_connectionLabel->setObjectName(QStringLiteral("connectionStateLabel"));
    statusBar()->addWidget(m_connectionLabel, 1);
    m_requestStatus = new RequestStatus(m_controller);
    m_requestStatus->setObjectName(QStringLiteral("requestStatus"));
    statusBar()->addPermanentWidget(m_requestStatus);
    addAction(m_requestStatus->cancelAction());
}

Panel *MainWindow::addPanel(std::unique_ptr<Panel> panel)
{
    Panel *added = m_panels->add(std::move(panel));
    if (!added)
        return nullptr;
    m_stack->addWidget(added->widget());
    added->setSession(m_controller->session());
    m_sidebar->setVisible(m_panels->count() > 0);
    return added;
}

bool MainWindow::showPanel(const QString &id)
{
    const int row = m_panels->rowOf(id);
    if (row < 0)
        return false;
    m_sidebar->setCurrentIndex(m_panels->index(row));
    m_stack->setCurrentWidget(m_panels->at(row)->widget());
    return true;
}

void MainWindow::onPanelActivated(const QModelIndex &index)
{
    Panel *panel = m_panels->at(index.row());
    if (panel)
        m_stack->setCurrentWidget(panel->widget());
}

void MainWindow::showOverview()
{
    {
        const QSignalBlocker block(m_sidebar->selectionModel());
        m_sidebar->selectionModel()->clear();
    }
    m_stack->setCurrentWidget(m_welcome);
}

void MainWindow::onSessionChanged(AzureSession *session)
{
    m_selection->clear();
    for (int i = 0; i < m_panels->count(); ++i)
        m_panels->at(i)->setSession(session);
    if (session) {
        m_errorBanner->hide();
        // Connected from the overview: go to the accounts, which is what every task starts from.
        if (m_stack->currentWidget() == m_welcome)
            showPanel(QStringLiteral("accounts"));
    }
    updateActions();
}

void MainWindow::syncPicker()
{
    const QModelIndex current = m_controller->profileModel()->indexOf(m_controller->currentProfileId());
    m_picker->setCurrentIndex(current.isValid() ? current.row() : -1);
    m_picker->setEnabled(m_controller->profileModel()->rowCount() > 0);
}

void MainWindow::updateActions()
{
    const std::optional<ConnectionProfile> profile = m_controller->currentProfile();
    const SessionController::State state = m_controller->state();
    m_connectAction->setEnabled(profile.has_value() && state == SessionController::State::Disconnected);
    m_disconnectAction->setEnabled(state != SessionController::State::Disconnected);
    m_testAction->setEnabled(profile.has_value() && !m_controller->isTesting());

    QString text;
    switch (state) {
    case SessionController::State::Connected:
        text = tr("Connected to “%1” (%2)")
                   .arg(profile ? profile->name : QString(),
                        profile ? profile->environment().displayName() : QString());
        break;
    case SessionController::State::Connecting:
        text = tr("Connecting to “%1”…").arg(profile ? profile->name : QString());
        break;
    case SessionController::State::Disconnected:
        text = profile ? tr("Not connected")
                       : tr("No connection. Use Connection → Manage Connections to create one.");
        break;
    }
    m_connectionLabel->setText(text);
    setWindowTitle(profile ? tr("%1 — Cosmos Security Console").arg(profile->name)
                           : tr("Cosmos Security Console"));
}

void MainWindow::showConnections(const QString &profileId)
{
    ProfileDialog dialog(m_controller, this);
    if (!profileId.isEmpty())
        dialog.selectProfile(profileId);
    connect(&dialog, &ProfileDialog::connectRequested, this, [this] {
        m_errorBanner->hide();
        QMetaObject::invokeMethod(m_controller, &SessionController::connectCurrent, Qt::QueuedConnection);
    });
    dialog.exec();
    m_welcome->refresh();
    updateActions();
}

void MainWindow::showConnectionsIfNone()
{
    if (m_controller->profileModel()->rowCount() == 0)
        showConnections();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::setThemeMode(Theme::Mode mode)
{
    Theme::apply(mode);
    m_controller->settings()->setValue(kThemeKey, Theme::toString(mode));
    const int index = mode == Theme::Mode::Light ? 1 : mode == Theme::Mode::Dark ? 2 : 0;
    m_themeActions[index]->setChecked(true);
}

void MainWindow::setSecretStorageStatus(bool persistent, const QString &reason)
{
    if (persistent) {
        m_secretsBanner->hide();
    } else {
        // The store's reason already says why and that secrets stay in memory for this session only.
        m_secretsBanner->showMessage(reason, MessageWidget::Type::Warning);
    }
    m_welcome->setSecretStorageStatus(persistent, reason);
}

void MainWindow::testCurrentConnection()
{
    const std::optional<ConnectionProfile> profile = m_controller->currentProfile();
    if (!profile)
        return;
    m_errorBanner->hide();
    m_controller->testConnection(*profile);
}

void MainWindow::restoreWindowState()
{
    QSettings *s = m_controller->settings();
    if (!restoreGeometry(s->value(kGeometryKey).toByteArray()))
        resize(1280, 820);
    if (!restoreState(s->value(kStateKey).toByteArray()))
        resizeDocks({m_activityDock}, {190}, Qt::Vertical); // first start: the overview gets the room
}

void MainWindow::saveWindowState()
{
    QSettings *s = m_controller->settings();
    s->setValue(kGeometryKey, saveGeometry());
    s->setValue(kStateKey, saveState());
    s->sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    QMainWindow::closeEvent(event);
}

} // namespace csc
