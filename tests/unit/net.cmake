# SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
# SPDX-License-Identifier: Apache-2.0
# REST pipeline: pure functions (redaction, error bodies, retry delays).
csc_add_test(redactor LIBS csc_core)
csc_add_test(errorparsing LIBS csc_net)
csc_add_test(resttypes LIBS csc_net)
