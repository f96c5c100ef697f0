// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/widgets/SqlScopePicker.h"

#include "core/CosmosPermission.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QLineEdit>
#include <QRadioButton>

namespace csc {

SqlScopePicker::SqlScopePicker(QWidget *parent) : QWidget(parent)
{
    m_account = new QRadioButton(tr("The whole &account"));
    m_account->setObjectName(QStringLiteral("scopeAccount"));
    m_database = new QRadioButton(tr("One &database"));
    m_database->setObjectName(QStringLiteral("scopeDatabase"));
    m_container = new QRadioButton(tr("One c&ontainer"));
    m_container->setObjectName(QStringLiteral("scopeContainer"));
    auto *group = new QButtonGroup(this);
    for (QRadioButton *b : {m_account, m_database, m_container})
        group->addButton(b);
    m_account->setChecked(true);
    m_databaseId = new QLineEdit;
    m_databaseId->setObjectName(QStringLiteral("databaseEdit"));
    m_databaseId->setAccessibleName(tr("Database id"));
    m_databaseId->setPlaceholderText(tr("database id"));
    m_containerId = new QLineEdit;
    m_containerId->setObjectName(QStringLiteral("containerEdit"));
    m_containerId->setAccessibleName(tr("Container id"));
    m_containerId->setPlaceholderText(tr("container id"));

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_account, 0, 0, 1, 3);
    grid->addWidget(m_database, 1, 0);
    grid->addWidget(m_container, 2, 0);
    grid->addWidget(m_databaseId, 1, 1, 2, 1, Qt::AlignVCenter);
    grid->addWidget(m_containerId, 2, 2);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);

    connect(group, &QButtonGroup::buttonToggled, this, [this] {
        updateEnabled();
        emit changed();
    });
    for (QLineEdit *e : {m_databaseId, m_containerId})
        connect(e, &QLineEdit::textChanged, this, &SqlScopePicker::changed);
    updateEnabled();
}

void SqlScopePicker::updateEnabled()
{
    m_databaseId->setEnabled(!m_account->isChecked());
    m_containerId->setEnabled(m_container->isChecked());
}

QString SqlScopePicker::relativeScope() const
{
    if (m_database->isChecked())
        return QStringLiteral("/dbs/") + m_databaseId->text().trimmed();
    if (m_container->isChecked())
        return QStringLiteral("/dbs/%1/colls/%2")
            .arg(m_databaseId->text().trimmed(), m_containerId->text().trimmed());
    return QStringLiteral("/");
}

QString SqlScopePicker::problem() const
{
    if (m_account->isChecked())
        return {};
    if (auto ok = CosmosRules::validateId(m_databaseId->text().trimmed(), tr("database id")); !ok)
        return ok.error().message;
    if (m_container->isChecked()) {
        if (auto ok = CosmosRules::validateId(m_containerId->text().trimmed(), tr("container id")); !ok)
            return ok.error().message;
    }
    return {};
}

} // namespace csc
