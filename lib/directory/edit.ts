import type { Db } from "../db/client";
import type { Entry } from "../db/generated/client";
import { Forbidden, Invalid, NotFound, notFound } from "../errors";
import { canEditEntry } from "../auth/permissions";
import type { Actor } from "../auth/roles";
import { entryRuleIssues, type EntryInput, type EntryPatch } from "../validation/entry-input";
import { changeList, inputToContent, patchToContent, pickContent, type EntryContent } from "./columns";
import { assertKnownDistrict } from "./districts";
import { recordFactSources } from "./provenance";
import { createEntries, updateEntry, writeTransaction, type Tx, type UpdateResult, type WriteActor } from "./write";

// What staff (admins, regional editors) do to entries, with the permission checks; every write goes
// through lib/directory/write.ts inside one transaction.

export const writeActor = (actor: Actor): WriteActor => ({ id: actor.id, name: actor.email });

const outsideRegion = () => new Forbidden("This entry is outside the regions you edit", "regionIso");

export function assertMayEdit(actor: Actor, regionIso: string | null): void {
  if (!canEditEntry(actor, { regionIso })) throw outsideRegion();
}

async function existing(tx: Tx, id: string): Promise<Entry> {
  const row = await tx.entry.findUnique({ where: { id } });
  if (!row) throw notFound("Entry", id);
  return row;
}

export async function createEntryAs(db: Db, actor: Actor, input: EntryInput): Promise<string> {
  assertMayEdit(actor, input.regionIso);
  const [id] = await writeTransaction(db, async (tx) => {
    await assertKnownDistrict(tx, input.districtKato, input.regionIso);
    return createEntries(tx, writeActor(actor), [{ content: inputToContent(input), source: `admin:${actor.email}` }]);
  });
  return id!;
}

/** Writes only the fields the editor changed; the rules that tie fields together are checked on the result. */
export function editEntry(db: Db, actor: Actor, id: string, version: number, patch: EntryPatch): Promise<UpdateResult> {
  return db.$transaction(async (tx) => {
    const row = await existing(tx, id);
    const content = patchToContent(patch);
    const after = { ...pickContent(row), ...content };
    assertMayEdit(actor, row.regionIso); // moving an entry needs both the old and the new region
    assertMayEdit(actor, after.regionIso);
    const [issue] = entryRuleIssues({ kind: after.kind, courtKind: after.courtKind, name: { kk: after.nameKk, ru: after.nameRu, en: after.nameEn } });
    if (issue) throw new Invalid(`entry.${issue.path.join(".")}`, `entry.${issue.path.join(".")}: ${issue.message}`);
    // Only a district the edit names is checked: a stored one was checked when it was written.
    if ("districtKato" in content) await assertKnownDistrict(tx, after.districtKato ?? undefined, after.regionIso);
    const result = await updateEntry(tx, writeActor(actor), id, content, { action: "update", baseVersion: version });
    // What an editor types replaces the fact's earlier source (a page, a proposal) as its provenance.
    await recordFactSources(tx, id, result.changes.map((c) => ({ field: c.field, origin: "editor", approvedBy: actor.id })));
    return result;
  });
}

/**
 * Deleting is closing: the entry leaves the public directory but keeps its history and can be reopened.
 * Closing may name the successor its work went to; reopening clears it.
 */
export function setEntryStatus(db: Db, actor: Actor, id: string, version: number, status: "active" | "closed", note?: string, replacedBy?: string): Promise<UpdateResult> {
  return db.$transaction(async (tx) => {
    const row = await existing(tx, id);
    assertMayEdit(actor, row.regionIso);
    if (row.status === status) throw new Invalid("status", `The entry is already ${status}`);
    if (replacedBy !== undefined) await assertFittingSuccessor(tx, row, replacedBy);
    const patch = status === "closed" ? { status, replacedById: replacedBy ?? null } : { status, replacedById: null };
    return updateEntry(tx, writeActor(actor), id, patch, { action: status === "closed" ? "close" : "reopen", baseVersion: version, note });
  });
}

/** A successor is another active entry of the same kind (a court's work goes to a court, a notary's to a notary). */
async function assertFittingSuccessor(tx: Tx, closing: Entry, successorId: string): Promise<void> {
  const successor = await tx.entry.findUnique({ where: { id: successorId }, select: { kind: true, status: true } });
  if (!successor) throw new Invalid("replacedBy", `replacedBy: no entry "${successorId}"`);
  if (successorId === closing.id) throw new Invalid("replacedBy", "replacedBy: an entry cannot succeed itself");
  if (successor.status !== "active") throw new Invalid("replacedBy", "replacedBy: the successor must be an active entry");
  if (successor.kind !== closing.kind) throw new Invalid("replacedBy", `replacedBy: a ${closing.kind}'s successor must be a ${closing.kind}, not a ${successor.kind}`);
}

/** The entry as it was right after revision `target`: later revisions undone, newest first. */
export function contentAtVersion(current: EntryContent, laterRevisions: { changes: string }[]): EntryContent {
  const state: Record<string, unknown> = { ...current };
  for (const r of laterRevisions) for (const c of changeList.parse(r.changes)) state[c.field] = c.before;
  return state as EntryContent;
}

export function restoreRevision(db: Db, actor: Actor, id: string, target: number, version: number): Promise<UpdateResult> {
  return db.$transaction(async (tx) => {
    const row = await existing(tx, id);
    assertMayEdit(actor, row.regionIso);
    if (target < 1 || target > row.version) throw new NotFound(`Entry "${id}" has no version ${target}`, "version");
    const later = await tx.revision.findMany({ where: { entryId: id, version: { gt: target } }, orderBy: { version: "desc" } });
    const restored = contentAtVersion(pickContent(row), later);
    assertMayEdit(actor, restored.regionIso);
    return updateEntry(tx, writeActor(actor), id, restored, { action: "restore", baseVersion: version, note: `restored version ${target}` });
  });
}

/**
 * An entry's history. Editors read it only for entries of their regions, and see other staff by role, not by
 * e-mail (admins see every e-mail). System actors (the loader, imports) keep their names.
 */
export async function entryHistory(db: Db, actor: Actor, id: string) {
  const entry = await db.entry.findUnique({ where: { id }, select: { regionIso: true } });
  if (!entry) throw notFound("Entry", id);
  assertMayEdit(actor, entry.regionIso);
  const revisions = await db.revision.findMany({ where: { entryId: id }, orderBy: { version: "desc" }, include: { actor: { select: { role: true } } } });
  const shown = (r: (typeof revisions)[number]) => (actor.role === "admin" || !r.actorId || r.actorId === actor.id ? r.actorName : (r.actor?.role ?? "former account"));
  return revisions.map((r) => ({
    version: r.version,
    action: r.action,
    actor: shown(r),
    at: r.createdAt.toISOString(),
    note: r.note ?? undefined,
    changes: changeList.parse(r.changes),
  }));
}
