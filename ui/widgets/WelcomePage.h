// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;

namespace csc {

class SessionController;

/**
 * @brief The overview shown when no panel is selected: the current connection (profile, cloud, tenant, client
 * id, state, the principal found by the last connection test, subscriptions) and the secret storage in use.
 */
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(SessionController *controller, QWidget *parent = nullptr);

    /// What the secret store said after its probe (empty reason = keychain works).
    void setSecretStorageStatus(bool persistent, const QString &reason);

public slots:
    void refresh();

signals:
    void createConnectionRequested();
    void manageConnectionsRequested();
    void connectRequested();
    void disconnectRequested();
    void testConnectionRequested();

private:
    QLabel *addRow(QFormLayout *form, const QString &label, const QString &objectName);

    SessionController *m_controller;
    bool m_secretsKnown = false;
    bool m_secretsPersistent = false;
    QString m_secretsReason;

    QGroupBox *m_emptyBox;
    QGroupBox *m_connectionBox;
    QLabel *m_name;
    QLabel *m_cloud;
    QLabel *m_tenant;
    QLabel *m_clientId;
    QLabel *m_state;
    QLabel *m_principal;
    QLabel *m_lastTest;
    QLabel *m_subscriptions;
    QLabel *m_secretStorage;
    QPushButton *m_connectButton;
    QPushButton *m_testButton;
};

} // namespace csc
