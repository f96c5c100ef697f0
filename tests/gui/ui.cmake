# SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
# SPDX-License-Identifier: Apache-2.0
# The application shell, driven offscreen against the real HTTPS TestServer and a MemoryStore.
csc_add_test(profiledialog GUI LIBS csc_ui LABELS gui)
csc_add_test(mainwindow GUI LIBS csc_ui LABELS gui)
# tst_mainwindow runs the built console for --version/--help without a display.
add_dependencies(tst_mainwindow cosmos-security-console)
# A whole session with generated secrets, then a search of everything it wrote (leak_check.sh).
csc_add_test(fullsession GUI LIBS csc_ui LABELS gui keychain)
add_test(NAME secrets_leak_check COMMAND ${PROJECT_SOURCE_DIR}/tests/integration/leak_check.sh $<TARGET_FILE:tst_fullsession>)
set_tests_properties(secrets_leak_check PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen" TIMEOUT 300 LABELS "keychain")
# The Accounts panel and the console's local-cloud connection against the in-process emulator.
csc_add_test(accountspanel GUI LIBS csc_ui LABELS gui accounts)
