#!/usr/bin/env bash
# The server the browser tests run against: the production build on a fresh database of its own.
set -euo pipefail
cd "$(dirname "$0")/.."
port="${1:-3999}"
export NEXT_TELEMETRY_DISABLED=1 DATABASE_PATH="$PWD/var/e2e/courts-gis-e2e-$port.sqlite"
rm -f "$DATABASE_PATH" "$DATABASE_PATH-wal" "$DATABASE_PATH-shm"
npx tsx scripts/db-prepare.ts
exec npx next start -H 127.0.0.1 -p "$port"
