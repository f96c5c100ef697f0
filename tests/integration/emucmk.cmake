# SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
# SPDX-License-Identifier: Apache-2.0
# Cosmos DB managed identities and customer-managed keys on the local cloud over real HTTPS:
# Microsoft.ManagedIdentity/userAssignedIdentities (CRUD, Azure RBAC refusals), account identity and
# defaultIdentity validation, keyVaultKeyUri validation against the Key Vault data plane (as the account's
# default identity), and the long-running PATCH that sets the key.
csc_add_test(emucmk LIBS csc_emu LABELS emu integration keyvault)
