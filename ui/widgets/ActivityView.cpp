// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "ActivityView.h"

#include "models/RequestLogModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace csc {

ActivityView::ActivityView(RequestLog *log, QWidget *parent)
    : QWidget(parent), m_model(new RequestLogModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_filter(new QLineEdit(this)), m_view(new QTreeView(this))
{
    m_model->setRequestLog(log);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(RequestLogModel::SortRole);

    m_filter->setObjectName(QStringLiteral("activityFilter"));
    m_filter->setPlaceholderText(tr("Filter by method, URL, status or request ID"));
    m_filter->setAccessibleName(tr("Filter requests"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &ActivityView::setFilterText);

    m_view->setObjectName(QStringLiteral("activityView"));
    m_view->setAccessibleName(tr("Request log"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setTextElideMode(Qt::ElideMiddle);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(RequestLogModel::UrlColumn, QHeaderView::Stretch);
    const QFontMetrics fm = fontMetrics();
    header->resizeSection(RequestLogModel::TimeColumn, fm.horizontalAdvance(QStringLiteral("00:00:00")) + 24);
    header->resizeSection(RequestLogModel::MethodColumn, fm.horizontalAdvance(QStringLiteral("DELETE")) + 24);
    header->resizeSection(RequestLogModel::StatusColumn,
                          fm.horizontalAdvance(QStringLiteral("no response")) + 16);
    header->resizeSection(RequestLogModel::DurationColumn,
                          fm.horizontalAdvance(QStringLiteral("00,000 ms")) + 24);
    header->resizeSection(RequestLogModel::RequestIdColumn,
                          fm.horizontalAdvance(QStringLiteral("00000000-0000-0000-0000-000000000000")) + 16);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ActivityView::showContextMenu);

    m_copyRow = new QAction(QIcon(QStringLiteral(":/icons/copy.svg")), tr("&Copy Row"), this);
    m_copyRow->setObjectName(QStringLiteral("copyRowAction"));
    m_copyRow->setShortcut(QKeySequence::Copy);
    m_copyRow->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copyRow, &QAction::triggered, this, &ActivityView::copySelectedRows);
    m_view->addAction(m_copyRow);

    m_copyRequestId = new QAction(tr("Copy Request &ID"), this);
    m_copyRequestId->setObjectName(QStringLiteral("copyRequestIdAction"));
    connect(m_copyRequestId, &QAction::triggered, this, &ActivityView::copyRequestId);

    m_clear = new QAction(tr("C&lear Log"), this);
    m_clear->setObjectName(QStringLiteral("clearLogAction"));
    connect(m_clear, &QAction::triggered, this, [this] {
        if (m_model->requestLog())
            m_model->requestLog()->clear();
    });

    auto *clearButton = new QToolButton(this);
    clearButton->setObjectName(QStringLiteral("clearLogButton"));
    clearButton->setDefaultAction(m_clear);
    clearButton->setAccessibleName(tr("Clear the request log"));

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_filter, 1);
    top->addWidget(clearButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    // Follow the newest request while the user looks at the end of the list.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        QScrollBar *bar = m_view->verticalScrollBar();
        if (bar->value() >= bar->maximum() - 2)
            QMetaObject::invokeMethod(m_view, &QTreeView::scrollToBottom, Qt::QueuedConnection);
    });
}

void ActivityView::setFilterText(const QString &text)
{
    if (m_filter->text() != text)
        m_filter->setText(text);
    m_proxy->setFilterFixedString(text);
}

QList<int> ActivityView::selectedSourceRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows << m_proxy->mapToSource(index).row();
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows << m_proxy->mapToSource(m_view->currentIndex()).row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void ActivityView::copySelectedRows()
{
    QStringList lines;
    for (int row : selectedSourceRows())
        lines << m_model->rowText(row);
    if (!lines.isEmpty())
        QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
}

void ActivityView::copyRequestId()
{
    const QList<int> rows = selectedSourceRows();
    if (rows.isEmpty())
        return;
    const QString id = m_model->index(rows.constFirst(), RequestLogModel::RequestIdColumn).data().toString();
    if (!id.isEmpty())
        QApplication::clipboard()->setText(id);
}

void ActivityView::showContextMenu(const QPoint &pos)
{
    const bool hasRow = !selectedSourceRows().isEmpty();
    m_copyRow->setEnabled(hasRow);
    m_copyRequestId->setEnabled(hasRow);
    QMenu menu(this);
    menu.addAction(m_copyRow);
    menu.addAction(m_copyRequestId);
    menu.addSeparator();
    menu.addAction(m_clear);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
    m_copyRow->setEnabled(true);
    m_copyRequestId->setEnabled(true);
}

} // namespace csc
