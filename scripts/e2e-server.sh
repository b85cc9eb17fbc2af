#!/usr/bin/env bash
# The server the browser tests run against: the production build on a fresh database of its own.
set -euo pipefail
cd "$(dirname "$0")/.."
port="${1:-3999}"
export NEXT_TELEMETRY_DISABLED=1 DATABASE_PATH="$PWD/var/e2e/courts-gis-e2e-$port.sqlite"
rm -f "$DATABASE_PATH" "$DATABASE_PATH-wal" "$DATABASE_PATH-shm"
npx tsx scripts/db-prepare.ts
# Every browser test is one client (127.0.0.1) reloading the map all the time: reads out of its way;
# sign-in and sign-up keep their production limits.
export RATE_LIMIT_READ="${RATE_LIMIT_READ:-100000/60}" RATE_LIMIT_PAGE="${RATE_LIMIT_PAGE:-100000/60}" RATE_LIMIT_MARKERS="${RATE_LIMIT_MARKERS:-100000/60}" \
  RATE_LIMIT_MARKERS_TOTAL="${RATE_LIMIT_MARKERS_TOTAL:-100000}" RATE_LIMIT_EXPORT="${RATE_LIMIT_EXPORT:-100000/60}" \
  RATE_LIMIT_EXPORT_TOTAL="${RATE_LIMIT_EXPORT_TOTAL:-100000}" \
  MAX_IN_FLIGHT_PER_CLIENT="${MAX_IN_FLIGHT_PER_CLIENT:-100000}" MAX_HEAVY_IN_FLIGHT="${MAX_HEAVY_IN_FLIGHT:-100000}"
exec npx tsx scripts/server.ts -H 127.0.0.1 -p "$port"
