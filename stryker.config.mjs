// @ts-check
/**
 * Mutation testing of lib/ (README "Testing"): `npm run test:mutation [-- FOLDER …]` (scripts/test-mutation.sh)
 * runs Stryker once per folder of lib/, with MUTATE_FOLDER set to the folder (geo, search, directory, …; "." for
 * the files directly in lib/). Each folder keeps its own incremental file under reports/mutation/ (committed):
 * Stryker writes back only the files it mutated, so one file for all of lib/ would be overwritten by a folder's run.
 */
import process from "node:process";

const folder = process.env.MUTATE_FOLDER ?? "geo";
const name = folder === "." ? "lib" : folder.replace(/\.ts$/, "").replace(/\//g, "-");
// A folder with its subfolders, or one file ("directory/export.ts").
const glob = folder === "." ? "lib/*.ts" : folder.endsWith(".ts") ? `lib/${folder}` : `lib/${folder}/**/*.ts`;

// The tests each folder's mutants are run against: the unit tests and the API suites about that folder. The
// first test run (Stryker's dry run, for per-test coverage) of every unit and API suite takes ~12 minutes here,
// once per folder's run, even when a rerun retests a handful of mutants; these lists keep a folder's run to a
// few minutes. A folder not listed runs against the unit and API suites Vitest finds related to its files.
const UNIT = "tests/unit/**/*.test.ts";
const TEST_FILES = {
  geo: [UNIT, "tests/api/{geo,districts,geojson,nearest-bounds,places,access}.test.ts"],
  // Pure functions: their unit tests (an API suite re-imported for each mutant costs seconds).
  search: ["tests/unit/search-*.test.ts"],
  validation: [UNIT, "tests/api/{errors,nearest-bounds}.test.ts"],
  auth: [UNIT, "tests/api/{auth,accounts-hardening,users-admin,protection,editor-region-move}.test.ts"],
  import: [UNIT, "tests/api/{import,export-inert,import-all-or-nothing,import-run,import-stage-sqlite,import-job-lifecycle,import-job-progress-sqlite,import-worker}.test.ts"],
  // The pieces of lib/directory issue 17 names (the whole folder runs against every API suite).
  "directory/export.ts": [UNIT, "tests/api/{export-inert,import}.test.ts"],
  "directory/locate.ts": [UNIT, "tests/api/{geo,access,locate-gap}.test.ts"],
  "directory/edit.ts": [UNIT, "tests/api/{editor-region-move,protection,edit-fields,revisions,court-history,editor-reads}.test.ts"],
  "directory/nearest.ts": [UNIT, "tests/api/{nearest-bounds,geo}.test.ts"],
  // The one writer, its review queue and the rows the API answers with.
  "directory/write.ts": [UNIT, "tests/api/{writer,writer-sqlite,revisions,edit-fields,editor-region-move,moderation,corrections,court-history,import-all-or-nothing,import-run,import-stage-sqlite,import-job-lifecycle,seen-facts}.test.ts"],
  "directory/moderation.ts": [UNIT, "tests/api/{moderation-rules,moderation,moderation-paging,corrections,revisions}.test.ts"],
  "directory/serialize.ts": [UNIT, "tests/api/{response-shapes,directory,export-inert,seen-facts}.test.ts"],
  // The rest of lib/directory (markers, the loader, facts, snapshots, …) is reached from almost every API suite.
  directory: [UNIT, "tests/api/**/*.test.ts"],
};

const OWN_RUNS = Object.keys(TEST_FILES).filter((key) => key.startsWith(`${folder}/`));

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutation.config.ts", related: true },
  checkers: ["typescript"],
  tsconfigFile: "tsconfig.mutation.json",
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  testFiles: TEST_FILES[folder] ?? [],
  coverageAnalysis: "perTest",
  // A static mutant (module top level) needs every test re-run in a fresh environment: too slow on 2 cores.
  ignoreStatic: true,
  mutate: [
    glob,
    // A folder's run leaves out its files that have runs of their own ("directory" = the rest of lib/directory).
    ...OWN_RUNS.map((file) => `!lib/${file}`),
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
