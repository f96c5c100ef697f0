// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/dialogs/SqlRoleDefinitionDialog.h"

#include "core/CosmosPermission.h"
#include "net/SqlRbacService.h"
#include "ui/widgets/CommandPreview.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
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
    m_command->setObjectName(QStringLiteral("definitionCommand"));
    m_command->setCaption(tr("Azure CLI"));

    auto *form = new QFormLayout;
    auto *nameLabel = new QLabel(tr("&Name:"));
    nameLabel->setBuddy(m_roleName);
    auto *actionsLabel = new QLabel(tr("A&llows:"));
    actionsLabel->setBuddy(m_actions);
    form->addRow(nameLabel, m_roleName);
    form->addRow(actionsLabel, m_actions);
    form->addRow(tr("Assignable at:"), scope);

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

    for (QLineEdit *e : {m_roleName, m_database, m_container})
        connect(e, &QLineEdit::textChanged, this, [this] {
            m_touched = true;
            validate();
        });
    connect(m_actions, &QListWidget::itemChanged, this, [this] {
        m_touched = true;
        validate();
    });
    connect(group, &QButtonGroup::buttonToggled, this, &SqlRoleDefinitionDialog::validate);
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
    QString relative = QStringLiteral("/");
    if (m_scopeDatabase->isChecked())
        relative = QStringLiteral("/dbs/") + m_database->text().trimmed();
    else if (m_scopeContainer->isChecked())
        relative = QStringLiteral("/dbs/%1/colls/%2")
                       .arg(m_database->text().trimmed(), m_container->text().trimmed());
    d.assignableScopes = {SqlScope::absolute(m_accountId, relative)};
    return d;
}

void SqlRoleDefinitionDialog::validate()
{
    m_database->setEnabled(!m_scopeAccount->isChecked());
    m_container->setEnabled(m_scopeContainer->isChecked());
    QString problem;
    if (!m_scopeAccount->isChecked()) {
        if (auto ok = CosmosRules::validateId(m_database->text().trimmed(), tr("database id")); !ok)
            problem = ok.error().message;
        else if (m_scopeContainer->isChecked())
            if (auto ok2 = CosmosRules::validateId(m_container->text().trimmed(), tr("container id")); !ok2)
                problem = ok2.error().message;
    }
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
