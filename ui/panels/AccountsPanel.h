// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/panels/Panel.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QSettings;
class QToolButton;
class QTreeView;

namespace csc {

class AccountFilterProxyModel;
class AccountSelection;
class AccountSummaryView;
class AccountTreeModel;
class ArmService;
struct CosmosAccount;

/**
 * @brief The Accounts panel: subscriptions → resource groups → Cosmos DB accounts (lazy, sortable,
 * filterable by text and posture) and, for the selected row, the security summary, the totals of a group, or
 * a failure to load with what to do.
 *
 * Selecting an account makes it the AccountSelection's current account (the other panels follow it); changes
 * reported through AccountSelection::update() are shown in the tree. The filters are remembered in QSettings.
 */
class AccountsPanel : public QObject, public Panel
{
    Q_OBJECT
public:
    AccountsPanel(AccountSelection *selection, QSettings *settings, QObject *parent = nullptr);
    ~AccountsPanel() override;

    QString id() const override { return QStringLiteral("accounts"); }
    QString title() const override;
    QIcon icon() const override;
    QWidget *widget() override;
    void setSession(AzureSession *session) override;

    AccountTreeModel *model() const { return m_model; }
    AccountFilterProxyModel *proxy() const { return m_proxy; }
    QTreeView *tree() const { return m_tree; }
    AccountSummaryView *summary() const { return m_summary; }

public slots:
    void refresh();
    /// Selects the account (or subscription / group) with this ARM id, or the account with this name,
    /// once it is loaded.
    void select(const QString &armId);

signals:
    /// The user asked to work on the current account in another panel (e.g. "keys").
    void openPanelRequested(const QString &panelId);

private:
    void buildUi();
    void onCurrentChanged(const QModelIndex &current);
    void onChildrenLoaded(const QModelIndex &sourceParent);
    void onAccountUpdated(const CosmosAccount &account);
    void showContextMenu(const QPoint &pos);
    void updateTotals();
    void applyFilters();
    QString contextLine(const QModelIndex &sourceIndex) const;
    QModelIndex findSource(const QString &idOrName) const;

    QPointer<AccountSelection> m_selection;
    QSettings *m_settings;
    std::unique_ptr<ArmService> m_service;
    AccountTreeModel *m_model;
    AccountFilterProxyModel *m_proxy;
    QPointer<QWidget> m_widget;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_levelFilter = nullptr;
    QCheckBox *m_showEmpty = nullptr;
    QToolButton *m_refresh = nullptr;
    QLabel *m_totals = nullptr;
    QTreeView *m_tree = nullptr;
    AccountSummaryView *m_summary = nullptr;
    QString m_pendingSelection; ///< ARM id to select when it appears
    bool m_hasSession = false;
};

} // namespace csc
