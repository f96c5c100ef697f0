# SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
# SPDX-License-Identifier: Apache-2.0
# The Encryption panel (customer-managed keys: state, rotation, revocation diagnosis and fixes) against the
# in-process local cloud (demo seed).
csc_add_test(encryptionpanel GUI LIBS csc_ui csc_emu LABELS gui encryption TIMEOUT 300)
