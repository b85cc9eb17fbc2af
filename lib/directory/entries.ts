import type { Db } from "../db/client";
import type { Entry } from "../db/generated/client";
import { readEntries, readRows } from "../db/read";
import { decodeCursor, encodeCursor } from "./cursor";
import { entryFilterSql, type EntryFilter } from "./entry-filter";

export interface EntryPage {
  items: Entry[];
  total: number;
  nextCursor: string | null;
}

/** Rows in the order of `seqs`. */
export async function entriesBySeq(db: Db, seqs: number[]): Promise<Entry[]> {
  if (seqs.length === 0) return [];
  const rows = await readEntries(db, seqs);
  const bySeq = new Map(rows.map((r) => [r.seq, r]));
  return seqs.map((s) => bySeq.get(s)).filter((r): r is Entry => r !== undefined);
}

/** Entries matching the filter (active only unless `status` says otherwise), ranked by relevance when there is a text query. */
export async function listEntries(db: Db, filter: EntryFilter, limit: number, cursor?: string): Promise<EntryPage> {
  const offset = decodeCursor(cursor);
  const sql = entryFilterSql(filter);
  if (!sql) return { items: [], total: 0, nextCursor: null };
  const { from, params } = sql;
  const order = sql.text ? `ORDER BY bm25("entry_fts"), e."seq"` : `ORDER BY e."seq"`;
  const [countRow] = await readRows<{ n: number | bigint }>(db, `SELECT COUNT(*) AS n ${from}`, params);
  const total = Number(countRow?.n ?? 0);
  const seqRows = await readRows<{ seq: number | bigint }>(db, `SELECT e."seq" AS seq ${from} ${order} LIMIT ? OFFSET ?`, [...params, limit, offset]);
  const items = await entriesBySeq(db, seqRows.map((r) => Number(r.seq)));
  const next = offset + items.length;
  return { items, total, nextCursor: next < total && items.length > 0 ? encodeCursor(next) : null };
}

export function getEntry(db: Db, id: string): Promise<Entry | null> {
  return db.entry.findUnique({ where: { id } });
}
