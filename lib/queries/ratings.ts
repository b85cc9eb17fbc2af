import type { Db } from "../db/client";
import { engineOfClient } from "../db/engine";
import { postgresqlRatings } from "./postgresql/ratings";
import { sqliteRatings } from "./sqlite/ratings";

// The questions asked about ratings (lib/ratings), beside the directory's (repository.ts) and chosen the
// same way: one implementation per engine, in lib/queries/sqlite/ratings.ts and lib/queries/postgresql/ratings.ts. Only current ratings
// (not replaced) are counted; counts come from the per-court tally the writer's triggers keep.

/** How many current ratings gave each score (and how many of them are samples). */
interface ScoreCounts {
  n1: number;
  n2: number;
  n3: number;
  n4: number;
  n5: number;
  samples: number;
}

/** Current ratings of one court on one criterion in one month (YYYY-MM), by score. */
export interface TallyRow extends ScoreCounts {
  criterion: string;
  month: string;
}

/** A court's current ratings, summed over months (and over criteria unless one is asked for). */
export interface CourtTallyRow extends ScoreCounts {
  entryId: string;
  nameKk: string | null;
  nameRu: string | null;
  nameEn: string | null;
  regionIso: string | null;
  courtKind: string | null;
  sample: boolean;
}

export interface CommentRow {
  id: number;
  entryId: string;
  criterion: string;
  score: number;
  text: string;
  status: string;
  reason: string | null;
  reviewerName: string | null;
  reply: string | null;
  replyByName: string | null;
  repliedAt: string | null;
  sample: boolean;
  createdAt: string;
}

export interface ReviewCommentRow extends CommentRow {
  regionIso: string | null;
  nameKk: string | null;
  nameRu: string | null;
  nameEn: string | null;
}

export interface RatingsRepository {
  /** One court's tally rows, by criterion then month. */
  courtTally(entryId: string): Promise<TallyRow[]>;
  /** Every active court with at least one current rating (on `criterion`, when given), of `region` when given. */
  courtTallies(filter: { region?: string; criterion?: string }): Promise<CourtTallyRow[]>;
  /** Approved comments of a court's current ratings, newest first, with ids below `beforeId`. */
  approvedComments(entryId: string, limit: number, beforeId?: number): Promise<CommentRow[]>;
  /** Comments of current ratings with `status`, oldest first after `afterId`, of courts in `regions` (null: all). */
  reviewComments(filter: { status: string; regions: string[] | null }, limit: number, afterId?: number): Promise<ReviewCommentRow[]>;
  /** How many comments `reviewComments` would list in all. */
  reviewCommentCount(filter: { status: string; regions: string[] | null }): Promise<number>;
  /** One comment with its court's region (whose editors decide it), or null. */
  commentById(id: number): Promise<ReviewCommentRow | null>;
  /** Current (not replaced) ratings in the whole database. */
  currentRatingCount(): Promise<number>;
}

const repositories = new WeakMap<Db, RatingsRepository>();

export function ratingsRepository(db: Db): RatingsRepository {
  let repo = repositories.get(db);
  if (!repo) {
    repo = engineOfClient(db) === "postgresql" ? postgresqlRatings(db) : sqliteRatings(db);
    repositories.set(db, repo);
  }
  return repo;
}
