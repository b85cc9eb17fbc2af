import type { Db } from "../db/client";
import { Conflict, Internal } from "../errors";
import { REPLACEMENT_DAYS, type Criterion } from "./criteria";

// THE place ratings and their comments are written, each change in one transaction (all or nothing; a kill
// -9 mid-write leaves the last committed state, tests/resilience/ratings-kill.test.ts). The per-court tally
// follows in the same transaction, by the triggers of the ratings migration. Ratings are not entries, so
// they do not go through lib/directory/write.ts (no entry version, no revision).

export interface StoredRating {
  entryId: string;
  criterion: Criterion;
  score: number;
  good: readonly string[];
  bad: readonly string[];
  comment?: string;
  browserTokenHash: string;
  clientHash: string;
  sample?: boolean;
}

export interface RecordedRating {
  id: number;
  /** Whether it replaced an earlier rating of this browser. */
  replaced: boolean;
  /** Whether a comment waits for moderation. */
  commentPending: boolean;
}

const DAY_MS = 24 * 3600 * 1000;
/** Writers queue for the one connection: under a burst they wait (as the busy timeout does) rather than fail. */
const QUEUE = { maxWait: 10_000, timeout: 10_000 };

/**
 * Stores a rating. Within REPLACEMENT_DAYS of this browser's current rating of the court on the criterion,
 * the new one replaces it (the earlier one stays, marked replaced, and stops counting). `now` is the clock,
 * passed in so the rule can be tested without waiting a month.
 */
export async function recordRating(db: Db, rating: StoredRating, now = new Date()): Promise<RecordedRating> {
  const since = new Date(now.getTime() - REPLACEMENT_DAYS * DAY_MS);
  const current = { entryId: rating.entryId, criterion: rating.criterion, browserTokenHash: rating.browserTokenHash, replacedAt: null, createdAt: { gt: since } };
  return db.$transaction(async (tx) => {
    const created = await tx.rating.create({
      data: {
        entryId: rating.entryId, criterion: rating.criterion, score: rating.score,
        good: JSON.stringify(rating.good), bad: JSON.stringify(rating.bad),
        browserTokenHash: rating.browserTokenHash, clientHash: rating.clientHash, sample: rating.sample ?? false, createdAt: now,
      },
      select: { id: true },
    });
    const { count: replaced } = await tx.rating.updateMany({ where: { ...current, id: { not: created.id } }, data: { replacedAt: now, replacedById: created.id } });
    if (rating.comment) await tx.ratingComment.create({ data: { ratingId: created.id, entryId: rating.entryId, text: rating.comment, sample: rating.sample ?? false, createdAt: now } });
    // The rule holds after the write, or nothing is written: one current rating of this browser in the window.
    const holding = await tx.rating.count({ where: current });
    if (holding !== 1) throw new Internal("rating_not_unique", "A rating from this browser was written at the same time; try again");
    return { id: created.id, replaced: replaced > 0, commentPending: Boolean(rating.comment) };
  }, QUEUE);
}

export interface Reviewer {
  id: string;
  name: string;
}

/** Approves or rejects a pending comment (a rejection with its reason). */
export async function decideComment(db: Db, id: number, decision: { status: "approved" } | { status: "rejected"; reason: string }, reviewer: Reviewer, now = new Date()) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.ratingComment.updateMany({
      where: { id, status: "pending" },
      data: { status: decision.status, reason: decision.status === "rejected" ? decision.reason : null, reviewerId: reviewer.id, reviewerName: reviewer.name, reviewedAt: now },
    });
    if (count !== 1) throw new Conflict("already_decided", "This comment was already decided", "id");
    return tx.ratingComment.findUniqueOrThrow({ where: { id } });
  });
}

/** The court's public answer to an approved comment (a later answer replaces it). */
export async function replyToComment(db: Db, id: number, text: string, author: Reviewer, now = new Date()) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.ratingComment.updateMany({ where: { id, status: "approved" }, data: { reply: text, replyById: author.id, replyByName: author.name, repliedAt: now } });
    if (count !== 1) throw new Conflict("not_approved", "Only an approved comment can be answered", "id");
    return tx.ratingComment.findUniqueOrThrow({ where: { id } });
  });
}
