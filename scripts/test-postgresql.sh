#!/usr/bin/env bash
# The API, write, fault and fuzz suites against PostgreSQL + PostGIS instead of SQLite, plus what only
# PostgreSQL has (two instances on one database, kill -9 mid-import, pg_dump, db:copy), on a throwaway
# cluster (scripts/with-postgresql.ts; installs Debian's postgresql + postgis as root when missing).
# Against a server of your own instead: TEST_DATABASE_URL=postgresql://…/<name> npx vitest run <the same files>
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
# The 100 000-entry markers test is left out: it checks the markers' size, which does not depend on the engine.
exec npx tsx scripts/with-postgresql.ts npx vitest run --exclude tests/api/markers-bounded.test.ts \
  tests/api \
  tests/resilience/fuzz.test.ts tests/resilience/fuzz-write.test.ts \
  tests/resilience/faults-postgresql.test.ts tests/resilience/instances-postgresql.test.ts \
  tests/resilience/backup-postgresql.test.ts tests/resilience/db-copy-postgresql.test.ts \
  tests/unit/postgresql-schema.test.ts
