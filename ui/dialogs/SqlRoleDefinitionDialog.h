// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/SqlRbac.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace csc {

class CommandPreview;
class SqlScopePicker;

/**
 * @brief "New custom data-plane role": a name, the data actions (each explained in plain words, checkable)
 * and where the role may be assigned (the account, one database or one container), checked as the user
 * types, with the equivalent az command. accept() only with a valid definition().
 */
class SqlRoleDefinitionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SqlRoleDefinitionDialog(const QString &accountId, QWidget *parent = nullptr);

    SqlRoleDefinition definition() const;
    QListWidget *actionList() const { return m_actions; }

public slots:
    void accept() override;

private:
    void validate();

    QString m_accountId;
    QString m_name;
    QLineEdit *m_roleName;
    QListWidget *m_actions;
    SqlScopePicker *m_scope;
    QLabel *m_problem;
    CommandPreview *m_command;
    QDialogButtonBox *m_buttons;
    bool m_touched = false;
};

} // namespace csc
