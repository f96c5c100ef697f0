# SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
# SPDX-License-Identifier: Apache-2.0
# Token signature verification: JWKS parsing, RS256 with OpenSSL (keys generated in the test), trusted authorities.
csc_add_test(jwks LIBS csc_inspect OpenSSL::Crypto LABELS inspect)
