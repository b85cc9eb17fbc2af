import { TEXT_COUNT_LIMIT } from "./search-limits";

/**
 * A text query is ranked among its first this many matches in directory order (courts first: they are
 * loaded first), and the matches after them follow in that order. Ranking costs a few µs per match, and a
 * 3-letter prefix matches 16 000 entries at 100 000 (18 ms to rank them all with bm25, bench/search.ts);
 * among that many, the rank says little more than "the prefix is in a short text", while a query narrow
 * enough to be worth ranking has fewer matches than this and is ranked whole.
 */
export const TEXT_RANK_WINDOW = 300;

/** One match of the rank window: lower scores rank first (bm25's sign; PostgreSQL's ts_rank negated). */
export interface RankedMatch {
  seq: number;
  /** A fictional sample practitioner: never ranked above a real entry (as in the results near a point). */
  sample: boolean;
  score: number;
}

/** What each engine asks its database for a text query; the order of the answer is decided here, once. */
export interface TextSearchSteps {
  /** The first TEXT_RANK_WINDOW matches in seq order, each with its score. */
  window(): Promise<RankedMatch[]>;
  /** The matches, counted up to TEXT_COUNT_LIMIT + 1. */
  count(): Promise<number>;
  /** Seqs of the matches after `lastSeq`, in seq order, paged. */
  after(lastSeq: number, limit: number, offset: number): Promise<number[]>;
}

/**
 * A page of a text query: the rank window (real entries before samples, then by score, ties by seq), then the
 * later matches by seq; counted only when the window is full (a window not full holds every match).
 */
export async function rankedTextPage(steps: TextSearchSteps, limit: number, offset: number): Promise<{ seqs: number[]; total: number; totalIsLowerBound: boolean }> {
  const window = await steps.window();
  const full = window.length === TEXT_RANK_WINDOW;
  const counted = full ? await steps.count() : window.length;
  const totalIsLowerBound = counted > TEXT_COUNT_LIMIT;
  const ranked = [...window].sort((a, b) => Number(a.sample) - Number(b.sample) || a.score - b.score || a.seq - b.seq);
  const page = ranked.slice(offset, offset + limit).map((r) => r.seq);
  const more = full && page.length < limit ? await steps.after(Math.max(...window.map((r) => r.seq)), limit - page.length, Math.max(0, offset - window.length)) : [];
  return { seqs: [...page, ...more], total: totalIsLowerBound ? TEXT_COUNT_LIMIT : counted, totalIsLowerBound };
}
