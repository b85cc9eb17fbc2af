import type { PostgresqlReader } from "./reader";

/** entry_change is bumped by a statement trigger on "Entry" (see the migration), whichever instance wrote. */
export async function changeCounter(reader: PostgresqlReader): Promise<number> {
  const [row] = await reader.rows<{ seq: number | bigint }>(`SELECT "seq" FROM "entry_change" WHERE "id" = 1`, []);
  return Number(row?.seq ?? 0);
}
