# SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
# SPDX-License-Identifier: Apache-2.0
# Secret store against real keychains: gnome-keyring in the test D-Bus session (installer/dev.sh run_tests), and a
# private D-Bus session without any Secret Service (tests/data/dbus-no-secrets.conf).
csc_add_test(keychainstore LIBS csc_secrets LABELS keychain TIMEOUT 120)
csc_add_test(nosecretservice LIBS csc_secrets LABELS keychain TIMEOUT 120)
