# SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
# SPDX-License-Identifier: Apache-2.0
# Data-plane RBAC management in the local cloud over real HTTPS: sqlRoleDefinitions / sqlRoleAssignments as ARM
# long-running operations with the RP's validation and Azure RBAC, the console's SqlRbacService against them, and
# the data-action evaluation the data plane will use for Entra tokens.
csc_add_test(emusqlrbac LIBS csc_emu csc_net LABELS emu integration permissions)
