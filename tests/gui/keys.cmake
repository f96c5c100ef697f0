# SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
# SPDX-License-Identifier: Apache-2.0
# The Keys panel against the in-process local cloud (demo seed), plus the self-clearing secret clipboard.
csc_add_test(keyspanel GUI LIBS csc_ui csc_emu LABELS gui keys)
