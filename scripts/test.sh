#!/usr/bin/env bash
# Every test: types, lint, unit and API tests (vitest) on SQLite and on PostgreSQL, then the browser tests
# (Playwright in Debian's Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
npx tsc --noEmit
npx eslint .
npx vitest run
# The same API, write, fault and fuzz suites on PostgreSQL + PostGIS (README "Running at scale"): on a throwaway
# cluster from Debian's postgresql + postgis (installed when running as root, as CI does).
if [ "$(id -u)" = 0 ] || [ -x /usr/lib/postgresql/15/bin/initdb ]; then
  bash scripts/test-postgresql.sh
else
  echo "NOT RUN: the PostgreSQL suites need Debian's postgresql-15 + postgis (or root to install them); see scripts/test-postgresql.sh" >&2
fi
if [ -d tests/e2e ]; then
  npx next build
  npx playwright test
fi
