#!/usr/bin/env bash
# Installs what is missing, builds the release (server and split WebAssembly)
# and serves the app on SQLite at http://127.0.0.1:3000 (data in ./data/local;
# DEMO_DATA=1 loads demo data, DATABASE_URL=postgres://... uses PostgreSQL).
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
scripts/setup.sh
printf '\033[1m==> %s\033[0m\n' "building the release (about 12 minutes the first time on two cores, a few minutes after a change)"
cargo leptos build --release --split
printf '\033[1m==> %s\033[0m\n' "built in $(( $(date +%s) - started )) s; serving at http://${LEPTOS_SITE_ADDR:-127.0.0.1:3000}"
export LEPTOS_SITE_ROOT="${LEPTOS_SITE_ROOT:-target/site}"
export LEPTOS_SITE_ADDR="${LEPTOS_SITE_ADDR:-127.0.0.1:3000}"
exec ./target/release/server
