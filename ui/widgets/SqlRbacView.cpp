// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/widgets/SqlRbacView.h"

#include "models/AccountTreeModel.h"
#include "models/SqlRbacModels.h"
#include "net/AzureSession.h"
#include "net/RestJob.h"
#include "net/SqlRbacService.h"
#include "ui/MessageBox.h"
#include "ui/dialogs/SqlRoleAssignmentDialog.h"
#include "ui/dialogs/SqlRoleDefinitionDialog.h"
#include "ui/widgets/CommandPreview.h"
#include "ui/widgets/MessageWidget.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace csc {

namespace {
QTableView *makeTable(const QString &objectName, const QString &accessibleName, QAbstractItemModel *model)
{
    auto *view = new QTableView;
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->setTabKeyNavigation(false);
    return view;
}

/// The action an ARM AuthorizationFailed names, as advice; empty when there is none.
QString missingActionText(const ApiError &error)
{
    const QString action = AccountTreeModel::missingAction(error);
    return action.isEmpty() ? QString() : SqlRbacView::tr("Missing permission: %1").arg(action);
}
} // namespace

SqlRbacView::SqlRbacView(QWidget *parent)
    : QWidget(parent), m_definitions(new SqlRoleDefinitionModel(this)),
      m_assignments(new SqlRoleAssignmentModel(m_definitions, this))
{
    setObjectName(QStringLiteral("sqlRbacView"));
    m_banner = new MessageWidget;
    m_banner->setObjectName(QStringLiteral("rbacBanner"));
    m_banner->hide();
    m_intro =
        new QLabel(tr("Data-plane role-based access lets Microsoft Entra identities (users, groups, service "
                      "principals, managed identities) read and write data without account keys. Assign a "
                      "role to a principal for the whole account, one database or one container."));
    m_intro->setWordWrap(true);

    m_refresh = new QPushButton(QIcon(QStringLiteral(":/icons/refresh.svg")), tr("Re&fresh"));
    m_refresh->setObjectName(QStringLiteral("rbacRefresh"));
    m_assign = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("&Assign Role…"));
    m_assign->setObjectName(QStringLiteral("assignRoleButton"));
    m_newRole = new QPushButton(tr("&New Custom Role…"));
    m_newRole->setObjectName(QStringLiteral("newRoleButton"));
    m_remove = new QPushButton(QIcon(QStringLiteral(":/icons/remove.svg")), tr("&Remove"));
    m_remove->setObjectName(QStringLiteral("removeButton"));
    m_remove->setToolTip(tr("Remove the selected assignment, or delete the selected custom role"));
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("rbacProgress"));
    m_progress->setAccessibleName(tr("Change in progress"));
    m_progress->setMaximumWidth(200);
    m_progress->hide();
    m_cancel = new QPushButton(QIcon(QStringLiteral(":/icons/cancel.svg")), tr("Cancel"));
    m_cancel->setObjectName(QStringLiteral("rbacCancel"));
    m_cancel->setToolTip(tr("Stop waiting; the change may still complete in Azure"));
    m_cancel->hide();
    auto *buttons = new QHBoxLayout;
    for (QWidget *w : {static_cast<QWidget *>(m_assign), static_cast<QWidget *>(m_newRole),
                       static_cast<QWidget *>(m_remove)})
        buttons->addWidget(w);
    buttons->addStretch(1);
    buttons->addWidget(m_progress);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_refresh);

    m_definitionsView = makeTable(QStringLiteral("definitionsView"), tr("Role definitions"), m_definitions);
    m_definitionDetails = new QLabel;
    m_definitionDetails->setObjectName(QStringLiteral("definitionDetails"));
    m_definitionDetails->setWordWrap(true);
    m_definitionDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_assignmentsView = makeTable(QStringLiteral("assignmentsView"), tr("Role assignments"), m_assignments);
    {
        QHeaderView *h = m_definitionsView->horizontalHeader();
        h->setStretchLastSection(false);
        h->setSectionResizeMode(SqlRoleDefinitionModel::NameColumn, QHeaderView::ResizeToContents);
        h->setSectionResizeMode(SqlRoleDefinitionModel::KindColumn, QHeaderView::ResizeToContents);
        h->setSectionResizeMode(SqlRoleDefinitionModel::AllowsColumn, QHeaderView::Stretch);
        h->setSectionResizeMode(SqlRoleDefinitionModel::ScopesColumn, QHeaderView::ResizeToContents);
        QHeaderView *a = m_assignmentsView->horizontalHeader();
        a->setStretchLastSection(false);
        a->setSectionResizeMode(SqlRoleAssignmentModel::PrincipalColumn, QHeaderView::ResizeToContents);
        a->setSectionResizeMode(SqlRoleAssignmentModel::RoleColumn, QHeaderView::ResizeToContents);
        a->setSectionResizeMode(SqlRoleAssignmentModel::ScopeColumn, QHeaderView::Stretch);
    }

    auto *definitionsBox = new QWidget;
    auto *definitionsLayout = new QVBoxLayout(definitionsBox);
    definitionsLayout->setContentsMargins(0, 0, 0, 0);
    auto *definitionsTitle = new QLabel(tr("<b>Roles</b>"));
    definitionsTitle->setBuddy(m_definitionsView);
    definitionsLayout->addWidget(definitionsTitle);
    definitionsLayout->addWidget(m_definitionsView, 1);
    definitionsLayout->addWidget(m_definitionDetails);
    auto *assignmentsBox = new QWidget;
    auto *assignmentsLayout = new QVBoxLayout(assignmentsBox);
    assignmentsLayout->setContentsMargins(0, 0, 0, 0);
    auto *assignmentsTitle = new QLabel(tr("<b>Assignments</b>"));
    assignmentsTitle->setBuddy(m_assignmentsView);
    assignmentsLayout->addWidget(assignmentsTitle);
    assignmentsLayout->addWidget(m_assignmentsView, 1);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(assignmentsBox);
    splitter->addWidget(definitionsBox);
    splitter->setChildrenCollapsible(false);

    m_lastCommand = new CommandPreview;
    m_lastCommand->setObjectName(QStringLiteral("rbacLastCommand"));
    m_lastCommand->setCaption(tr("Azure CLI equivalent of the last change"));
    m_lastCommand->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_intro);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_lastCommand);

    connect(m_refresh, &QPushButton::clicked, this, &SqlRbacView::refresh);
    connect(m_assign, &QPushButton::clicked, this, &SqlRbacView::assignRole);
    connect(m_newRole, &QPushButton::clicked, this, &SqlRbacView::newRole);
    connect(m_remove, &QPushButton::clicked, this, &SqlRbacView::removeSelected);
    connect(m_cancel, &QPushButton::clicked, this, &SqlRbacView::cancelWrite);
    // One selection at a time: choosing a role clears the assignment selection and the other way round.
    connect(m_definitionsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (m_definitionsView->currentIndex().isValid())
            m_assignmentsView->clearSelection();
        showDefinitionDetails();
        updateState();
    });
    connect(m_assignmentsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (m_assignmentsView->currentIndex().isValid())
            m_definitionsView->clearSelection();
        updateState();
    });
    // The selection itself arrives after the current row: update the buttons again then.
    for (QTableView *view : {m_definitionsView, m_assignmentsView})
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &SqlRbacView::updateState);
    updateState();
}

SqlRbacView::~SqlRbacView()
{
    if (m_write)
        m_write->abort();
}

void SqlRbacView::setPollIntervalMs(int ms)
{
    m_pollMs = ms;
    if (m_service)
        m_service->setDefaultPollIntervalMs(ms);
}

void SqlRbacView::setContext(AzureSession *session, const CosmosAccount &account)
{
    if (m_write)
        m_write->abort();
    ++m_generation;
    m_loading = 0;
    m_session = session;
    m_account = account;
    m_service.reset();
    m_definitions->setDefinitions({});
    m_assignments->setAssignments({});
    m_banner->hideMessage();
    m_lastCommand->hide();
    if (session && account.isValid()) {
        m_service = std::make_unique<SqlRbacService>(session, account.id);
        m_service->setDefaultPollIntervalMs(m_pollMs);
        m_definitions->setAccountId(account.id);
        m_assignments->setAccountId(account.id);
        refresh();
    }
    updateState();
}

void SqlRbacView::refresh()
{
    if (!m_service)
        return;
    const quint64 generation = ++m_generation;
    m_loading = 2;
    emit busyChanged(true);
    updateState();
    auto loaded = [this, generation] {
        if (generation != m_generation)
            return;
        if (--m_loading == 0)
            emit busyChanged(isBusy());
        updateState();
    };
    m_service->listRoleDefinitions(this,
                                   [this, generation, loaded](const Result<QList<SqlRoleDefinition>> &r) {
                                       if (generation != m_generation)
                                           return;
                                       if (r.ok())
                                           m_definitions->setDefinitions(r.value());
                                       else
                                           m_banner->showError(tr("Loading the data-plane roles"), r.error());
                                       loaded();
                                   });
    m_service->listRoleAssignments(
        this, [this, generation, loaded](const Result<QList<SqlRoleAssignment>> &r) {
            if (generation != m_generation)
                return;
            if (r.ok()) {
                m_assignments->setAssignments(r.value());
            } else {
                m_banner->showError(tr("Loading the data-plane role assignments"), r.error());
                if (const QString missing = missingActionText(r.error()); !missing.isEmpty())
                    m_intro->setToolTip(missing);
            }
            loaded();
        });
}

void SqlRbacView::updateState()
{
    const bool ready = m_service && !isBusy();
    m_refresh->setEnabled(m_service && !isBusy());
    m_assign->setEnabled(ready && m_definitions->rowCount() > 0);
    m_newRole->setEnabled(ready);
    const QModelIndex definition = m_definitionsView->selectionModel()->hasSelection()
                                       ? m_definitionsView->currentIndex()
                                       : QModelIndex();
    const QModelIndex assignment = m_assignmentsView->selectionModel()->hasSelection()
                                       ? m_assignmentsView->currentIndex()
                                       : QModelIndex();
    const bool customSelected =
        definition.isValid() && !definition.data(SqlRoleDefinitionModel::BuiltInRole).toBool();
    m_remove->setEnabled(ready && (assignment.isValid() || customSelected));
    m_remove->setText(assignment.isValid() ? tr("&Remove Assignment")
                                           : (customSelected ? tr("&Delete Role") : tr("&Remove")));
}

void SqlRbacView::showDefinitionDetails()
{
    const QModelIndex index = m_definitionsView->currentIndex();
    if (!index.isValid()) {
        m_definitionDetails->clear();
        return;
    }
    const SqlRoleDefinition d =
        index.siblingAtColumn(0).data(SqlRoleDefinitionModel::DefinitionRole).value<SqlRoleDefinition>();
    QStringList lines;
    for (const QString &a : d.dataActions)
        lines << QStringLiteral("• %1 <span style=\"opacity:0.7\">(%2)</span>")
                     .arg(SqlRoleDefinition::describeDataAction(a).toHtmlEscaped(), a.toHtmlEscaped());
    const int used = m_assignments->countUsing(d.id);
    const QString usedText = tr("Assigned %n time(s).", nullptr, used);
    m_definitionDetails->setText(
        QStringLiteral("<b>%1</b><br>%2<br>%3")
            .arg(d.roleName.toHtmlEscaped(), lines.join(QStringLiteral("<br>")), usedText.toHtmlEscaped()));
}

void SqlRbacView::startWrite(AbstractJob *job, const QString &what)
{
    if (!job)
        return; // invalid input: the service answers with the error later
    m_write = job;
    m_progress->setRange(0, 0);
    m_progress->setFormat(what);
    m_progress->setToolTip(what);
    m_progress->show();
    m_cancel->show();
    if (auto *lro = qobject_cast<LroJob *>(job)) {
        connect(lro, &LroJob::progressed, this, [this](const QString &status, int percent) {
            m_progress->setToolTip(status);
            if (percent >= 0) {
                m_progress->setRange(0, 100);
                m_progress->setValue(percent);
            }
        });
    }
    connect(job, &AbstractJob::ended, this, [this] {
        m_progress->hide();
        m_cancel->hide();
        emit busyChanged(isBusy());
        updateState();
    });
    emit busyChanged(true);
    updateState();
}

void SqlRbacView::finishWrite(const QString &message, const QString &command)
{
    m_banner->showMessage(message, MessageWidget::Type::Positive);
    m_lastCommand->setCommand(command);
    m_lastCommand->show();
    emit changed();
    refresh();
}

void SqlRbacView::failWrite(const QString &what, const ApiError &error)
{
    if (error.isCancelled()) {
        m_banner->showMessage(tr("Stopped waiting. The change may still complete in Azure; refresh to see."),
                              MessageWidget::Type::Information);
        return;
    }
    m_banner->showError(what, error);
}

void SqlRbacView::cancelWrite()
{
    if (m_write)
        m_write->abort();
}

void SqlRbacView::assignRole()
{
    if (!m_service || isBusy())
        return;
    SqlRoleAssignmentDialog dialog(m_account.id, m_definitions, this);
    if (m_definitionsView->currentIndex().isValid())
        dialog.setRole(m_definitionsView->currentIndex()
                           .siblingAtColumn(0)
                           .data(SqlRoleDefinitionModel::IdRole)
                           .toString());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const SqlRoleAssignment a = dialog.assignment();
    const QString role = m_definitions->roleName(a.roleDefinitionId);
    const QString scope = SqlScope::describe(m_account.id, a.scope);
    const QString command = SqlRbacService::azCreateAssignmentCommand(m_account.id, a);
    startWrite(
        m_service->putRoleAssignment(
            a, this,
            [this, role, scope, command, principal = a.principalId](const Result<SqlRoleAssignment> &r) {
                if (!r.ok()) {
                    failWrite(tr("Assigning “%1”").arg(role), r.error());
                    return;
                }
                finishWrite(tr("Assigned “%1” to %2 for %3.").arg(role, principal, scope), command);
            }),
        tr("Assigning “%1”…").arg(role));
}

void SqlRbacView::newRole()
{
    if (!m_service || isBusy())
        return;
    SqlRoleDefinitionDialog dialog(m_account.id, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const SqlRoleDefinition d = dialog.definition();
    const QString command = SqlRbacService::azCreateDefinitionCommand(m_account.id, d);
    startWrite(
        m_service->putRoleDefinition(d, this,
                                     [this, name = d.roleName, command](const Result<SqlRoleDefinition> &r) {
                                         if (!r.ok()) {
                                             failWrite(tr("Creating the role “%1”").arg(name), r.error());
                                             return;
                                         }
                                         finishWrite(tr("Created the role “%1”.").arg(name), command);
                                     }),
        tr("Creating “%1”…").arg(d.roleName));
}

void SqlRbacView::removeSelected()
{
    if (!m_service || isBusy())
        return;
    if (m_assignmentsView->selectionModel()->hasSelection() && m_assignmentsView->currentIndex().isValid()) {
        removeAssignment(m_assignmentsView->currentIndex()
                             .siblingAtColumn(0)
                             .data(SqlRoleAssignmentModel::AssignmentRole)
                             .value<SqlRoleAssignment>());
        return;
    }
    if (m_definitionsView->selectionModel()->hasSelection() && m_definitionsView->currentIndex().isValid()) {
        const SqlRoleDefinition d = m_definitionsView->currentIndex()
                                        .siblingAtColumn(0)
                                        .data(SqlRoleDefinitionModel::DefinitionRole)
                                        .value<SqlRoleDefinition>();
        if (!d.builtIn)
            deleteDefinition(d);
    }
}

void SqlRbacView::removeAssignment(const SqlRoleAssignment &a)
{
    const QString role = m_definitions->roleName(a.roleDefinitionId);
    const QString scope = SqlScope::describe(m_account.id, a.scope);
    const SqlRoleDefinition *d = m_definitions->find(a.roleDefinitionId);
    const QString allows = d ? SqlRoleDefinitionModel::allowsText(*d) : QString();
    if (MessageBox::question(this, tr("Remove Role Assignment"),
                             tr("Remove “%1” from %2 for %3?").arg(role, a.principalId, scope),
                             tr("Applications signing in as this principal lose these rights at once (unless "
                                "another assignment grants them): %1")
                                 .arg(allows),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No,
                             QMessageBox::Warning) != QMessageBox::Yes)
        return;
    const QString command = SqlRbacService::azDeleteAssignmentCommand(m_account.id, a.name);
    startWrite(m_service->deleteRoleAssignment(a.name, this,
                                               [this, role, scope, command](const Result<void> &r) {
                                                   if (!r.ok()) {
                                                       failWrite(tr("Removing “%1”").arg(role), r.error());
                                                       return;
                                                   }
                                                   finishWrite(tr("Removed “%1” for %2.").arg(role, scope),
                                                               command);
                                               }),
               tr("Removing “%1”…").arg(role));
}

void SqlRbacView::deleteDefinition(const SqlRoleDefinition &d)
{
    const int used = m_assignments->countUsing(d.id);
    if (used > 0) {
        const QString text = tr("“%1” is assigned %n time(s). Remove its assignments first.", nullptr, used);
        m_banner->showMessage(text.arg(d.roleName), MessageWidget::Type::Warning);
        return;
    }
    if (MessageBox::question(
            this, tr("Delete Custom Role"), tr("Delete the custom role “%1”?").arg(d.roleName),
            tr("It is not assigned to anyone, so nothing loses access."), QMessageBox::Yes | QMessageBox::No,
            QMessageBox::No, QMessageBox::Warning) != QMessageBox::Yes)
        return;
    const QString command = SqlRbacService::azDeleteDefinitionCommand(m_account.id, d.name);
    startWrite(m_service->deleteRoleDefinition(d.name, this,
                                               [this, name = d.roleName, command](const Result<void> &r) {
                                                   if (!r.ok()) {
                                                       failWrite(tr("Deleting “%1”").arg(name), r.error());
                                                       return;
                                                   }
                                                   finishWrite(tr("Deleted the role “%1”.").arg(name),
                                                               command);
                                               }),
               tr("Deleting “%1”…").arg(d.roleName));
}

} // namespace csc
