// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/CosmosAccount.h"
#include "net/KeysService.h"
#include "ui/panels/Panel.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <array>
#include <memory>

class QCheckBox;
class QGridLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSettings;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace csc {

class AccountSelection;
class CommandPreview;
class CosmosDataClient;
class KeyRotationWizard;
class MessageWidget;
class SecretClipboard;
class SecretStore;

/**
 * @brief The Keys panel: the account keys and connection strings of the selected account (fetched only when
 * asked, masked, one revealed at a time for a limited time, copied to a self-clearing clipboard), their age,
 * regeneration (single or guided rotation), "Test key" against the data plane, remembering a key in the
 * system keychain, and switching key-based authentication / key-based metadata writes on or off, each change
 * with its equivalent Azure CLI command.
 *
 * Keys live only in SecureBytes while loaded and are wiped when cleared, when the account or session changes
 * and after `keys/keepLoadedSeconds`; never in QSettings, never logged. Settings (QSettings):
 * `keys/revealSeconds` (30), `keys/maxAgeDays` (90), `keys/keepLoadedSeconds` (300),
 * `clipboard/clearSeconds` (30). Remembered keys are stored under "account/<lowercase ARM id>/<keyKind>".
 */
class KeysPanel : public QObject, public Panel
{
    Q_OBJECT
public:
    static constexpr int kDefaultRevealSeconds = 30;
    static constexpr int kDefaultMaxAgeDays = 90;
    static constexpr int kDefaultKeepLoadedSeconds = 300;
    static QString revealSecondsKey() { return QStringLiteral("keys/revealSeconds"); }
    static QString maxAgeDaysKey() { return QStringLiteral("keys/maxAgeDays"); }
    static QString keepLoadedSecondsKey() { return QStringLiteral("keys/keepLoadedSeconds"); }
    /// "account/<lowercase ARM id>/<primary|secondary|primaryReadonly|secondaryReadonly>"
    static QString secretKeyName(const QString &accountId, KeyKind kind);
    /// Translated "Primary key", "Secondary read-only key", ...
    static QString keyLabel(KeyKind kind);
    /// The key's name inside a sentence ("the %1"): "primary key" in English, the noun as the language
    /// writes it elsewhere (German capitalises it).
    static QString keyNoun(KeyKind kind);

    KeysPanel(AccountSelection *selection, SecretStore *secrets, QSettings *settings,
              QObject *parent = nullptr);
    ~KeysPanel() override;

    QString id() const override { return QStringLiteral("keys"); }
    QString title() const override;
    QIcon icon() const override;
    QWidget *widget() override;
    void setSession(AzureSession *session) override;

    const CosmosAccount &account() const { return m_account; }
    KeysService *service() const { return m_service.get(); }
    SecretClipboard *clipboard() const { return m_clipboard; }
    KeyRotationWizard *rotationWizard() const { return m_wizard; }
    bool isLoading() const { return m_loading; }
    bool hasLoadedKeys() const { return !m_keys.isEmpty() || !m_connectionStrings.isEmpty(); }
    bool isOperationRunning() const { return !m_operation.isNull(); }
    bool isRemembered(KeyKind kind) const { return m_remembered[std::size_t(kind)]; }

public slots:
    /// Fetches the keys (read-only keys when listKeys is refused) and the connection strings.
    void loadKeys();
    /// Masks whatever is revealed.
    void maskAll();
    /// Masks and wipes every loaded key and connection string.
    void clearKeys();
    /// Asks, then regenerates `kind` (a long-running operation with progress and cancel).
    void regenerate(csc::KeyKind kind);
    /// Signs a data-plane request with `kind` (loaded or remembered) and reports the outcome.
    void testKey(csc::KeyKind kind);
    /// Asks (with the consequences), then PATCHes the account.
    void changeAuthSetting(csc::KeysService::AuthSetting setting, bool value);
    /// Opens the guided rotation wizard.
    void startRotation();
    /// Stops waiting for the running regeneration or PATCH.
    void cancelOperation();

signals:
    /// The user asked to see another panel (the empty state's "Open Accounts").
    void openPanelRequested(const QString &panelId);
    /// A loadKeys() ended (successfully or not).
    void keysLoaded();
    /// The running regeneration / PATCH reported progress (percent -1 when unknown).
    void operationProgressed(const QString &status, int percent);
    /// A regeneration / PATCH ended; ok is false on failure and cancellation.
    void operationFinished(bool ok);
    /// A "Test key" ended.
    void keyTested(csc::KeyKind kind, bool ok);
    /// A keychain write or removal ended.
    void rememberChanged(csc::KeyKind kind, bool remembered);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct SecretRow
    {
        int id = -1; ///< 0..3 = KeyKind, 100 + i = connection string i
        QString label;
        QLabel *name = nullptr;
        QLineEdit *value = nullptr;
        QToolButton *reveal = nullptr;
        QToolButton *copy = nullptr;
        QLabel *ageIcon = nullptr;
        QLabel *age = nullptr;
        QToolButton *test = nullptr;
        QToolButton *regenerate = nullptr;
        QCheckBox *remember = nullptr;
        QToolButton *forget = nullptr;
    };

    void buildUi();
    void buildKeyRow(KeyKind kind, QGridLayout *grid, int gridRow);
    void rebuildConnectionStringRows();
    void onSelectionChanged(const CosmosAccount &account);
    void resetForAccount(const CosmosAccount &account);
    void refreshAccountView();
    void updateKeyRows();
    void updateActions();
    void updateStatus();
    void fetchReadOnlyKeys();
    void fetchConnectionStrings();
    void finishLoading();
    void showPermissionNotice();
    void setRevealed(int rowId, bool revealed);
    void copyRow(int rowId);
    const SecureBytes *secretFor(int rowId) const;
    SecretRow *rowById(int rowId);
    void touchLoadedKeys();
    void checkRemembered();
    void setRemember(KeyKind kind, bool remember);
    void forgetRemembered(KeyKind kind, bool quiet);
    void runTest(KeyKind kind, const SecureBytes &key);
    void startOperation(LroJob *job, const QString &text);
    void endOperation();
    void onAccountChanged(const CosmosAccount &account);
    void previewCommand(const QString &command);
    void dropService();
    int settingInt(const QString &key, int fallback, int minimum) const;
    QString connectionStringsFor(KeyKind kind) const;

    QPointer<AccountSelection> m_selection;
    QPointer<SecretStore> m_secrets;
    QSettings *m_settings;
    SecretClipboard *m_clipboard;
    QPointer<AzureSession> m_session;
    std::unique_ptr<KeysService> m_service;
    std::unique_ptr<CosmosDataClient> m_dataClient;
    CosmosAccount m_account;

    AccountKeys m_keys;
    ConnectionStrings m_connectionStrings;
    bool m_loading = false;
    bool m_listKeysDenied = false;
    bool m_readOnlyKeysDenied = false;
    bool m_connectionStringsDenied = false;
    bool m_loadedOnce = false;
    std::array<bool, 4> m_remembered{};
    quint64 m_generation = 0; ///< answers for an earlier account / session are ignored
    QPointer<AbstractJob> m_loadJob;
    QPointer<LroJob> m_operation;
    bool m_cancelRequested = false;
    QString m_operationText;
    int m_testing = -1; ///< KeyKind under test, -1 = none

    int m_revealedRow = -1;
    int m_revealLeft = 0;
    QTimer *m_revealTimer;
    QTimer *m_keepTimer;
    QPointer<KeyRotationWizard> m_wizard;
    QPointer<QWidget> m_watchedWindow;

    // Widgets (owned by m_widget).
    QPointer<QWidget> m_widget;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_openAccounts = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    MessageWidget *m_banner = nullptr;
    QLabel *m_localAuthNotice = nullptr;
    QPushButton *m_load = nullptr;
    QPushButton *m_clear = nullptr;
    QPushButton *m_rotate = nullptr;
    QLabel *m_revealStatus = nullptr;
    QLabel *m_clipboardStatus = nullptr;
    QWidget *m_operationBar = nullptr;
    QLabel *m_operationLabel = nullptr;
    QProgressBar *m_operationProgress = nullptr;
    QPushButton *m_cancelOperation = nullptr;
    QLabel *m_permissionNotice = nullptr;
    QGroupBox *m_keysBox = nullptr;
    QLabel *m_keysHint = nullptr;
    std::array<SecretRow, 4> m_keyRows;
    QGroupBox *m_connectionBox = nullptr;
    QGridLayout *m_connectionGrid = nullptr;
    QLabel *m_connectionHint = nullptr;
    QList<SecretRow> m_connectionRows;
    QLabel *m_localAuthState = nullptr;
    QPushButton *m_toggleLocalAuth = nullptr;
    QLabel *m_metadataState = nullptr;
    QPushButton *m_toggleMetadata = nullptr;
    CommandPreview *m_command = nullptr;
};

} // namespace csc
