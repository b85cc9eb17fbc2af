import type { Tx } from "./write";

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
