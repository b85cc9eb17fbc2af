import { canModerate, moderatedRegions } from "../auth/permissions";
import type { Actor } from "../auth/roles";
import type { Db } from "../db/client";
import { Forbidden, Invalid, notFound } from "../errors";
import { ratingsRepository, type ReviewCommentRow } from "../queries/ratings";
import type { ReviewComment } from "../validation/ratings";
import type { Criterion } from "./criteria";
import { decideComment, replyToComment } from "./write";

// Editors decide comments of the courts of their regions (admins every region): personal data, insults
// and details of a case are rejected, with a reason the editor writes. Court staff answer through an
// editor's account: there is no court-staff role yet.

type Status = "pending" | "approved" | "rejected";

const forReview = (c: ReviewCommentRow): ReviewComment => ({
  id: c.id, entryId: c.entryId, regionIso: c.regionIso, criterion: c.criterion as Criterion, score: c.score, text: c.text,
  status: c.status as Status, reason: c.reason, reviewerName: c.reviewerName, reply: c.reply, createdAt: c.createdAt, sample: c.sample,
  court: { ...(c.nameKk ? { kk: c.nameKk } : {}), ...(c.nameRu ? { ru: c.nameRu } : {}), ...(c.nameEn ? { en: c.nameEn } : {}) },
});

function afterCursor(cursor: string | undefined): number | undefined {
  if (cursor === undefined) return undefined;
  const id = Number(cursor);
  if (!/^\d{1,15}$/.test(cursor) || id < 1) throw new Invalid("cursor", "cursor: is not a cursor returned by this API");
  return id;
}

/** The comments with `status` of the actor's regions, oldest first. */
export async function commentQueue(db: Db, actor: Actor, query: { status: Status; limit: number; cursor?: string }) {
  const repo = ratingsRepository(db);
  const filter = { status: query.status, regions: moderatedRegions(actor) };
  const [rows, total] = await Promise.all([repo.reviewComments(filter, query.limit + 1, afterCursor(query.cursor)), repo.reviewCommentCount(filter)]);
  const items = rows.slice(0, query.limit);
  return { items: items.map(forReview), total, nextCursor: rows.length > query.limit ? String(items.at(-1)!.id) : null };
}

async function commentOfActor(db: Db, actor: Actor, id: string): Promise<ReviewCommentRow> {
  const comment = /^\d{1,15}$/.test(id) ? await ratingsRepository(db).commentById(Number(id)) : null;
  if (!comment) throw notFound("Comment", id);
  if (!canModerate(actor, comment.regionIso)) throw new Forbidden("This comment is about a court outside your regions");
  return comment;
}

const reviewer = (actor: Actor) => ({ id: actor.id, name: actor.email });

export async function approveComment(db: Db, actor: Actor, id: string) {
  const { id: commentId } = await commentOfActor(db, actor, id);
  await decideComment(db, commentId, { status: "approved" }, reviewer(actor));
  return forReview((await ratingsRepository(db).commentById(commentId))!);
}

export async function rejectComment(db: Db, actor: Actor, id: string, reason: string) {
  const { id: commentId } = await commentOfActor(db, actor, id);
  await decideComment(db, commentId, { status: "rejected", reason }, reviewer(actor));
  return forReview((await ratingsRepository(db).commentById(commentId))!);
}

/** The court's public answer, shown under the approved comment. */
export async function answerComment(db: Db, actor: Actor, id: string, text: string) {
  const { id: commentId } = await commentOfActor(db, actor, id);
  await replyToComment(db, commentId, text, reviewer(actor));
  return forReview((await ratingsRepository(db).commentById(commentId))!);
}
