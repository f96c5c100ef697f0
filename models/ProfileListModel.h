// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/ConnectionProfile.h"

#include <QAbstractListModel>
#include <QList>

namespace csc {

/**
 * @brief The connection profiles as a list (connection picker, profile dialog). Holds copies of the
 * non-secret ConnectionProfile values; never a secret.
 *
 * setProfiles() replaces the whole list (model reset); upsert() and remove() change single rows with
 * begin/end rows or dataChanged.
 */
class ProfileListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        IdRole = Qt::UserRole + 1, ///< QString profile id
        CloudRole,                 ///< QString CloudEnvironment::idToString
        TenantRole,                ///< QString tenant id or domain
        LocalCloudRole,            ///< bool
    };
    Q_ENUM(Role)

    explicit ProfileListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setProfiles(const QList<ConnectionProfile> &profiles); ///< reset
    /// Replaces the profile with the same id (dataChanged) or appends it (insert rows).
    void upsert(const ConnectionProfile &profile);
    void remove(const QString &id); ///< remove rows; unknown ids are ignored

    const QList<ConnectionProfile> &profiles() const { return m_profiles; }
    /// The profile at `index`; a default-constructed profile (empty id) for an invalid index.
    ConnectionProfile itemAt(const QModelIndex &index) const;
    QModelIndex indexOf(const QString &id) const; ///< invalid when unknown

private:
    QList<ConnectionProfile> m_profiles;
};

} // namespace csc
