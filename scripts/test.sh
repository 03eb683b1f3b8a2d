#!/usr/bin/env bash
# Installs what is missing, then runs every check and test: formatting, clippy
# (ssr and hydrate), unit and property tests, integration tests on SQLite and
# (when one is reachable) PostgreSQL, the release build, and the end-to-end
# tests in Chromium with accessibility scans.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }
started=$(date +%s)

step "formatting"
cargo fmt --all -- --check

step "clippy, server side (ssr)"
cargo clippy -p domain -p standard-import -p server --all-targets -- -D warnings

step "clippy, browser side (hydrate)"
cargo clippy -p frontend --target wasm32-unknown-unknown -- -D warnings

step "unit and property tests"
cargo test -p domain -p standard-import -p server --lib --bins

pg_url="${TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/test}"
pg_host=$(echo "$pg_url" | sed -E 's#^[a-z]+://([^@/]*@)?([^:/]+).*#\2#')
pg_port=$(echo "$pg_url" | sed -nE 's#^[a-z]+://([^@/]*@)?[^:/]+:([0-9]+).*#\2#p')
if (exec 3<>"/dev/tcp/$pg_host/${pg_port:-5432}") 2>/dev/null; then
  export TEST_POSTGRES_URL="$pg_url"
  step "integration tests on SQLite and PostgreSQL ($pg_host)"
else
  unset TEST_POSTGRES_URL
  step "integration tests on SQLite (no PostgreSQL reachable at $pg_host)"
fi
cargo test -p server --test it 2>&1 | tee target/integration.log
passed_pg=$(grep -cE '^test .*::postgres \.\.\. ok$' target/integration.log || true)
passed_sqlite=$(grep -cE '^test .*(::sqlite|sqlite_database.*) \.\.\. ok$' target/integration.log || true)
echo "SQLite integration tests passed: $passed_sqlite"
if [ -n "${TEST_POSTGRES_URL:-}" ]; then
  echo "PostgreSQL integration suite: $passed_pg passed"
fi

step "release build (server for speed, wasm for size)"
cargo leptos build --release

step "end-to-end tests in Chromium (hydrated, phone, and without JavaScript)"
(cd end2end && npx playwright test)

echo
echo "All checks passed in $(( $(date +%s) - started )) s."
