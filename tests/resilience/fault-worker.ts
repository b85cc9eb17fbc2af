// A process for the fault tests to kill -9: `import <count> <tag>` loads <count> new entries in one
// upsertSourceEntries call; `edit <id>` edits one entry in a loop, printing each acknowledged version.
import fs from "node:fs";
import { createDb } from "../../lib/db/client";
import { DATA_DIR } from "../../lib/directory/load";
import { generateSamples } from "../../lib/directory/load/samples";
import { upsertSourceEntries } from "../../lib/directory/load/upsert";

/** Written synchronously: a line printed is in the pipe before the next write starts, even if killed right after. */
const say = (line: string) => fs.writeSync(1, `${line}\n`);

async function main() {
  const [mode, arg, tag = "a"] = process.argv.slice(2);
  const db = createDb();
  if (mode === "import") {
    const count = Number(arg);
    const records = generateSamples(DATA_DIR, new Map(), { advocate: count, notary: 0, mediator: 0 }).map((r, i) => ({
      ...r,
      id: `fault-${String(i).padStart(6, "0")}`,
      address: `${r.address} (${tag})`,
    }));
    say("begin");
    const counts = await upsertSourceEntries(db, records);
    say(`done ${JSON.stringify(counts)}`);
  } else if (mode === "edit") {
    say("begin");
    for (let i = 0; i < 100_000; i++) {
      const row = await db.entry.update({ where: { id: arg }, data: { version: { increment: 1 }, locationNote: `edit ${i}` } });
      say(`ack ${row.version}`);
    }
  }
  await db.$disconnect();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
