# SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
# SPDX-License-Identifier: Apache-2.0
# Keys: ARM key operations and LROs against the HTTPS test server; "Test key" against a server verifying the HMAC.
csc_add_test(keysservice LIBS csc_net LABELS keys net)
csc_add_test(cosmosdataclient LIBS csc_net LABELS keys net)
