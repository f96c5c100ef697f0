// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/panels/StandardPanels.h"

#include "ui/MainWindow.h"
#include "ui/SessionController.h"
#include "ui/dialogs/KeyRotationWizard.h"
#include "ui/panels/AccountsPanel.h"
#include "ui/panels/KeysPanel.h"
#include "ui/panels/PermissionsPanel.h"

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

    window->addPanel(std::make_unique<PermissionsPanel>(window->accountSelection()));
}

} // namespace csc
