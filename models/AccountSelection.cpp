// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "models/AccountSelection.h"

namespace csc {

AccountSelection::AccountSelection(QObject *parent) : QObject(parent) {}

void AccountSelection::setCurrent(const CosmosAccount &account)
{
    if (account == m_current)
        return;
    m_current = account;
    emit currentChanged(m_current);
}

void AccountSelection::update(const CosmosAccount &account)
{
    if (!account.isValid())
        return;
    emit accountUpdated(account);
    if (m_current.isValid() && ArmResourceId::sameId(m_current.id, account.id)) {
        m_current = account;
        emit currentChanged(m_current);
    }
}

} // namespace csc
