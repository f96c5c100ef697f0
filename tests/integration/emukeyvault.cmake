# SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
# SPDX-License-Identifier: Apache-2.0
# Azure Key Vault on the local cloud over real HTTPS: Microsoft.KeyVault/vaults on ARM (CRUD, validation, access
# policies, Azure RBAC refusals), Microsoft.Authorization/roleAssignments, and the keys data plane (401 challenge,
# token validation, keys CRUD and paging, wrap/unwrap with real OpenSSL, RBAC vs access-policy authorization,
# network rules).
csc_add_test(emukeyvault LIBS csc_emu OpenSSL::Crypto LABELS emu integration keyvault)
