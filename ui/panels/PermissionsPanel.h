// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/panels/Panel.h"

#include <QObject>
#include <QPointer>

class QLabel;
class QStackedWidget;
class QTabWidget;

namespace csc {

class AccountSelection;
class ResourceTokensView;
class SqlRbacView;
struct CosmosAccount;

/**
 * @brief The Permissions panel of the selected account: data-plane role-based access (role definitions and
 * assignments for Microsoft Entra identities). Follows the AccountSelection; without an account it says
 * where to pick one.
 */
class PermissionsPanel : public QObject, public Panel
{
    Q_OBJECT
public:
    explicit PermissionsPanel(AccountSelection *selection, QObject *parent = nullptr);
    ~PermissionsPanel() override;

    QString id() const override { return QStringLiteral("permissions"); }
    QString title() const override;
    QIcon icon() const override;
    QWidget *widget() override;
    void setSession(AzureSession *session) override;

    SqlRbacView *rbacView() const { return m_rbac; }
    ResourceTokensView *tokensView() const { return m_tokens; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void onAccountChanged(const CosmosAccount &account);

    QPointer<AccountSelection> m_selection;
    QPointer<AzureSession> m_session;
    QPointer<QWidget> m_widget;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_title = nullptr;
    QTabWidget *m_tabs = nullptr;
    SqlRbacView *m_rbac = nullptr;
    ResourceTokensView *m_tokens = nullptr;
    QString m_accountId; ///< the account shown (reloads only when it changes)
};

} // namespace csc
