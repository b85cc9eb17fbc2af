// Import of 100 000 rows into a directory that holds the boundaries and courts: seconds and peak memory,
// each run in a fresh process. The file is the open-data CSV export (the importer's own columns) of the
// 100 000-entry bench database; for comparison, the data loader on the same practitioners.
// Usage: npm run bench:import [-- --sizes=100000]
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { migrate } from "../lib/db/migrate";
import { sizesArg } from "./lib/args";
import { baseDatabase, BENCH_DIR, entryCount, exportCsv, removeDatabase } from "./lib/dataset";
import { printTable } from "./lib/table";

function run(mode: "importer" | "loader", base: string, input: string) {
  const file = path.join(BENCH_DIR, `import-${mode}.sqlite`);
  removeDatabase(file);
  fs.copyFileSync(base, file);
  const t0 = performance.now();
  const out = execFileSync(process.execPath, ["--import", "tsx", path.join(__dirname, "lib", "import-worker.ts"), mode, file, input], {
    encoding: "utf8",
    maxBuffer: 1 << 24,
  });
  const seconds = (performance.now() - t0) / 1000;
  const r = JSON.parse(out.trim().split("\n").at(-1)!) as { rows: number; readMs: number; writeMs: number; maxRssMb: number };
  const entries = entryCount(file);
  removeDatabase(file);
  return { ...r, seconds, entries };
}

async function main() {
  const base = path.join(BENCH_DIR, "import-base.sqlite");
  if (entryCount(base) <= 0) await baseDatabase(base);
  migrate(base);
  const baseEntries = entryCount(base);
  const rows: Record<string, string | number>[] = [];
  for (const size of sizesArg([100_000])) {
    const csv = await exportCsv(size);
    for (const [mode, input, what] of [
      ["importer", csv, `importer (lib/import, scripts/import.ts --apply): CSV of ${size} rows`],
      ["loader", String(size), "loader (upsertSourceEntries) on the generated practitioners"],
    ] as const) {
      const r = run(mode, base, input);
      if (r.entries !== size && r.entries !== baseEntries + r.rows) throw new Error(`${mode}: ${r.entries} entries after the import`);
      rows.push({
        what,
        rows: r.rows,
        "entries after": r.entries,
        "seconds (process, all in)": r.seconds,
        "of which reading/generating": r.readMs / 1000,
        "of which importing": r.writeMs / 1000,
        "peak memory (MB)": Math.round(r.maxRssMb),
      });
    }
  }
  printTable("Import into a directory holding the boundaries and courts (fresh process per run)", rows);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
