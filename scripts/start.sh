#!/usr/bin/env bash
# Production start: build once if needed, create/migrate/load the database (idempotent), serve on $PORT.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
npx tsx scripts/build-if-stale.ts
npx tsx scripts/db-prepare.ts
# Our server rather than `next start`: it gives route handlers the client's real address (scripts/server.ts).
exec npx tsx scripts/server.ts -p "${PORT:-3000}"
