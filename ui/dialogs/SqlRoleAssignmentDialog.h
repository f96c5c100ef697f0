// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/SqlRbac.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace csc {

class CommandPreview;
class SqlScopePicker;
class SqlRoleDefinitionModel;

/**
 * @brief "Assign a data-plane role": the principal (Entra object id), the role (from the account's
 * definitions) and the scope (the account, one database or one container), checked as the user types, with
 * the equivalent az command. accept() only with a valid assignment().
 */
class SqlRoleAssignmentDialog : public QDialog
{
    Q_OBJECT
public:
    SqlRoleAssignmentDialog(const QString &accountId, const SqlRoleDefinitionModel *definitions,
                            QWidget *parent = nullptr);

    /// The assignment the form describes (a new GUID as its name).
    SqlRoleAssignment assignment() const;
    /// Preselects a role (full id or GUID).
    void setRole(const QString &roleDefinitionId);
    void setPrincipal(const QString &objectId);

public slots:
    void accept() override;

private:
    void validate();

    QString m_accountId;
    QString m_name;
    const SqlRoleDefinitionModel *m_definitions;
    QLineEdit *m_principal;
    QComboBox *m_role;
    QLabel *m_roleAllows;
    SqlScopePicker *m_scope;
    QLabel *m_problem;
    CommandPreview *m_command;
    QDialogButtonBox *m_buttons;
};

} // namespace csc
