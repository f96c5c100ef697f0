// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/ApiError.h"
#include "core/CosmosAccount.h"
#include "core/CosmosPermission.h"
#include "core/SecureBytes.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>

#include <memory>

class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTimeEdit;
class QTimer;
class QToolButton;
class QTreeView;

namespace csc {

class AbstractJob;
class AzureSession;
class CosmosItemsClient;
class CosmosPermissionsService;
class KeysService;
class MasterKeyAuthorizer;
class MessageWidget;
class PermissionTreeModel;
class SecretClipboard;

/**
 * @brief Cosmos DB users and permissions (resource tokens) of one account: a tree of databases → users →
 * permissions, new / rename / delete users, new / edit / delete permissions, and for a permission: mint a
 * resource token with a chosen lifetime (masked, reveal for a while, safe copy, live countdown, wiped when it
 * expires), try it against the permitted resource (a read and a write probe, each allowed or denied with the
 * service's reason), and revoke it (delete or replace the permission).
 *
 * Managing users needs the account's primary key: fetched on demand (Load) through KeysService::listKeys,
 * held only in a MasterKeyAuthorizer and dropped with the account or session. Without listKeys the view says
 * so in place. All requests go through CosmosPermissionsService and CosmosItemsClient.
 */
class ResourceTokensView : public QWidget
{
    Q_OBJECT
public:
    /// The outcome of one "Try this token" probe.
    enum class Outcome
    {
        None,
        Running,
        Allowed,
        Denied,
        Failed,
        NotTried
    };
    Q_ENUM(Outcome)

    explicit ResourceTokensView(QWidget *parent = nullptr);
    ~ResourceTokensView() override;

    /// The account to show (invalid = none) in `session` (nullptr = disconnected). Drops any key and token.
    void setContext(AzureSession *session, const CosmosAccount &account);

    PermissionTreeModel *model() const { return m_model; }
    QTreeView *treeView() const { return m_tree; }
    MessageWidget *banner() const { return m_banner; }
    bool hasKey() const;
    bool hasToken() const { return !m_token.isEmpty(); }
    bool isBusy() const { return !m_write.isNull() || m_loading > 0; }
    bool isTrying() const { return m_trying; }
    Outcome readOutcome() const { return m_readOutcome; }
    Outcome writeOutcome() const { return m_writeOutcome; }
    /// Seconds of the reveal before the token is masked again (tests shorten it).
    void setRevealSeconds(int seconds) { m_revealSeconds = seconds; }

public slots:
    /// Fetches the primary key (listKeys) and lists the databases.
    void load();
    void refresh();
    void newUser();
    void renameUser();
    void newPermission();
    void editPermission();
    /// Deletes the selected user or permission (asks first).
    void deleteSelected();
    void mintToken();
    void tryToken();
    /// Wipes the minted token now.
    void forgetToken();
    void cancelWrite();

signals:
    void busyChanged(bool busy);
    /// "Inspect" on the minted token: the token inspector should analyse it (the receiver must not keep or
    /// log it beyond its own analysis).
    void inspectRequested(const csc::SecureBytes &token);
    /// A change finished successfully.
    void changed();

private:
    struct Selection
    {
        QString database;
        QString user;
        QString permission;
    };
    Selection selection() const;
    void dropKey();
    void updateState();
    void loadUsers(const QString &database);
    void loadPermissions(const QString &database, const QString &user, const QString &select = {});
    void startWrite(AbstractJob *job, const QString &what);
    void endWrite();
    void failWrite(const QString &what, const ApiError &error);
    void showMissingListKeys(const ApiError &error);
    void tick();
    void setRevealed(bool revealed);
    void updateTokenView();
    void setOutcome(bool read, Outcome outcome, const QString &text);
    QString outcomeText(const QString &what, const ApiError &error) const;
    void runProbes(const CosmosContainer *container, quint64 run);

    QPointer<AzureSession> m_session;
    CosmosAccount m_account;
    std::unique_ptr<KeysService> m_keys;
    std::shared_ptr<MasterKeyAuthorizer> m_master;
    std::unique_ptr<CosmosPermissionsService> m_service;
    std::unique_ptr<CosmosItemsClient> m_items;
    PermissionTreeModel *m_model;

    MessageWidget *m_banner;
    QLabel *m_intro;
    QLabel *m_notice;
    QPushButton *m_load;
    QLabel *m_keyState;
    QWidget *m_manage;
    QTreeView *m_tree;
    QPushButton *m_newUser;
    QPushButton *m_rename;
    QPushButton *m_newPermission;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_refresh;
    QProgressBar *m_progress;
    QPushButton *m_cancel;

    QGroupBox *m_tokenBox;
    QTimeEdit *m_lifetime;
    QPushButton *m_mint;
    QLabel *m_tokenFor;
    QLineEdit *m_tokenField;
    QToolButton *m_reveal;
    QToolButton *m_copy;
    QPushButton *m_forget;
    QLabel *m_countdown;
    QLabel *m_clipboardStatus;
    QPushButton *m_try;
    QLabel *m_readResult;
    QLabel *m_writeResult;

    SecretClipboard *m_clipboard;
    QTimer *m_tick;
    SecureBytes m_token;
    CosmosPermission m_tokenPermission; ///< what the token grants (its own token field stays empty)
    QDateTime m_tokenExpiresAt;
    bool m_tokenExpired = false;
    bool m_tokenRevoked = false;
    int m_revealSeconds = 20;
    int m_revealLeft = 0;
    bool m_trying = false;
    quint64 m_tryRun = 0;
    Outcome m_readOutcome = Outcome::None;
    Outcome m_writeOutcome = Outcome::None;
    QPointer<AbstractJob> m_write;
    QPointer<AbstractJob> m_keyJob;
    int m_loading = 0;
    quint64 m_generation = 0; ///< answers for an older account or key are dropped
};

} // namespace csc
