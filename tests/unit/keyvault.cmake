# SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
# SPDX-License-Identifier: Apache-2.0
# Key Vault, role assignment and identity value types (hostile JSON, key ids, key sizes from real OpenSSL
# moduli), the request bodies of the CMK services and their az commands.
csc_add_test(keyvaulttypes LIBS csc_net OpenSSL::Crypto LABELS unit keyvault)
