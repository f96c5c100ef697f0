// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/dialogs/CosmosUserDialog.h"

#include "core/CosmosPermission.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace csc {

CosmosUserDialog::CosmosUserDialog(const QString &database, const QString &currentId, QWidget *parent)
    : QDialog(parent), m_currentId(currentId)
{
    setObjectName(QStringLiteral("cosmosUserDialog"));
    setWindowTitle(currentId.isEmpty() ? tr("New User") : tr("Rename User"));
    auto *intro = new QLabel(
        currentId.isEmpty()
            ? tr("A user in database “%1” is a name that permissions hang under. Each permission mints "
                 "resource tokens for one resource.")
                  .arg(database)
            : tr("Renaming user “%1” keeps its permissions; tokens already minted keep working.")
                  .arg(currentId));
    intro->setWordWrap(true);
    m_id = new QLineEdit(currentId);
    m_id->setObjectName(QStringLiteral("userIdEdit"));
    m_id->setAccessibleName(tr("User id"));
    m_id->setPlaceholderText(tr("e.g. tenant-42-reader"));
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setAccessibleName(tr("Problem"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_ok =
        buttons->addButton(currentId.isEmpty() ? tr("&Create") : tr("&Rename"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setDefault(true);
    auto *form = new QFormLayout;
    form->addRow(tr("User &id:"), m_id);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &CosmosUserDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_id, &QLineEdit::textChanged, this, &CosmosUserDialog::validate);
    validate();
    resize(440, sizeHint().height());
}

QString CosmosUserDialog::userId() const
{
    return m_id->text();
}

void CosmosUserDialog::validate()
{
    QString problem;
    if (m_id->text().isEmpty())
        problem.clear();
    else if (auto ok = CosmosRules::validateId(m_id->text(), tr("user id")); !ok)
        problem = ok.error().message;
    else if (!m_currentId.isEmpty() && m_id->text() == m_currentId)
        problem = tr("Type the new id.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_ok->setEnabled(!m_id->text().isEmpty() && problem.isEmpty());
}

void CosmosUserDialog::accept()
{
    validate();
    if (m_ok->isEnabled())
        QDialog::accept();
}

} // namespace csc
