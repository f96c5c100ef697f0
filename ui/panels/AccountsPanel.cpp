// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/panels/AccountsPanel.h"

#include "core/SecurityPosture.h"
#include "models/AccountFilterProxyModel.h"
#include "models/AccountSelection.h"
#include "models/AccountTreeModel.h"
#include "net/ArmService.h"
#include "ui/widgets/AccountSummaryView.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace csc {

namespace {
constexpr int kAutoExpandSubscriptions = 8; ///< expand (and load) every subscription up to this many
const QString kFilterLevelKey = QStringLiteral("accounts/minimumLevel");
const QString kShowEmptyKey = QStringLiteral("accounts/showEmptyResourceGroups");
const QString kSplitterKey = QStringLiteral("accounts/splitter");
} // namespace

AccountsPanel::AccountsPanel(AccountSelection *selection, QSettings *settings, QObject *parent)
    : QObject(parent), m_selection(selection), m_settings(settings), m_model(new AccountTreeModel(this)),
      m_proxy(new AccountFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AccountTreeModel::SortRole);
    connect(m_model, &AccountTreeModel::childrenLoaded, this, &AccountsPanel::onChildrenLoaded);
    connect(m_model, &AccountTreeModel::loadFailed, this,
            [this](const QModelIndex &parent, const ApiError &) { onChildrenLoaded(parent); });
    if (m_selection)
        connect(m_selection, &AccountSelection::accountUpdated, this, &AccountsPanel::onAccountUpdated);
}

AccountsPanel::~AccountsPanel()
{
    m_model->setService(nullptr);
    if (m_widget && !m_widget->parent())
        delete m_widget;
}

QString AccountsPanel::title() const
{
    return tr("Accounts");
}

QIcon AccountsPanel::icon() const
{
    return QIcon(QStringLiteral(":/icons/accounts.svg"));
}

QWidget *AccountsPanel::widget()
{
    if (!m_widget)
        buildUi();
    return m_widget;
}

void AccountsPanel::buildUi()
{
    auto *root = new QWidget;
    m_widget = root;
    root->setObjectName(QStringLiteral("accountsPanel"));
    auto *layout = new QVBoxLayout(root);
    layout->setContentsMargins(6, 6, 6, 6);

    auto *filters = new QHBoxLayout;
    m_filter = new QLineEdit;
    m_filter->setObjectName(QStringLiteral("accountFilter"));
    m_filter->setPlaceholderText(tr("Filter by account, location, resource group or subscription"));
    m_filter->setAccessibleName(tr("Filter accounts"));
    m_filter->setClearButtonEnabled(true);
    auto *filterLabel = new QLabel(tr("&Filter:"));
    filterLabel->setBuddy(m_filter);
    m_levelFilter = new QComboBox;
    m_levelFilter->setObjectName(QStringLiteral("postureFilter"));
    m_levelFilter->setAccessibleName(tr("Show accounts by posture"));
    m_levelFilter->addItem(tr("All postures"), -1);
    m_levelFilter->addItem(AccountSummaryView::levelIcon(SecurityPosture::Level::Attention),
                           tr("Attention or risk"), int(SecurityPosture::Level::Attention));
    m_levelFilter->addItem(AccountSummaryView::levelIcon(SecurityPosture::Level::Risk), tr("At risk only"),
                           int(SecurityPosture::Level::Risk));
    m_showEmpty = new QCheckBox(tr("Show &empty resource groups"));
    m_showEmpty->setObjectName(QStringLiteral("showEmptyGroups"));
    m_refresh = new QToolButton;
    m_refresh->setObjectName(QStringLiteral("refreshAccounts"));
    m_refresh->setIcon(QIcon(QStringLiteral(":/icons/refresh.svg")));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(tr("Load subscriptions and accounts again (%1)")
                              .arg(QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText)));
    m_refresh->setAccessibleName(tr("Refresh accounts"));
    filters->addWidget(filterLabel);
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_levelFilter);
    filters->addWidget(m_showEmpty);
    filters->addWidget(m_refresh);
    layout->addLayout(filters);

    m_totals = new QLabel;
    m_totals->setObjectName(QStringLiteral("accountTotals"));
    m_totals->setWordWrap(true);
    layout->addWidget(m_totals);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("accountsSplitter"));
    splitter->setChildrenCollapsible(false);
    m_tree = new QTreeView;
    m_tree->setObjectName(QStringLiteral("accountTree"));
    m_tree->setAccessibleName(tr("Subscriptions, resource groups and accounts"));
    m_tree->setModel(m_proxy);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(AccountTreeModel::NameColumn, Qt::AscendingOrder);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->header()->setSectionResizeMode(AccountTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(AccountTreeModel::LocationColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(AccountTreeModel::PostureColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setMinimumWidth(360);
    m_summary = new AccountSummaryView;
    auto *scroll = new QScrollArea;
    scroll->setWidget(m_summary);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumWidth(320);
    splitter->addWidget(m_tree);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    if (m_settings && m_settings->contains(kSplitterKey))
        splitter->restoreState(m_settings->value(kSplitterKey).toByteArray());
    connect(splitter, &QSplitter::splitterMoved, this, [this, splitter] {
        if (m_settings)
            m_settings->setValue(kSplitterKey, splitter->saveState());
    });
    layout->addWidget(splitter, 1);

    if (m_settings) {
        const int level = m_settings->value(kFilterLevelKey, -1).toInt();
        const int row = m_levelFilter->findData(level);
        m_levelFilter->setCurrentIndex(row >= 0 ? row : 0);
        m_showEmpty->setChecked(m_settings->value(kShowEmptyKey, false).toBool());
        m_model->setShowEmptyResourceGroups(m_showEmpty->isChecked());
    }
    applyFilters();

    connect(m_filter, &QLineEdit::textChanged, this, &AccountsPanel::applyFilters);
    connect(m_levelFilter, &QComboBox::currentIndexChanged, this, [this] {
        if (m_settings)
            m_settings->setValue(kFilterLevelKey, m_levelFilter->currentData().toInt());
        applyFilters();
    });
    connect(m_showEmpty, &QCheckBox::toggled, this, [this](bool show) {
        if (m_settings)
            m_settings->setValue(kShowEmptyKey, show);
        const QString keep = m_tree->currentIndex().data(AccountTreeModel::IdRole).toString();
        m_model->setShowEmptyResourceGroups(show);
        if (m_hasSession) {
            select(keep);
            m_model->refresh();
        }
    });
    connect(m_refresh, &QToolButton::clicked, this, &AccountsPanel::refresh);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    connect(m_tree, &QTreeView::customContextMenuRequested, this, &AccountsPanel::showContextMenu);
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (m_model->kindAt(m_proxy->mapToSource(index)) == AccountTreeModel::Kind::Error)
            m_model->retry(m_proxy->mapToSource(index));
    });
    connect(m_summary, &AccountSummaryView::retryRequested, this, [this] {
        const QModelIndex current = m_proxy->mapToSource(m_tree->currentIndex());
        if (m_model->kindAt(current) == AccountTreeModel::Kind::Error)
            m_model->retry(current);
    });
    connect(m_model, &AccountTreeModel::loadingChanged, this, [this](bool loading) {
        m_refresh->setEnabled(!loading || !m_hasSession);
        updateTotals();
    });
    m_summary->showPlaceholder(tr("Connect to see your Azure Cosmos DB accounts."));
}

void AccountsPanel::setSession(AzureSession *session)
{
    if (m_selection)
        m_selection->clear();
    m_model->setService(nullptr);
    m_service.reset();
    m_hasSession = session != nullptr;
    if (session) {
        m_service = std::make_unique<ArmService>(session);
        m_model->setService(m_service.get());
        if (m_model->canFetchMore({}))
            m_model->fetchMore({});
    }
    if (m_summary) {
        m_summary->showPlaceholder(session ? tr("Select an account to see its security summary.")
                                           : tr("Connect to see your Azure Cosmos DB accounts."));
        updateTotals();
    }
}

void AccountsPanel::refresh()
{
    if (!m_hasSession)
        return;
    if (m_tree && m_tree->currentIndex().isValid())
        m_pendingSelection = m_tree->currentIndex().data(AccountTreeModel::IdRole).toString();
    m_model->refresh();
}

QModelIndex AccountsPanel::findSource(const QString &idOrName) const
{
    if (idOrName.startsWith(QLatin1Char('/')))
        return m_model->indexOfId(idOrName);
    std::function<QModelIndex(const QModelIndex &)> walk = [&](const QModelIndex &parent) -> QModelIndex {
        for (int r = 0; r < m_model->rowCount(parent); ++r) {
            const QModelIndex child = m_model->index(r, 0, parent);
            const AccountTreeModel::Kind kind = m_model->kindAt(child);
            if (kind == AccountTreeModel::Kind::Account &&
                child.data().toString().compare(idOrName, Qt::CaseInsensitive) == 0)
                return child;
            if (kind == AccountTreeModel::Kind::Subscription ||
                kind == AccountTreeModel::Kind::ResourceGroup) {
                if (const QModelIndex found = walk(child); found.isValid())
                    return found;
            }
        }
        return {};
    };
    return walk({});
}

void AccountsPanel::select(const QString &armId)
{
    m_pendingSelection = armId;
    const QModelIndex source = findSource(armId);
    if (!source.isValid() || !m_tree)
        return;
    const QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid())
        return;
    m_pendingSelection.clear();
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        m_tree->expand(p);
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

void AccountsPanel::applyFilters()
{
    m_proxy->setTextFilter(m_filter->text().trimmed());
    m_proxy->setMinimumLevel(m_levelFilter->currentData().toInt());
    if (!m_filter->text().trimmed().isEmpty() || m_levelFilter->currentData().toInt() >= 0)
        m_tree->expandAll();
    updateTotals();
}

void AccountsPanel::onChildrenLoaded(const QModelIndex &sourceParent)
{
    if (!m_tree)
        return;
    const int rows = m_model->rowCount(sourceParent);
    const AccountTreeModel::Kind parentKind =
        sourceParent.isValid() ? m_model->kindAt(sourceParent) : AccountTreeModel::Kind::Subscription;
    if (!sourceParent.isValid()) {
        // Subscriptions: open a handful right away (opening one loads its accounts).
        if (rows <= kAutoExpandSubscriptions) {
            for (int r = 0; r < rows; ++r) {
                const QModelIndex child = m_model->index(r, 0);
                if (m_model->kindAt(child) == AccountTreeModel::Kind::Subscription)
                    m_tree->expand(m_proxy->mapFromSource(child));
            }
        }
    } else if (parentKind == AccountTreeModel::Kind::Subscription) {
        m_tree->expand(m_proxy->mapFromSource(sourceParent));
        for (int r = 0; r < rows; ++r)
            m_tree->expand(m_proxy->mapFromSource(m_model->index(r, 0, sourceParent)));
    }
    // A failure with nothing else to look at: show what to do right away.
    if (rows == 1 && m_model->kindAt(m_model->index(0, 0, sourceParent)) == AccountTreeModel::Kind::Error &&
        (!m_tree->currentIndex().isValid() || !sourceParent.isValid()))
        m_tree->setCurrentIndex(m_proxy->mapFromSource(m_model->index(0, 0, sourceParent)));
    if (!m_pendingSelection.isEmpty())
        select(m_pendingSelection);
    if (!m_filter->text().trimmed().isEmpty())
        m_tree->expandAll();
    onCurrentChanged(m_tree->currentIndex());
    updateTotals();
}

QString AccountsPanel::contextLine(const QModelIndex &sourceIndex) const
{
    QStringList parts;
    for (QModelIndex p = sourceIndex.parent(); p.isValid(); p = p.parent())
        parts << p.data(Qt::DisplayRole).toString();
    return parts.join(QStringLiteral(" · "));
}

void AccountsPanel::onCurrentChanged(const QModelIndex &current)
{
    const QModelIndex source = m_proxy->mapToSource(current);
    if (!source.isValid()) {
        if (m_selection)
            m_selection->clear();
        m_summary->showPlaceholder(m_hasSession ? tr("Select an account to see its security summary.")
                                                : tr("Connect to see your Azure Cosmos DB accounts."));
        return;
    }
    const QModelIndex first = source.siblingAtColumn(0);
    switch (m_model->kindAt(first)) {
    case AccountTreeModel::Kind::Account: {
        const CosmosAccount account = m_model->accountAt(first);
        m_summary->showAccount(account, contextLine(first));
        if (m_selection)
            m_selection->setCurrent(account);
        return;
    }
    case AccountTreeModel::Kind::Error:
        if (m_selection)
            m_selection->clear();
        m_summary->showError(first.data(AccountTreeModel::ErrorRole).value<ApiError>(),
                             first.data(AccountTreeModel::MissingActionRole).toString());
        return;
    case AccountTreeModel::Kind::Loading:
        if (m_selection)
            m_selection->clear();
        m_summary->showPlaceholder(tr("Loading…"));
        return;
    case AccountTreeModel::Kind::Subscription:
    case AccountTreeModel::Kind::ResourceGroup: {
        if (m_selection)
            m_selection->clear();
        int counts[3] = {0, 0, 0};
        int accounts = 0;
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int r = 0; r < m_model->rowCount(parent); ++r) {
                const QModelIndex child = m_model->index(r, 0, parent);
                if (m_model->kindAt(child) == AccountTreeModel::Kind::Account) {
                    ++accounts;
                    const QVariant level = child.data(AccountTreeModel::PostureLevelRole);
                    if (level.isValid() && level.toInt() >= 0 && level.toInt() <= 2)
                        ++counts[level.toInt()];
                } else {
                    walk(child);
                }
            }
        };
        walk(first);
        const bool isSubscription = m_model->kindAt(first) == AccountTreeModel::Kind::Subscription;
        const QString subtitle =
            isSubscription ? tr("Subscription %1")
                                 .arg(ArmResourceId::parse(first.data(AccountTreeModel::IdRole).toString())
                                          .subscriptionId)
                           : tr("Resource group in %1").arg(contextLine(first));
        if (isSubscription && m_model->canFetchMore(first))
            m_summary->showPlaceholder(tr("Expand the subscription to load its accounts."));
        else
            m_summary->showContainer(first.data().toString(), subtitle, accounts, counts);
        return;
    }
    }
}

void AccountsPanel::onAccountUpdated(const CosmosAccount &account)
{
    if (!m_model->updateAccount(account))
        return;
    const QModelIndex current = m_proxy->mapToSource(m_tree ? m_tree->currentIndex() : QModelIndex());
    if (current.isValid() && m_model->kindAt(current.siblingAtColumn(0)) == AccountTreeModel::Kind::Account &&
        ArmResourceId::sameId(current.siblingAtColumn(0).data(AccountTreeModel::IdRole).toString(),
                              account.id))
        m_summary->showAccount(account, contextLine(current.siblingAtColumn(0)));
    updateTotals();
}

void AccountsPanel::updateTotals()
{
    if (!m_totals)
        return;
    if (!m_hasSession) {
        m_totals->clear();
        m_totals->hide();
        return;
    }
    int counts[3] = {0, 0, 0};
    int accounts = 0;
    int subscriptions = 0;
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int r = 0; r < m_model->rowCount(parent); ++r) {
            const QModelIndex child = m_model->index(r, 0, parent);
            switch (m_model->kindAt(child)) {
            case AccountTreeModel::Kind::Subscription:
                ++subscriptions;
                walk(child);
                break;
            case AccountTreeModel::Kind::ResourceGroup:
                walk(child);
                break;
            case AccountTreeModel::Kind::Account: {
                ++accounts;
                const int level = child.data(AccountTreeModel::PostureLevelRole).toInt();
                if (level >= 0 && level <= 2)
                    ++counts[level];
                break;
            }
            default:
                break;
            }
        }
    };
    walk({});
    QString text;
    if (m_model->isLoading() && accounts == 0)
        text = tr("Loading subscriptions and accounts…");
    else {
        const QString accountsText = tr("%n account(s)", nullptr, accounts);
        const QString subscriptionsText = tr("%n subscription(s)", nullptr, subscriptions);
        text = tr("%1 in %2").arg(accountsText, subscriptionsText);
        if (counts[2] > 0) {
            const QString risk = tr("%n at risk", nullptr, counts[2]);
            text += QStringLiteral(" · ") + risk;
        }
        if (counts[1] > 0) {
            const QString attention = tr("%n need attention", nullptr, counts[1]);
            text += QStringLiteral(" · ") + attention;
        }
        if (m_model->isLoading())
            text += QStringLiteral(" · ") + tr("loading…");
    }
    m_totals->setText(text);
    m_totals->show();
}

void AccountsPanel::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_tree->indexAt(pos);
    const QModelIndex source = m_proxy->mapToSource(index).siblingAtColumn(0);
    QMenu menu(m_tree);
    const QString armId = source.data(AccountTreeModel::IdRole).toString();
    const AccountTreeModel::Kind kind =
        source.isValid() ? m_model->kindAt(source) : AccountTreeModel::Kind::Loading;
    if (kind == AccountTreeModel::Kind::Account) {
        menu.addAction(tr("Open &Keys"), this, [this] { emit openPanelRequested(QStringLiteral("keys")); });
        menu.addAction(tr("Re&load this account"), this, [this, source] { m_model->reloadAccount(source); });
        menu.addSeparator();
    }
    if (kind == AccountTreeModel::Kind::Error)
        menu.addAction(tr("&Retry"), this, [this, source] { m_model->retry(source); });
    if (!armId.isEmpty()) {
        menu.addAction(QIcon(QStringLiteral(":/icons/copy.svg")), tr("Copy resource &id"), this,
                       [armId] { QApplication::clipboard()->setText(armId); });
        const QString name = source.data().toString();
        menu.addAction(tr("Copy &name"), this, [name] { QApplication::clipboard()->setText(name); });
        menu.addSeparator();
    }
    menu.addAction(QIcon(QStringLiteral(":/icons/refresh.svg")), tr("Refresh &all"), this,
                   &AccountsPanel::refresh);
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

} // namespace csc
