// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "ProfileListModel.h"

namespace csc {

ProfileListModel::ProfileListModel(QObject *parent) : QAbstractListModel(parent) {}

int ProfileListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_profiles.size());
}

QVariant ProfileListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConnectionProfile &p = m_profiles.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return p.name;
    case Qt::ToolTipRole: {
        const QString cloud = p.environment().displayName();
        return p.tenantId.isEmpty() ? cloud : tr("%1 — tenant %2").arg(cloud, p.tenantId);
    }
    case IdRole:
        return p.id;
    case CloudRole:
        return CloudEnvironment::idToString(p.cloud);
    case TenantRole:
        return p.tenantId;
    case LocalCloudRole:
        return p.localCloud;
    default:
        return {};
    }
}

QHash<int, QByteArray> ProfileListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "profileId");
    names.insert(CloudRole, "cloud");
    names.insert(TenantRole, "tenant");
    names.insert(LocalCloudRole, "localCloud");
    return names;
}

void ProfileListModel::setProfiles(const QList<ConnectionProfile> &profiles)
{
    beginResetModel();
    m_profiles = profiles;
    endResetModel();
}

void ProfileListModel::upsert(const ConnectionProfile &profile)
{
    const QModelIndex existing = indexOf(profile.id);
    if (existing.isValid()) {
        m_profiles[existing.row()] = profile;
        emit dataChanged(
            existing, existing,
            {Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole, CloudRole, TenantRole, LocalCloudRole});
        return;
    }
    const int row = int(m_profiles.size());
    beginInsertRows({}, row, row);
    m_profiles.append(profile);
    endInsertRows();
}

void ProfileListModel::remove(const QString &id)
{
    const QModelIndex existing = indexOf(id);
    if (!existing.isValid())
        return;
    beginRemoveRows({}, existing.row(), existing.row());
    m_profiles.removeAt(existing.row());
    endRemoveRows();
}

ConnectionProfile ProfileListModel::itemAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() < 0 || index.row() >= m_profiles.size())
        return {};
    return m_profiles.at(index.row());
}

QModelIndex ProfileListModel::indexOf(const QString &id) const
{
    if (id.isEmpty())
        return {};
    for (int row = 0; row < m_profiles.size(); ++row) {
        if (m_profiles.at(row).id == id)
            return index(row, 0);
    }
    return {};
}

} // namespace csc
