import { NEGATIVE_SCORES } from "./criteria";

// How courts are ranked (explained to people on /{locale}/ratings): the Bayesian average of their
// ratings, which pulls a court with few ratings towards the middle of the scale, so that three 5-star
// ratings do not outrank three hundred mostly good ones. The prior is fixed rather than the national mean,
// so a court's score moves only with its own ratings, and anyone can recompute it from the open data.

/** The prior: the middle of the 1–5 scale … */
export const PRIOR_MEAN = 3;
/** … counted as this many ratings. */
export const PRIOR_WEIGHT = 10;
/** A court is ranked only from this many (current) ratings on; below it, it is listed without a rank. */
export const MIN_RANKED_COUNT = 5;

/** Counts of scores 1..5 (index 0 is score 1). */
export type Distribution = [number, number, number, number, number];

export const emptyDistribution = (): Distribution => [0, 0, 0, 0, 0];

export const countOf = (d: Distribution) => d.reduce((a, b) => a + b, 0);
const sumOf = (d: Distribution) => d.reduce((a, n, i) => a + n * (i + 1), 0);

export const meanOf = (d: Distribution): number | null => {
  const n = countOf(d);
  return n === 0 ? null : sumOf(d) / n;
};

/** (PRIOR_WEIGHT·PRIOR_MEAN + Σ scores) / (PRIOR_WEIGHT + n). */
export const bayesianAverage = (d: Distribution): number => (PRIOR_WEIGHT * PRIOR_MEAN + sumOf(d)) / (PRIOR_WEIGHT + countOf(d));

/** The share of 1- and 2-star ratings: the report's headline figure (354 of 869). */
export const negativeShare = (d: Distribution): number | null => {
  const n = countOf(d);
  return n === 0 ? null : NEGATIVE_SCORES.reduce((a, s) => a + d[s - 1]!, 0) / n;
};

export const addInto = (into: Distribution, d: Distribution): Distribution => {
  for (let i = 0; i < 5; i++) into[i]! += d[i]!;
  return into;
};

export interface Ranked<T> {
  item: T;
  /** 1 for the best; null below MIN_RANKED_COUNT. Equal scores share a rank. */
  rank: number | null;
  score: number;
}

/**
 * Ranks by the Bayesian average, best first; equal scores share a rank (1, 2, 2, 4). Courts with too few
 * ratings follow, unranked, by count. Ties are listed by `key` so the order never depends on the engine.
 */
export function rank<T>(items: T[], distributionOf: (t: T) => Distribution, key: (t: T) => string): Ranked<T>[] {
  const scored = items.map((item) => ({ item, score: bayesianAverage(distributionOf(item)), count: countOf(distributionOf(item)) }));
  const byScore = (a: (typeof scored)[number], b: (typeof scored)[number]) => b.score - a.score || b.count - a.count || key(a.item).localeCompare(key(b.item));
  const ranked = scored.filter((s) => s.count >= MIN_RANKED_COUNT).sort(byScore);
  const unranked = scored.filter((s) => s.count < MIN_RANKED_COUNT).sort((a, b) => b.count - a.count || byScore(a, b));
  let previous: { score: number; rank: number } | null = null;
  const out: Ranked<T>[] = ranked.map((s, i) => {
    const position: number = previous && previous.score === s.score ? previous.rank : i + 1;
    previous = { score: s.score, rank: position };
    return { item: s.item, rank: position, score: s.score };
  });
  return [...out, ...unranked.map((s) => ({ item: s.item, rank: null, score: s.score }))];
}
