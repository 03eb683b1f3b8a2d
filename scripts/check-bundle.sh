#!/usr/bin/env bash
# Bundle budget: prints the gzip size of the WebAssembly and JavaScript the
# release build ships, and fails when a page's share is over budget.
#
#  - /ei/book (a parent booking on a phone) downloads the main module and the
#    JS that loads it (with the loader of the lazy chunks): its islands are
#    in the main module, and the
#    end-to-end test "books without lazy chunks" checks that it fetches no
#    lazy chunk. Budget 300 KiB.
#  - The whole app (the main module and every lazy chunk: the meal builder,
#    the standard editor) may not pass 900 KiB.
#
# Sizes are those of `gzip -9`, deterministic for a given build; this is a
# check, not a timing. Usage: scripts/check-bundle.sh [site-root]
set -euo pipefail
cd "$(dirname "$0")/.."
pkg="${1:-target/site}/pkg"
[ -f "$pkg/civic.wasm" ] || { echo "no release build in $pkg (cargo leptos build --release --split)" >&2; exit 1; }

page_budget=$((300 * 1024))
app_budget=$((900 * 1024))
gz() { gzip -9 -c "$1" | wc -c; }

main=0
lazy=0
printf '%-60s %12s %12s\n' "file" "bytes" "gzip -9"
while IFS= read -r f; do
  raw=$(stat -c %s "$f")
  z=$(gz "$f")
  rel=${f#"$pkg"/}
  case "$rel" in
    civic.wasm | civic.js | __wasm_split*.js | snippets/*) main=$((main + z)); kind="" ;;
    *) lazy=$((lazy + z)); kind=" (lazy)" ;;
  esac
  printf '%-60s %12d %12d\n' "$rel$kind" "$raw" "$z"
done < <(find "$pkg" -type f \( -name '*.wasm' -o -name '*.js' \) | sort)

total=$((main + lazy))
kib() { awk -v b="$1" 'BEGIN { printf "%.1f KiB", b / 1024 }'; }
echo
echo "/ei/book (main module and its JS): $(kib "$main") of $(kib "$page_budget")"
echo "whole app (with the lazy chunks):  $(kib "$total") of $(kib "$app_budget")"
status=0
if [ "$main" -gt "$page_budget" ]; then echo "over budget: /ei/book" >&2; status=1; fi
if [ "$total" -gt "$app_budget" ]; then echo "over budget: the whole app" >&2; status=1; fi
exit "$status"
