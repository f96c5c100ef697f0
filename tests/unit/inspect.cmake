# SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
# SPDX-License-Identifier: Apache-2.0
# Token inspector (csc_inspect): base64url and JWT parsing, connection strings, Cosmos authorization values,
# resource tokens and permission documents, and the whole inspection with its warnings. Pure, offline.
csc_add_test(jwt LIBS csc_inspect LABELS unit inspect)
csc_add_test(connectionstring LIBS csc_inspect LABELS unit inspect)
csc_add_test(cosmoscredential LIBS csc_inspect LABELS unit inspect)
csc_add_test(tokeninspector LIBS csc_inspect LABELS unit inspect)
