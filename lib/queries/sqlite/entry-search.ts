import type { Entry } from "../../db/generated/client";
import type { EntryFilter } from "../repository";
import { entryFilterSql, type EntryFilterSql } from "./entry-filter-sql";
import type { SqliteReader } from "./reader";
import type { TypoIndex } from "../../search/typos";
import { inSeqOrder } from "../shared/marker-fields";
import { TEXT_COUNT_LIMIT } from "../shared/search-limits";
import { rankedTextPage, TEXT_RANK_WINDOW, type TextSearchSteps } from "../shared/text-ranking";

export async function entriesBySeq(reader: SqliteReader, seqs: number[]): Promise<Entry[]> {
  if (seqs.length === 0) return [];
  return inSeqOrder(await reader.entries(`"seq" IN (SELECT "value" FROM json_each(?))`, [JSON.stringify(seqs)]), seqs);
}

/** The page's seqs (ranked for text) and their rows, with the count (for text, up to TEXT_COUNT_LIMIT). */
export async function searchEntries(
  reader: SqliteReader,
  filter: EntryFilter,
  limit: number,
  offset: number,
  typos?: TypoIndex,
): Promise<{ items: Entry[]; total: number; totalIsLowerBound: boolean }> {
  const sql = entryFilterSql(filter, typos);
  if (!sql) return { items: [], total: 0, totalIsLowerBound: false };
  if (!sql.text) {
    const [countRow] = await reader.rows<{ n: number | bigint }>(`SELECT COUNT(*) AS n ${sql.from}`, sql.params);
    const seqRows = await reader.rows<{ seq: number | bigint }>(`SELECT e."seq" AS seq ${sql.from} ORDER BY e."seq" LIMIT ? OFFSET ?`, [...sql.params, limit, offset]);
    return { items: await entriesBySeq(reader, seqRows.map((r) => Number(r.seq))), total: Number(countRow?.n ?? 0), totalIsLowerBound: false };
  }
  const { seqs, total, totalIsLowerBound } = await rankedTextPage(textSteps(reader, sql), limit, offset);
  return { items: await entriesBySeq(reader, seqs), total, totalIsLowerBound };
}

/** A text query's steps on SQLite: `ORDER BY f.rowid` is FTS5's own order, so a LIMIT stops reading early. */
function textSteps(reader: SqliteReader, { from, params }: EntryFilterSql): TextSearchSteps {
  return {
    window: async () =>
      (
        await reader.rows<{ seq: number | bigint; sample: number | bigint; score: number }>(
          `SELECT e."seq" AS seq, e."sample" AS sample, bm25("entry_fts") AS score ${from} ORDER BY f.rowid LIMIT ${TEXT_RANK_WINDOW}`,
          params,
        )
      ).map((r) => ({ seq: Number(r.seq), sample: Number(r.sample) === 1, score: r.score })),
    count: async () => {
      const [row] = await reader.rows<{ n: number | bigint }>(`SELECT COUNT(*) AS n FROM (SELECT 1 ${from} LIMIT ${TEXT_COUNT_LIMIT + 1})`, params);
      return Number(row?.n ?? 0);
    },
    after: async (lastSeq, limit, offset) =>
      (await reader.rows<{ seq: number | bigint }>(`SELECT e."seq" AS seq ${from} AND f.rowid > ? ORDER BY f.rowid LIMIT ? OFFSET ?`, [...params, lastSeq, limit, offset])).map((r) =>
        Number(r.seq),
      ),
  };
}
