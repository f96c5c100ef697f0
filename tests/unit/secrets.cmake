# SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
# SPDX-License-Identifier: Apache-2.0
# Secret store unit tests (no keychain needed).
csc_add_test(memorystore LIBS csc_secrets)
csc_add_test(sessionsecretstore LIBS csc_secrets)
