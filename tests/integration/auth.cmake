# SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
# SPDX-License-Identifier: Apache-2.0
# Entra sign-in over real HTTPS on loopback (tests/support TestServer).
csc_add_test(clientsecretcredential LIBS csc_net LABELS integration)
csc_add_test(bearerauthorizer LIBS csc_net LABELS integration)
csc_add_test(connectiontester LIBS csc_net LABELS integration)
csc_add_test(azuresession LIBS csc_net LABELS integration)
