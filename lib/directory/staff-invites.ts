import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { Db } from "../db/client";
import { Conflict, Invalid, notFound } from "../errors";
import type { Actor } from "../auth/roles";
import { assertMayEdit, writeActor } from "./edit";
import { updateEntry, writeTransaction } from "./write";

// Court staff: an editor of the court's region (or an admin) makes a one-time code for one court; whoever
// signs in with it becomes that court's staff, i.e. its entry's owner, the link a practitioner gets for a
// claimed listing. Staff then propose their court's contact details and hours through the same moderated
// request a practitioner sends for a listing. The newest accepted invite wins: a court has one staff account.

export const INVITE_DAYS = 14;

const hashOf = (code: string) => createHash("sha256").update(code.trim()).digest("base64url");

/** A new invite for a court: its code is returned once and only its hash is kept. */
export async function createCourtInvite(db: Db, actor: Actor, entryId: string, now = new Date()) {
  const entry = await db.entry.findUnique({ where: { id: entryId }, select: { kind: true, regionIso: true, status: true } });
  if (!entry) throw notFound("Entry", entryId);
  if (entry.kind !== "court") throw new Invalid("id", "id: only courts have staff to invite");
  assertMayEdit(actor, entry.regionIso);
  if (entry.status !== "active") throw new Conflict("closed", "This court is closed", "id");
  // 128 random bits: guessing one among the live codes is hopeless, so a plain hash at rest suffices.
  const code = randomBytes(16).toString("base64url");
  const expiresAt = new Date(now.getTime() + INVITE_DAYS * 24 * 3600 * 1000);
  await db.courtInvite.create({ data: { id: randomUUID(), entryId, codeHash: hashOf(code), createdById: actor.id, createdAt: now, expiresAt } });
  return { entryId, code, expiresAt: expiresAt.toISOString() };
}

/** Uses an invite: once, before it expires. The account becomes the court's staff (its entry's owner). */
export async function acceptCourtInvite(db: Db, actor: Actor, code: string, now = new Date()) {
  return writeTransaction(db, async (tx) => {
    const invite = await tx.courtInvite.findUnique({ where: { codeHash: hashOf(code) } });
    if (!invite) throw new Invalid("code", "code: is not an invite code", { code: "invite_unknown" });
    if (invite.usedAt) throw new Conflict("invite_used", "This invite code was already used", "code");
    if (invite.expiresAt <= now) throw new Invalid("code", "code: this invite has expired; ask for a new one", { code: "invite_expired" });
    // Conditional, so two people using the same code at once cannot both succeed.
    const { count } = await tx.courtInvite.updateMany({ where: { id: invite.id, usedAt: null }, data: { usedAt: now, usedById: actor.id } });
    if (count === 0) throw new Conflict("invite_used", "This invite code was already used", "code");
    await updateEntry(tx, writeActor(actor), invite.entryId, { ownerId: actor.id }, { action: "moderation", note: "court staff invite accepted" });
    return { entryId: invite.entryId };
  });
}
