// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/Theme.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QActionGroup;
class QComboBox;
class QDockWidget;
class QLabel;
class QListView;
class QStackedWidget;

namespace csc {

class AccountSelection;
class ActivityView;
class AzureSession;
class MessageWidget;
class Panel;
class PanelRegistry;
class RequestStatus;
class SessionController;
class WelcomePage;

/**
 * @brief The application shell: connection picker, navigation sidebar over the registered panels (hidden
 * while there are none), the overview page, banners for recoverable errors and for a missing keychain, the
 * activity dock and the status bar with request progress and cancel.
 *
 * Window geometry, dock state and the appearance are kept in the controller's QSettings.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(SessionController *controller, QWidget *parent = nullptr);
    ~MainWindow() override;

    PanelRegistry *panels() const { return m_panels; }
    /// The account the panels work on (cleared when the session changes).
    AccountSelection *accountSelection() const { return m_selection; }
    /// Registers a panel: it appears in the sidebar and gets the current session.
    Panel *addPanel(std::unique_ptr<Panel> panel);

    WelcomePage *welcomePage() const { return m_welcome; }
    ActivityView *activityView() const { return m_activity; }
    QDockWidget *activityDock() const { return m_activityDock; }
    MessageWidget *errorBanner() const { return m_errorBanner; }
    MessageWidget *secretStorageBanner() const { return m_secretsBanner; }

public slots:
    /// Opens the Connections dialog (modal) on `profileId` (default: the current profile).
    void showConnections(const QString &profileId = {});
    /// Opens the Connections dialog when no profile exists yet (first start).
    void showConnectionsIfNone();
    void showAbout();
    void setThemeMode(csc::Theme::Mode mode);
    /// From SessionSecretStore::availabilityDetermined: shows the plain banner when secrets stay in memory.
    void setSecretStorageStatus(bool persistent, const QString &reason);
    void testCurrentConnection();
    void showOverview();
    /// Shows the registered panel `id` (false when there is none).
    bool showPanel(const QString &id);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createCentralArea();
    void createActivityDock();
    void createStatusBar();
    void restoreWindowState();
    void saveWindowState();
    void onSessionChanged(AzureSession *session);
    void onPanelActivated(const QModelIndex &index);
    void syncPicker();
    void updateActions();

    SessionController *m_controller;
    PanelRegistry *m_panels;
    AccountSelection *m_selection;

    QComboBox *m_picker = nullptr;
    QListView *m_sidebar = nullptr;
    QStackedWidget *m_stack = nullptr;
    WelcomePage *m_welcome = nullptr;
    MessageWidget *m_errorBanner = nullptr;
    MessageWidget *m_secretsBanner = nullptr;
    QDockWidget *m_activityDock = nullptr;
    ActivityView *m_activity = nullptr;
    RequestStatus *m_requestStatus = nullptr;
    QLabel *m_connectionLabel = nullptr;

    QAction *m_manageAction = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_disconnectAction = nullptr;
    QAction *m_testAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_overviewAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    QAction *m_themeActions[3] = {};
};

} // namespace csc
