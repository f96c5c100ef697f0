// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "emulator/ArmCall.h"

#include <QJsonObject>

namespace csc::emu {

/**
 * @brief Microsoft.Authorization/roleAssignments at any scope under a subscription (keyvault-cmk.md §6): PUT
 * (201; 409 RoleAssignmentExists for the same principal, role and scope under another name; 400 for unknown
 * role definitions or principals), GET, LIST (`$filter=atScope()`, `principalId eq '{id}'`,
 * `assignedTo('{id}')`), DELETE (200, or 204 when absent). Authorized with
 * Microsoft.Authorization/roleAssignments/read, write and delete (Owner and User Access Administrator may
 * write, Contributor may not). The assignments are the Store's, so they authorize ARM and the Key Vault data
 * plane at once.
 */
class RoleAssignmentsProvider : public ArmProvider
{
public:
    QString providerNamespace() const override { return QStringLiteral("Microsoft.Authorization"); }
    QString resourceType() const override { return QStringLiteral("roleAssignments"); }
    const QStringList &apiVersions() const override;
    void handle(const ArmCall &call, const ArmTarget &target) override;

    /// The ARM JSON of an assignment (roleDefinitionId in its subscription form).
    static QJsonObject render(const RoleAssignment &assignment);

private:
    void list(const ArmCall &call, const ArmTarget &target);
    void put(const ArmCall &call, const ArmTarget &target, const QString &name);
};

} // namespace csc::emu
