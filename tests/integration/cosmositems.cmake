# SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
# SPDX-License-Identifier: Apache-2.0
# CosmosItemsClient (databases, containers, items) against the local cloud's data plane over real HTTPS, with the
# master key and with resource tokens.
csc_add_test(cosmositems LIBS csc_emu csc_net LABELS emu integration permissions)
