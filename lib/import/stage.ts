import type Database from "better-sqlite3";
import { diffContent, pickContent, type EntryContent } from "../directory/columns";
import { newEntryRow, updatedEntryColumns, type NewEntry } from "../directory/write";
import type { Db } from "../db/client";

// A real import first stages what it will write, a chunk per short transaction while the file is still
// being read (other writers get the lock between chunks); applyStagedImport (lib/directory/write.ts) then
// moves it into Entry/Revision in one short transaction. Killed before that, the directory is untouched and
// the staged rows are removed by the next import (removeAbandonedStages).

export interface StagedUpdate {
  id: string;
  content: Partial<EntryContent>;
  extra: { source: string; sourceDigest: string; importBatchId: string };
}

export class Stage {
  private n = 0;
  private readonly insert: Database.Statement;

  constructor(
    private readonly db: Db,
    private readonly connection: Database.Database,
    readonly jobId: string,
  ) {
    this.insert = connection.prepare(`INSERT INTO "import_stage" ("jobId", "n", "action", "entryId", "baseVersion", "entry", "changes") VALUES (?, ?, ?, ?, ?, ?, ?)`);
  }

  /** Stages one chunk in one short transaction; updates are diffed against the entries as they are now. */
  async write(creates: NewEntry[], updates: StagedUpdate[]): Promise<void> {
    const current = new Map((updates.length ? await this.db.entry.findMany({ where: { id: { in: updates.map((u) => u.id) } } }) : []).map((e) => [e.id, e]));
    this.connection
      .transaction(() => {
        for (const e of creates) {
          const row = newEntryRow(e);
          this.insert.run(this.jobId, this.n++, "create", row.id, null, JSON.stringify(row), JSON.stringify(diffContent(null, e.content)));
        }
        for (const u of updates) {
          const row = current.get(u.id);
          if (!row) continue; // removed since the file was checked: nothing to update (entries are never deleted)
          const before = pickContent(row);
          const columns = updatedEntryColumns(before, u.content, u.extra);
          this.insert.run(this.jobId, this.n++, "update", u.id, row.version, JSON.stringify(columns), JSON.stringify(diffContent(before, u.content)));
        }
      })
      .immediate();
  }

  discard(): void {
    this.connection.prepare(`DELETE FROM "import_stage" WHERE "jobId" = ?`).run(this.jobId);
  }
}

/** Staged rows of jobs that are not queued or running any more (killed, crashed, or failed part-way). */
export function removeAbandonedStages(connection: Database.Database): number {
  return connection
    .prepare(`DELETE FROM "import_stage" WHERE "jobId" NOT IN (SELECT "id" FROM "ImportJob" WHERE "status" IN ('queued', 'running'))`)
    .run().changes;
}
