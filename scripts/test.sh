#!/usr/bin/env bash
# Installs what is missing, then runs every check and test: formatting, view
# markup, clippy (ssr and hydrate), unit and property tests, integration tests
# on SQLite and (when one is reachable) PostgreSQL, the REST API against its
# OpenAPI document (Schemathesis), the release WebAssembly with its
# bundle budget, and the end-to-end tests in Chromium with accessibility scans.
# Prints how long each step took, and the total.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
times=()
step_name=""
step_start=0
step() {
  end_step
  step_name="$*"
  step_start=$(date +%s)
  printf '\n\033[1m==> %s\033[0m\n' "$*"
}
end_step() {
  if [ -n "$step_name" ]; then
    times+=("$(printf '%6d s  %s' $(( $(date +%s) - step_start )) "$step_name")")
  fi
  step_name=""
}
report() {
  end_step
  echo
  echo "Time per step:"
  printf '  %s\n' "${times[@]}"
  echo "  total: $(( $(date +%s) - started )) s"
}
trap report EXIT

step "setup (installs only what is missing)"
scripts/setup.sh --test

step "formatting, view markup and the code's shape"
cargo fmt --all -- --check
python3 scripts/check-view-attrs.py
# Files under 300 lines outside tests, server functions and REST handlers
# of at most 25 lines, one server function a file, no import circles
# (docs/architecture.md, "Use cases, adapters and the store").
python3 scripts/check-structure.py
# No government or place named in code outside tests and profiles (the list
# of files written before the profiles only shrinks).
python3 scripts/check-names.py

# The release WebAssembly is the longest step, and part of it runs on one core
# (its link-time optimisation, wasm-opt). It starts now in the background while
# clippy and the tests use the other core; Cargo locks each profile's folder
# separately (target/front here, target/debug for the rest), so the builds do
# not wait for each other. The end-to-end tests run the release WebAssembly
# (what the bundle budget measures and browsers download) against the server
# binary the integration tests build (target/debug/server): a release server
# would compile every dependency a second time, optimised, for about a third
# of the whole run (docs/performance.md); `scripts/run.sh`, the load test and
# Lighthouse build and measure the release server.
mkdir -p target
echo "release WebAssembly build started in the background (log: target/release-build.log)"
release_start=$(date +%s)
rm -f target/release-build.rc target/release-build.end
setsid bash -c 'cargo leptos build --release --split --frontend-only >target/release-build.log 2>&1; echo $? >target/release-build.rc; date +%s >target/release-build.end' &
release_pid=$!
trap 'kill -- -"$release_pid" 2>/dev/null || true; report' EXIT

step "clippy, browser side (hydrate)"
cargo clippy -p frontend --target wasm32-unknown-unknown -- -D warnings

# Clippy for the server side runs inside the test build: clippy-driver is a
# rustc that also lints, and cargo hands it every workspace crate
# (RUSTC_WORKSPACE_WRAPPER, as `cargo clippy` does) while dependencies go to
# plain rustc. `cargo clippy` followed by `cargo test` compiled everything
# twice, once to check and once to build: a third of the whole run
# (docs/performance.md). `--all-targets` covers what `cargo clippy
# --all-targets` did (tests, benches run once in test mode, examples).
clippy_driver=$(rustup which clippy-driver 2>/dev/null || command -v clippy-driver)
clippy_args="-D__CLIPPY_HACKERY__warnings__CLIPPY_HACKERY__"

pg_url="${TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/test}"
pg_host=$(echo "$pg_url" | sed -E 's#^[a-z]+://([^@/]*@)?([^:/]+).*#\2#')
pg_port=$(echo "$pg_url" | sed -nE 's#^[a-z]+://([^@/]*@)?[^:/]+:([0-9]+).*#\2#p')
if (exec 3<>"/dev/tcp/$pg_host/${pg_port:-5432}") 2>/dev/null; then
  export TEST_POSTGRES_URL="$pg_url"
  step "clippy (ssr) with unit and property tests; integration tests on SQLite and PostgreSQL ($pg_host)"
else
  unset TEST_POSTGRES_URL
  step "clippy (ssr) with unit and property tests; integration tests on SQLite (no PostgreSQL reachable at $pg_host)"
fi
# One cargo invocation for all of them, so the packages resolve their features
# once and nothing is compiled twice.
RUSTC_WORKSPACE_WRAPPER="$clippy_driver" CLIPPY_ARGS="$clippy_args" \
  cargo test -p domain -p standard-import -p server --all-targets 2>&1 | tee target/tests.log
passed_pg=$(grep -cE '^test .*::postgres \.\.\. ok$' target/tests.log || true)
passed_sqlite=$(grep -cE '^test .*sqlite.* \.\.\. ok$' target/tests.log || true)
echo "SQLite integration tests passed: $passed_sqlite"
if [ -n "${TEST_POSTGRES_URL:-}" ]; then
  echo "PostgreSQL integration suite: $passed_pg passed"
fi

step "REST API checked against its OpenAPI document (Schemathesis)"
scripts/api-check.sh ./target/debug/server

step "release WebAssembly build (waiting for it to finish)"
wait "$release_pid" || true
if [ "$(cat target/release-build.rc 2>/dev/null || echo 1)" != 0 ]; then
  tail -n 60 target/release-build.log
  echo "the release build failed (full log: target/release-build.log)" >&2
  exit 1
fi
tail -n 3 target/release-build.log
times+=("$(printf '%6d s  %s' $(( $(cat target/release-build.end) - release_start )) "release WebAssembly build (in the background, beside clippy and the tests)")")

step "bundle budget"
scripts/check-bundle.sh

step "end-to-end tests in Chromium (hydrated, phone, and without JavaScript)"
# The server the integration tests built, with the release WebAssembly.
(cd end2end && E2E_SERVER_BIN=./target/debug/server npx playwright test)
end_step
echo
echo "All checks passed."
