#!/bin/sh
# Starts the server (release unless E2E_SERVER_BIN names another) for the end-to-end tests on a fresh SQLite
# database with demo data. Called by Playwright's webServer (from end2end/).
set -eu
port="${1:-3100}"
cd "$(dirname "$0")/.."
data="${E2E_DATA_DIR:-target/e2e-data}"
rm -rf "$data"
mkdir -p "$data"
export DATA_DIR="$data"
export DEMO_DATA=1
export LEPTOS_SITE_ADDR="127.0.0.1:$port"
export LEPTOS_SITE_ROOT="target/site"
# Every test signs in from the same address: room for all of them.
export LOGIN_BURST="${LOGIN_BURST:-200}"
# ... and room for the places they all hold at once.
export HOLDS_PER_CLIENT_DAY="${HOLDS_PER_CLIENT_DAY:-1000}"
export SIGNUP_BURST="${SIGNUP_BURST:-1000}"
export HOLDS_PER_CLIENT="${HOLDS_PER_CLIENT:-1000}"
export E2E_HOOKS=1
export RUST_LOG="${RUST_LOG:-warn}"
unset DATABASE_URL
exec "${E2E_SERVER_BIN:-./target/release/server}"
