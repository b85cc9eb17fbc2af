import { randomUUID } from "node:crypto";
import type { Db } from "../db/client";
import { Conflict, LimitReached, notFound } from "../errors";
import type { Correction } from "../validation/corrections";
import { writeTransaction } from "./write";

// A visitor's correction of an entry: no account, so nothing but a keyed hash of the client address (for
// the caps below) and an optional contact for the editor. It waits in the moderation queue like any other
// request and changes nothing public until an editor of the entry's region accepts it.

/** One client cannot fill the queue: beyond this many undecided corrections it waits for decisions. */
export const MAX_PENDING_PER_CLIENT = 5;
/** Nor can many clients bury one entry's editors under corrections of it. */
export const MAX_PENDING_PER_ENTRY = 20;

export async function proposeCorrection(db: Db, entryId: string, clientHash: string, correction: Correction) {
  const entry = await db.entry.findUnique({ where: { id: entryId }, select: { id: true, regionIso: true, status: true } });
  if (!entry || entry.status !== "active") throw notFound("Entry", entryId);
  // Count and insert in one write transaction, so parallel requests cannot pass the caps together.
  const request = await writeTransaction(db, async (tx) => {
    const mine = await tx.changeRequest.count({ where: { clientHash, status: "pending", type: "correction" } });
    if (mine >= MAX_PENDING_PER_CLIENT) {
      throw new LimitReached("too_many_pending", `${mine} corrections from you are waiting for review; send more once they are decided (at most ${MAX_PENDING_PER_CLIENT})`);
    }
    const same = await tx.changeRequest.count({ where: { clientHash, entryId, status: "pending", type: "correction" } });
    if (same > 0) throw new Conflict("pending", "Your correction of this entry is waiting for review");
    const waiting = await tx.changeRequest.count({ where: { entryId, status: "pending", type: "correction" } });
    if (waiting >= MAX_PENDING_PER_ENTRY) {
      throw new LimitReached("too_many_pending", `This entry has ${waiting} corrections waiting for review; try again once they are decided`);
    }
    return tx.changeRequest.create({
      data: {
        id: randomUUID(),
        type: "correction",
        entryId,
        regionIso: entry.regionIso,
        userId: null,
        clientHash,
        contact: correction.contact ?? null,
        sourceUrl: correction.source ?? null,
        payload: JSON.stringify(correction.patch),
      },
    });
  });
  return { id: request.id, status: request.status };
}
