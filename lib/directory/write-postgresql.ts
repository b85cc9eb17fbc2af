import { STALE_STAGED_ROW, staleImport, type StagedImport, type Tx, type WriteActor } from "./write";

// The PostgreSQL half of the writer (lib/directory/write.ts, whose functions call these on a PostgreSQL
// client): set-based statements with the rows as one JSON parameter, which PostgreSQL maps onto the
// table's own column types (jsonb_populate_recordset), so a 100 000-row load is a few statements, not
// 200 000. The derived columns (point, search words) and the change counter are PostgreSQL's own work
// (generated columns, a statement trigger), as SQLite's triggers do theirs.

/** Rows per statement: a few MB of JSON each. */
const ROWS_PER_STATEMENT = 5_000;

const columnList = (columns: readonly string[]) => columns.map((c) => `"${c}"`).join(", ");

/** Inserts rows (column → value, as the table types them) into `table`, in order (the serial keys follow it). */
export async function insertRows(tx: Tx, table: string, columns: readonly string[], rows: Record<string, unknown>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(i, i + ROWS_PER_STATEMENT);
    await tx.$executeRawUnsafe(
      `INSERT INTO "${table}" (${columnList(columns)})
       SELECT ${columnList(columns)} FROM jsonb_populate_recordset(NULL::"${table}", $1::jsonb) WITH ORDINALITY AS r ORDER BY r.ordinality`,
      JSON.stringify(chunk),
    );
  }
}

/** Sets `column` of the entries with these seqs. */
export async function updateEntryColumn(tx: Tx, column: string, values: { seq: number; value: string }[]): Promise<void> {
  for (let i = 0; i < values.length; i += ROWS_PER_STATEMENT) {
    await tx.$executeRawUnsafe(
      `UPDATE "Entry" e SET "${column}" = v."value" FROM jsonb_to_recordset($1::jsonb) AS v("seq" int, "value" text) WHERE e."seq" = v."seq"`,
      JSON.stringify(values.slice(i, i + ROWS_PER_STATEMENT)),
    );
  }
}

/** Every row of the entries' columns (for a recomputation), through the transaction. */
export function entryColumns<T>(tx: Tx, columns: readonly string[]): Promise<T[]> {
  return tx.$queryRawUnsafe<T[]>(`SELECT ${columnList(columns)} FROM "Entry"`);
}

interface ApplyStaged {
  actor: WriteActor;
  staged: StagedImport;
  now: string;
  entryColumns: readonly string[];
  updateColumns: readonly string[];
  revisionColumns: readonly string[];
}

/**
 * applyStagedImport (lib/directory/write.ts) on PostgreSQL, inside its transaction. The lock keeps every
 * other writer of entries out from the staleness check to the commit, as SQLite's write lock does there;
 * readers go on (SHARE ROW EXCLUSIVE does not block SELECT).
 */
export async function applyStagedImport(tx: Tx, { actor, staged, now, entryColumns, updateColumns, revisionColumns }: ApplyStaged): Promise<void> {
  const { jobId, batch, note, jobDone } = staged;
  await tx.$executeRawUnsafe(`LOCK TABLE "Entry" IN SHARE ROW EXCLUSIVE MODE`);
  const [{ n: stale } = { n: 0 }] = await tx.$queryRawUnsafe<{ n: number }[]>(
    `SELECT COUNT(*)::int AS n FROM "import_stage" WHERE "jobId" = $1 AND ${STALE_STAGED_ROW}`,
    jobId,
  );
  if (stale > 0) throw staleImport(stale);
  await tx.importBatch.create({ data: { ...batch, actorId: actor.id, actorName: actor.name, createdAt: new Date(now) } });
  // Each staged row's columns as the table's own record type: one conversion per row (in FROM, so it is not
  // made again for every column read from it).
  const stagedRows = `"import_stage" s, LATERAL jsonb_populate_record(NULL::"Entry", s."entry") r`;
  const stagedAs = (action: string) => `s."jobId" = $1 AND s."action" = '${action}'`;
  await tx.$executeRawUnsafe(
    `INSERT INTO "Entry" (${columnList([...entryColumns, "version", "createdAt", "updatedAt"])})
     SELECT ${entryColumns.map((c) => `r."${c}"`).join(", ")}, 1, $2::timestamp, $2::timestamp FROM ${stagedRows} WHERE ${stagedAs("create")} ORDER BY s."n"`,
    jobId,
    now,
  );
  await tx.$executeRawUnsafe(
    `UPDATE "Entry" e SET ${updateColumns.map((c) => `"${c}" = CASE WHEN s."entry" ? '${c}' THEN r."${c}" ELSE e."${c}" END`).join(", ")},
       "version" = s."baseVersion" + 1, "updatedAt" = $2::timestamp
     FROM ${stagedRows} WHERE ${stagedAs("update")} AND s."entryId" = e."id"`,
    jobId,
    now,
  );
  await tx.$executeRawUnsafe(
    `INSERT INTO "Revision" (${columnList(revisionColumns)})
     SELECT "entryId", CASE "action" WHEN 'create' THEN 1 ELSE "baseVersion" + 1 END, 'import', $2, $3, "changes", $4, $5::timestamp
     FROM "import_stage" WHERE "jobId" = $1 AND ("action" = 'create' OR "changes" <> '[]') ORDER BY "n"`,
    jobId,
    actor.id,
    actor.name,
    note,
    now,
  );
  await tx.$executeRawUnsafe(`DELETE FROM "import_stage" WHERE "jobId" = $1`, jobId);
  if (jobDone) {
    await tx.importJob.update({ where: { id: jobId }, data: { status: "done", phase: "finished", ...jobDone, finishedAt: new Date(now) } });
  }
}

/** Stages rows of an import (lib/import/stage.ts) in one statement. */
export async function stageRows(tx: Tx, rows: Record<string, unknown>[]): Promise<void> {
  await insertRows(tx, "import_stage", ["jobId", "n", "action", "entryId", "baseVersion", "entry", "changes"], rows);
}
