// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;
class QAction;

namespace csc {

class RequestLog;
class RequestLogModel;

/**
 * @brief The activity dock's content: the request log as a table with a filter box, "Copy row" (Ctrl+C) and
 * "Copy request ID". Follows new requests while scrolled to the bottom.
 */
class ActivityView : public QWidget
{
    Q_OBJECT
public:
    explicit ActivityView(RequestLog *log, QWidget *parent = nullptr);

    RequestLogModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTreeView *view() const { return m_view; }
    void setFilterText(const QString &text);

public slots:
    void copySelectedRows();
    void copyRequestId();

private:
    void showContextMenu(const QPoint &pos);
    QList<int> selectedSourceRows() const;

    RequestLogModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_view;
    QAction *m_copyRow;
    QAction *m_copyRequestId;
    QAction *m_clear;
};

} // namespace csc
