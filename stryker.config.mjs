// @ts-check
/**
 * Mutation testing of lib/ (README "Testing"): `npm run test:mutation [-- FOLDER …]` (scripts/test-mutation.sh)
 * runs Stryker once per folder of lib/, with MUTATE_FOLDER set to the folder (geo, search, directory, …; "." for
 * the files directly in lib/). Each folder keeps its own incremental file under reports/mutation/ (committed):
 * Stryker writes back only the files it mutated, so one file for all of lib/ would be overwritten by a folder's run.
 */
import process from "node:process";

const folder = process.env.MUTATE_FOLDER ?? "geo";
const name = folder === "." ? "lib" : folder.replace(/\//g, "-");
const glob = folder === "." ? "lib/*.ts" : `lib/${folder}/**/*.ts`;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutation.config.ts", related: true },
  checkers: ["typescript"],
  tsconfigFile: "tsconfig.mutation.json",
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  coverageAnalysis: "perTest",
  // A static mutant (module top level) needs every test re-run in a fresh environment: too slow on 2 cores.
  ignoreStatic: true,
  mutate: [
    glob,
    "!lib/**/*.d.ts",
    "!lib/db/generated/**",
    "!lib/db/generated-postgresql/**",
    // Run only against PostgreSQL (TEST_DATABASE_URL); the mutation run is SQLite's.
    "!lib/queries/postgresql/**",
  ],
  incremental: true,
  incrementalFile: `reports/mutation/${name}.incremental.json`,
  reporters: ["clear-text", "progress", "html"],
  htmlReporter: { fileName: `reports/mutation/html/${name}.html` },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  concurrency: Number(process.env.STRYKER_CONCURRENCY ?? 1),
  tempDirName: ".stryker-tmp",
  ignorePatterns: [".next", "var", "reports", "test-results", "playwright-report", "tests/e2e", ".stryker-tmp", "*.tsbuildinfo"],
  // The machine is shared and may be paused: generous timeouts, so a slow test is not taken for an endless loop.
  timeoutMS: 30_000,
  timeoutFactor: 3,
  dryRunTimeoutMinutes: 30,
  thresholds: { high: 90, low: 80, break: null },
};
