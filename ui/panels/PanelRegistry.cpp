// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "PanelRegistry.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

namespace csc {

PanelRegistry::PanelRegistry(QObject *parent) : QAbstractListModel(parent) {}

PanelRegistry::~PanelRegistry() = default;

namespace {
/// The panel's icon, plus a version in the highlighted text colour for the selected row (a grey line icon
/// on the selection colour is hard to see).
QIcon sidebarIcon(const QIcon &icon)
{
    QIcon result;
    const QColor selected = QGuiApplication::palette().color(QPalette::HighlightedText);
    for (const int size : {16, 22, 32, 44, 64}) {
        const QPixmap normal = icon.pixmap(QSize(size, size));
        if (normal.isNull())
            continue;
        result.addPixmap(normal, QIcon::Normal);
        QPixmap tinted = normal;
        QPainter painter(&tinted);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(tinted.rect(), selected);
        painter.end();
        result.addPixmap(tinted, QIcon::Selected);
    }
    return result.isNull() ? icon : result;
}
} // namespace

Panel *PanelRegistry::add(std::unique_ptr<Panel> panel)
{
    if (!panel || find(panel->id()))
        return nullptr;
    const int row = count();
    beginInsertRows({}, row, row);
    m_panels.push_back(std::move(panel));
    endInsertRows();
    Panel *added = m_panels.back().get();
    emit panelAdded(added);
    return added;
}

Panel *PanelRegistry::at(int row) const
{
    return row >= 0 && row < count() ? m_panels.at(size_t(row)).get() : nullptr;
}

Panel *PanelRegistry::find(const QString &id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : at(row);
}

int PanelRegistry::rowOf(const QString &id) const
{
    for (int row = 0; row < count(); ++row) {
        if (m_panels.at(size_t(row))->id() == id)
            return row;
    }
    return -1;
}

int PanelRegistry::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant PanelRegistry::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    Panel *panel = at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return panel->title();
    case Qt::DecorationRole:
        return sidebarIcon(panel->icon());
    case IdRole:
        return panel->id();
    default:
        return {};
    }
}

} // namespace csc
