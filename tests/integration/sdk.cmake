# SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
# SPDX-License-Identifier: Apache-2.0
# Microsoft's official Azure SDKs for JavaScript (locked in tests/sdk/package-lock.json) against the emulator exe.
# Needs node (Debian's nodejs) and `npm ci --prefix tests/sdk`; without them the test FAILS and says what to run.
find_program(CSC_NODE_EXECUTABLE NAMES node nodejs)
set(_sdk_dir ${PROJECT_SOURCE_DIR}/tests/sdk)
foreach(_scenario arm-accounts arm-keys cosmos-keys arm-sqlrbac cosmos-resource-tokens cosmos-aad keyvault-keys
                  arm-cosmosdb-cmk)
    if(CSC_NODE_EXECUTABLE)
        add_test(NAME sdk_${_scenario}
                 COMMAND ${CSC_NODE_EXECUTABLE} ${_sdk_dir}/run.mjs $<TARGET_FILE:cosmos-security-emulator>
                         ${_scenario}.mjs
                 WORKING_DIRECTORY ${_sdk_dir})
    else()
        add_test(NAME sdk_${_scenario}
                 COMMAND ${CMAKE_COMMAND} -DSDK_DIR=${_sdk_dir} -P ${_sdk_dir}/no-node.cmake)
    endif()
    set_tests_properties(sdk_${_scenario} PROPERTIES TIMEOUT 180 LABELS "sdk;emu")
endforeach()
