#!/usr/bin/env bash
# The dashboards' benchmark: a fresh database with the demo data and five
# years of history at the scale of Taoyuan City (DEMO_HISTORY_SCALE=bench:
# about 25,000 registrations, referral cases behind one in five, 200
# restaurants with about 20,000 meals), then wrk against each dashboard's
# page and JSON export, signed in, and against the public summaries.
#
# SQLite by default; with BENCH_POSTGRES=1 a fresh PostgreSQL database
# (scripts/bench-db.sh).
#
# Needs the release build (`cargo leptos build --release --split`) and wrk.
# Usage: scripts/bench-dashboards.sh [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-10}
conns=${2:-4}
addr=127.0.0.1:3110
bin=${BENCH_SERVER_BIN:-./target/release/server}
[ -x "$bin" ] || { echo "build the release first: cargo leptos build --release --split" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

. scripts/bench-db.sh
t0=$(date +%s)
DATA_DIR="$data" DEMO_DATA=1 DEMO_HISTORY_SCALE=bench LEPTOS_SITE_ADDR=$addr LOGIN_BURST=1000 \
  LEPTOS_SITE_ROOT=target/site RUST_LOG=warn "$bin" >>"$data/server.log" 2>&1 &
pid=$!
for _ in $(seq 1800); do curl -fs "http://$addr/healthz" >/dev/null && break; sleep 0.5; done
echo "data written and server up in $(( $(date +%s) - t0 )) s"
count() {
  if [ -n "${DATABASE_URL:-}" ]; then psql "$DATABASE_URL" -Atc "$1"; else python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])" "$data/civic.db" "$1"; fi
}
echo "rows: $(count 'SELECT COUNT(*) FROM registrations') registrations, $(count 'SELECT COUNT(*) FROM referrals') referrals, $(count 'SELECT COUNT(*) FROM restaurants') restaurants, $(count 'SELECT COUNT(*) FROM meals') meals"

# A session cookie for an account (the sign-in form, as a browser posts it).
session() {
  local jar="$data/$1.jar" action
  action=$(curl -fs "http://$addr/login" | grep -o 'action="/api/login[^"]*"' | head -1 | cut -d'"' -f2)
  curl -s -c "$jar" -o /dev/null -H "Origin: http://$addr" \
    --data-urlencode "email=$1" --data-urlencode "password=$2" "http://$addr$action" || true
  awk '$6 == "sid" {print $6 "=" $7}' "$jar" | head -1
}
city=$(session city.admin@demo.tw demo-city-admin-pass)
county=$(session county.admin@demo.tw demo-county-admin-pass)
[ -n "$city" ] && [ -n "$county" ] || { echo "sign-in failed" >&2; tail -5 "$data/server.log" >&2; exit 1; }

run() {
  local name=$1 cookie=$2 path=$3
  local code
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "http://$addr$path")
  [ "$code" = 200 ] || { echo "$name: HTTP $code" >&2; exit 1; }
  echo "== $name ($path)"
  wrk -t"$(( conns < 2 ? conns : 2 ))" -c"$conns" -d"${secs}s" --latency -H "Cookie: $cookie" "http://$addr$path" |
    grep -E 'Requests/sec|^ +(50|90|99)%'
}
run "city dashboard page" "$city" "/city/dashboard"
run "city dashboard JSON" "$city" "/city/dashboard.json"
run "city dashboard, five years" "$city" "/city/dashboard.json?from=$(date -d '-59 months' +%Y-%m)&to=$(date +%Y-%m)"
run "county dashboard page" "$county" "/county/dashboard"
run "county dashboard JSON" "$county" "/county/dashboard.json"
run "county dashboard, five years" "$county" "/county/dashboard.json?from=$(date -d '-59 months' +%Y-%m)&to=$(date +%Y-%m)"
run "city public summary" "" "/stats/early-intervention"
run "county public summary" "" "/stats/meals"
echo "server memory after the runs: $(awk '/VmRSS/ {printf "%.1f MiB", $2 / 1024}' "/proc/$pid/status")"
