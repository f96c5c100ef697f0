// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/dialogs/SqlRoleAssignmentDialog.h"

#include "core/CosmosPermission.h"
#include "models/SqlRbacModels.h"
#include "net/SqlRbacService.h"
#include "ui/widgets/CommandPreview.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
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

    m_scopeAccount = new QRadioButton(tr("The whole &account"));
    m_scopeAccount->setObjectName(QStringLiteral("scopeAccount"));
    m_scopeDatabase = new QRadioButton(tr("One &database"));
    m_scopeDatabase->setObjectName(QStringLiteral("scopeDatabase"));
    m_scopeContainer = new QRadioButton(tr("One c&ontainer"));
    m_scopeContainer->setObjectName(QStringLiteral("scopeContainer"));
    auto *group = new QButtonGroup(this);
    for (QRadioButton *b : {m_scopeAccount, m_scopeDatabase, m_scopeContainer})
        group->addButton(b);
    m_scopeAccount->setChecked(true);
    m_database = new QLineEdit;
    m_database->setObjectName(QStringLiteral("databaseEdit"));
    m_database->setAccessibleName(tr("Database id"));
    m_database->setPlaceholderText(tr("database id"));
    m_container = new QLineEdit;
    m_container->setObjectName(QStringLiteral("containerEdit"));
    m_container->setAccessibleName(tr("Container id"));
    m_container->setPlaceholderText(tr("container id"));
    auto *scope = new QGridLayout;
    scope->addWidget(m_scopeAccount, 0, 0, 1, 3);
    scope->addWidget(m_scopeDatabase, 1, 0);
    scope->addWidget(m_scopeContainer, 2, 0);
    scope->addWidget(m_database, 1, 1, 2, 1, Qt::AlignVCenter);
    scope->addWidget(m_container, 2, 2);
    scope->setColumnStretch(1, 1);
    scope->setColumnStretch(2, 1);

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
    form->addRow(tr("Scope:"), scope);

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

    for (QLineEdit *e : {m_principal, m_database, m_container})
        connect(e, &QLineEdit::textChanged, this, &SqlRoleAssignmentDialog::validate);
    connect(m_role, &QComboBox::currentIndexChanged, this, &SqlRoleAssignmentDialog::validate);
    connect(group, &QButtonGroup::buttonToggled, this, &SqlRoleAssignmentDialog::validate);
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

QString SqlRoleAssignmentDialog::relativeScope() const
{
    if (m_scopeDatabase->isChecked())
        return QStringLiteral("/dbs/") + m_database->text().trimmed();
    if (m_scopeContainer->isChecked())
        return QStringLiteral("/dbs/%1/colls/%2")
            .arg(m_database->text().trimmed(), m_container->text().trimmed());
    return QStringLiteral("/");
}

SqlRoleAssignment SqlRoleAssignmentDialog::assignment() const
{
    SqlRoleAssignment a;
    a.name = m_name;
    a.id = m_accountId + QStringLiteral("/sqlRoleAssignments/") + m_name;
    a.principalId = m_principal->text().trimmed();
    a.roleDefinitionId = m_role->currentData().toString();
    a.scope = SqlScope::absolute(m_accountId, relativeScope());
    return a;
}

void SqlRoleAssignmentDialog::validate()
{
    m_database->setEnabled(!m_scopeAccount->isChecked());
    m_container->setEnabled(m_scopeContainer->isChecked());
    const SqlRoleDefinition *role = m_definitions->find(m_role->currentData().toString());
    m_roleAllows->setText(role ? SqlRoleDefinitionModel::allowsText(*role) : QString());

    QString problem;
    if (!m_scopeAccount->isChecked()) {
        if (auto ok = CosmosRules::validateId(m_database->text().trimmed(), tr("database id")); !ok)
            problem = ok.error().message;
        else if (m_scopeContainer->isChecked())
            if (auto ok2 = CosmosRules::validateId(m_container->text().trimmed(), tr("container id")); !ok2)
                problem = ok2.error().message;
    }
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
