// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/panels/StandardPanels.h"

#include "ui/MainWindow.h"
#include "ui/SessionController.h"
#include "ui/dialogs/KeyRotationWizard.h"
#include "ui/panels/AccountsPanel.h"
#include "ui/panels/EncryptionPanel.h"
#include "ui/panels/KeysPanel.h"
#include "ui/panels/PermissionsPanel.h"
#include "ui/panels/TokenInspectorPanel.h"
#include "ui/widgets/ResourceTokensView.h"

namespace csc {

void addStandardPanels(MainWindow *window, SessionController *controller)
{
    auto accounts = std::make_unique<AccountsPanel>(window->accountSelection(), controller->settings());
    AccountsPanel *accountsPanel = accounts.get();
    window->addPanel(std::move(accounts));
    QObject::connect(accountsPanel, &AccountsPanel::openPanelRequested, window, &MainWindow::showPanel);

    auto keys = std::make_unique<KeysPanel>(window->accountSelection(), controller->secretStore(),
                                            controller->settings());
    KeysPanel *keysPanel = keys.get();
    window->addPanel(std::move(keys));
    QObject::connect(keysPanel, &KeysPanel::openPanelRequested, window, &MainWindow::showPanel);

    auto permissions = std::make_unique<PermissionsPanel>(window->accountSelection());
    PermissionsPanel *permissionsPanel = permissions.get();
    window->addPanel(std::move(permissions)); // builds the panel's widget, so tokensView() exists

    auto inspector =
        std::make_unique<TokenInspectorPanel>(window->accountSelection(), controller->secretStore(),
                                              controller->settings(), controller->networkAccessManager());
    TokenInspectorPanel *inspectorPanel = inspector.get();
    window->addPanel(std::move(inspector));
    QObject::connect(inspectorPanel, &TokenInspectorPanel::openPanelRequested, window,
                     &MainWindow::showPanel);
    // "Inspect" on a minted resource token opens it here.
    if (ResourceTokensView *tokens = permissionsPanel->tokensView())
        QObject::connect(tokens, &ResourceTokensView::inspectRequested, inspectorPanel,
                         [window, inspectorPanel](const SecureBytes &token) {
                             inspectorPanel->inspectToken(token);
                             window->showPanel(inspectorPanel->id());
                         });

    auto encryption = std::make_unique<EncryptionPanel>(window->accountSelection(), controller->settings());
    EncryptionPanel *encryptionPanel = encryption.get();
    window->addPanel(std::move(encryption));
    QObject::connect(encryptionPanel, &EncryptionPanel::openPanelRequested, window, &MainWindow::showPanel);
}

} // namespace csc
