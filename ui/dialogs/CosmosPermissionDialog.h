// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/CosmosPermission.h"

#include <QDialog>
#include <QList>
#include <QPointer>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace csc {

class AbstractJob;
class CosmosPermissionsService;

/**
 * @brief "New permission" / "Edit permission" of a Cosmos DB user: id, mode (Read / All, described), the
 * resource (the user's database, one of its containers, or one item in a container) and an
 * optional partition key value (containers and items only; the container's partition key path is shown).
 * Checked with CosmosPermission::validate() as the user types; never raw JSON. The containers of the chosen
 * database are listed through `service` (not owned). accept() only with a valid permission().
 */
class CosmosPermissionDialog : public QDialog
{
    Q_OBJECT
public:
    CosmosPermissionDialog(CosmosPermissionsService *service, const QString &database, const QString &user,
                           QWidget *parent = nullptr);
    ~CosmosPermissionDialog() override;

    /// Fills the form from an existing permission (editing it: replace).
    void setPermission(const CosmosPermission &permission);
    /// The permission the form describes (no token).
    CosmosPermission permission() const;
    /// The listed containers of the chosen database.
    const QList<CosmosContainer> &containers() const { return m_containers; }
    bool isLoadingContainers() const { return !m_containersJob.isNull(); }

public slots:
    void accept() override;

private:
    enum Scope
    {
        DatabaseScope,
        ContainerScope,
        ItemScope
    };
    void loadContainers();
    void validate();
    Result<QJsonArray> partitionKey() const;
    const CosmosContainer *currentContainer() const;

    QPointer<CosmosPermissionsService> m_service;
    QString m_database;
    QString m_user;
    QList<CosmosContainer> m_containers;
    QPointer<AbstractJob> m_containersJob;
    QString m_pendingContainer; ///< selected once the containers arrive (setPermission)
    QLineEdit *m_id;
    QComboBox *m_mode;
    QLabel *m_modeDescription;
    QButtonGroup *m_scope;
    QRadioButton *m_scopeDatabase;
    QRadioButton *m_scopeContainer;
    QRadioButton *m_scopeItem;
    QComboBox *m_container;
    QLineEdit *m_item;
    QLabel *m_keyPath;
    QComboBox *m_keyType;
    QLineEdit *m_keyValue;
    QLabel *m_summary;
    QLabel *m_problem;
    QPushButton *m_ok;
};

} // namespace csc
