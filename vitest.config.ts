import path from "node:path";
import { configDefaults, defineConfig } from "vitest/config";

const TEST_DATABASE = path.join(__dirname, "var", "test", "courts-gis-test.sqlite");
// TEST_DATABASE_URL=postgresql://…/<name>: the same suites against PostgreSQL (tests/setup/postgresql.ts).
const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL;

export default defineConfig({
  resolve: { alias: { "@": __dirname } },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/api/**/*.test.ts", "tests/resilience/**/*.test.ts"],
    // What only PostgreSQL has (two instances on one database, kill -9 on it, db:copy) runs with TEST_DATABASE_URL;
    // what reads SQLite's own index (bm25 from FTS5, to check the ranking against) runs without it.
    exclude: [...configDefaults.exclude, ...(TEST_DATABASE_URL ? ["tests/**/*-sqlite.test.ts"] : ["tests/**/*-postgresql.test.ts"])],
    globalSetup: ["tests/setup/global-db.ts"],
    // The suites call the read routes thousands of times from one (unknown) client: limits out of their way.
    // Sign-in and sign-up keep their defaults (tests/api/auth.test.ts checks them); rate-limit.test.ts sets its own.
    env: {
      DATABASE_PATH: TEST_DATABASE,
      ...(TEST_DATABASE_URL ? { DATABASE_URL: TEST_DATABASE_URL } : {}),
      RATE_LIMIT_READ: "1000000/60",
      RATE_LIMIT_MARKERS: "1000000/60",
      RATE_LIMIT_MARKERS_TOTAL: "1000000",
      RATE_LIMIT_EXPORT: "1000000/60",
      RATE_LIMIT_EXPORT_TOTAL: "1000000",
    },
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: "forks",
    // next-intl's ESM imports "next/server" without its extension, which only a transformed module resolves
    // (tests/unit/page-rate-limit.test.ts runs the proxy).
    server: { deps: { inline: ["next-intl"] } },
  },
});
