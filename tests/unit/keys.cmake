# SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
# SPDX-License-Identifier: Apache-2.0
# Keys: master-key signer (published vectors), resource-type derivation, header parsing, data-plane authorizers.
csc_add_test(masterkeysigner LIBS csc_net LABELS keys)
