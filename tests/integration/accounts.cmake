# SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
# SPDX-License-Identifier: Apache-2.0
# Accounts capability over real HTTPS on loopback (tests/support TestServer): ArmService and AccountTreeModel.
csc_add_test(armservice LIBS csc_net LABELS integration)
csc_add_test(accounttreemodel LIBS csc_models LABELS integration)
