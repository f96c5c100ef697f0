# SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
# SPDX-License-Identifier: Apache-2.0
# Microsoft Entra ID tokens on the local cloud's Cosmos DB data plane over real HTTPS: tokens for the data-plane
# scopes, JWT validation (401 substatus 5003-5011) and authorization by data-plane RBAC (403 5300/5301/5302).
csc_add_test(emuaadplane LIBS csc_emu csc_net LABELS emu integration permissions)
