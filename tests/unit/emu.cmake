# SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
# SPDX-License-Identifier: Apache-2.0
# Local cloud building blocks: the CA (OpenSSL) and the HTTPS server (QtHttpServer), over real TLS on loopback.
csc_add_test(localca LIBS csc_emu OpenSSL::Crypto LABELS emu)
csc_add_test(httpsserver LIBS csc_emu Qt6::Network LABELS emu)
csc_add_test(emurbac LIBS csc_emu LABELS emu)
