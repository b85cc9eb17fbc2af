// Import of 100 000 rows into a directory that holds the boundaries and courts: seconds and peak memory,
// each run in a fresh process. Stand-in until the admin importer lands: the loader (upsertSourceEntries).
// Usage: npm run bench:import [-- --sizes=100000]
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { sizesArg } from "./lib/args";
import { baseDatabase, BENCH_DIR, entryCount, removeDatabase } from "./lib/dataset";
import { printTable } from "./lib/table";

async function main() {
  const base = path.join(BENCH_DIR, "import-base.sqlite");
  if (entryCount(base) <= 0) await baseDatabase(base);
  const baseEntries = entryCount(base);
  const rows: Record<string, string | number>[] = [];
  for (const size of sizesArg([100_000])) {
    const file = path.join(BENCH_DIR, "import.sqlite");
    removeDatabase(file);
    fs.copyFileSync(base, file);
    const t0 = performance.now();
    const out = execFileSync(process.execPath, ["--import", "tsx", path.join(__dirname, "lib", "import-worker.ts"), file, String(size)], {
      encoding: "utf8",
      maxBuffer: 1 << 24,
    });
    const seconds = (performance.now() - t0) / 1000;
    const r = JSON.parse(out.trim().split("\n").at(-1)!) as { rows: number; readMs: number; writeMs: number; maxRssMb: number };
    const entries = entryCount(file);
    if (entries !== baseEntries + r.rows) throw new Error(`expected ${baseEntries + r.rows} entries after the import, found ${entries}`);
    rows.push({
      rows: r.rows,
      what: "loader upsertSourceEntries (stand-in for the importer)",
      "seconds (process, all in)": seconds,
      "of which generating rows": r.readMs / 1000,
      "of which writing": r.writeMs / 1000,
      "rows/s written": Math.round(r.rows / (r.writeMs / 1000)),
      "peak memory (MB)": Math.round(r.maxRssMb),
    });
  }
  printTable("Import into a directory with boundaries and courts, one fresh process per run", rows);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
