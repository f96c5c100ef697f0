// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QIcon>
#include <QString>

class QWidget;

namespace csc {

class AzureSession;

/**
 * @brief One page of the navigation sidebar (accounts, keys, network rules, ...). Panels are registered in
 * the PanelRegistry; only registered panels appear.
 *
 * The main window shows widget() in its central stack (taking ownership of the widget) and calls setSession()
 * whenever the connection changes: a session to work with, or nullptr when disconnected (the panel must drop
 * everything it loaded and stop its jobs). The session outlives the call until the next setSession().
 */
class Panel
{
public:
    virtual ~Panel() = default;
    virtual QString id() const = 0;    ///< stable, e.g. "accounts" (stored as the last shown panel)
    virtual QString title() const = 0; ///< translated sidebar text
    virtual QIcon icon() const = 0;    ///< SVG icon for the sidebar
    virtual QWidget *widget() = 0;     ///< created once; the main window reparents and owns it
    virtual void setSession(AzureSession *session) = 0;
};

} // namespace csc
