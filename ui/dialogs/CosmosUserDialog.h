// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace csc {

/**
 * @brief "New user" / "Rename user" for Cosmos DB users: one id, checked with CosmosRules as the user types.
 * accept() only with a valid id (different from the current one when renaming).
 */
class CosmosUserDialog : public QDialog
{
    Q_OBJECT
public:
    /// `currentId` empty = a new user in `database`; else renaming that user.
    CosmosUserDialog(const QString &database, const QString &currentId = {}, QWidget *parent = nullptr);

    QString userId() const;

public slots:
    void accept() override;

private:
    void validate();

    QString m_currentId;
    QLineEdit *m_id;
    QLabel *m_problem;
    QPushButton *m_ok;
};

} // namespace csc
