# SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
# SPDX-License-Identifier: Apache-2.0
# REST pipeline against the real HTTPS test server (tests/support TestServer) and, for TLS 1.1, openssl s_server.
csc_add_test(restjob LIBS csc_net LABELS net)
csc_add_test(paging LIBS csc_net LABELS net)
csc_add_test(lro LIBS csc_net LABELS net)
csc_add_test(requestlog LIBS csc_net LABELS net)
