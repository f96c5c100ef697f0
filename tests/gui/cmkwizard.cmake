# SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
# SPDX-License-Identifier: Apache-2.0
# The customer-managed-key wizard against the in-process local cloud (demo seed): every page, failed preflights,
# a stopped and resumed apply, a failed apply.
csc_add_test(cmkwizard GUI LIBS csc_ui csc_emu TIMEOUT 600 LABELS gui encryption)
