#!/usr/bin/env bash
# Every test: types, lint, unit and API tests (vitest), then the browser tests (Playwright in Debian's Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
npx tsc --noEmit
npx eslint .
npx vitest run
if [ -d tests/e2e ]; then
  npx next build
  npx playwright test
fi
