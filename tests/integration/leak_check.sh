#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
# SPDX-License-Identifier: Apache-2.0
#
# Runs a full console session (the GUI test given as $1) with freshly generated secrets, then greps everything the
# session could have written — settings files, logs, caches under a private HOME, the keyring folder, and the
# session's own output with every debug category on — for those secrets. None may appear.
set -uo pipefail
bin=${1:?test binary}
rand() { od -An -tx1 -N16 /dev/urandom | tr -d ' \n'; }
export CSC_LEAK_SECRET="leak-secret-$(rand)"
export CSC_LEAK_TOKEN="leak-token-$(rand)"
export CSC_LEAK_KEY="$(head -c 64 /dev/urandom | base64 -w0)"
export CSC_LEAK_PROFILE="Leak check $(rand | head -c 8)"
work=$(mktemp -d /tmp/csc-leak.XXXXXX)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home"
out="$work/output.txt"

HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_CACHE_HOME="$work/home/.cache" \
XDG_STATE_HOME="$work/home/.local/state" QT_LOGGING_RULES="*.debug=true;qt.*.debug=false" \
    "$bin" >"$out" 2>&1
rc=$?
if [ $rc -ne 0 ]; then
    echo "FAIL: the session test failed (rc=$rc):"; grep -vF -e "$CSC_LEAK_SECRET" -e "$CSC_LEAK_TOKEN" "$out" | tail -60
    exit 1
fi
# The check must not pass vacuously: the session saved its profile and logged requests.
if ! grep -rqF "$CSC_LEAK_PROFILE" "$work/home"; then
    echo "FAIL: the session did not save its connection profile under \$HOME; nothing was checked"; exit 1
fi
places=("$work/home" "$out")
[ -n "${XDG_DATA_HOME:-}" ] && [ -d "$XDG_DATA_HOME/keyrings" ] && places+=("$XDG_DATA_HOME/keyrings")
found=0
for name in CSC_LEAK_SECRET CSC_LEAK_TOKEN CSC_LEAK_KEY; do
    value=${!name}
    if hits=$(grep -rlaF -- "$value" "${places[@]}" 2>/dev/null); then
        echo "FAIL: the secret $name appears in:"; echo "$hits" | sed "s|$work|<session>|"; found=1
    fi
done
files=$(find "$work/home" -type f | wc -l)
lines=$(wc -l <"$out")
echo "Checked $files files under the session's HOME and $lines lines of output for 3 secrets."
[ $found -eq 0 ] || exit 1
echo "No secret found."
