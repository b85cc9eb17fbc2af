// A process for the fault tests to kill -9:
//   import <count> <tag>  imports a CSV of <count> new practitioners with the admin importer (staged in chunks,
//                         applied in one transaction), printing "reading <rows>" after each staged chunk
//   load <count> <tag>    the same practitioners through the data loader
//   edit <id>             edits one entry through the one writer (a revision per edit), printing each acknowledged version
import fs from "node:fs";
import { stringify } from "csv-stringify/sync";
import { createDb } from "../../lib/db/client";
import { DATA_DIR } from "../../lib/directory/load";
import { generateSamples } from "../../lib/directory/load/samples";
import { upsertSourceEntries } from "../../lib/directory/load/upsert";
import { updateEntry } from "../../lib/directory/write";
import { importFile } from "../../lib/import/jobs";

/** Written synchronously: a line printed is in the pipe before the next write starts, even if killed right after. */
const say = (line: string) => fs.writeSync(1, `${line}\n`);

function practitioners(count: number, tag: string) {
  return generateSamples(DATA_DIR, new Map(), { advocate: count, notary: 0, mediator: 0 }).map((r, i) => ({
    ...r,
    id: `fault-${String(i).padStart(6, "0")}`,
    licenceNumber: `FAULT-${i}`,
    address: `${r.address} (${tag})`,
  }));
}

async function main() {
  const [mode, arg, tag = "a"] = process.argv.slice(2) as [string, string, string?];
  const db = createDb();
  if (mode === "import") {
    const rows = practitioners(Number(arg), tag).map((r) => [
      r.id, r.kind, r.nameRu, r.regionIso, r.locality, r.address, (JSON.parse(r.phones) as { number: string }[]).map((p) => p.number).join("; "),
      r.licenceNumber, r.lat, r.lng, r.precision,
    ]);
    const csv = stringify([["id", "kind", "name_ru", "region_iso", "locality", "address", "phones", "licenceNumber", "lat", "lng", "precision"], ...rows]);
    say("begin");
    // Each chunk is staged before its progress line is printed.
    const progress = (p: { phase: string; rows: number }) => say(`${p.phase} ${p.rows}`);
    const report = await importFile(db, { id: null, name: "fault test" }, csv, { format: "csv", fileName: "fault.csv", defaultKind: "advocate", dryRun: false }, progress);
    say(`done ${JSON.stringify({ ...report, problems: report.problems.slice(0, 3) })}`);
  } else if (mode === "load") {
    const records = practitioners(Number(arg), tag);
    say("begin");
    say(`done ${JSON.stringify(await upsertSourceEntries(db, records))}`);
  } else if (mode === "edit") {
    say("begin");
    for (let i = 0; i < 100_000; i++) {
      const result = await db.$transaction((tx) => updateEntry(tx, { id: null, name: "fault test" }, arg, { locationNote: `edit ${i}` }, { action: "update" }));
      say(`ack ${result.version}`);
    }
  }
  await db.$disconnect();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
