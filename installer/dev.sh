#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
# SPDX-License-Identifier: Apache-2.0
#
# Developer entry point (README's two commands and CI):
#   installer/dev.sh run    install what is missing, build, launch the console
#   installer/dev.sh test   install what is missing, build, run every test (what .ci/run does first)
#   installer/dev.sh fuzz   clang + libFuzzer build of the parsers' fuzz targets in build-fuzz, each run for
#                           CSC_FUZZ_SECONDS (default 45) on a copy of its seed corpus; fails on any crash
#   installer/dev.sh deps | build | package
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${CSC_BUILD_DIR:-$ROOT/build}
JOBS=${CSC_JOBS:-$(nproc)}

APT_PACKAGES=(
    cmake ninja-build g++ pkg-config git
    qt6-base-dev qt6-httpserver-dev qt6-websockets-dev qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools libqt6sql6-sqlite libqt6svg6
    qtkeychain-qt6-dev libsecret-1-0 libssl-dev openssl libgl-dev
    dbus dbus-user-session gnome-keyring libsecret-tools
    xvfb xauth clang-format dpkg-dev
    clang libclang-rt-14-dev
)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

deps() {
    local missing=()
    for p in "${APT_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
        missing+=(nodejs npm)
    fi
    if [ ${#missing[@]} -gt 0 ]; then
        log "Installing from Debian: ${missing[*]}"
        as_root apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
}

build() {
    local werror=OFF
    [ "${CI:-}" = "true" ] && werror=ON
    log "Configuring in $BUILD"
    cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCSC_WERROR="$werror" >/dev/null
    log "Building with $JOBS jobs"
    cmake --build "$BUILD" -j "$JOBS"
}

sdk_deps() {
    # Official Azure JS SDKs for the conformance tests, from the lock file under tests/sdk.
    if [ -f "$ROOT/tests/sdk/package-lock.json" ]; then
        log "Installing the Azure JS SDKs for the conformance tests (npm ci)"
        (cd "$ROOT/tests/sdk" && npm ci --no-audit --no-fund --loglevel=error)
    fi
}

run_tests() {
    # Tests get a private HOME (settings, keyrings) and a real Secret Service: gnome-keyring in a private D-Bus
    # session, unlocked with a throw-away password.
    local home
    home=$(mktemp -d /tmp/csc-test-home.XXXXXX)
    trap 'rm -rf "$home"' RETURN
    mkdir -p "$home/run" && chmod 700 "$home/run"
    log "Running the tests (ctest) inside dbus-run-session with gnome-keyring"
    HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
        XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$home/run" \
        dbus-run-session -- bash -c '
            eval "$(printf "csc-test-keyring" | gnome-keyring-daemon --unlock --components=secrets)"
            export GNOME_KEYRING_CONTROL
            ctest --test-dir "$0" --output-on-failure -j "$1" --timeout 600
        ' "$BUILD" "$JOBS"
}

fuzz() {
    # libFuzzer + ASan + UBSan over the token inspector's parsers (tests/fuzz). Separate build directory, since
    # it needs clang and instrumented libraries; only the fuzz targets are built. Each target fuzzes a copy of
    # its seed corpus (the repository's corpus is never written); two run at a time on two cores or more.
    local build=${CSC_FUZZ_BUILD_DIR:-$ROOT/build-fuzz}
    local seconds=${CSC_FUZZ_SECONDS:-45}
    local parallel=$(( JOBS < 2 ? 1 : 2 ))
    log "Configuring the fuzz build in $build (clang, -fsanitize=fuzzer,address,undefined)"
    CC=clang CXX=clang++ cmake -S "$ROOT" -B "$build" -G Ninja -DCSC_FUZZ=ON -DCSC_BUILD_TESTS=ON \
        -DCSC_GUI_TESTS=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    log "Building the fuzz targets with $JOBS jobs"
    cmake --build "$build" --target csc_fuzz -j "$JOBS"

    local work artifacts
    work=$(mktemp -d /tmp/csc-fuzz.XXXXXX)
    trap 'rm -rf "$work"' RETURN
    artifacts="$build/fuzz-artifacts"
    rm -rf "$artifacts" && mkdir -p "$artifacts"
    local names=() pids=() failed=()
    for corpus in "$ROOT"/tests/fuzz/corpus/*/; do
        names+=("$(basename "$corpus")")
    done
    fuzz_run_one() {
        local name=$1
        cp -r "$ROOT/tests/fuzz/corpus/$name" "$work/$name"
        mkdir -p "$artifacts/$name"
        "$build/tests/fuzz/fuzz_$name" -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 \
            -print_final_stats=1 -artifact_prefix="$artifacts/$name/" "$work/$name" >"$work/$name.log" 2>&1
    }
    fuzz_report() {
        local name=$1 rc=$2 execs
        execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/$name.log" | tail -1)
        if [ "$rc" -eq 0 ]; then
            log "fuzz_$name: ${execs:-?} runs in ${seconds}s, no crash"
        else
            failed+=("$name")
            log "fuzz_$name FAILED (exit $rc); reproducer(s) in $artifacts/$name/:"
            ls -1 "$artifacts/$name" >&2 || true
            tail -n 60 "$work/$name.log" >&2
        fi
    }
    log "Fuzzing ${#names[@]} targets for ${seconds}s each, $parallel at a time"
    local i=0
    while [ $i -lt ${#names[@]} ]; do
        pids=()
        local batch=("${names[@]:$i:$parallel}")
        for name in "${batch[@]}"; do
            fuzz_run_one "$name" &
            pids+=($!)
        done
        local k=0
        for name in "${batch[@]}"; do
            local rc=0
            wait "${pids[$k]}" || rc=$?
            fuzz_report "$name" "$rc"
            k=$((k + 1))
        done
        i=$((i + parallel))
    done
    if [ ${#failed[@]} -gt 0 ]; then
        log "Fuzzing found crashes in: ${failed[*]}"
        return 1
    fi
    log "Fuzzing: no crash in ${#names[@]} targets"
}

launch() {
    local exe="$BUILD/cosmos-security-console"
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
        log "No display found: starting the console under xvfb-run (set DISPLAY to see it)"
        exec xvfb-run -a -s '-screen 0 1440x900x24' "$exe" "$@"
    fi
    exec "$exe" "$@"
}

cmd=${1:-}
shift || true
case "$cmd" in
    deps) deps ;;
    build) deps; build ;;
    run) deps; build; launch --local-cloud "$@" ;;
    test) deps; build; sdk_deps; run_tests ;;
    package) deps; build; (cd "$BUILD" && cpack -G DEB) ;;
    fuzz) deps; fuzz ;;
    *) echo "usage: $0 run|test|fuzz|deps|build|package" >&2; exit 2 ;;
esac
