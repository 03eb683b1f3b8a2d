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

# The release build is the longest step, and much of it runs on one core
# (the last crates, LTO, wasm-opt, the JS minifier). It starts now in the
# background while clippy and the tests use the other core; Cargo locks each
# profile's folder separately (target/release and target/front here,
# target/debug for the rest), so the builds do not wait for each other.
mkdir -p target
step "release build started in the background (server for speed, wasm for size; log: target/release-build.log)"
setsid cargo leptos build --release >target/release-build.log 2>&1 &
release_pid=$!
trap 'kill -- -"$release_pid" 2>/dev/null || true' EXIT

step "clippy, server side (ssr)"
cargo clippy -p domain -p standard-import -p server --all-targets -- -D warnings

step "clippy, browser side (hydrate)"
cargo clippy -p frontend --target wasm32-unknown-unknown -- -D warnings

pg_url="${TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/test}"
pg_host=$(echo "$pg_url" | sed -E 's#^[a-z]+://([^@/]*@)?([^:/]+).*#\2#')
pg_port=$(echo "$pg_url" | sed -nE 's#^[a-z]+://([^@/]*@)?[^:/]+:([0-9]+).*#\2#p')
if (exec 3<>"/dev/tcp/$pg_host/${pg_port:-5432}") 2>/dev/null; then
  export TEST_POSTGRES_URL="$pg_url"
  step "unit and property tests; integration tests on SQLite and PostgreSQL ($pg_host)"
else
  unset TEST_POSTGRES_URL
  step "unit and property tests; integration tests on SQLite (no PostgreSQL reachable at $pg_host)"
fi
# One cargo invocation for all of them, so the packages resolve their features
# once and nothing is compiled twice.
cargo test -p domain -p standard-import -p server --lib --bins --tests 2>&1 | tee target/tests.log
passed_pg=$(grep -cE '^test .*::postgres \.\.\. ok$' target/tests.log || true)
passed_sqlite=$(grep -cE '^test .*sqlite.* \.\.\. ok$' target/tests.log || true)
echo "SQLite integration tests passed: $passed_sqlite"
if [ -n "${TEST_POSTGRES_URL:-}" ]; then
  echo "PostgreSQL integration suite: $passed_pg passed"
fi

step "release build (waiting for it to finish)"
if ! wait "$release_pid"; then
  tail -n 60 target/release-build.log
  echo "the release build failed (full log: target/release-build.log)" >&2
  exit 1
fi
trap - EXIT
tail -n 3 target/release-build.log

step "end-to-end tests in Chromium (hydrated, phone, and without JavaScript)"
(cd end2end && npx playwright test)

echo
echo "All checks passed in $(( $(date +%s) - started )) s."
