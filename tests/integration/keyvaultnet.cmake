# SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
# SPDX-License-Identifier: Apache-2.0
# The console's Key Vault, role assignment, identity and encryption services against the local cloud over real
# HTTPS: vaults on ARM (list, create, fixes, access policies), keys through each vault's own data-plane listener
# (create, rotate, versions, disable, paging, 403 inner error codes), Azure RBAC role assignments, user-assigned
# identities, the Microsoft Graph service principal lookup, and the account PATCHes that turn on a
# customer-managed key.
csc_add_test(keyvaultservice LIBS csc_net csc_emu LABELS emu integration keyvault)
