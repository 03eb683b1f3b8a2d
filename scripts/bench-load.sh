#!/usr/bin/env bash
# Load test of the release build on a fresh SQLite database with the demo data:
# wrk against the open-data availability endpoint, then the registration
# load generator (hold + submit, many families at once). Also prints the
# server's resident memory when idle and after the load.
#
# Needs the release build (`cargo leptos build --release`) and wrk
# (`apt-get install wrk`). Usage: scripts/bench-load.sh [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-15}
addr=127.0.0.1:3100
bin=./target/release/server
[ -x "$bin" ] || { echo "build the release first: cargo leptos build --release" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

data=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT
DATA_DIR="$data" DEMO_DATA=1 LEPTOS_SITE_ADDR=$addr HOLD_BURST=1000000 \
  LEPTOS_SITE_ROOT=target/site RUST_LOG=warn "$bin" >"$data/server.log" 2>&1 &
pid=$!
for _ in $(seq 100); do curl -fs "http://$addr/healthz" >/dev/null && break; sleep 0.2; done
sleep 2
rss() { awk '/VmRSS/ {printf "%.1f MiB", $2 / 1024}' "/proc/$pid/status"; }
echo "idle server memory (RSS): $(rss)"

from=$(TZ=Asia/Taipei date +%F)
to=$(TZ=Asia/Taipei date -d '+60 days' +%F)
echo
echo "== GET /api/v1/availability (60 days, all centres), wrk 2 threads, 32 connections, ${secs} s"
wrk -t2 -c32 -d"${secs}s" --latency "http://$addr/api/v1/availability?from=$from&to=$to" |
  grep -E 'Requests/sec|50%|99%|Non-2xx|requests in'

echo
echo "== registrations (hold + submit), 16 families at once, ${secs} s"
cargo run -q -p server --example loadgen -- "http://$addr" --seconds "$secs" --workers 16
echo "server memory after the load (RSS): $(rss)"
