# SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
# SPDX-License-Identifier: Apache-2.0
# Cosmos DB users, permissions and resource tokens in the local cloud: CRUD through CosmosPermissionsService and every
# refusal of a resource token (scope, mode, partition key, expiry, revocation, forgery) over real HTTPS.
csc_add_test(emuresourcetokens LIBS csc_emu csc_net LABELS emu integration permissions)
