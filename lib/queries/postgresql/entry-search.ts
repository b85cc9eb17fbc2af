import type { Entry } from "../../db/generated/client";
import type { TypoIndex } from "../../search/typos";
import type { EntryFilter } from "../repository";
import { inSeqOrder } from "../shared/marker-fields";
import { TEXT_COUNT_LIMIT } from "../shared/search-limits";
import { entryFilterSql, type EntryFilterSql } from "./entry-filter-sql";
import type { PostgresqlReader } from "./reader";

export async function entriesBySeq(reader: PostgresqlReader, seqs: number[]): Promise<Entry[]> {
  if (seqs.length === 0) return [];
  return inSeqOrder(await reader.entries(`e."seq" = ANY($1::int[])`, [seqs]), seqs);
}

/**
 * Best first, as SQLite's bm25 ranks: more of the query's words per word of the entry (ts_rank's normalisation
 * 1 divides by the log of the entry's length), then load order.
 */
export const textOrder = (sql: EntryFilterSql) => (sql.query ? `ts_rank(e."searchWords", ${sql.query}, 1) DESC, e."seq"` : `e."seq"`);

/** The count (for text, up to TEXT_COUNT_LIMIT), then the page's seqs (ranked for text), then their rows. */
export async function searchEntries(
  reader: PostgresqlReader,
  filter: EntryFilter,
  limit: number,
  offset: number,
  typos?: TypoIndex,
): Promise<{ items: Entry[]; total: number; totalIsLowerBound: boolean }> {
  const sql = entryFilterSql(filter, typos);
  if (!sql) return { items: [], total: 0, totalIsLowerBound: false };
  const { from, params } = sql;
  const text = sql.query !== null;
  const count = text ? `SELECT COUNT(*) AS n FROM (SELECT 1 ${from} LIMIT ${TEXT_COUNT_LIMIT + 1}) counted` : `SELECT COUNT(*) AS n ${from}`;
  const [countRow] = await reader.rows<{ n: number | bigint }>(count, params);
  const counted = Number(countRow?.n ?? 0);
  const totalIsLowerBound = text && counted > TEXT_COUNT_LIMIT;
  const total = totalIsLowerBound ? TEXT_COUNT_LIMIT : counted;
  const page = params.length;
  const seqRows = await reader.rows<{ seq: number }>(`SELECT e."seq" AS seq ${from} ORDER BY ${textOrder(sql)} LIMIT $${page + 1} OFFSET $${page + 2}`, [
    ...params,
    limit,
    offset,
  ]);
  return { items: await entriesBySeq(reader, seqRows.map((r) => Number(r.seq))), total, totalIsLowerBound };
}
