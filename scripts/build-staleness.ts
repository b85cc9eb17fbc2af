// Whether the production build is older than what it is made from: the one staleness rule, for `npm start`
// (scripts/build-if-stale.ts) and the benches (bench/lib/server.ts).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/** Everything `next build` reads from the project: a change in any of them must reach the served site. */
export const BUILD_SOURCES = [
  "app", "components", "i18n", "lib", "messages", "public",
  "proxy.ts", "instrumentation-client.ts", "next.config.ts", "tsconfig.json", "package.json", "package-lock.json",
];

function newestMtime(file: string): number {
  if (!fs.existsSync(file)) return 0;
  const stat = fs.statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(file, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** The build in `root`/.next is missing, or older than one of its sources. */
export function buildIsStale(root: string): boolean {
  const id = path.join(root, ".next", "BUILD_ID");
  if (!fs.existsSync(id)) return true;
  const builtAt = fs.statSync(id).mtimeMs;
  return BUILD_SOURCES.some((source) => newestMtime(path.join(root, source)) > builtAt);
}

/** `next build` when the build is missing or stale. */
export function ensureBuild(root = process.cwd()): void {
  if (!buildIsStale(root)) return;
  console.error("next build …");
  execFileSync("npx", ["next", "build"], { cwd: root, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
}
