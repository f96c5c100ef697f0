// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/dialogs/SqlRoleAssignmentDialog.h"

#include "core/CosmosPermission.h"
#include "models/SqlRbacModels.h"
#include "net/SqlRbacService.h"
#include "ui/widgets/CommandPreview.h"
#include "ui/widgets/SqlScopePicker.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUuid>
#include <QVBoxLayout>

namespace csc {

SqlRoleAssignmentDialog::SqlRoleAssignmentDialog(const QString &accountId,
                                                 const SqlRoleDefinitionModel *definitions, QWidget *parent)
    : QDialog(parent), m_accountId(accountId), m_name(QUuid::createUuid().toString(QUuid::WithoutBraces)),
      m_definitions(definitions)
{
    setObjectName(QStringLiteral("sqlRoleAssignmentDialog"));
    setWindowTitle(tr("Assign a Data-Plane Role"));

    m_principal = new QLineEdit;
    m_principal->setObjectName(QStringLiteral("principalEdit"));
    m_principal->setAccessibleName(tr("Principal object id"));
    m_principal->setPlaceholderText(QStringLiteral("00000000-0000-0000-0000-000000000000"));
    m_principal->setToolTip(tr("The object id of a user, group, service principal or managed identity in "
                               "Microsoft Entra ID (not the application's client id)."));

    m_role = new QComboBox;
    m_role->setObjectName(QStringLiteral("roleCombo"));
    m_role->setAccessibleName(tr("Role"));
    for (const SqlRoleDefinition &d : definitions->definitions())
        m_role->addItem(d.roleName.isEmpty() ? d.name : d.roleName, d.id);
    m_roleAllows = new QLabel;
    m_roleAllows->setObjectName(QStringLiteral("roleAllows"));
    m_roleAllows->setWordWrap(true);

    m_scope = new SqlScopePicker;
    m_scope->setObjectName(QStringLiteral("scopePicker"));

    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #e04444;"));
    m_problem->setAccessibleName(tr("Problem with the form"));

    m_command = new CommandPreview;
    m_command->setObjectName(QStringLiteral("assignmentCommand"));
    m_command->setCaption(tr("Azure CLI"));

    auto *form = new QFormLayout;
    auto *principalLabel = new QLabel(tr("&Principal:"));
    principalLabel->setBuddy(m_principal);
    auto *roleLabel = new QLabel(tr("&Role:"));
    roleLabel->setBuddy(m_role);
    form->addRow(principalLabel, m_principal);
    form->addRow(roleLabel, m_role);
    form->addRow(QString(), m_roleAllows);
    form->addRow(tr("Scope:"), m_scope);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Assign"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("assignButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SqlRoleAssignmentDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SqlRoleAssignmentDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_command);
    layout->addWidget(m_buttons);

    for (QLineEdit *e : {m_principal})
        connect(e, &QLineEdit::textChanged, this, &SqlRoleAssignmentDialog::validate);
    connect(m_role, &QComboBox::currentIndexChanged, this, &SqlRoleAssignmentDialog::validate);
    connect(m_scope, &SqlScopePicker::changed, this, &SqlRoleAssignmentDialog::validate);
    resize(620, sizeHint().height());
    validate();
}

void SqlRoleAssignmentDialog::setRole(const QString &roleDefinitionId)
{
    const int row = m_definitions->rowOf(roleDefinitionId);
    if (row >= 0)
        m_role->setCurrentIndex(m_role->findData(m_definitions->definitions().at(row).id));
}

void SqlRoleAssignmentDialog::setPrincipal(const QString &objectId)
{
    m_principal->setText(objectId);
}

SqlRoleAssignment SqlRoleAssignmentDialog::assignment() const
{
    SqlRoleAssignment a;
    a.name = m_name;
    a.id = m_accountId + QStringLiteral("/sqlRoleAssignments/") + m_name;
    a.principalId = m_principal->text().trimmed();
    a.roleDefinitionId = m_role->currentData().toString();
    a.scope = SqlScope::absolute(m_accountId, m_scope->relativeScope());
    return a;
}

void SqlRoleAssignmentDialog::validate()
{
    const SqlRoleDefinition *role = m_definitions->find(m_role->currentData().toString());
    m_roleAllows->setText(role ? SqlRoleDefinitionModel::allowsText(*role) : QString());

    QString problem = m_scope->problem();
    const SqlRoleAssignment a = assignment();
    if (problem.isEmpty()) {
        if (auto ok = a.validate(m_accountId); !ok)
            problem = ok.error().message;
    }
    if (problem.isEmpty() && role) {
        bool inside = false;
        for (const QString &s : role->assignableScopes)
            inside = inside || SqlScope::covers(s, a.scope);
        if (!inside)
            problem =
                tr("“%1” can only be assigned at %2.")
                    .arg(role->roleName, SqlScope::describe(m_accountId, role->assignableScopes.value(0)));
    }
    // Say nothing about the empty form the dialog opens with.
    const bool untouched = m_principal->text().isEmpty();
    m_problem->setText(untouched ? QString() : problem);
    m_problem->setVisible(!untouched && !problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    m_command->setCommand(problem.isEmpty() ? SqlRbacService::azCreateAssignmentCommand(m_accountId, a)
                                            : QString());
}

void SqlRoleAssignmentDialog::accept()
{
    validate();
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    QDialog::accept();
}

} // namespace csc
