# SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
# SPDX-License-Identifier: Apache-2.0
# Repository-wide checks: German translation complete, code formatted.
get_target_property(_lupdate Qt6::lupdate IMPORTED_LOCATION)
if(NOT _lupdate)
    get_target_property(_lupdate Qt6::lupdate LOCATION)
endif()
add_test(NAME translations_complete
         COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/check_translations.sh ${PROJECT_SOURCE_DIR} ${_lupdate})
find_program(CLANG_FORMAT clang-format REQUIRED)
add_test(NAME code_format COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/check_format.sh ${PROJECT_SOURCE_DIR})
