import type { Entry } from "../../db/generated/client";
import type { TypoIndex } from "../../search/typos";
import type { EntryFilter } from "../repository";
import { inSeqOrder } from "../shared/marker-fields";
import { TEXT_COUNT_LIMIT } from "../shared/search-limits";
import { rankedTextPage, TEXT_RANK_WINDOW, type TextSearchSteps } from "../shared/text-ranking";
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

/** The page's seqs (ranked for text, as on SQLite: lib/queries/shared/text-ranking.ts) and their rows, with the count. */
export async function searchEntries(
  reader: PostgresqlReader,
  filter: EntryFilter,
  limit: number,
  offset: number,
  typos?: TypoIndex,
): Promise<{ items: Entry[]; total: number; totalIsLowerBound: boolean }> {
  const sql = entryFilterSql(filter, typos);
  if (!sql) return { items: [], total: 0, totalIsLowerBound: false };
  const { from, params, query } = sql;
  if (query === null) {
    const [countRow] = await reader.rows<{ n: number | bigint }>(`SELECT COUNT(*) AS n ${from}`, params);
    const n = params.length;
    const seqRows = await reader.rows<{ seq: number }>(`SELECT e."seq" AS seq ${from} ORDER BY e."seq" LIMIT $${n + 1} OFFSET $${n + 2}`, [...params, limit, offset]);
    return { items: await entriesBySeq(reader, seqRows.map((r) => Number(r.seq))), total: Number(countRow?.n ?? 0), totalIsLowerBound: false };
  }
  const { seqs, total, totalIsLowerBound } = await rankedTextPage(textSteps(reader, from, params, query), limit, offset);
  return { items: await entriesBySeq(reader, seqs), total, totalIsLowerBound };
}

/**
 * A text query's steps on PostgreSQL: ts_rank negated, so that lower ranks first as bm25 does, and computed
 * for the window's rows only (outside the subquery that picks them).
 */
function textSteps(reader: PostgresqlReader, from: string, params: unknown[], query: string): TextSearchSteps {
  const n = params.length;
  return {
    window: async () =>
      (
        await reader.rows<{ seq: number; sample: boolean; score: number }>(
          `SELECT w."seq" AS seq, w."sample" AS sample, -ts_rank(w."searchWords", ${query}, 1) AS score
           FROM (SELECT e."seq", e."sample", e."searchWords" ${from} ORDER BY e."seq" LIMIT ${TEXT_RANK_WINDOW}) w`,
          params,
        )
      ).map((r) => ({ seq: Number(r.seq), sample: Boolean(r.sample), score: Number(r.score) })),
    count: async () => {
      const [row] = await reader.rows<{ n: number | bigint }>(`SELECT COUNT(*) AS n FROM (SELECT 1 ${from} LIMIT ${TEXT_COUNT_LIMIT + 1}) counted`, params);
      return Number(row?.n ?? 0);
    },
    after: async (lastSeq, limit, offset) =>
      (
        await reader.rows<{ seq: number }>(`SELECT e."seq" AS seq ${from} AND e."seq" > $${n + 1} ORDER BY e."seq" LIMIT $${n + 2} OFFSET $${n + 3}`, [...params, lastSeq, limit, offset])
      ).map((r) => Number(r.seq)),
  };
}
