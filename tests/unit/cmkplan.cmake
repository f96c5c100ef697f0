# SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
# SPDX-License-Identifier: Apache-2.0
# Customer-managed key setup plan: CmkPlan steps (order, az commands, requests, placeholders, validation),
# CmkPreflight findings, CmkChoices JSON round trip.
csc_add_test(cmkplan LIBS csc_net LABELS keyvault)
