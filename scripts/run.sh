#!/usr/bin/env bash
# Installs what is missing, then builds and serves the app on SQLite at
# http://127.0.0.1:3000 (data in ./data/local; DEMO_DATA=1 loads demo data,
# DATABASE_URL=postgres://... uses PostgreSQL instead).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec cargo leptos serve --release
