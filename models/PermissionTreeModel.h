// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/CosmosPermission.h"

#include <QAbstractItemModel>
#include <QList>

#include <memory>
#include <vector>

namespace csc {

/**
 * @brief Cosmos DB users and permissions of one account as a tree: databases → users → permissions (mode,
 * the resource in words, the partition key).
 *
 * Lazy: a database's users are asked for (usersRequested) when a view expands it or calls fetchMore(), a
 * user's permissions likewise (permissionsRequested); the owner answers with setUsers() / setPermissions()
 * (or usersFailed() / permissionsFailed()). No role returns token material: permissions are stored with their
 * token dropped. Lives on the GUI thread.
 */
class PermissionTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        GrantsColumn,
        ColumnCount
    };
    enum class Kind
    {
        Database,
        User,
        Permission
    };
    Q_ENUM(Kind)
    enum Role
    {
        KindRole = Qt::UserRole + 1, ///< int(Kind)
        DatabaseRole,                ///< database id
        UserIdRole,                  ///< user id (users and permissions)
        PermissionIdRole,            ///< permission id (permissions)
        ModeRole,                    ///< "Read" / "All" (permissions)
        ResourceRole,                ///< resource link (permissions)
        PartitionKeyRole,            ///< compact JSON of resourcePartitionKey, empty when none (permissions)
        LoadedRole                   ///< bool: children were loaded (databases, users)
    };

    explicit PermissionTreeModel(QObject *parent = nullptr);
    ~PermissionTreeModel() override;

    /// Replaces everything with these databases (none of them loaded).
    void setDatabases(const QList<CosmosDatabase> &databases);
    /// Replaces the users of `database` (their permissions not loaded). Ignored for an unknown database.
    void setUsers(const QString &database, const QList<CosmosUser> &users);
    /// Replaces the permissions of `user` in `database`; tokens are not kept.
    void setPermissions(const QString &database, const QString &user,
                        const QList<CosmosPermission> &permissions);
    /// A load failed: the node counts as not loaded again (a later fetchMore() asks again).
    void usersFailed(const QString &database);
    void permissionsFailed(const QString &database, const QString &user);
    void clear();

    QModelIndex databaseIndex(const QString &database) const;
    QModelIndex userIndex(const QString &database, const QString &user) const;
    QModelIndex permissionIndex(const QString &database, const QString &user, const QString &id) const;
    Kind kindOf(const QModelIndex &index) const;
    /// The permission at `index` (without its token), or nullptr.
    const CosmosPermission *permissionAt(const QModelIndex &index) const;
    QStringList databases() const;

    /// "container “orders” in database “shop”" for a resource link; the link itself when it is unusual.
    static QString describeResource(const QString &link);
    /// "Read · container “orders” in database “shop” · partition key "tenant-1""
    static QString describePermission(const CosmosPermission &permission);
    /// The partition key value(s) in words: `"tenant-1"`, `42`, `true`, `null`.
    static QString describePartitionKey(const QJsonArray &key);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void usersRequested(const QString &database);
    void permissionsRequested(const QString &database, const QString &user);

private:
    struct Node;
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node) const;
    void replaceChildren(Node *node, std::vector<std::unique_ptr<Node>> children);

    std::unique_ptr<Node> m_root;
};

} // namespace csc
