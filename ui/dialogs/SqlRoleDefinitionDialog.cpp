// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/dialogs/SqlRoleDefinitionDialog.h"

#include "core/CosmosPermission.h"
#include "net/SqlRbacService.h"
#include "ui/widgets/CommandPreview.h"
#include "ui/widgets/SqlScopePicker.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QUuid>
#include <QVBoxLayout>

namespace csc {

SqlRoleDefinitionDialog::SqlRoleDefinitionDialog(const QString &accountId, QWidget *parent)
    : QDialog(parent), m_accountId(accountId), m_name(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    setObjectName(QStringLiteral("sqlRoleDefinitionDialog"));
    setWindowTitle(tr("New Custom Data-Plane Role"));

    m_roleName = new QLineEdit;
    m_roleName->setObjectName(QStringLiteral("roleNameEdit"));
    m_roleName->setAccessibleName(tr("Role name"));
    m_roleName->setPlaceholderText(tr("e.g. Order writer"));
    m_roleName->setMaxLength(255);

    m_actions = new QListWidget;
    m_actions->setObjectName(QStringLiteral("actionList"));
    m_actions->setAccessibleName(tr("Data actions"));
    const QString prefix = QStringLiteral("Microsoft.DocumentDB/databaseAccounts/");
    for (const QString &action : SqlRoleDefinition::knownDataActions()) {
        auto *item = new QListWidgetItem(
            tr("%1 — %2").arg(SqlRoleDefinition::describeDataAction(action), action.mid(prefix.size())),
            m_actions);
        item->setData(Qt::UserRole, action);
        item->setToolTip(action);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_actions->setMinimumHeight(220);

    m_scope = new SqlScopePicker;
    m_scope->setObjectName(QStringLiteral("scopePicker"));

    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #e04444;"));
    m_problem->setAccessibleName(tr("Problem with the form"));
    m_command = new CommandPreview;
    m_command->setObjectName(QStringLiteral("definitionCommand"));
    m_command->setCaption(tr("Azure CLI"));

    auto *form = new QFormLayout;
    auto *nameLabel = new QLabel(tr("&Name:"));
    nameLabel->setBuddy(m_roleName);
    auto *actionsLabel = new QLabel(tr("A&llows:"));
    actionsLabel->setBuddy(m_actions);
    form->addRow(nameLabel, m_roleName);
    form->addRow(actionsLabel, m_actions);
    form->addRow(tr("Assignable at:"), m_scope);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("createButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SqlRoleDefinitionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SqlRoleDefinitionDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_command);
    layout->addWidget(m_buttons);

    for (QLineEdit *e : {m_roleName})
        connect(e, &QLineEdit::textChanged, this, [this] {
            m_touched = true;
            validate();
        });
    connect(m_actions, &QListWidget::itemChanged, this, [this] {
        m_touched = true;
        validate();
    });
    connect(m_scope, &SqlScopePicker::changed, this, &SqlRoleDefinitionDialog::validate);
    resize(680, sizeHint().height());
    validate();
}

SqlRoleDefinition SqlRoleDefinitionDialog::definition() const
{
    SqlRoleDefinition d;
    d.name = m_name;
    d.id = m_accountId + QStringLiteral("/sqlRoleDefinitions/") + m_name;
    d.roleName = m_roleName->text().trimmed();
    for (int i = 0; i < m_actions->count(); ++i) {
        if (m_actions->item(i)->checkState() == Qt::Checked)
            d.dataActions << m_actions->item(i)->data(Qt::UserRole).toString();
    }
    d.assignableScopes = {SqlScope::absolute(m_accountId, m_scope->relativeScope())};
    return d;
}

void SqlRoleDefinitionDialog::validate()
{
    QString problem = m_scope->problem();
    const SqlRoleDefinition d = definition();
    if (problem.isEmpty())
        if (auto ok = d.validate(m_accountId); !ok)
            problem = ok.error().message;
    m_problem->setText(m_touched ? problem : QString());
    m_problem->setVisible(m_touched && !problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    m_command->setCommand(problem.isEmpty() ? SqlRbacService::azCreateDefinitionCommand(m_accountId, d)
                                            : QString());
}

void SqlRoleDefinitionDialog::accept()
{
    m_touched = true;
    validate();
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    QDialog::accept();
}

} // namespace csc
