# SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
# SPDX-License-Identifier: Apache-2.0
# Token signature verification against the local cloud over real HTTPS: discovery, key sets, cache, refusals.
csc_add_test(jwtsignature LIBS csc_emu csc_net LABELS emu integration inspect)
