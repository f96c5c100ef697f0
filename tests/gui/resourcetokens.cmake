# SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
# SPDX-License-Identifier: Apache-2.0
# The Permissions panel's "Users & resource tokens" tab against the in-process local cloud: users,
# permissions, minting, trying and revoking resource tokens.
csc_add_test(resourcetokens GUI LIBS csc_ui LABELS gui permissions)
