import type { SqliteReader } from "./reader";

/** entry_change is bumped by the Entry triggers (and by a bulk insert once), see its migration. */
export async function changeCounter(reader: SqliteReader): Promise<number> {
  const [row] = await reader.rows<{ seq: number | bigint }>(`SELECT "seq" FROM "entry_change" WHERE "id" = 1`, []);
  return Number(row?.seq ?? 0);
}
