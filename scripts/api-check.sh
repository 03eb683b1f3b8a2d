#!/usr/bin/env bash
# Property-based test of the public REST API with Schemathesis: requests
# generated from its OpenAPI document (/api/openapi.json), every check on
# (no server error, status codes and bodies as documented, schema-valid
# requests accepted, invalid ones refused), against the server on a fresh
# SQLite database with the demo data. The seed is fixed, so a run is
# repeatable; configuration in api/schemathesis.toml.
#
# Usage: scripts/api-check.sh [server binary]  (default: target/debug/server)
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${1:-./target/debug/server}"
port=3402
data=$(mktemp -d)
pid=
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT
DATA_DIR="$data" DEMO_DATA=1 LEPTOS_SITE_ADDR="127.0.0.1:$port" LEPTOS_SITE_ROOT=target/site \
  RUST_LOG=warn "$bin" >"$data/server.log" 2>&1 &
pid=$!
for _ in $(seq 150); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done
cd api
venv/bin/st run "http://127.0.0.1:$port/api/openapi.json" --checks all --max-examples 100 --seed 7 --no-color
