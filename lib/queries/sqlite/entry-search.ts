import type { Entry } from "../../db/generated/client";
import type { EntryFilter } from "../repository";
import { entryFilterSql } from "./entry-filter-sql";
import type { SqliteReader } from "./reader";
import type { TypoIndex } from "../../search/typos";
import { inSeqOrder } from "../shared/marker-fields";
import { TEXT_COUNT_LIMIT } from "../shared/search-limits";


export async function entriesBySeq(reader: SqliteReader, seqs: number[]): Promise<Entry[]> {
  if (seqs.length === 0) return [];
  return inSeqOrder(await reader.entries(`"seq" IN (SELECT "value" FROM json_each(?))`, [JSON.stringify(seqs)]), seqs);
}

/** The count (for text, up to TEXT_COUNT_LIMIT), then the page's seqs (ranked by bm25 for text), then their rows. */
export async function searchEntries(
  reader: SqliteReader,
  filter: EntryFilter,
  limit: number,
  offset: number,
  typos?: TypoIndex,
): Promise<{ items: Entry[]; total: number; totalIsLowerBound: boolean }> {
  const sql = entryFilterSql(filter, typos);
  if (!sql) return { items: [], total: 0, totalIsLowerBound: false };
  const { from, params } = sql;
  const order = sql.text ? `ORDER BY bm25("entry_fts"), e."seq"` : `ORDER BY e."seq"`;
  const count = sql.text ? `SELECT COUNT(*) AS n FROM (SELECT 1 ${from} LIMIT ${TEXT_COUNT_LIMIT + 1})` : `SELECT COUNT(*) AS n ${from}`;
  const [countRow] = await reader.rows<{ n: number | bigint }>(count, params);
  const counted = Number(countRow?.n ?? 0);
  const totalIsLowerBound = sql.text && counted > TEXT_COUNT_LIMIT;
  const total = totalIsLowerBound ? TEXT_COUNT_LIMIT : counted;
  const seqRows = await reader.rows<{ seq: number | bigint }>(`SELECT e."seq" AS seq ${from} ${order} LIMIT ? OFFSET ?`, [...params, limit, offset]);
  return { items: await entriesBySeq(reader, seqRows.map((r) => Number(r.seq))), total, totalIsLowerBound };
}
