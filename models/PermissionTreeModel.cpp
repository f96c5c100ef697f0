// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "models/PermissionTreeModel.h"

#include <QJsonDocument>

namespace csc {

struct PermissionTreeModel::Node
{
    Kind kind = Kind::Database;
    QString id;
    QString database;
    QString user;
    CosmosPermission permission; ///< permissions only; token always empty
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;
    bool loaded = false;
    bool loading = false;

    int row() const
    {
        if (!parent)
            return 0;
        for (std::size_t i = 0; i < parent->children.size(); ++i) {
            if (parent->children[i].get() == this)
                return int(i);
        }
        return 0;
    }
    Node *child(const QString &childId) const
    {
        for (const auto &c : children) {
            if (c->id == childId)
                return c.get();
        }
        return nullptr;
    }
};

PermissionTreeModel::PermissionTreeModel(QObject *parent) : QAbstractItemModel(parent), m_root(new Node)
{
    m_root->loaded = true;
}

PermissionTreeModel::~PermissionTreeModel() = default;

void PermissionTreeModel::setDatabases(const QList<CosmosDatabase> &databases)
{
    beginResetModel();
    m_root->children.clear();
    for (const CosmosDatabase &db : databases) {
        auto node = std::make_unique<Node>();
        node->kind = Kind::Database;
        node->id = db.id;
        node->database = db.id;
        node->parent = m_root.get();
        m_root->children.push_back(std::move(node));
    }
    endResetModel();
}

void PermissionTreeModel::clear()
{
    setDatabases({});
}

void PermissionTreeModel::replaceChildren(Node *node, std::vector<std::unique_ptr<Node>> children)
{
    const QModelIndex parentIndex = indexOf(node);
    if (!node->children.empty()) {
        beginRemoveRows(parentIndex, 0, int(node->children.size()) - 1);
        node->children.clear();
        endRemoveRows();
    }
    node->loaded = true;
    node->loading = false;
    if (!children.empty()) {
        beginInsertRows(parentIndex, 0, int(children.size()) - 1);
        node->children = std::move(children);
        endInsertRows();
    }
    const QModelIndex last = index(parentIndex.row(), ColumnCount - 1, parentIndex.parent());
    if (parentIndex.isValid())
        emit dataChanged(parentIndex, last, {LoadedRole});
}

void PermissionTreeModel::setUsers(const QString &database, const QList<CosmosUser> &users)
{
    Node *db = m_root->child(database);
    if (!db)
        return;
    std::vector<std::unique_ptr<Node>> children;
    for (const CosmosUser &u : users) {
        auto node = std::make_unique<Node>();
        node->kind = Kind::User;
        node->id = u.id;
        node->database = database;
        node->user = u.id;
        node->parent = db;
        children.push_back(std::move(node));
    }
    replaceChildren(db, std::move(children));
}

void PermissionTreeModel::setPermissions(const QString &database, const QString &user,
                                         const QList<CosmosPermission> &permissions)
{
    Node *db = m_root->child(database);
    Node *u = db ? db->child(user) : nullptr;
    if (!u)
        return;
    std::vector<std::unique_ptr<Node>> children;
    for (const CosmosPermission &p : permissions) {
        auto node = std::make_unique<Node>();
        node->kind = Kind::Permission;
        node->id = p.id;
        node->database = database;
        node->user = user;
        node->permission.id = p.id;
        node->permission.mode = p.mode;
        node->permission.resource = p.resource;
        node->permission.resourcePartitionKey = p.resourcePartitionKey;
        node->permission.rid = p.rid;
        node->permission.etag = p.etag;
        node->permission.modified = p.modified;
        node->permission.database = database;
        node->permission.user = user;
        // Deliberately no token and no expiry: the tree never holds token material.
        node->loaded = true;
        node->parent = u;
        children.push_back(std::move(node));
    }
    replaceChildren(u, std::move(children));
}

void PermissionTreeModel::usersFailed(const QString &database)
{
    if (Node *db = m_root->child(database))
        db->loading = false;
}

void PermissionTreeModel::permissionsFailed(const QString &database, const QString &user)
{
    Node *db = m_root->child(database);
    if (Node *u = db ? db->child(user) : nullptr)
        u->loading = false;
}

QModelIndex PermissionTreeModel::databaseIndex(const QString &database) const
{
    return indexOf(m_root->child(database));
}

QModelIndex PermissionTreeModel::userIndex(const QString &database, const QString &user) const
{
    Node *db = m_root->child(database);
    return indexOf(db ? db->child(user) : nullptr);
}

QModelIndex PermissionTreeModel::permissionIndex(const QString &database, const QString &user,
                                                 const QString &id) const
{
    Node *db = m_root->child(database);
    Node *u = db ? db->child(user) : nullptr;
    return indexOf(u ? u->child(id) : nullptr);
}

PermissionTreeModel::Kind PermissionTreeModel::kindOf(const QModelIndex &index) const
{
    const Node *n = nodeOf(index);
    return n ? n->kind : Kind::Database;
}

const CosmosPermission *PermissionTreeModel::permissionAt(const QModelIndex &index) const
{
    const Node *n = nodeOf(index);
    return n && n->kind == Kind::Permission ? &n->permission : nullptr;
}

QStringList PermissionTreeModel::databases() const
{
    QStringList out;
    for (const auto &c : m_root->children)
        out << c->id;
    return out;
}

QString PermissionTreeModel::describeResource(const QString &link)
{
    const QStringList s = CosmosPermission::linkSegments(link);
    if (s.size() == 2)
        return tr("database “%1”").arg(s.at(1));
    if (s.size() == 4)
        return tr("container “%1” in database “%2”").arg(s.at(3), s.at(1));
    if (s.size() == 6 && s.at(4) == QLatin1String("docs"))
        return tr("item “%1” in container “%2” of database “%3”").arg(s.at(5), s.at(3), s.at(1));
    return link;
}

QString PermissionTreeModel::describePartitionKey(const QJsonArray &key)
{
    QStringList parts;
    for (const QJsonValue &v : key) {
        if (v.isString())
            parts << u'"' + v.toString() + u'"';
        else if (v.isNull())
            parts << QStringLiteral("null");
        else
            parts << QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
                         .mid(1)
                         .chopped(1);
    }
    return parts.join(QStringLiteral(", "));
}

QString PermissionTreeModel::describePermission(const CosmosPermission &permission)
{
    const QString mode = permission.mode == CosmosPermission::Mode::All ? tr("Read and write") : tr("Read");
    QString text = tr("%1 · %2").arg(mode, describeResource(permission.resource));
    if (!permission.resourcePartitionKey.isEmpty())
        text = tr("%1 · partition key %2").arg(text, describePartitionKey(permission.resourcePartitionKey));
    return text;
}

PermissionTreeModel::Node *PermissionTreeModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    return static_cast<Node *>(index.internalPointer());
}

QModelIndex PermissionTreeModel::indexOf(const Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), 0, const_cast<Node *>(node));
}

QModelIndex PermissionTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (parent.isValid() && parent.column() != 0)
        return {};
    const Node *p = parent.isValid() ? nodeOf(parent) : m_root.get();
    if (!p || row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children[std::size_t(row)].get());
}

QModelIndex PermissionTreeModel::parent(const QModelIndex &child) const
{
    const Node *n = nodeOf(child);
    if (!n || !n->parent || n->parent == m_root.get())
        return {};
    return indexOf(n->parent);
}

int PermissionTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const Node *p = parent.isValid() ? nodeOf(parent) : m_root.get();
    return p ? int(p->children.size()) : 0;
}

int PermissionTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool PermissionTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const Node *p = parent.isValid() ? nodeOf(parent) : m_root.get();
    if (!p || p->kind == Kind::Permission)
        return false;
    return !p->loaded || !p->children.empty();
}

bool PermissionTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const Node *p = nodeOf(parent);
    return p && p->kind != Kind::Permission && !p->loaded && !p->loading;
}

void PermissionTreeModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    Node *p = nodeOf(parent);
    p->loading = true;
    if (p->kind == Kind::Database)
        emit usersRequested(p->database);
    else
        emit permissionsRequested(p->database, p->user);
}

QVariant PermissionTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *n = nodeOf(index);
    if (!n)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (index.column() == NameColumn)
            return n->id;
        switch (n->kind) {
        case Kind::Database:
            return n->loaded ? tr("%n user(s)", nullptr, int(n->children.size())) : QString();
        case Kind::User:
            return n->loaded ? tr("%n permission(s)", nullptr, int(n->children.size())) : QString();
        case Kind::Permission:
            return describePermission(n->permission);
        }
        return {};
    case Qt::ToolTipRole:
        switch (n->kind) {
        case Kind::Database:
            return tr("Database “%1”").arg(n->id);
        case Kind::User:
            return tr("User “%1” in database “%2”").arg(n->id, n->database);
        case Kind::Permission:
            return tr("Permission “%1”: %2")
                .arg(n->id, CosmosPermission::modeDescription(n->permission.mode));
        }
        return {};
    case KindRole:
        return int(n->kind);
    case DatabaseRole:
        return n->database;
    case UserIdRole:
        return n->kind == Kind::Database ? QVariant() : QVariant(n->user);
    case PermissionIdRole:
        return n->kind == Kind::Permission ? QVariant(n->id) : QVariant();
    case ModeRole:
        return n->kind == Kind::Permission ? QVariant(CosmosPermission::modeName(n->permission.mode))
                                           : QVariant();
    case ResourceRole:
        return n->kind == Kind::Permission ? QVariant(n->permission.resource) : QVariant();
    case PartitionKeyRole:
        if (n->kind != Kind::Permission)
            return {};
        return n->permission.resourcePartitionKey.isEmpty()
                   ? QString()
                   : QString::fromUtf8(
                         QJsonDocument(n->permission.resourcePartitionKey).toJson(QJsonDocument::Compact));
    case LoadedRole:
        return n->loaded;
    default:
        return {};
    }
}

QVariant PermissionTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case GrantsColumn:
        return tr("Grants");
    default:
        return {};
    }
}

} // namespace csc
