#!/usr/bin/env bash
# Lighthouse (mobile defaults: a mid-range phone on a throttled 4G line,
# simulated) against the release build on a fresh SQLite database with the
# demo data, with Debian's Chromium. Writes the reports to target/lighthouse/
# and prints the performance and accessibility scores of /ei/book, /ei,
# /meals/builder (signed in as the demo restaurant) and a public meal page.
#
# Needs the release build (`cargo leptos build --release --split`).
# Usage: scripts/lighthouse.sh
set -euo pipefail
cd "$(dirname "$0")/.."
port=3300
base="http://127.0.0.1:$port"
[ -x "${E2E_SERVER_BIN:-target/release/server}" ] || { echo "build the release first: cargo leptos build --release --split" >&2; exit 1; }
if [ ! -x tools/lighthouse/node_modules/.bin/lighthouse ]; then
  (cd tools/lighthouse && npm ci --no-audit --no-fund --loglevel=error)
fi
out=target/lighthouse
rm -rf "$out" target/lighthouse-data
mkdir -p "$out"

E2E_DATA_DIR=target/lighthouse-data sh scripts/e2e-server.sh "$port" >"$out/server.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true' EXIT
for _ in $(seq 150); do curl -fs "$base/healthz" >/dev/null && break; sleep 0.2; done

# A signed-in session for the builder: the sign-in form posted as a browser would.
jar="$out/cookies.txt"
action=$(curl -fs -c "$jar" "$base/login" | grep -o 'action="[^"]*login[^"]*"' | head -1 | sed 's/action="//; s/"$//')
curl -fs -b "$jar" -c "$jar" -o /dev/null -H "Origin: $base" \
  --data-urlencode "email=chef@demo.tw" --data-urlencode "password=demo-chef-pass" "$base$action"
sid=$(awk '$6 == "sid" {print $7}' "$jar")
[ -n "$sid" ] || { echo "could not sign in as the demo restaurant" >&2; exit 1; }
slug=$(curl -fs "$base/meals" | grep -o 'href="/m/[^"/]*"' | head -1 | sed 's#href="/m/##; s/"$//')
[ -n "$slug" ] || { echo "no public meal found on /meals" >&2; exit 1; }

run() {
  local name=$1 path=$2 headers=${3:-"{}"}
  CHROME_PATH=/usr/bin/chromium tools/lighthouse/node_modules/.bin/lighthouse "$base$path" \
    --quiet --only-categories=performance,accessibility \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --no-first-run" \
    --extra-headers="$headers" \
    --output=json --output-path="$out/$name.json" >/dev/null
  node -e '
    const r = require(process.argv[1]);
    const a = r.audits;
    const s = (k) => Math.round(r.categories[k].score * 100);
    console.log(`${process.argv[2].padEnd(16)} performance ${s("performance")}  accessibility ${s("accessibility")}  ` +
      `FCP ${a["first-contentful-paint"].displayValue}  LCP ${a["largest-contentful-paint"].displayValue}  ` +
      `TBT ${a["total-blocking-time"].displayValue}  CLS ${a["cumulative-layout-shift"].displayValue}`);
  ' "$PWD/$out/$name.json" "$path"
}
run ei-book /ei/book
run ei /ei
run builder /meals/builder "{\"Cookie\":\"sid=$sid; lang=en\"}"
run meal "/m/$slug"
