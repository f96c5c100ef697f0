# SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
# SPDX-License-Identifier: Apache-2.0
# CmkSetupJob against the local cloud over real HTTPS: full setups (system identity + RBAC vault, user-assigned
# identity + access-policy vault with fixes and a new key), resuming (AlreadyDone), abort and resume, failures.
csc_add_test(cmksetup LIBS csc_emu csc_net LABELS emu integration keyvault)
