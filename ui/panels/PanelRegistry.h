// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/panels/Panel.h"

#include <QAbstractListModel>

#include <memory>
#include <vector>

namespace csc {

/**
 * @brief The registered panels, in sidebar order, as a list model (DisplayRole title, DecorationRole icon,
 * IdRole id). Owns the panels.
 */
class PanelRegistry : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        IdRole = Qt::UserRole + 1
    };
    Q_ENUM(Role)

    explicit PanelRegistry(QObject *parent = nullptr);
    ~PanelRegistry() override;

    /// Appends a panel (ignored when a panel with the same id exists). Returns the registered panel or
    /// nullptr.
    Panel *add(std::unique_ptr<Panel> panel);
    int count() const { return int(m_panels.size()); }
    Panel *at(int row) const;
    Panel *find(const QString &id) const;
    int rowOf(const QString &id) const; ///< -1 when unknown

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

signals:
    void panelAdded(csc::Panel *panel);

private:
    std::vector<std::unique_ptr<Panel>> m_panels;
};

} // namespace csc
