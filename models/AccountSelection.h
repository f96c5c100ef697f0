// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/CosmosAccount.h"

#include <QObject>

namespace csc {

/**
 * @brief The account the administrator works on, shared by the panels: the Accounts panel sets it, the Keys,
 * Permissions, Encryption ... panels follow it. A panel that changes the account (a PATCH that returns the
 * account) reports the new state with update(), so every panel and the account tree show it.
 *
 * Holds no secret material. Cleared when the session changes.
 */
class AccountSelection : public QObject
{
    Q_OBJECT
public:
    explicit AccountSelection(QObject *parent = nullptr);

    /// The selected account; invalid (empty id) when none is selected.
    const CosmosAccount &current() const { return m_current; }
    bool hasCurrent() const { return m_current.isValid(); }

public slots:
    /// Selects `account` (an invalid account clears the selection). Emits currentChanged() when the id or
    /// the value changed.
    void setCurrent(const csc::CosmosAccount &account);
    void clear() { setCurrent(CosmosAccount()); }
    /// A newer state of an account after a change. Emits accountUpdated(); when it is the selected account it
    /// also becomes current() and currentChanged() is emitted.
    void update(const csc::CosmosAccount &account);

signals:
    void currentChanged(const csc::CosmosAccount &account);
    void accountUpdated(const csc::CosmosAccount &account);

private:
    CosmosAccount m_current;
};

} // namespace csc
