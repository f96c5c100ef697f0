# SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
# SPDX-License-Identifier: Apache-2.0
# Run by the sdk_* tests when CMake found no node: fail loudly with the fix.
message(FATAL_ERROR "SDK TEST FAILED: node was not found when this build was configured.\n"
                    "Install it (apt-get install nodejs npm), then run `npm ci --prefix ${SDK_DIR}` and re-run cmake "
                    "(installer/dev.sh test does both).")
