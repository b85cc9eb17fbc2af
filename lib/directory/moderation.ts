import { randomUUID } from "node:crypto";
import type { Db } from "../db/client";
import type { ChangeRequest } from "../db/generated/client";
import { Conflict, Forbidden, Invalid, LimitReached, notFound } from "../errors";
import { canModerate, moderatedRegions } from "../auth/permissions";
import type { Actor } from "../auth/roles";
import type { FieldDecision } from "../validation/admin";
import type { ContactInput, EntryInput } from "../validation/entry-input";
import { inputToContent } from "./columns";
import { assertKnownDistrict } from "./districts";
import { writeActor } from "./edit";
import { PRACTITIONER_KINDS, type PractitionerKind } from "./kinds";
import { proposerOrigin, recordFactSources } from "./provenance";
import { decidedByField, proposedContent, requestDiff, type ChangeType } from "./request-content";
import { createEntries, updateEntry, writeTransaction, type Tx } from "./write";
import { SettlementFinder, settlementOf } from "../import/places";
import { DATA_DIR } from "./load";

// Practitioners, court staff and visitors propose; editors decide. Nothing proposed reaches an entry (and
// so the public) until an editor of the entry's region approves it, field by field where it has fields.

export type { ChangeType } from "./request-content";

const decisionList = (text: string | null): FieldDecision[] | undefined => (text ? (JSON.parse(text) as FieldDecision[]) : undefined);

const isPractitionerKind = (kind: string): kind is PractitionerKind => PRACTITIONER_KINDS.includes(kind as PractitionerKind);

/** One account cannot bury everyone else's requests: beyond this many undecided ones it waits for decisions. */
export const MAX_PENDING_PER_ACCOUNT = 20;

async function propose(db: Db, actor: Actor, type: ChangeType, entryId: string | null, regionIso: string | null, payload: unknown) {
  // Count and insert in one write transaction, so parallel requests cannot pass the cap together.
  const request = await writeTransaction(db, async (tx) => {
    const duplicate = await tx.changeRequest.findFirst({ where: { userId: actor.id, type, entryId, status: "pending" } });
    if (duplicate && type !== "create") throw new Conflict("pending", "You already have a pending request for this listing");
    const pending = await tx.changeRequest.count({ where: { userId: actor.id, status: "pending" } });
    if (pending >= MAX_PENDING_PER_ACCOUNT) {
      throw new LimitReached("too_many_pending", `You have ${pending} requests waiting for review; send more once some are decided (at most ${MAX_PENDING_PER_ACCOUNT})`);
    }
    return tx.changeRequest.create({ data: { id: randomUUID(), type, entryId, regionIso, userId: actor.id, payload: JSON.stringify(payload) } });
  });
  return { id: request.id, status: request.status };
}

/** Claim an existing listing: the editor checks the licence number before approving. */
export async function claimListing(db: Db, actor: Actor, entryId: string, licenceNumber: string) {
  const entry = await db.entry.findUnique({ where: { id: entryId } });
  if (!entry || !isPractitionerKind(entry.kind)) throw notFound("Listing", entryId);
  if (entry.ownerId) throw new Conflict("claimed", "This listing already has an owner", "entryId");
  if (entry.licenceNumber && entry.licenceNumber !== licenceNumber) {
    throw new Invalid("licenceNumber", "licenceNumber: does not match the listing");
  }
  return propose(db, actor, "claim", entryId, entry.regionIso, { licenceNumber });
}

export async function proposeListing(db: Db, actor: Actor, input: EntryInput) {
  await assertKnownDistrict(db, input.districtKato, input.regionIso);
  return propose(db, actor, "create", null, input.regionIso, input);
}

export async function proposeContactChange(db: Db, actor: Actor, entryId: string, contact: ContactInput) {
  const entry = await db.entry.findUnique({ where: { id: entryId } });
  if (!entry) throw notFound("Listing", entryId);
  if (entry.ownerId !== actor.id) throw new Forbidden("You can only change your own listing");
  return propose(db, actor, "update", entryId, entry.regionIso, contact);
}

let settlements: SettlementFinder | undefined;

/** A new listing with a locality but no point is placed as an import places it: at its settlement, with its district. */
async function placedBySettlement(tx: Tx, input: EntryInput) {
  if (input.location) return {};
  settlements ??= SettlementFinder.fromDataDir(DATA_DIR);
  const place = settlementOf(settlements, input);
  if (!place) return {};
  const district = !input.districtKato && place.districtSourceId ? await tx.district.findFirst({ where: { sourceId: place.districtSourceId }, select: { kato: true } }) : null;
  return {
    lat: place.lat, lng: place.lng, precision: "settlement" as const, locality: input.locality ?? place.name,
    ...(district ? { districtKato: district.kato } : {}),
  };
}

/** Keyset cursor over the queue's order (oldest first): requests decided meanwhile shift nothing. */
function encodeQueueCursor(r: { createdAt: Date; id: string }): string {
  return Buffer.from(JSON.stringify({ t: r.createdAt.getTime(), i: r.id })).toString("base64url");
}

function decodeQueueCursor(cursor: string): { createdAt: Date; id: string } {
  try {
    const { t, i } = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as { t: unknown; i: unknown };
    if (Number.isSafeInteger(t) && typeof i === "string" && i.length <= 100) return { createdAt: new Date(t as number), id: i };
  } catch {
    // fall through to the error below
  }
  throw new Invalid("cursor", "cursor: is not a cursor returned by this API");
}

export interface QueueQuery {
  status: "pending" | "approved" | "rejected";
  limit: number;
  cursor?: string;
}

/** One page of the requests the actor reviews, with the total, so none hides behind the first page. */
export async function reviewQueue(db: Db, actor: Actor, { status, limit, cursor }: QueueQuery) {
  const regions = moderatedRegions(actor);
  const where = { status, ...(regions === null ? {} : { regionIso: { in: regions } }) };
  const after = cursor === undefined ? undefined : decodeQueueCursor(cursor);
  const [total, rows] = await Promise.all([
    db.changeRequest.count({ where }),
    db.changeRequest.findMany({
      where: after ? { ...where, OR: [{ createdAt: { gt: after.createdAt } }, { createdAt: after.createdAt, id: { gt: after.id } }] } : where,
      include: { user: { select: { email: true } } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: limit + 1,
    }),
  ]);
  const requests = rows.slice(0, limit);
  const entries = await db.entry.findMany({ where: { id: { in: requests.map((r) => r.entryId).filter((x): x is string => !!x) } } });
  const byId = new Map(entries.map((e) => [e.id, e]));
  const items = requests.map((r) => {
    const entry = (r.entryId && byId.get(r.entryId)) || null;
    return {
      id: r.id,
      type: r.type as ChangeType,
      entryId: r.entryId ?? undefined,
      entryName: (entry && (entry.nameRu ?? entry.nameKk)) || undefined,
      regionIso: r.regionIso ?? undefined,
      requester: r.user?.email,
      origin: proposerOrigin(r, entry?.kind ?? null) as "visitor" | "court_staff" | "practitioner",
      contact: r.contact ?? undefined,
      source: r.sourceUrl ?? undefined,
      payload: JSON.parse(r.payload) as unknown,
      diff: requestDiff(r.type as ChangeType, r.payload, r.userId, r.type === "create" ? null : entry),
      status: r.status,
      reason: r.reason ?? undefined,
      decisions: decisionList(r.decisions),
      createdAt: r.createdAt.toISOString(),
    };
  });
  return { items, total, nextCursor: rows.length > limit ? encodeQueueCursor(requests.at(-1)!) : null };
}

async function pendingFor(db: Db, actor: Actor, id: string): Promise<ChangeRequest> {
  const request = await db.changeRequest.findUnique({ where: { id } });
  if (!request) throw notFound("Change request", id);
  if (!canModerate(actor, request.regionIso)) throw new Forbidden("This request is outside the regions you review", "regionIso");
  if (request.status !== "pending") throw new Conflict("decided", `This request was already ${request.status}`);
  return request;
}

export interface Approval {
  note?: string;
  /** Per field of a contact change or correction; a field not named is accepted. */
  decisions?: FieldDecision[];
}

/** Applies the request through the one entry writer, in the same transaction that marks it approved. */
export async function approveChange(db: Db, actor: Actor, id: string, approval: Approval = {}) {
  const request = await pendingFor(db, actor, id);
  const type = request.type as ChangeType;
  if (approval.decisions && !decidedByField(type)) {
    throw new Invalid("decisions", "decisions: a claim or a new listing is approved or rejected as a whole");
  }
  if (decidedByField(type)) return approveFields(db, actor, request, approval);
  const requester = await db.user.findUniqueOrThrow({ where: { id: request.userId! } });
  const author = writeActor(actor);
  const why = `${type} by ${requester.email}${approval.note ? `: ${approval.note}` : ""}`;
  return writeTransaction(db, async (tx) => {
    // Flipping the status first, conditionally, makes a second reviewer approving at the same time lose.
    const { count } = await tx.changeRequest.updateMany({ where: { id, status: "pending" }, data: { status: "approved", reviewerId: actor.id, decidedAt: new Date() } });
    if (count === 0) throw new Conflict("decided", "This request was already decided");
    let entryId = request.entryId;
    if (type === "create") {
      const input = JSON.parse(request.payload) as EntryInput;
      await assertKnownDistrict(tx, input.districtKato, input.regionIso);
      const content = { ...inputToContent(input), ...(await placedBySettlement(tx, input)), ownerId: request.userId };
      const [created] = await createEntries(tx, author, [{ content, source: `self-service:${requester.email}` }], "moderation", why);
      entryId = created!;
      await tx.changeRequest.update({ where: { id }, data: { entryId } });
    } else {
      await updateEntry(tx, author, entryId!, { ownerId: request.userId }, { action: "moderation", note: why });
    }
    return { id, status: "approved", entryId };
  });
}

/**
 * A contact change or a correction, decided field by field against the entry as it is now: the accepted
 * fields are written (with their provenance, and the entry's last-verified date), the rejected ones keep
 * their reason for the proposer. All fields rejected is a rejection.
 */
async function approveFields(db: Db, actor: Actor, request: ChangeRequest, { note, decisions = [] }: Approval) {
  const requester = request.userId ? await db.user.findUnique({ where: { id: request.userId }, select: { email: true } }) : null;
  const why = `${request.type} by ${requester?.email ?? "a visitor"}${note ? `: ${note}` : ""}`;
  return writeTransaction(db, async (tx) => {
    const entry = await tx.entry.findUnique({ where: { id: request.entryId! } });
    if (!entry) throw notFound("Entry", request.entryId!);
    const type = request.type as ChangeType;
    const diff = requestDiff(type, request.payload, request.userId, entry);
    const changed = new Set<string>(diff.map((c) => c.field));
    decisions.forEach((d, i) => {
      if (!changed.has(d.field)) throw new Invalid(`decisions.${i}.field`, `decisions.${i}.field: "${d.field.slice(0, 40)}" is not a field this request changes`);
    });
    const rejected = new Map(decisions.filter((d) => !d.accept).map((d) => [d.field, d.reason]));
    const accepted = diff.filter((c) => !rejected.has(c.field)).map((c) => c.field);
    const decided: FieldDecision[] = diff.map((c) => (rejected.has(c.field) ? { field: c.field, accept: false, reason: rejected.get(c.field) } : { field: c.field, accept: true }));
    const status = diff.length > 0 && accepted.length === 0 ? "rejected" : "approved";
    const now = new Date();
    const { count } = await tx.changeRequest.updateMany({
      where: { id: request.id, status: "pending" },
      data: {
        status,
        decisions: JSON.stringify(decided),
        reason: status === "rejected" ? [...rejected.values()].join("; ").slice(0, 1000) : null,
        reviewerId: actor.id,
        decidedAt: now,
      },
    });
    if (count === 0) throw new Conflict("decided", "This request was already decided");
    if (status === "approved") {
      const proposed = proposedContent(type, request.payload, request.userId) as Record<string, unknown>;
      const patch = Object.fromEntries(accepted.map((field) => [field, proposed[field]]));
      await updateEntry(tx, writeActor(actor), entry.id, patch, { action: "moderation", note: why, extra: { verifiedAt: now } });
      const origin = proposerOrigin(request, entry.kind);
      await recordFactSources(
        tx,
        entry.id,
        accepted.map((field) => ({ field, origin, sourceUrl: request.sourceUrl, proposedBy: request.userId, approvedBy: actor.id, requestId: request.id })),
        now,
      );
    }
    return { id: request.id, status, entryId: entry.id, decisions: decided };
  });
}

export async function rejectChange(db: Db, actor: Actor, id: string, reason: string) {
  await pendingFor(db, actor, id);
  const { count } = await db.changeRequest.updateMany({ where: { id, status: "pending" }, data: { status: "rejected", reason, reviewerId: actor.id, decidedAt: new Date() } });
  if (count === 0) throw new Conflict("decided", "This request was already decided");
  return { id, status: "rejected", reason };
}

/** A practitioner's own listings and requests. */
export async function practitionerOverview(db: Db, actor: Actor) {
  const [listings, requests] = await Promise.all([
    db.entry.findMany({ where: { ownerId: actor.id } }),
    db.changeRequest.findMany({ where: { userId: actor.id }, orderBy: { createdAt: "desc" }, take: 100 }),
  ]);
  return {
    listings,
    requests: requests.map((r) => ({
      id: r.id,
      type: r.type as ChangeType,
      entryId: r.entryId ?? undefined,
      status: r.status,
      reason: r.reason ?? undefined,
      decisions: decisionList(r.decisions),
      createdAt: r.createdAt.toISOString(),
    })),
  };
}
