#!/usr/bin/env bash
# Load test of the release build on a fresh database with the demo data: wrk
# against the open-data availability endpoint, then the registration load
# generator (hold + submit, many families at once). Also prints the server's
# resident memory when idle and after the load.
#
# SQLite by default; with BENCH_POSTGRES=1 a fresh PostgreSQL database
# (scripts/bench-db.sh).
#
# The demo calendar has a few hundred places, gone in half a second at the
# target rate; for the registration run every centre gets a clinic day on
# every weekday of the next 90 days with the largest quota the schema allows
# (60, 10 of them for under-threes), written into the database between two
# starts of the server.
#
# Needs the release build (`cargo leptos build --release --split`) and wrk
# (`apt-get install wrk`). Usage: scripts/bench-load.sh [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-15}
conns=${2:-64}
addr=127.0.0.1:3100
bin=./target/release/server
[ -x "$bin" ] || { echo "build the release first: cargo leptos build --release --split" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
cargo build -q -p server --example loadgen

. scripts/bench-db.sh
start() {
  DATA_DIR="$data" DEMO_DATA=1 LEPTOS_SITE_ADDR=$addr HOLD_BURST=1000000 HOLDS_PER_CLIENT_DAY=1000000 HOLDS_PER_CLIENT=1000000 \
    LEPTOS_SITE_ROOT=target/site RUST_LOG=warn "$bin" >>"$data/server.log" 2>&1 &
  pid=$!
  for _ in $(seq 100); do curl -fs "http://$addr/healthz" >/dev/null && break; sleep 0.2; done
}
rss() { awk '/VmRSS/ {printf "%.1f MiB", $2 / 1024}' "/proc/$pid/status"; }

start
kill "$pid"; wait "$pid" 2>/dev/null || true
python3 - "${DATABASE_URL:-$data/civic.db}" <<'PY'
import datetime, sqlite3, subprocess, sys
target = sys.argv[1]
if target.startswith("postgres"):
    def run(sql):
        out = subprocess.run(["psql", target, "-AtqF", "\t", "-v", "ON_ERROR_STOP=1"], input=sql, check=True, capture_output=True, text=True).stdout
        return [tuple(line.split("\t")) for line in out.splitlines() if line]
    commit = lambda: None
else:
    db = sqlite3.connect(target)
    run = lambda sql: db.execute(sql).fetchall()
    commit = db.commit
today = (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(hours=8)).date()
centres = run(
    "SELECT c.id, MIN(d.session_plan), MIN(d.checkin_time) FROM centres c JOIN clinic_days d ON d.centre_id = c.id "
    "WHERE c.active = 1 GROUP BY c.id")
run("UPDATE clinic_days SET quota_total = 60, quota_reserved = 10 WHERE status = 'open' AND taken_reserved <= 10")
q = lambda v: "'" + str(v).replace("'", "''") + "'"
values = []
for centre, plan, checkin in centres:
    for n in range(1, 91):
        day = today + datetime.timedelta(days=n)
        if day.weekday() < 5:
            values.append(f"({centre}, {q(day.isoformat())}, 60, 10, {q(plan)}, {q(checkin)}, 0)")
run("INSERT INTO clinic_days (centre_id, day, quota_total, quota_reserved, session_plan, checkin_time, created_at) VALUES "
    + ", ".join(values) + " ON CONFLICT DO NOTHING")
commit()
print("bench calendar:", run(f"SELECT COUNT(*), SUM(quota_total - quota_reserved - taken_general) FROM clinic_days WHERE day > {q(today.isoformat())}")[0], "(days, general places left)")
PY
start
# Idle: the server's jobs have run a few times and the allocator has given
# back what start-up used.
sleep 20
echo "idle server memory (RSS): $(rss)"

from=$(TZ=Asia/Taipei date +%F)
to=$(TZ=Asia/Taipei date -d '+60 days' +%F)
echo
echo "== GET /api/v1/availability (60 days, all centres), wrk 2 threads, $conns connections, ${secs} s"
wrk -t2 -c"$conns" -d"${secs}s" --latency "http://$addr/api/v1/availability?from=$from&to=$to" |
  grep -E 'Requests/sec|50%|99%|Non-2xx|requests in|errors'
# The same requests timed inside the server (from the request read to its
# answer made), to tell the server's tail from the machine's: the two cores
# also run wrk, and its wait to be scheduled is in its figures only.
curl -fs "http://$addr/metrics" | python3 -c '
import re, sys
buckets = []
for line in sys.stdin:
    m = re.match(r"http_request_duration_seconds_bucket\{(.*)\} (\S+)", line)
    if m and "route=\"/api/v1/availability\"" in m.group(1):
        le = re.search(r"le=\"([^\"]+)\"", m.group(1)).group(1)
        buckets.append((float(le), float(m.group(2))))
buckets.sort()
total = buckets[-1][1] if buckets else 0
if total:
    p99 = next(le for le, n in buckets if n >= 0.99 * total)
    within = dict(buckets).get(0.015, 0)
    print(f"inside the server: {int(total)} requests, {100 * within / total:.2f} % within 15 ms, p99 at most {p99 * 1000:g} ms")
'

echo
echo "== registrations (hold + submit), $conns families at once, at most ${secs} s"
./target/debug/examples/loadgen "http://$addr" --seconds "$secs" --workers "$conns" &
lg=$!
sleep $((secs / 2))
echo "CPU during the load: server $(ps -o %cpu= -p "$pid")%, load generator $(ps -o %cpu= -p "$lg")% (since start)"
top -b -n 1 -d 1 -p "$pid","$lg" | tail -3
wait "$lg"
echo "server memory after the load (RSS): $(rss)"
