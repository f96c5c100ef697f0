#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
# SPDX-License-Identifier: Apache-2.0
# Every C++ file follows .clang-format.
set -euo pipefail
cd "${1:?source dir}"
mapfile -t files < <(find app models ui tests -name '*.cpp' -o -name '*.h' | grep -v '/node_modules/' | sort)
echo "Checking ${#files[@]} files with $(clang-format --version)"
clang-format --dry-run --Werror "${files[@]}"
