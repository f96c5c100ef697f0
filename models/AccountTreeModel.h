// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/ApiError.h"
#include "core/CosmosAccount.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>
#include <QSet>

#include <memory>

namespace csc {

class ArmService;

/**
 * @brief Subscriptions → resource groups → Cosmos DB accounts, loaded lazily through ArmService.
 *
 * The root loads on fetchMore(QModelIndex()), each subscription on fetchMore(its index): the accounts of the
 * whole subscription are listed once and grouped under their resource groups (resource groups come from the
 * resource group list, so empty ones can be shown). While loading, a node has one "Loading…" child; a failure
 * becomes one error child ("Could not load: …", KindRole Error, tooltip = what to do) instead of an empty
 * node. refresh() resets and reloads what was loaded. Children are ordered by name; sort and filter with
 * AccountFilterProxyModel. No role returns secret material.
 */
class AccountTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class Kind
    {
        Subscription,
        ResourceGroup,
        Account,
        Error,
        Loading
    };
    Q_ENUM(Kind)

    enum Column
    {
        NameColumn,
        LocationColumn,
        PostureColumn,
        ColumnCount
    };

    enum Role
    {
        KindRole = Qt::UserRole + 1, ///< int(Kind)
        IdRole,                      ///< ARM id (empty for error/loading rows)
        AccountRole,                 ///< QVariant<CosmosAccount> on account rows
        PostureLevelRole,            ///< int(SecurityPosture::Level): the account's overall level, the worst
                                     ///< of the children for groups and subscriptions; invalid when unknown
        ErrorRole,                   ///< QVariant<ApiError> on error rows
        MissingActionRole,           ///< on 403 error rows: the Azure RBAC action the message names
        SortRole                     ///< what AccountFilterProxyModel sorts by in this column
    };

    explicit AccountTreeModel(QObject *parent = nullptr);
    ~AccountTreeModel() override;

    /// Not owned. Resets the model; nothing loads until fetchMore() or refresh().
    void setService(ArmService *service);
    ArmService *service() const;

    /// Also show resource groups without Cosmos DB accounts (default off). Resets the model.
    void setShowEmptyResourceGroups(bool show);
    bool showEmptyResourceGroups() const { return m_showEmptyGroups; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QHash<int, QByteArray> roleNames() const override;

    Kind kindAt(const QModelIndex &index) const;
    /// The account of an account row; an invalid (empty) account otherwise.
    CosmosAccount accountAt(const QModelIndex &index) const;
    /// The row (column 0) of a subscription, resource group or account id (case-insensitive); invalid if
    /// absent.
    QModelIndex indexOfId(const QString &armId) const;
    /// True while any list or get is running.
    bool isLoading() const { return !m_pending.isEmpty(); }

    /// The action an ARM AuthorizationFailed message names ("… perform action 'X' over scope …"); empty if
    /// none.
    static QString missingAction(const ApiError &error);

public slots:
    /// Drops everything, then loads the subscriptions again and every subscription that was loaded.
    void refresh();
    /// Loads again the node whose children failed: pass the error row or its parent (invalid = the root).
    void retry(const QModelIndex &index);
    /// GETs one account again and updates its row; a failure is reported through loadFailed().
    void reloadAccount(const QModelIndex &index);
    /// Replaces the account with the same id (after a change); returns false if it is not in the model.
    bool updateAccount(const csc::CosmosAccount &account);

signals:
    /// The children of `parent` (invalid = the subscriptions) arrived and are in the model.
    void childrenLoaded(const QModelIndex &parent);
    /// Loading the children of `parent` (or reloading the account at `parent`) failed; an error row shows it.
    void loadFailed(const QModelIndex &parent, const csc::ApiError &error);
    void loadingChanged(bool loading);

private:
    struct Node;
    static std::unique_ptr<Node> makeNode(Kind kind);
    Node *nodeAt(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node, int column = 0) const;
    void load(Node *node);
    void finishSubscription(Node *node);
    void replaceChildren(Node *node, std::vector<std::unique_ptr<Node>> children);
    quint64 track(Node *node);
    void untrack(quint64 token);
    void forget(Node *node); ///< aborts the jobs of node and its descendants, drops their tokens
    void updateLoading();    ///< emits loadingChanged() when isLoading() changed since the last emission
    void updateLevels(Node *node);
    void resetAll(bool keepLoadedSubscriptions);

    std::unique_ptr<Node> m_root;
    QPointer<ArmService> m_service;
    bool m_showEmptyGroups = false;
    QHash<quint64, Node *> m_pending; ///< token -> node waiting for an answer
    quint64 m_nextToken = 0;
    bool m_loadingReported = false;
    QSet<QString> m_reloadSubscriptions; ///< lower-case ids to load again after refresh()
};

} // namespace csc
