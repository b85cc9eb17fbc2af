import type { Db } from "../db/client";
import { requireEntry } from "../directory/entries";
import { decodeCursor, encodeCursor } from "../directory/cursor";
import { Invalid } from "../errors";
import { ratingsRepository, type CommentRow, type CourtTallyRow, type TallyRow } from "../queries/ratings";
import type { CourtRatings, RatingTable } from "../validation/ratings";
import { CRITERION_CODES, type Criterion } from "./criteria";
import { addInto, bayesianAverage, countOf, emptyDistribution, meanOf, MIN_RANKED_COUNT, negativeShare, PRIOR_MEAN, PRIOR_WEIGHT, rank, type Distribution } from "./ranking";

export const RANKING_METHOD = { method: "bayesian-average", priorMean: PRIOR_MEAN, priorWeight: PRIOR_WEIGHT, minCount: MIN_RANKED_COUNT } as const;

const distributionOf = (row: Pick<TallyRow, "n1" | "n2" | "n3" | "n4" | "n5">): Distribution => [row.n1, row.n2, row.n3, row.n4, row.n5].map(Number) as Distribution;

const summary = (d: Distribution) => ({ count: countOf(d), mean: meanOf(d), distribution: d, negativeShare: negativeShare(d), score: bayesianAverage(d) });

function commentCursor(cursor: string | undefined): number | undefined {
  if (cursor === undefined) return undefined;
  const id = Number(Buffer.from(cursor, "base64url").toString("utf8").replace(/^c/, ""));
  if (!Number.isSafeInteger(id) || id < 1) throw new Invalid("cursor", "cursor: is not a cursor returned by this API");
  return id;
}

const publicComment = (c: CommentRow) => ({
  id: c.id, criterion: c.criterion as Criterion, score: c.score, text: c.text, createdAt: c.createdAt, sample: c.sample,
  reply: c.reply === null ? null : { text: c.reply, at: c.repliedAt },
});

/** A court's ratings: per criterion the count, mean, distribution, score and monthly trend; approved comments, paged. */
export async function courtRatings(db: Db, entryId: string, page: { limit: number; cursor?: string }): Promise<CourtRatings> {
  const entry = await requireEntry(db, entryId);
  if (entry.kind !== "court") throw new Invalid("id", "id: only courts are rated");
  const repo = ratingsRepository(db);
  const [tally, comments] = await Promise.all([repo.courtTally(entryId), repo.approvedComments(entryId, page.limit + 1, commentCursor(page.cursor))]);
  const overall = emptyDistribution();
  const criteria = CRITERION_CODES.map((criterion) => {
    const rows = tally.filter((r) => r.criterion === criterion);
    const total = rows.reduce((d, r) => addInto(d, distributionOf(r)), emptyDistribution());
    addInto(overall, total);
    const trend = rows.map((r) => ({ month: r.month, count: countOf(distributionOf(r)), mean: meanOf(distributionOf(r)) })).filter((m) => m.count > 0);
    return { criterion, ...summary(total), trend };
  });
  const shown = comments.slice(0, page.limit);
  return {
    entryId,
    sample: tally.some((r) => Number(r.samples) > 0),
    overall: summary(overall),
    criteria,
    comments: { items: shown.map(publicComment), nextCursor: comments.length > page.limit ? Buffer.from(`c${shown.at(-1)!.id}`).toString("base64url") : null },
    ranking: RANKING_METHOD,
  };
}

/** The table of courts (national, or one region's), ranked on one criterion or all four together. */
export async function ratingTable(db: Db, filter: { region?: string; criterion?: Criterion }, page: { limit: number; cursor?: string }): Promise<RatingTable> {
  const rows = await ratingsRepository(db).courtTallies(filter);
  const ranked = rank(rows, distributionOf, (r: CourtTallyRow) => r.entryId);
  const offset = decodeCursor(page.cursor);
  const items = ranked.slice(offset, offset + page.limit).map(({ item, rank: position }) => ({
    rank: position,
    entryId: item.entryId,
    name: { ...(item.nameKk ? { kk: item.nameKk } : {}), ...(item.nameRu ? { ru: item.nameRu } : {}), ...(item.nameEn ? { en: item.nameEn } : {}) },
    regionIso: item.regionIso,
    courtKind: item.courtKind,
    sample: item.sample || Number(item.samples) > 0,
    ...summary(distributionOf(item)),
  }));
  const next = offset + items.length;
  return {
    criterion: filter.criterion ?? null,
    region: filter.region ?? null,
    total: ranked.length,
    items,
    nextCursor: next < ranked.length && items.length > 0 ? encodeCursor(next) : null,
    ranking: RANKING_METHOD,
  };
}
