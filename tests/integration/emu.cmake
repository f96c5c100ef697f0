# SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
# SPDX-License-Identifier: Apache-2.0
# The local cloud over real HTTPS on loopback, in-process (csc::emu::Emulator) with a temporary data folder, and the
# cosmos-security-emulator executable itself.
csc_add_test(emuidentity LIBS csc_emu OpenSSL::Crypto LABELS emu integration)
csc_add_test(emuarm LIBS csc_emu LABELS emu integration)
csc_add_test(emulatorstate LIBS csc_emu LABELS emu integration
    ENV "CSC_EMULATOR_EXE=$<TARGET_FILE:cosmos-security-emulator>")
add_dependencies(tst_emulatorstate cosmos-security-emulator)
