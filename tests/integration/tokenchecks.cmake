# SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
# SPDX-License-Identifier: Apache-2.0
# Token inspector: the Cosmos-aware checks (audience, tenant, role assignments, which key signed, which
# permission minted a resource token, which key a connection string embeds) against the local cloud over HTTPS.
csc_add_test(tokenaccountchecker LIBS csc_emu csc_net LABELS inspector integration)
# `cosmos-security-console inspect`: the real executable (text, --json, exit statuses, --verify over HTTPS).
csc_add_test(inspectcli LIBS csc_emu csc_inspect LABELS inspector integration cli)
add_dependencies(tst_inspectcli cosmos-security-console)
