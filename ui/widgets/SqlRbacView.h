// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/CosmosAccount.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace csc {

class AbstractJob;
class AzureSession;
class CommandPreview;
class MessageWidget;
class SqlRbacService;
class SqlRoleAssignmentModel;
class SqlRoleDefinitionModel;
struct SqlRoleAssignment;
struct SqlRoleDefinition;

/**
 * @brief Data-plane role-based access of one account: its role definitions (built-in and custom, what each
 * allows in plain words) and role assignments (principal, role, scope), with assign / remove and new /
 * delete custom role. Every change asks first where it takes rights away, shows progress with Cancel, and
 * shows its az command afterwards. All requests go through SqlRbacService.
 */
class SqlRbacView : public QWidget
{
    Q_OBJECT
public:
    explicit SqlRbacView(QWidget *parent = nullptr);
    ~SqlRbacView() override;

    /// The account to show (invalid = none) in `session` (nullptr = disconnected). Reloads.
    void setContext(AzureSession *session, const CosmosAccount &account);

    SqlRoleDefinitionModel *definitionsModel() const { return m_definitions; }
    SqlRoleAssignmentModel *assignmentsModel() const { return m_assignments; }
    QTableView *definitionsView() const { return m_definitionsView; }
    QTableView *assignmentsView() const { return m_assignmentsView; }
    MessageWidget *banner() const { return m_banner; }
    CommandPreview *lastCommand() const { return m_lastCommand; }
    bool isBusy() const { return !m_write.isNull() || m_loading > 0; }
    /// Poll interval of the long-running writes (tests shorten it).
    void setPollIntervalMs(int ms);

public slots:
    void refresh();
    void assignRole();
    void newRole();
    /// Removes the selected assignment, or deletes the selected custom role (asks first).
    void removeSelected();
    void cancelWrite();

signals:
    void busyChanged(bool busy);
    /// A change finished (successfully); the lists are reloaded.
    void changed();

private:
    void updateState();
    void showDefinitionDetails();
    void startWrite(AbstractJob *job, const QString &what);
    void finishWrite(const QString &message, const QString &command);
    void failWrite(const QString &what, const ApiError &error);
    void removeAssignment(const SqlRoleAssignment &assignment);
    void deleteDefinition(const SqlRoleDefinition &definition);

    QPointer<AzureSession> m_session;
    CosmosAccount m_account;
    std::unique_ptr<SqlRbacService> m_service;
    int m_pollMs = 5000;
    SqlRoleDefinitionModel *m_definitions;
    SqlRoleAssignmentModel *m_assignments;
    MessageWidget *m_banner;
    QLabel *m_intro;
    QTableView *m_definitionsView;
    QLabel *m_definitionDetails;
    QTableView *m_assignmentsView;
    QPushButton *m_refresh;
    QPushButton *m_assign;
    QPushButton *m_newRole;
    QPushButton *m_remove;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    CommandPreview *m_lastCommand;
    QPointer<AbstractJob> m_write;
    int m_loading = 0;
    quint64 m_generation = 0; ///< answers for an older account are dropped
};

} // namespace csc
