// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "models/SqlRbacModels.h"

#include <algorithm>

namespace csc {

namespace {
QString lastSegment(const QString &id)
{
    return id.section(u'/', -1, -1, QString::SectionSkipEmpty);
}

bool sameIdOrName(const QString &id, const QString &name, const QString &wanted)
{
    return id.compare(wanted, Qt::CaseInsensitive) == 0 || name.compare(wanted, Qt::CaseInsensitive) == 0 ||
           name.compare(lastSegment(wanted), Qt::CaseInsensitive) == 0;
}
} // namespace

SqlRoleDefinitionModel::SqlRoleDefinitionModel(QObject *parent) : QAbstractTableModel(parent) {}

void SqlRoleDefinitionModel::setDefinitions(QList<SqlRoleDefinition> definitions)
{
    std::stable_sort(definitions.begin(), definitions.end(),
                     [](const SqlRoleDefinition &a, const SqlRoleDefinition &b) {
                         if (a.builtIn != b.builtIn)
                             return a.builtIn;
                         return a.roleName.compare(b.roleName, Qt::CaseInsensitive) < 0;
                     });
    beginResetModel();
    m_items = std::move(definitions);
    endResetModel();
}

const SqlRoleDefinition *SqlRoleDefinitionModel::find(const QString &idOrName) const
{
    const int row = rowOf(idOrName);
    return row >= 0 ? &m_items.at(row) : nullptr;
}

int SqlRoleDefinitionModel::rowOf(const QString &idOrName) const
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (sameIdOrName(m_items.at(i).id, m_items.at(i).name, idOrName))
            return i;
    }
    return -1;
}

QString SqlRoleDefinitionModel::roleName(const QString &roleDefinitionId) const
{
    const SqlRoleDefinition *d = find(roleDefinitionId);
    return d && !d->roleName.isEmpty() ? d->roleName : lastSegment(roleDefinitionId);
}

QString SqlRoleDefinitionModel::allowsText(const SqlRoleDefinition &definition)
{
    QStringList parts;
    for (const QString &a : definition.dataActions)
        parts << SqlRoleDefinition::describeDataAction(a);
    return parts.join(QStringLiteral("; "));
}

int SqlRoleDefinitionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int SqlRoleDefinitionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SqlRoleDefinitionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SqlRoleDefinition &d = m_items.at(index.row());
    switch (role) {
    case DefinitionRole:
        return QVariant::fromValue(d);
    case IdRole:
        return d.id;
    case BuiltInRole:
        return d.builtIn;
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return d.roleName.isEmpty() ? d.name : d.roleName;
        case KindColumn:
            return d.builtIn ? tr("Built-in") : tr("Custom");
        case AllowsColumn:
            return allowsText(d);
        case ScopesColumn: {
            QStringList scopes;
            for (const QString &s : d.assignableScopes)
                scopes << SqlScope::describe(m_accountId, s);
            return scopes.join(QStringLiteral("; "));
        }
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == AllowsColumn)
            return d.dataActions.join(u'\n');
        if (index.column() == NameColumn)
            return d.name;
        return {};
    default:
        return {};
    }
}

QVariant SqlRoleDefinitionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Role");
    case KindColumn:
        return tr("Kind");
    case AllowsColumn:
        return tr("Allows");
    case ScopesColumn:
        return tr("Assignable at");
    }
    return {};
}

SqlRoleAssignmentModel::SqlRoleAssignmentModel(const SqlRoleDefinitionModel *definitions, QObject *parent)
    : QAbstractTableModel(parent), m_definitions(definitions)
{
    if (m_definitions) {
        connect(m_definitions, &QAbstractItemModel::modelReset, this, [this] {
            if (!m_items.isEmpty())
                emit dataChanged(index(0, RoleColumn), index(int(m_items.size()) - 1, RoleColumn));
        });
    }
}

void SqlRoleAssignmentModel::setAssignments(QList<SqlRoleAssignment> assignments)
{
    std::stable_sort(assignments.begin(), assignments.end(),
                     [](const SqlRoleAssignment &a, const SqlRoleAssignment &b) {
                         const int p = a.principalId.compare(b.principalId, Qt::CaseInsensitive);
                         return p != 0 ? p < 0 : a.scope.compare(b.scope, Qt::CaseInsensitive) < 0;
                     });
    beginResetModel();
    m_items = std::move(assignments);
    endResetModel();
}

int SqlRoleAssignmentModel::countUsing(const QString &roleDefinitionIdOrName) const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(), [&](const SqlRoleAssignment &a) {
        return sameIdOrName(a.roleDefinitionId, lastSegment(a.roleDefinitionId), roleDefinitionIdOrName);
    }));
}

int SqlRoleAssignmentModel::rowOf(const QString &idOrName) const
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (sameIdOrName(m_items.at(i).id, m_items.at(i).name, idOrName))
            return i;
    }
    return -1;
}

int SqlRoleAssignmentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int SqlRoleAssignmentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SqlRoleAssignmentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SqlRoleAssignment &a = m_items.at(index.row());
    switch (role) {
    case AssignmentRole:
        return QVariant::fromValue(a);
    case IdRole:
        return a.id;
    case Qt::DisplayRole:
        switch (index.column()) {
        case PrincipalColumn:
            return a.principalId;
        case RoleColumn:
            return m_definitions ? m_definitions->roleName(a.roleDefinitionId)
                                 : lastSegment(a.roleDefinitionId);
        case ScopeColumn:
            return SqlScope::describe(m_accountId, a.scope);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ScopeColumn)
            return a.scope;
        if (index.column() == RoleColumn)
            return a.roleDefinitionId;
        if (index.column() == PrincipalColumn)
            return tr("Microsoft Entra object id %1").arg(a.principalId);
        return {};
    default:
        return {};
    }
}

QVariant SqlRoleAssignmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PrincipalColumn:
        return tr("Principal (object id)");
    case RoleColumn:
        return tr("Role");
    case ScopeColumn:
        return tr("Scope");
    }
    return {};
}

} // namespace csc
