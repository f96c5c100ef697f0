#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
# SPDX-License-Identifier: Apache-2.0
#
# Developer entry point (README's two commands and CI):
#   installer/dev.sh run    install what is missing, build, launch the console
#   installer/dev.sh test   install what is missing, build, run every test (what .ci/run does)
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
    *) echo "usage: $0 run|test|deps|build|package" >&2; exit 2 ;;
esac
