#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
# SPDX-License-Identifier: Apache-2.0
# German must be complete: re-extract every string from the sources into a copy of the committed .ts and fail
# if any message is new, unfinished or empty.
set -euo pipefail
src=${1:?source dir}
lupdate=${2:?lupdate path}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$src/translations/cosmos-security-console_de.ts" "$tmp/de.ts"
mapfile -t files < <(cd "$src" && find app/core app/inspect app/cli app/net app/secrets models ui -name '*.cpp' -o -name '*.h' -o -name '*.ui'; echo app/main.cpp; echo app/emulator/LocalCloudHost.cpp)
(cd "$src" && "$lupdate" -silent -no-obsolete -locations none -I app -I . "${files[@]}" -ts "$tmp/de.ts")
total=$(grep -c '<message' "$tmp/de.ts" || true)
unfinished=$(grep -c 'type="unfinished"' "$tmp/de.ts" || true)
empty=$(grep -c '<translation></translation>' "$tmp/de.ts" || true)
echo "German: $total messages, $unfinished unfinished, $empty empty"
if [ "$total" -eq 0 ]; then echo "no translatable strings found: the extraction is broken" >&2; exit 1; fi
if [ "$unfinished" -ne 0 ] || [ "$empty" -ne 0 ]; then
    echo "Untranslated strings (run: cmake --build build --target cosmos-security-console_lupdate, then translate):" >&2
    grep -B3 'type="unfinished"' "$tmp/de.ts" | grep '<source>' | head -40 >&2 || true
    exit 1
fi
