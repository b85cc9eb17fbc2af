import { configDefaults, defineConfig } from "vitest/config";
import base from "./vitest.config";

/**
 * The suite as Stryker runs it (stryker.config.mjs, `npm run test:mutation`): the unit and API tests on SQLite.
 * Left out: the resilience suites (they start servers and child processes for kill -9, faults and fuzzing: code run
 * there is not seen by Stryker's per-test coverage, and they take minutes) and openapi-lint (external CLIs on the
 * document). Stryker's vitest runner forces pool "threads" with one worker; each test file still runs in its own
 * worker (isolate), so useScratchDatabase's change of process.env stays within its file, as with forks.
 */
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ["tests/unit/**/*.test.ts", "tests/api/**/*.test.ts"],
    exclude: [...configDefaults.exclude, "tests/**/*-postgresql.test.ts", "tests/api/openapi-lint.test.ts"],
    // The machine is shared and its processes may be paused for minutes: a test is not failed for the wall time.
    // (A mutant that loops for ever is still stopped by Stryker's own timeout, and counted as detected.)
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
