# SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
# SPDX-License-Identifier: Apache-2.0
# Accounts capability: ARM account parsing and the security posture rules (pure).
csc_add_test(cosmosaccount LIBS csc_core LABELS unit)
csc_add_test(securityposture LIBS csc_core LABELS unit)
