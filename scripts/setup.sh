#!/usr/bin/env bash
# Installs what this machine is missing to build and run the app; fast when
# everything is already there. With --test, also what the test suite needs
# (Playwright and axe-core from npm, Debian's Chromium and CJK fonts).
#
# On a bare two-core machine the two build tools are the long part. They are
# compiled with a fast build profile (no LTO, many codegen units, opt-level 1)
# and linked with mold: cargo-leptos takes 7 to 18 minutes instead of 30 (14
# and 18 on the last two fresh machines; its vendored OpenSSL and libgit2 are
# C builds of their own), the wasm-bindgen CLI 1 to 2 minutes instead of 5. The tools are no slower where it
# matters: the time they spend is in rustc, wasm-opt and the linker.
set -euo pipefail
cd "$(dirname "$0")/.."

want_tests=0
[ "${1:-}" = "--test" ] && want_tests=1

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
started=$(date +%s)

# Debian packages: mold (a fast linker), and for the tests Chromium with the
# Noto CJK fonts.
debs=()
command -v mold >/dev/null || debs+=(mold)
if [ "$want_tests" = 1 ]; then
  [ -x /usr/bin/chromium ] || debs+=(chromium)
  [ -d /usr/share/fonts/opentype/noto ] || debs+=(fonts-noto-cjk)
fi
if [ "${#debs[@]}" -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    say "installing Debian packages: ${debs[*]} (about a minute)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${debs[@]}" >/dev/null
  else
    echo "Missing Debian packages: run 'sudo apt-get install ${debs[*]}' and try again." >&2
    exit 1
  fi
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32 target"
  rustup target add wasm32-unknown-unknown
fi

# A profile for the tools only: it applies to `cargo install` below and not to
# the app, whose own profiles are in Cargo.toml.
fast_tools() {
  (cd / && env \
    CARGO_PROFILE_RELEASE_LTO=off \
    CARGO_PROFILE_RELEASE_CODEGEN_UNITS=256 \
    CARGO_PROFILE_RELEASE_OPT_LEVEL=1 \
    CARGO_PROFILE_RELEASE_DEBUG=0 \
    CARGO_PROFILE_RELEASE_STRIP=true \
    RUSTFLAGS="-C link-arg=-fuse-ld=mold" \
    cargo install --quiet "$@")
}

# cargo-leptos 0.3.11 needs Rust 1.96; 0.3.10 builds here.
if [ "$(cargo leptos --version 2>/dev/null | awk '{print $2}')" != "0.3.10" ]; then
  say "installing cargo-leptos 0.3.10 (once; 7 to 18 minutes on two cores)"
  t=$(date +%s)
  fast_tools cargo-leptos --locked --version 0.3.10
  say "cargo-leptos installed in $(( $(date +%s) - t )) s"
fi

# The wasm-bindgen CLI must match the library version in Cargo.lock exactly.
# Not --locked: its lock file pins a webpki-roots release that has been yanked.
wbg=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/"/, "", $3); print $3; exit}' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$wbg" ]; then
  say "installing wasm-bindgen-cli $wbg (once; 1 to 2 minutes)"
  t=$(date +%s)
  fast_tools wasm-bindgen-cli --version "$wbg"
  say "wasm-bindgen-cli installed in $(( $(date +%s) - t )) s"
fi

# binaryen's wasm-opt for the release build, from npm (cargo-leptos looks in
# node_modules/.bin first). Debian's binaryen 108 is too old: the split
# WebAssembly it optimises fails to load (an invalid function table entry).
if [ ! -x node_modules/.bin/wasm-opt ]; then
  say "installing binaryen (wasm-opt) from npm"
  npm ci --no-audit --no-fund --loglevel=error
fi

if [ "$want_tests" = 1 ]; then
  if [ ! -d end2end/node_modules/@playwright/test ] || [ ! -d end2end/node_modules/@axe-core/playwright ]; then
    say "installing Playwright and axe-core from npm (no browser download)"
    (cd end2end && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
  fi
  # Schemathesis generates requests from the REST API's OpenAPI document
  # (scripts/api-check.sh); in a virtual environment of its own.
  if ! api/venv/bin/st --version 2>/dev/null | grep -q "$(cat api/schemathesis-version)"; then
    say "installing Schemathesis $(cat api/schemathesis-version) from PyPI (about a minute)"
    python3 -m venv api/venv
    api/venv/bin/pip install --quiet --disable-pip-version-check "schemathesis==$(cat api/schemathesis-version)"
  fi
fi

elapsed=$(( $(date +%s) - started ))
[ "$elapsed" -gt 5 ] && say "setup done in $elapsed s"
true
