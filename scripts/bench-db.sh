# Sourced by the benchmark scripts: a fresh database for one run, and its
# data folder in $data (removed on exit, after the server in $pid stops).
#
# SQLite by default (a new data folder); with BENCH_POSTGRES=1 a fresh
# PostgreSQL database `bench` on the local server (TEST_POSTGRES_URL's host,
# default postgres://postgres@127.0.0.1:5432).
data=$(mktemp -d)
pid=
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT
if [ "${BENCH_POSTGRES:-0}" = 1 ]; then
  pg_server=$(echo "${TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/test}" | sed -E 's#/[^/]*$##')
  psql "$pg_server/postgres" -qc 'DROP DATABASE IF EXISTS bench' -c 'CREATE DATABASE bench'
  export DATABASE_URL="$pg_server/bench"
  echo "database: PostgreSQL ($DATABASE_URL)"
else
  unset DATABASE_URL
  echo "database: SQLite ($data/civic.db)"
fi
