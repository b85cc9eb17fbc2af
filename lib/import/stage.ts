import type Database from "better-sqlite3";
import { connectionOf, type Db } from "../db/client";
import { engineOfClient } from "../db/engine";
import { diffContent, pickContent, type EntryContent } from "../directory/columns";
import { newEntryRow, updatedEntryColumns, type NewEntry } from "../directory/write";
import { stageRows } from "../directory/write-postgresql";

// A real import first stages what it will write, a chunk per short transaction while the file is still
// being read (other writers get the lock between chunks); applyStagedImport (lib/directory/write.ts) then
// moves it into Entry/Revision in one short transaction. Killed before that, the directory is untouched and
// the staged rows are removed by the next import (removeAbandonedStages).

export interface StagedUpdate {
  id: string;
  content: Partial<EntryContent>;
  extra: { source: string; sourceDigest: string; importBatchId: string };
}

/** One staged row: the entry's columns (as JSON in "entry") and its changes. */
interface StagedRow {
  jobId: string;
  n: number;
  action: "create" | "update";
  entryId: string;
  baseVersion: number | null;
  entry: Record<string, unknown>;
  changes: string;
}

export class Stage {
  private n = 0;
  private readonly insert: ((rows: StagedRow[]) => Promise<void>) | null;

  constructor(
    private readonly db: Db,
    readonly jobId: string,
  ) {
    const connection = connectionOf(db);
    if (engineOfClient(db) === "postgresql") this.insert = (rows) => db.$transaction((tx) => stageRows(tx, rows as unknown as Record<string, unknown>[]));
    else if (connection) this.insert = sqliteInsert(connection);
    else throw new Error("a Stage needs a client made by createDb");
  }

  /** Stages one chunk in one short transaction; updates are diffed against the entries as they are now. */
  async write(creates: NewEntry[], updates: StagedUpdate[]): Promise<void> {
    // Stryker disable next-line ObjectLiteral: reading more entries than those updated finds the same ones by id
    const current = new Map((updates.length ? await this.db.entry.findMany({ where: { id: { in: updates.map((u) => u.id) } } }) : []).map((e) => [e.id, e]));
    const rows: StagedRow[] = [];
    for (const e of creates) {
      const row = newEntryRow(e);
      rows.push({ jobId: this.jobId, n: this.n++, action: "create", entryId: row.id as string, baseVersion: null, entry: row, changes: JSON.stringify(diffContent(null, e.content)) });
    }
    for (const u of updates) {
      const row = current.get(u.id);
      if (!row) continue; // removed since the file was checked: nothing to update (entries are never deleted)
      const before = pickContent(row);
      const entry = updatedEntryColumns(before, u.content, u.extra);
      rows.push({ jobId: this.jobId, n: this.n++, action: "update", entryId: u.id, baseVersion: row.version, entry, changes: JSON.stringify(diffContent(before, u.content)) });
    }
    // Stryker disable next-line ConditionalExpression: an empty chunk (the last flush, or updates of entries gone since) would open a transaction that writes nothing
    if (rows.length > 0) await this.insert!(rows);
  }

  async discard(): Promise<void> {
    await this.db.$executeRawUnsafe(`DELETE FROM "import_stage" WHERE "jobId" = ${engineOfClient(this.db) === "postgresql" ? "$1" : "?"}`, this.jobId);
  }
}

function sqliteInsert(connection: Database.Database): (rows: StagedRow[]) => Promise<void> {
  const insert = connection.prepare(`INSERT INTO "import_stage" ("jobId", "n", "action", "entryId", "baseVersion", "entry", "changes") VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const write = connection.transaction((rows: StagedRow[]) => {
    for (const r of rows) insert.run(r.jobId, r.n, r.action, r.entryId, r.baseVersion, JSON.stringify(r.entry), r.changes);
  });
  return async (rows) => write.immediate(rows);
}

/** Staged rows of jobs that are not queued or running any more (killed, crashed, or failed part-way). */
export function removeAbandonedStages(db: Db): Promise<number> {
  return db.$executeRawUnsafe(`DELETE FROM "import_stage" WHERE "jobId" NOT IN (SELECT "id" FROM "ImportJob" WHERE "status" IN ('queued', 'running'))`);
}
