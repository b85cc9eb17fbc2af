import type { Entry } from "../../db/generated/client";
import type { EntryFilter } from "../repository";
import { entryFilterSql } from "./entry-filter-sql";
import type { SqliteReader } from "./reader";

export async function entriesBySeq(reader: SqliteReader, seqs: number[]): Promise<Entry[]> {
  if (seqs.length === 0) return [];
  const rows = await reader.entries(`"seq" IN (SELECT "value" FROM json_each(?))`, [JSON.stringify(seqs)]);
  const bySeq = new Map(rows.map((r) => [r.seq, r]));
  return seqs.map((s) => bySeq.get(s)).filter((r): r is Entry => r !== undefined);
}

/** The count, then the page's seqs (ranked by bm25 for text), then their rows. */
export async function searchEntries(reader: SqliteReader, filter: EntryFilter, limit: number, offset: number): Promise<{ items: Entry[]; total: number }> {
  const sql = entryFilterSql(filter);
  if (!sql) return { items: [], total: 0 };
  const { from, params } = sql;
  const order = sql.text ? `ORDER BY bm25("entry_fts"), e."seq"` : `ORDER BY e."seq"`;
  const [countRow] = await reader.rows<{ n: number | bigint }>(`SELECT COUNT(*) AS n ${from}`, params);
  const total = Number(countRow?.n ?? 0);
  const seqRows = await reader.rows<{ seq: number | bigint }>(`SELECT e."seq" AS seq ${from} ${order} LIMIT ? OFFSET ?`, [...params, limit, offset]);
  return { items: await entriesBySeq(reader, seqRows.map((r) => Number(r.seq))), total };
}
