// Run by bench/import.ts in a fresh process, so its peak memory is the import's own.
// argv: <database file> <entries in all>; prints one JSON line.
import fs from "node:fs";
import { createDb } from "../../lib/db/client";
import { upsertSourceEntries } from "../../lib/directory/load/upsert";
import { samplesFor } from "./dataset";

async function main() {
  const [file, total] = [process.argv[2]!, Number(process.argv[3])];
  const t0 = performance.now();
  const db = createDb(file);
  const districts = await db.district.findMany({ select: { kato: true, sourceId: true } });
  const records = samplesFor(total, new Map(districts.map((d) => [d.sourceId, d.kato])));
  const t1 = performance.now();
  const counts = await upsertSourceEntries(db, records);
  const t2 = performance.now();
  await db.$disconnect();
  fs.writeSync(1, `${JSON.stringify({ rows: records.length, counts, readMs: t1 - t0, writeMs: t2 - t1, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
