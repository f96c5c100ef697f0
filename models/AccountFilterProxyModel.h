// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSortFilterProxyModel>

namespace csc {

/**
 * @brief Sorts and filters an AccountTreeModel.
 *
 * The text filter (case-insensitive) keeps accounts whose name, location, resource group or subscription
 * contains it, with their parents (recursive filtering); the level filter keeps accounts whose overall
 * posture is at least the given level. Error and loading rows are never filtered out, and subscriptions that
 * have not been loaded stay visible so they can be expanded. Sorting by the Posture column orders by level,
 * then name; other columns sort case-insensitively.
 */
class AccountFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit AccountFilterProxyModel(QObject *parent = nullptr);

    QString textFilter() const { return m_text; }
    /// -1 = every level; otherwise int(SecurityPosture::Level): accounts at this level or worse.
    int minimumLevel() const { return m_minimumLevel; }

public slots:
    void setTextFilter(const QString &text);
    void setMinimumLevel(int level);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool filtering() const { return !m_text.isEmpty() || m_minimumLevel >= 0; }
    QString m_text;
    int m_minimumLevel = -1;
};

} // namespace csc
