// Run by bench/import.ts in a fresh process, so its peak memory is the import's own.
// argv: importer <database> <csv file>  — the admin importer (lib/import, as scripts/import.ts --apply)
//       loader <database> <entries>     — the data loader (upsertSourceEntries) on generated records
// Prints one JSON line.
import fs from "node:fs";
import path from "node:path";
import { createDb } from "../../lib/db/client";
import { upsertSourceEntries } from "../../lib/directory/load/upsert";
import { importFile } from "../../lib/import/jobs";
import { samplesFor } from "./dataset";

async function main() {
  const [mode, file, input] = process.argv.slice(2) as [string, string, string];
  const t0 = performance.now();
  const db = createDb(file);
  let rows: number;
  let t1: number;
  if (mode === "importer") {
    const text = fs.readFileSync(input, "utf8");
    t1 = performance.now();
    const report = await importFile(db, { id: null, name: "bench" }, text, { format: "csv", fileName: path.basename(input), defaultKind: "advocate", dryRun: false });
    rows = report.total;
    if (report.problems.length > 0) throw new Error(`import problems: ${JSON.stringify(report.problems.slice(0, 3))}`);
  } else {
    const districts = await db.district.findMany({ select: { kato: true, sourceId: true } });
    const records = samplesFor(Number(input), new Map(districts.map((d) => [d.sourceId, d.kato])));
    t1 = performance.now();
    rows = records.length;
    await upsertSourceEntries(db, records);
  }
  const t2 = performance.now();
  await db.$disconnect();
  fs.writeSync(1, `${JSON.stringify({ rows, readMs: t1 - t0, writeMs: t2 - t1, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
