// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "models/AccountFilterProxyModel.h"

#include "models/AccountTreeModel.h"

namespace csc {

namespace {

using Kind = AccountTreeModel::Kind;

Kind kindOf(const QModelIndex &index)
{
    return Kind(index.data(AccountTreeModel::KindRole).toInt());
}

} // namespace

AccountFilterProxyModel::AccountFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(AccountTreeModel::SortRole);
    setDynamicSortFilter(true);
}

void AccountFilterProxyModel::setTextFilter(const QString &text)
{
    const QString t = text.trimmed();
    if (t == m_text)
        return;
    m_text = t;
    invalidateFilter();
}

void AccountFilterProxyModel::setMinimumLevel(int level)
{
    level = std::max(-1, level);
    if (level == m_minimumLevel)
        return;
    m_minimumLevel = level;
    invalidateFilter();
}

bool AccountFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const Kind kind = kindOf(index);
    if (!filtering() || kind == Kind::Error || kind == Kind::Loading)
        return true;
    if (kind == Kind::Subscription)
        return sourceModel()->canFetchMore(index); // not loaded yet: keep it expandable
    if (kind != Kind::Account)
        return false; // resource groups: only through their accounts (recursive filtering)

    if (m_minimumLevel >= 0) {
        const QVariant level = index.data(AccountTreeModel::PostureLevelRole);
        if (!level.isValid() || level.toInt() < m_minimumLevel)
            return false;
    }
    if (m_text.isEmpty())
        return true;
    const QModelIndex group = index.parent();
    const QModelIndex subscription = group.parent();
    const QStringList haystack{
        index.data(Qt::DisplayRole).toString(),
        sourceModel()->index(sourceRow, AccountTreeModel::LocationColumn, sourceParent).data().toString(),
        group.data(Qt::DisplayRole).toString(), subscription.data(Qt::DisplayRole).toString()};
    for (const QString &s : haystack) {
        if (s.contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool AccountFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Error and loading rows stay where the source put them relative to each other; compare names otherwise.
    const QString leftName =
        left.siblingAtColumn(AccountTreeModel::NameColumn).data(Qt::DisplayRole).toString();
    const QString rightName =
        right.siblingAtColumn(AccountTreeModel::NameColumn).data(Qt::DisplayRole).toString();
    auto byName = [&] {
        const int c = QString::localeAwareCompare(leftName.toLower(), rightName.toLower());
        return c != 0 ? c < 0 : leftName < rightName;
    };
    if (left.column() == AccountTreeModel::PostureColumn) {
        const QVariant l = left.data(AccountTreeModel::PostureLevelRole);
        const QVariant r = right.data(AccountTreeModel::PostureLevelRole);
        const int li = l.isValid() ? l.toInt() : -1;
        const int ri = r.isValid() ? r.toInt() : -1;
        if (li != ri)
            return li < ri;
        return byName();
    }
    const QString l = left.data(sortRole()).toString();
    const QString r = right.data(sortRole()).toString();
    const int c = QString::localeAwareCompare(l.toLower(), r.toLower());
    if (c != 0)
        return c < 0;
    return byName();
}

} // namespace csc
