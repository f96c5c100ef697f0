# SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
# SPDX-License-Identifier: Apache-2.0
# Entra sign-in, offline parts: token endpoint form encoding and response parsing.
csc_add_test(entratokenclient LIBS csc_net LABELS unit)
