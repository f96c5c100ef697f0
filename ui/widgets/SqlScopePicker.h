// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QLineEdit;
class QRadioButton;

namespace csc {

/**
 * @brief Chooses a data-plane scope: the whole account, one database or one container (ids typed, checked
 * with CosmosRules). Emits changed() on every edit.
 */
class SqlScopePicker : public QWidget
{
    Q_OBJECT
public:
    explicit SqlScopePicker(QWidget *parent = nullptr);

    /// "/", "/dbs/{db}" or "/dbs/{db}/colls/{container}" (ids trimmed, unchecked).
    QString relativeScope() const;
    /// Why the typed ids are not valid; empty when they are (or when the whole account is chosen).
    QString problem() const;

signals:
    void changed();

private:
    void updateEnabled();

    QRadioButton *m_account;
    QRadioButton *m_database;
    QRadioButton *m_container;
    QLineEdit *m_databaseId;
    QLineEdit *m_containerId;
};

} // namespace csc
