import type { Entry } from "../../db/generated/client";
import type { EntryFilter } from "../repository";
import { entryFilterSql, type EntryFilterSql } from "./entry-filter-sql";
import type { SqliteReader } from "./reader";
import type { TypoIndex } from "../../search/typos";
import { inSeqOrder } from "../shared/marker-fields";
import { TEXT_COUNT_LIMIT } from "../shared/search-limits";


/**
 * A text query is ranked by bm25 among its first this many matches in directory order (courts first: they
 * are loaded first), and the matches after them follow in that order. bm25 costs a few µs per match, and
 * a 3-letter prefix matches 16 000 entries at 100 000 (18 ms to rank them all, bench/search.ts); among that
 * many, bm25's order says little more than "the prefix is in a short text", while a query narrow enough to
 * be worth ranking has fewer matches than this and is ranked whole.
 */
export const TEXT_RANK_WINDOW = 300;

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
  const window = await rankWindow(reader, sql);
  // A window not full holds every match, so only a broad query pays for a count.
  const counted = window.length < TEXT_RANK_WINDOW ? window.length : await textCount(reader, sql);
  const totalIsLowerBound = counted > TEXT_COUNT_LIMIT;
  const seqs = await rankedPage(reader, sql, window, limit, offset);
  return { items: await entriesBySeq(reader, seqs), total: totalIsLowerBound ? TEXT_COUNT_LIMIT : counted, totalIsLowerBound };
}

async function textCount(reader: SqliteReader, { from, params }: EntryFilterSql): Promise<number> {
  const [row] = await reader.rows<{ n: number | bigint }>(`SELECT COUNT(*) AS n FROM (SELECT 1 ${from} LIMIT ${TEXT_COUNT_LIMIT + 1})`, params);
  return Number(row?.n ?? 0);
}

interface Ranked {
  seq: number;
  /** A fictional sample practitioner: never ranked above a real entry (as in the results near a point). */
  sample: number;
  score: number;
}

/**
 * The first TEXT_RANK_WINDOW matches with what ranks them. `ORDER BY f.rowid` is FTS5's own order, so the
 * LIMIT stops reading early instead of sorting.
 */
async function rankWindow(reader: SqliteReader, { from, params }: EntryFilterSql): Promise<Ranked[]> {
  const rows = await reader.rows<{ seq: number | bigint; sample: number | bigint; score: number }>(
    `SELECT e."seq" AS seq, e."sample" AS sample, bm25("entry_fts") AS score ${from} ORDER BY f.rowid LIMIT ${TEXT_RANK_WINDOW}`,
    params,
  );
  return rows.map((r) => ({ seq: Number(r.seq), sample: Number(r.sample), score: r.score }));
}

/**
 * A page of a text query's seqs: the rank window (real entries before samples, then by bm25, ties by seq),
 * then the later matches by seq.
 */
async function rankedPage(
  reader: SqliteReader,
  { from, params }: EntryFilterSql,
  window: Ranked[],
  limit: number,
  offset: number,
): Promise<number[]> {
  const last = window.reduce((max, r) => Math.max(max, r.seq), 0);
  const page = [...window].sort((a, b) => a.sample - b.sample || a.score - b.score || a.seq - b.seq).slice(offset, offset + limit).map((r) => r.seq);
  if (window.length < TEXT_RANK_WINDOW || page.length === limit) return page;
  const after = await reader.rows<{ seq: number | bigint }>(`SELECT e."seq" AS seq ${from} AND f.rowid > ? ORDER BY f.rowid LIMIT ? OFFSET ?`, [
    ...params,
    last,
    limit - page.length,
    Math.max(0, offset - window.length),
  ]);
  return [...page, ...after.map((r) => Number(r.seq))];
}
