# SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
# SPDX-License-Identifier: Apache-2.0
# The local cloud's account keys over real HTTPS: ARM key operations as long-running operations with Azure RBAC
# (tst_emukeys), the console's KeysService and CosmosDataClient against it (tst_keysemulator).
csc_add_test(emukeys LIBS csc_emu LABELS emu integration)
csc_add_test(keysemulator LIBS csc_net csc_emu LABELS emu keys integration)
# The Cosmos DB data plane of every account: master-key signatures, CRUD, feeds, queries.
csc_add_test(emudataplane LIBS csc_emu LABELS emu integration)
