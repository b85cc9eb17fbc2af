import path from "node:path";
import { defineConfig } from "vitest/config";

const TEST_DATABASE = path.join(__dirname, "var", "test", "courts-gis-test.sqlite");

export default defineConfig({
  resolve: { alias: { "@": __dirname } },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/api/**/*.test.ts", "tests/resilience/**/*.test.ts"],
    globalSetup: ["tests/setup/global-db.ts"],
    env: { DATABASE_PATH: TEST_DATABASE },
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: "forks",
  },
});
