// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/panels/PermissionsPanel.h"

#include "models/AccountSelection.h"
#include "net/AzureSession.h"
#include "ui/widgets/ResourceTokensView.h"
#include "ui/widgets/SqlRbacView.h"

#include <QEvent>
#include <QLabel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace csc {

PermissionsPanel::PermissionsPanel(AccountSelection *selection, QObject *parent)
    : QObject(parent), m_selection(selection)
{
    if (m_selection)
        connect(m_selection, &AccountSelection::currentChanged, this, &PermissionsPanel::onAccountChanged);
}

PermissionsPanel::~PermissionsPanel()
{
    if (m_widget && !m_widget->parent())
        delete m_widget;
}

QString PermissionsPanel::title() const
{
    return tr("Permissions");
}

QIcon PermissionsPanel::icon() const
{
    return QIcon(QStringLiteral(":/icons/permissions.svg"));
}

QWidget *PermissionsPanel::widget()
{
    if (!m_widget)
        buildUi();
    return m_widget;
}

void PermissionsPanel::buildUi()
{
    auto *root = new QWidget;
    m_widget = root;
    root->setObjectName(QStringLiteral("permissionsPanel"));
    auto *layout = new QVBoxLayout(root);
    layout->setContentsMargins(8, 8, 8, 8);
    m_stack = new QStackedWidget;
    m_empty = new QLabel;
    m_empty->setObjectName(QStringLiteral("permissionsEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(m_empty);

    auto *page = new QWidget;
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("permissionsTitle"));
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    m_title->setFont(f);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("permissionsTabs"));
    m_rbac = new SqlRbacView;
    m_tabs->addTab(m_rbac, tr("&Role-based access (Entra ID)"));
    m_tokens = new ResourceTokensView;
    m_tabs->addTab(m_tokens, tr("&Users && resource tokens"));
    pageLayout->addWidget(m_title);
    pageLayout->addWidget(m_tabs, 1);
    m_stack->addWidget(page);
    layout->addWidget(m_stack);
    root->installEventFilter(this);
    onAccountChanged(m_selection ? m_selection->current() : CosmosAccount());
}

void PermissionsPanel::setSession(AzureSession *session)
{
    m_session = session;
    m_accountId.clear();
    onAccountChanged(m_selection ? m_selection->current() : CosmosAccount());
}

void PermissionsPanel::onAccountChanged(const CosmosAccount &account)
{
    if (!m_widget)
        return;
    if (!m_session || !account.isValid()) {
        m_accountId.clear();
        m_rbac->setContext(nullptr, {});
        m_tokens->setContext(nullptr, {});
        m_empty->setText(m_session ? tr("Select an account in Accounts to manage who may access its data.")
                                   : tr("Connect to manage who may access your accounts' data."));
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    m_title->setText(tr("Data access to “%1”").arg(account.name));
    m_stack->setCurrentIndex(1);
    if (ArmResourceId::sameId(account.id, m_accountId))
        return; // a newer state of the same account: nothing to reload here
    if (!m_widget->isVisible()) {
        // Load when the panel is shown, not for every account clicked elsewhere.
        m_accountId.clear();
        m_rbac->setContext(nullptr, {});
        m_tokens->setContext(nullptr, {});
        return;
    }
    m_accountId = account.id;
    m_rbac->setContext(m_session, account);
    m_tokens->setContext(m_session, account);
}

bool PermissionsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_widget && event->type() == QEvent::Show)
        onAccountChanged(m_selection ? m_selection->current() : CosmosAccount());
    return QObject::eventFilter(watched, event);
}

} // namespace csc
