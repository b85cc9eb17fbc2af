import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BUILD_SOURCES, buildIsStale } from "@/scripts/build-staleness";

// Once, a change in components/, i18n/, messages/ or proxy.ts was served from the old build by `npm start`.

let root: string;
const write = (file: string, at: number) => {
  const full = path.join(root, file);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(full, "x");
  fs.utimesSync(full, at / 1000, at / 1000);
};
const BUILT_AT = Date.UTC(2026, 11, 1, 12);

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "build-staleness-"));
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe("the production build is stale", () => {
  it("when there is none", () => {
    write("app/page.tsx", BUILT_AT - 1000);
    expect(buildIsStale(root)).toBe(true);
  });

  it("not when every source is older than the build", () => {
    write("app/page.tsx", BUILT_AT - 1000);
    write("components/map/Map.tsx", BUILT_AT - 1000);
    write(".next/BUILD_ID", BUILT_AT);
    expect(buildIsStale(root)).toBe(false);
  });

  it.each(["components/directory/Directory.tsx", "i18n/routing.ts", "messages/kk/home.json", "proxy.ts", "next.config.ts", "lib/geo/distance.ts", "package-lock.json"])(
    "when %s changed after it",
    (file) => {
      write("app/page.tsx", BUILT_AT - 1000);
      write(".next/BUILD_ID", BUILT_AT);
      write(file, BUILT_AT + 1000);
      expect(buildIsStale(root)).toBe(true);
    },
  );

  it("counts every top-level source folder and file of this project", () => {
    const ignored = new Set([".git", ".next", ".ci", "node_modules", "var", "test-results", "playwright-report", "tests", "bench", "scripts", "data", "prisma", "README.md", ".gitignore", ".stryker-tmp", "reports"]);
    const project = path.join(__dirname, "..", "..");
    const sources = fs.readdirSync(project).filter((f) => !ignored.has(f) && !/\.(md|tsbuildinfo)$|^(playwright|vitest|prisma|eslint|stryker)\.config\.|^(vitest|tsconfig)\.mutation\.|^next-env\.d\.ts$/.test(f));
    for (const s of sources) expect(BUILD_SOURCES, s).toContain(s);
  });
});
