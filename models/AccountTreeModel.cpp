// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "models/AccountTreeModel.h"

#include "core/SecurityPosture.h"
#include "net/ArmService.h"
#include "net/RestJob.h"

#include <QColor>
#include <QIcon>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>
#include <optional>
#include <utility>

namespace csc {

struct AccountTreeModel::Node
{
    enum class State
    {
        NotLoaded,
        Loading,
        Loaded,
        Failed
    };

    Kind kind = Kind::Subscription;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;
    QString id;
    QString name;
    QString location;
    Subscription subscription;
    CosmosAccount account;
    SecurityPosture posture;
    int level = -1; ///< int(SecurityPosture::Level), -1 = unknown
    ApiError error;
    State state = State::NotLoaded;
    QList<quint64> tokens;
    QList<QPointer<AbstractJob>> jobs;
    std::optional<Result<QList<ResourceGroup>>> groups;
    std::optional<Result<QList<CosmosAccount>>> accounts;

    int row() const
    {
        if (!parent)
            return 0;
        const auto &siblings = parent->children;
        for (size_t i = 0; i < siblings.size(); ++i) {
            if (siblings[i].get() == this)
                return int(i);
        }
        return 0;
    }
};

namespace {

bool nameLess(const QString &a, const QString &b)
{
    const int c = QString::compare(a, b, Qt::CaseInsensitive);
    return c != 0 ? c < 0 : a < b;
}

/// The application's icon `name` (from :/icons when the UI resources are linked in).
QIcon resourceIcon(const char *name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}

/// A marker with a distinct shape per level (check, triangle, octagon), not only a colour.
QIcon levelIcon(int level)
{
    switch (level) {
    case int(SecurityPosture::Level::Good):
        return resourceIcon("posture-good");
    case int(SecurityPosture::Level::Attention):
        return resourceIcon("posture-attention");
    case int(SecurityPosture::Level::Risk):
        return resourceIcon("posture-risk");
    default:
        return {};
    }
}

QColor levelColor(int level)
{
    switch (level) {
    case int(SecurityPosture::Level::Good):
        return QColor(0x2e, 0x7d, 0x32); // green
    case int(SecurityPosture::Level::Attention):
        return QColor(0xed, 0x6c, 0x02); // amber
    case int(SecurityPosture::Level::Risk):
        return QColor(0xc6, 0x28, 0x28); // red
    default:
        return {};
    }
}

} // namespace

AccountTreeModel::AccountTreeModel(QObject *parent)
    : QAbstractItemModel(parent), m_root(std::make_unique<Node>())
{
    m_root->kind = Kind::Subscription; // the invisible root; its children are subscriptions
}

AccountTreeModel::~AccountTreeModel()
{
    m_pending.clear();
    forget(m_root.get());
}

void AccountTreeModel::setService(ArmService *service)
{
    m_service = service;
    m_reloadSubscriptions.clear();
    resetAll(false);
}

ArmService *AccountTreeModel::service() const
{
    return m_service;
}

void AccountTreeModel::setShowEmptyResourceGroups(bool show)
{
    if (show == m_showEmptyGroups)
        return;
    m_showEmptyGroups = show;
    refresh();
}

AccountTreeModel::Node *AccountTreeModel::nodeAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_root.get();
    return static_cast<Node *>(index.internalPointer());
}

QModelIndex AccountTreeModel::indexOf(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), column, const_cast<Node *>(node));
}

QModelIndex AccountTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node *p = nodeAt(parent);
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex AccountTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *n = nodeAt(child);
    return indexOf(n->parent);
}

int AccountTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeAt(parent)->children.size());
}

int AccountTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool AccountTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const Node *n = nodeAt(parent);
    if (!n->children.empty())
        return true;
    return (n == m_root.get() || n->kind == Kind::Subscription) &&
           (n->state == Node::State::NotLoaded || n->state == Node::State::Loading) && m_service;
}

bool AccountTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const Node *n = nodeAt(parent);
    return m_service && (n == m_root.get() || n->kind == Kind::Subscription) &&
           n->state == Node::State::NotLoaded;
}

void AccountTreeModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // Start on the next event loop pass: views and QAbstractItemModelTester call fetchMore() from inside
    // rowsInserted(), where inserting rows again would nest model changes.
    Node *node = nodeAt(parent);
    node->state = Node::State::Loading;
    const quint64 token = track(node);
    QMetaObject::invokeMethod(
        this,
        [this, token] {
            Node *n = m_pending.take(token);
            if (!n)
                return;
            n->tokens.removeAll(token);
            load(n);
            updateLoading();
        },
        Qt::QueuedConnection);
}

QHash<int, QByteArray> AccountTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(IdRole, "armId");
    names.insert(AccountRole, "account");
    names.insert(PostureLevelRole, "postureLevel");
    names.insert(ErrorRole, "error");
    names.insert(MissingActionRole, "missingAction");
    names.insert(SortRole, "sortKey");
    return names;
}

Qt::ItemFlags AccountTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (nodeAt(index)->kind == Kind::Loading)
        return Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const Kind k = nodeAt(index)->kind;
    if (k == Kind::Account || k == Kind::Error)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QVariant AccountTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case LocationColumn:
        return tr("Location");
    case PostureColumn:
        return tr("Posture");
    default:
        return {};
    }
}

QVariant AccountTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *n = nodeAt(index);
    const int column = index.column();
    switch (role) {
    case KindRole:
        return int(n->kind);
    case IdRole:
        return n->id;
    case AccountRole:
        return n->kind == Kind::Account ? QVariant::fromValue(n->account) : QVariant();
    case PostureLevelRole:
        return n->level >= 0 ? QVariant(n->level) : QVariant();
    case ErrorRole:
        return n->kind == Kind::Error ? QVariant::fromValue(n->error) : QVariant();
    case MissingActionRole:
        return n->kind == Kind::Error ? QVariant(missingAction(n->error)) : QVariant();
    case SortRole:
        if (column == PostureColumn)
            return n->level;
        return column == LocationColumn ? n->location : n->name;
    case Qt::DisplayRole:
        if (column == NameColumn)
            return n->name;
        if (column == LocationColumn)
            return n->location;
        if (column == PostureColumn && n->level >= 0)
            return SecurityPosture::levelText(SecurityPosture::Level(n->level));
        return QString();
    case Qt::DecorationRole:
        if (column == PostureColumn)
            return n->level >= 0 ? QVariant(levelIcon(n->level)) : QVariant();
        if (column != NameColumn)
            return {};
        switch (n->kind) {
        case Kind::Subscription:
            return resourceIcon("subscription");
        case Kind::ResourceGroup:
            return resourceIcon("resource-group");
        case Kind::Account:
            return resourceIcon("database");
        case Kind::Error:
            return resourceIcon("error");
        case Kind::Loading:
            return resourceIcon("refresh");
        }
        return {};
    case Qt::ForegroundRole:
        if (column == PostureColumn && n->level > int(SecurityPosture::Level::Good))
            return levelColor(n->level);
        return {};
    case Qt::ToolTipRole:
        switch (n->kind) {
        case Kind::Error: {
            QStringList lines;
            const QString remedy = n->error.remedy();
            if (!remedy.isEmpty())
                lines << remedy;
            const QString action = missingAction(n->error);
            if (!action.isEmpty())
                lines << tr("Missing permission: %1").arg(action);
            if (!n->error.requestId.isEmpty())
                lines << tr("Request id: %1").arg(n->error.requestId);
            return lines.isEmpty() ? n->error.summary() : lines.join(QLatin1Char('\n'));
        }
        case Kind::Loading:
            return {};
        case Kind::Subscription:
            if (column == PostureColumn)
                return {};
            return tr("Subscription %1 (%2)")
                .arg(n->subscription.subscriptionId,
                     n->subscription.state.isEmpty() ? tr("state unknown") : n->subscription.state);
        case Kind::ResourceGroup:
            return column == PostureColumn ? QVariant() : QVariant(n->id);
        case Kind::Account: {
            if (column == PostureColumn) {
                QStringList lines;
                for (const SecurityPosture::Finding &f : n->posture.findings()) {
                    if (f.level != SecurityPosture::Level::Good)
                        lines
                            << tr("%1 – %2: %3").arg(SecurityPosture::levelText(f.level), f.title, f.reason);
                }
                return lines.isEmpty() ? tr("Every area is good.") : lines.join(QLatin1Char('\n'));
            }
            QStringList lines{n->account.name};
            if (!n->account.documentEndpoint.isEmpty())
                lines << n->account.documentEndpoint;
            if (!n->account.provisioningState.isEmpty())
                lines << tr("Provisioning state: %1").arg(n->account.provisioningState);
            return lines.join(QLatin1Char('\n'));
        }
        }
        return {};
    default:
        return {};
    }
}

AccountTreeModel::Kind AccountTreeModel::kindAt(const QModelIndex &index) const
{
    return index.isValid() ? nodeAt(index)->kind : Kind::Subscription;
}

CosmosAccount AccountTreeModel::accountAt(const QModelIndex &index) const
{
    if (!index.isValid() || nodeAt(index)->kind != Kind::Account)
        return {};
    return nodeAt(index)->account;
}

QModelIndex AccountTreeModel::indexOfId(const QString &armId) const
{
    if (armId.isEmpty())
        return {};
    std::vector<const Node *> stack{m_root.get()};
    while (!stack.empty()) {
        const Node *n = stack.back();
        stack.pop_back();
        if (n != m_root.get() && !n->id.isEmpty() && ArmResourceId::sameId(n->id, armId))
            return indexOf(n);
        for (const auto &c : n->children)
            stack.push_back(c.get());
    }
    return {};
}

QString AccountTreeModel::missingAction(const ApiError &error)
{
    static const QRegularExpression re(QStringLiteral("perform action '([^']+)'"));
    const QRegularExpressionMatch m = re.match(error.message);
    return m.hasMatch() ? m.captured(1) : QString();
}

quint64 AccountTreeModel::track(Node *node)
{
    const quint64 token = ++m_nextToken;
    m_pending.insert(token, node);
    node->tokens << token;
    updateLoading();
    return token;
}

void AccountTreeModel::updateLoading()
{
    if (isLoading() == m_loadingReported)
        return;
    m_loadingReported = isLoading();
    emit loadingChanged(m_loadingReported);
}

void AccountTreeModel::untrack(quint64 token)
{
    Node *n = m_pending.take(token);
    if (n)
        n->tokens.removeAll(token);
    updateLoading();
}

void AccountTreeModel::forget(Node *node)
{
    std::vector<Node *> stack{node};
    QList<QPointer<AbstractJob>> jobs;
    while (!stack.empty()) {
        Node *n = stack.back();
        stack.pop_back();
        for (quint64 t : std::as_const(n->tokens))
            m_pending.remove(t);
        n->tokens.clear();
        jobs << n->jobs;
        n->jobs.clear();
        for (const auto &c : n->children)
            stack.push_back(c.get());
    }
    // The tokens are gone, so the answers of aborted jobs are ignored.
    for (const QPointer<AbstractJob> &job : std::as_const(jobs)) {
        if (job)
            job->abort();
    }
}

void AccountTreeModel::replaceChildren(Node *node, std::vector<std::unique_ptr<Node>> children)
{
    const QModelIndex parentIndex = indexOf(node);
    if (!node->children.empty()) {
        for (const auto &c : node->children)
            forget(c.get());
        beginRemoveRows(parentIndex, 0, int(node->children.size()) - 1);
        node->children.clear();
        endRemoveRows();
    }
    if (children.empty())
        return;
    beginInsertRows(parentIndex, 0, int(children.size()) - 1);
    for (auto &c : children)
        c->parent = node;
    node->children = std::move(children);
    endInsertRows();
}

std::unique_ptr<AccountTreeModel::Node> AccountTreeModel::makeNode(Kind kind)
{
    auto n = std::make_unique<Node>();
    n->kind = kind;
    n->state = Node::State::Loaded;
    return n;
}

void AccountTreeModel::load(Node *node)
{
    if (!m_service)
        return;
    forget(node);
    node->state = Node::State::Loading;
    node->groups.reset();
    node->accounts.reset();
    {
        std::vector<std::unique_ptr<Node>> loading;
        auto row = makeNode(Kind::Loading);
        row->name = tr("Loading…");
        loading.push_back(std::move(row));
        replaceChildren(node, std::move(loading));
    }

    if (node == m_root.get()) {
        const quint64 token = track(node);
        AbstractJob *job =
            m_service->listSubscriptions(this, [this, token](const Result<QList<Subscription>> &r) {
                Node *n = m_pending.value(token);
                if (!n)
                    return;
                untrack(token);
                std::vector<std::unique_ptr<Node>> kids;
                if (!r.ok()) {
                    auto e = makeNode(Kind::Error);
                    e->error = r.error();
                    e->name = tr("Could not load: %1").arg(r.error().summary());
                    kids.push_back(std::move(e));
                    n->state = Node::State::Failed;
                    replaceChildren(n, std::move(kids));
                    emit loadFailed(QModelIndex(), r.error());
                    return;
                }
                for (const Subscription &s : r.value()) {
                    auto sub = makeNode(Kind::Subscription);
                    sub->state = Node::State::NotLoaded;
                    sub->subscription = s;
                    sub->id = s.id;
                    sub->name = s.displayName;
                    kids.push_back(std::move(sub));
                }
                std::sort(kids.begin(), kids.end(),
                          [](const auto &a, const auto &b) { return nameLess(a->name, b->name); });
                n->state = Node::State::Loaded;
                replaceChildren(n, std::move(kids));
                emit childrenLoaded(QModelIndex());
                // After refresh(): load again what was loaded before.
                const QSet<QString> again = std::exchange(m_reloadSubscriptions, {});
                for (const auto &c : n->children) {
                    if (again.contains(c->id.toLower()) && c->state == Node::State::NotLoaded)
                        load(c.get());
                }
            });
        node->jobs << job;
        return;
    }

    const QString subscriptionId = node->subscription.subscriptionId;
    const quint64 groupsToken = track(node);
    node->jobs << m_service->listResourceGroups(subscriptionId, this,
                                                [this, groupsToken](const Result<QList<ResourceGroup>> &r) {
                                                    Node *n = m_pending.value(groupsToken);
                                                    if (!n)
                                                        return;
                                                    untrack(groupsToken);
                                                    n->groups = r;
                                                    finishSubscription(n);
                                                });
    const quint64 accountsToken = track(node);
    node->jobs << m_service->listAccounts(subscriptionId, this,
                                          [this, accountsToken](const Result<QList<CosmosAccount>> &r) {
                                              Node *n = m_pending.value(accountsToken);
                                              if (!n)
                                                  return;
                                              untrack(accountsToken);
                                              n->accounts = r;
                                              finishSubscription(n);
                                          });
}

void AccountTreeModel::finishSubscription(Node *node)
{
    if (!node->groups || !node->accounts)
        return;
    const Result<QList<ResourceGroup>> groups = std::move(*node->groups);
    const Result<QList<CosmosAccount>> accounts = std::move(*node->accounts);
    node->groups.reset();
    node->accounts.reset();
    node->jobs.clear();

    std::vector<std::unique_ptr<Node>> kids;
    auto errorRow = [this](const ApiError &error) {
        auto e = makeNode(Kind::Error);
        e->error = error;
        e->name = tr("Could not load: %1").arg(error.summary());
        return e;
    };
    if (!accounts.ok()) {
        kids.push_back(errorRow(accounts.error()));
        node->state = Node::State::Failed;
        replaceChildren(node, std::move(kids));
        emit loadFailed(indexOf(node), accounts.error());
        return;
    }

    QMap<QString, Node *> byName; // lower-case resource group name -> node
    std::vector<std::unique_ptr<Node>> groupNodes;
    auto addGroup = [&](const QString &id, const QString &name, const QString &location) {
        auto g = makeNode(Kind::ResourceGroup);
        g->id = id;
        g->name = name;
        g->location = location;
        byName.insert(name.toLower(), g.get());
        groupNodes.push_back(std::move(g));
    };
    if (groups.ok()) {
        for (const ResourceGroup &g : groups.value()) {
            if (!byName.contains(g.name.toLower()))
                addGroup(g.id, g.name, g.location);
        }
    }
    for (const CosmosAccount &a : accounts.value()) {
        const QString key = a.resourceGroup.toLower();
        if (!byName.contains(key))
            addGroup(QStringLiteral("/subscriptions/%1/resourceGroups/%2")
                         .arg(node->subscription.subscriptionId, a.resourceGroup),
                     a.resourceGroup, QString());
        Node *g = byName.value(key);
        auto acc = makeNode(Kind::Account);
        acc->account = a;
        acc->id = a.id;
        acc->name = a.name;
        acc->location = a.location;
        acc->posture = SecurityPosture::evaluate(a);
        acc->level = int(acc->posture.overall());
        acc->parent = g;
        g->children.push_back(std::move(acc));
    }
    for (auto &g : groupNodes) {
        if (g->children.empty() && !m_showEmptyGroups)
            continue;
        std::sort(g->children.begin(), g->children.end(),
                  [](const auto &a, const auto &b) { return nameLess(a->name, b->name); });
        kids.push_back(std::move(g));
    }
    std::sort(kids.begin(), kids.end(),
              [](const auto &a, const auto &b) { return nameLess(a->name, b->name); });
    if (!groups.ok() && m_showEmptyGroups)
        kids.insert(kids.begin(), errorRow(groups.error()));
    node->state = Node::State::Loaded;
    replaceChildren(node, std::move(kids));
    updateLevels(node);
    emit childrenLoaded(indexOf(node));
    if (!groups.ok() && m_showEmptyGroups)
        emit loadFailed(indexOf(node), groups.error());
}

void AccountTreeModel::updateLevels(Node *node)
{
    // node is a subscription or resource group: its level is the worst of its children's.
    auto worst = [](const Node *n) {
        int level = -1;
        for (const auto &c : n->children)
            level = std::max(level, c->level);
        return level;
    };
    std::vector<Node *> changed;
    if (node->kind == Kind::Subscription) {
        for (const auto &g : node->children) {
            if (g->kind == Kind::ResourceGroup)
                g->level = worst(g.get());
        }
    }
    for (Node *n = node; n && n != m_root.get(); n = n->parent) {
        const int level = worst(n);
        if (level != n->level || n == node) {
            n->level = level;
            changed.push_back(n);
        }
    }
    for (Node *n : changed) {
        const QModelIndex i = indexOf(n, PostureColumn);
        emit dataChanged(i, i, {Qt::DisplayRole, Qt::DecorationRole, PostureLevelRole, SortRole});
    }
}

bool AccountTreeModel::updateAccount(const CosmosAccount &account)
{
    const QModelIndex i = indexOfId(account.id);
    if (!i.isValid() || nodeAt(i)->kind != Kind::Account)
        return false;
    Node *n = nodeAt(i);
    n->account = account;
    n->name = account.name;
    n->location = account.location;
    n->posture = SecurityPosture::evaluate(account);
    n->level = int(n->posture.overall());
    emit dataChanged(indexOf(n, NameColumn), indexOf(n, PostureColumn));
    if (n->parent)
        updateLevels(n->parent);
    return true;
}

void AccountTreeModel::reloadAccount(const QModelIndex &index)
{
    if (!m_service || !index.isValid() || nodeAt(index)->kind != Kind::Account)
        return;
    Node *node = nodeAt(index);
    const quint64 token = track(node);
    node->jobs << m_service->getAccount(node->id, this, [this, token](const Result<CosmosAccount> &r) {
        Node *n = m_pending.value(token);
        if (!n)
            return;
        untrack(token);
        n->jobs.removeAll(nullptr);
        if (!r.ok()) {
            emit loadFailed(indexOf(n), r.error());
            return;
        }
        updateAccount(r.value());
    });
}

void AccountTreeModel::retry(const QModelIndex &index)
{
    Node *n = nodeAt(index);
    if (n->kind == Kind::Error || n->kind == Kind::Loading)
        n = n->parent;
    if (!n || !m_service || (n != m_root.get() && n->kind != Kind::Subscription))
        return;
    load(n);
}

void AccountTreeModel::refresh()
{
    resetAll(true);
    if (m_service)
        load(m_root.get());
}

void AccountTreeModel::resetAll(bool keepLoadedSubscriptions)
{
    if (keepLoadedSubscriptions) {
        for (const auto &c : m_root->children) {
            if (c->kind == Kind::Subscription && c->state != Node::State::NotLoaded)
                m_reloadSubscriptions.insert(c->id.toLower());
        }
    }
    beginResetModel();
    forget(m_root.get());
    m_root->children.clear();
    m_root->state = Node::State::NotLoaded;
    endResetModel();
    updateLoading();
}

} // namespace csc
