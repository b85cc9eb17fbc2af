// Imports a CSV, GeoJSON or registry JSON file into the directory: the same job as the admin Import page,
// run in this process. A dry run (the default) lists problems (the first 1 000) and writes nothing; --apply
// writes everything, or nothing if any row is bad.
// Usage: npm run import -- <file> [--apply] [--kind advocate|notary|mediator|court] [--format csv|geojson|json]
//        [--encoding auto|utf-8|cp1251|utf-16le|utf-16be]
import fs from "node:fs";
import path from "node:path";
import { DomainError, Invalid } from "../lib/errors";
import { createDb } from "../lib/db/client";
import { migrateDatabase } from "../lib/db/migrate-database";
import { ENTRY_KINDS, type EntryKind } from "../lib/directory/kinds";
import { importFile } from "../lib/import/jobs";
import { formatOf, IMPORT_FORMATS, type ImportFormat } from "../lib/import/records";
import { IMPORT_ENCODINGS, type ImportEncoding } from "../lib/validation/import";

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main() {
  const file = process.argv.slice(2).find((a, i, all) => !a.startsWith("--") && !all[i - 1]?.match(/^--(kind|format|encoding)$/));
  if (!file) throw new Error("usage: npm run import -- <file.csv|file.geojson|file.json> [--apply] [--kind advocate] [--format csv]");
  const format = (option("format") ?? formatOf(file)) as ImportFormat | null;
  if (!format || !IMPORT_FORMATS.includes(format)) throw new Error(`--format must be one of ${IMPORT_FORMATS.join(", ")}`);
  const kind = (option("kind") ?? "advocate") as EntryKind;
  if (!ENTRY_KINDS.includes(kind)) throw new Error(`--kind must be one of ${ENTRY_KINDS.join(", ")}`);
  const encoding = (option("encoding") ?? "auto") as ImportEncoding;
  if (!IMPORT_ENCODINGS.includes(encoding)) throw new Error(`--encoding must be one of ${IMPORT_ENCODINGS.join(", ")}`);
  const dryRun = !process.argv.includes("--apply");
  await migrateDatabase();
  const db = createDb();
  try {
    const t0 = performance.now();
    const bytes = fs.readFileSync(file);
    const progress = ({ phase, rows, bytesRead }: { phase: string; rows: number; bytesRead: number }) =>
      process.stderr.write(`\r${phase}: ${rows} records, ${Math.floor((100 * bytesRead) / Math.max(bytes.length, 1))}%   `);
    const options = { format, fileName: path.basename(file), defaultKind: kind, dryRun, encoding };
    const report = await importFile(db, { id: null, name: `cli:${process.env.USER ?? "import"}` }, bytes, options, progress);
    process.stderr.write("\n");
    for (const p of report.problems) console.log(`row ${p.row}\t${p.field}\t${p.message}`);
    const { problems, ...counts } = report;
    console.log(JSON.stringify({ ...counts, problems: problems.length, ms: Math.round(performance.now() - t0) }));
    if (dryRun) console.log(report.problemCount ? "dry run: fix the problems above, then run again with --apply" : "dry run: no problems; run again with --apply to import");
    process.exitCode = report.problemCount ? 2 : 0;
  } catch (error) {
    if (error instanceof Invalid && error.details?.problems) {
      process.stderr.write("\n");
      for (const p of error.details.problems as { row: number; field: string; message: string }[]) console.log(`row ${p.row}\t${p.field}\t${p.message}`);
      console.error(error.message);
      process.exitCode = 2;
    } else if (error instanceof DomainError) {
      console.error(`${error.code}: ${error.message}`);
      process.exitCode = 2;
    } else throw error;
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
