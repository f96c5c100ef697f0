# SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
# SPDX-License-Identifier: Apache-2.0
# Encryption at rest with customer-managed keys on the local cloud over real HTTPS: ciphertext in the SQLite file,
# transparent reads and queries, rotation re-wrapping the data encryption key, revocation (key disabled or deleted,
# role assignment removed) refusing the data plane with 403/4002 or 4003 and reported in customerManagedKeyStatus,
# and Microsoft Graph service principal lookups.
csc_add_test(emuencryption LIBS csc_emu Qt6::Sql LABELS emu integration keyvault)
