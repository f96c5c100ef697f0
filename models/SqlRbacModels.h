// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/SqlRbac.h"

#include <QAbstractTableModel>
#include <QList>

namespace csc {

/**
 * @brief The data-plane role definitions of one account: name, kind (built-in / custom), what it allows (in
 * plain words) and where it may be assigned. Built-in roles first, then custom ones by name.
 */
class SqlRoleDefinitionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        KindColumn,
        AllowsColumn,
        ScopesColumn,
        ColumnCount
    };
    enum Role
    {
        DefinitionRole = Qt::UserRole + 1, ///< QVariant<SqlRoleDefinition>
        IdRole,                            ///< full ARM id
        BuiltInRole                        ///< bool
    };

    explicit SqlRoleDefinitionModel(QObject *parent = nullptr);

    void setAccountId(const QString &accountId) { m_accountId = accountId; }
    void setDefinitions(QList<SqlRoleDefinition> definitions);
    const QList<SqlRoleDefinition> &definitions() const { return m_items; }
    /// The definition with this full id or GUID (case-insensitive); nullptr if absent.
    const SqlRoleDefinition *find(const QString &idOrName) const;
    /// The role's display name for an assignment's roleDefinitionId (the GUID when unknown).
    QString roleName(const QString &roleDefinitionId) const;
    int rowOf(const QString &idOrName) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// One line: what a definition allows ("Read single items, Run queries, …").
    static QString allowsText(const SqlRoleDefinition &definition);

private:
    QString m_accountId;
    QList<SqlRoleDefinition> m_items;
};

/**
 * @brief The data-plane role assignments of one account: principal, role (named through a
 * SqlRoleDefinitionModel) and scope in words. Ordered by principal, then scope.
 */
class SqlRoleAssignmentModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        PrincipalColumn,
        RoleColumn,
        ScopeColumn,
        ColumnCount
    };
    enum Role
    {
        AssignmentRole = Qt::UserRole + 1, ///< QVariant<SqlRoleAssignment>
        IdRole
    };

    /// `definitions` (not owned) names the roles; its resets refresh the Role column.
    explicit SqlRoleAssignmentModel(const SqlRoleDefinitionModel *definitions, QObject *parent = nullptr);

    void setAccountId(const QString &accountId) { m_accountId = accountId; }
    void setAssignments(QList<SqlRoleAssignment> assignments);
    const QList<SqlRoleAssignment> &assignments() const { return m_items; }
    /// How many assignments use this definition (full id or GUID).
    int countUsing(const QString &roleDefinitionIdOrName) const;
    int rowOf(const QString &idOrName) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const SqlRoleDefinitionModel *m_definitions;
    QString m_accountId;
    QList<SqlRoleAssignment> m_items;
};

} // namespace csc
