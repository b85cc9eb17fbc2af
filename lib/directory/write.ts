import { randomUUID } from "node:crypto";
import type { Prisma, PrismaClient } from "../db/generated/client";
import { ApiError } from "../api/errors";
import { diffContent, pickContent, type EntryContent, type FieldChange } from "./columns";
import { entrySearchText } from "./search-text";

// THE place an entry is written: every create and every change sets searchText, bumps the version and
// records a revision in the same transaction. Callers pass the transaction client.

export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export interface WriteActor {
  id: string | null;
  name: string; // shown in the history: an e-mail, "import", "loader"
}

export type RevisionAction = "create" | "update" | "close" | "reopen" | "restore" | "import" | "moderation" | "load";

export interface NewEntry {
  id?: string;
  content: Partial<EntryContent> & Pick<EntryContent, "kind" | "phones">;
  source: string;
  sample?: boolean;
  sourceDigest?: string | null;
  importBatchId?: string | null;
}

const CHUNK = 400;

export const newEntryId = (kind: string) => `${kind}-${randomUUID().slice(0, 12)}`;

function revisionRow(entryId: string, version: number, action: RevisionAction, actor: WriteActor, changes: FieldChange[], note?: string) {
  return { entryId, version, action, actorId: actor.id, actorName: actor.name, changes: JSON.stringify(changes), note: note ?? null };
}

/** Creates entries (in chunks, so a 100 000-row import stays fast), each with its "create" revision. */
export async function createEntries(tx: Tx, actor: WriteActor, entries: NewEntry[], action: RevisionAction = "create", note?: string): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < entries.length; i += CHUNK) {
    const rows: Prisma.EntryCreateManyInput[] = [];
    const revisions: Prisma.RevisionCreateManyInput[] = [];
    for (const e of entries.slice(i, i + CHUNK)) {
      const id = e.id ?? newEntryId(e.content.kind);
      ids.push(id);
      rows.push({
        ...e.content,
        id,
        source: e.source,
        sample: e.sample ?? false,
        sourceDigest: e.sourceDigest ?? null,
        importBatchId: e.importBatchId ?? null,
        searchText: entrySearchText(e.content),
        version: 1,
      });
      revisions.push(revisionRow(id, 1, action, actor, diffContent(null, e.content), note));
    }
    await tx.entry.createMany({ data: rows });
    await tx.revision.createMany({ data: revisions });
  }
  return ids;
}

export interface UpdateOptions {
  action: RevisionAction;
  /** The version the change was made on; a different current version is a 409 with what changed since. */
  baseVersion?: number;
  note?: string;
  extra?: Pick<Prisma.EntryUpdateManyMutationInput, "source" | "sourceDigest" | "importBatchId" | "verifiedAt">;
}

export interface UpdateResult {
  id: string;
  version: number;
  changes: FieldChange[];
}

/** Changes one entry. Nothing changed → no new version and no revision. */
export async function updateEntry(tx: Tx, actor: WriteActor, id: string, patch: Partial<EntryContent>, options: UpdateOptions): Promise<UpdateResult> {
  const row = await tx.entry.findUnique({ where: { id } });
  if (!row) throw new ApiError(404, "not_found", `Entry "${id.slice(0, 80)}" was not found`);
  if (options.baseVersion !== undefined && options.baseVersion !== row.version) {
    throw await conflict(tx, id, options.baseVersion, row.version);
  }
  const before = pickContent(row);
  const changes = diffContent(before, patch);
  if (changes.length === 0 && !options.extra) return { id, version: row.version, changes };
  const after = { ...before, ...patch };
  const version = row.version + 1;
  // The version in the WHERE makes a concurrent writer that read the same version lose (0 rows → 409).
  const { count } = await tx.entry.updateMany({
    where: { id, version: row.version },
    data: { ...patch, ...options.extra, searchText: entrySearchText(after), version },
  });
  if (count === 0) throw await conflict(tx, id, row.version, row.version + 1);
  if (changes.length > 0) await tx.revision.create({ data: revisionRow(id, version, options.action, actor, changes, options.note) });
  return { id, version, changes };
}

/** 409 listing, field by field, what changed between the version the editor started from and now. */
async function conflict(tx: Tx, id: string, baseVersion: number, currentVersion: number): Promise<ApiError> {
  const revisions = await tx.revision.findMany({ where: { entryId: id, version: { gt: baseVersion } }, orderBy: { version: "asc" } });
  const merged = new Map<string, FieldChange>();
  for (const r of revisions) {
    for (const c of JSON.parse(r.changes) as FieldChange[]) {
      const seen = merged.get(c.field);
      merged.set(c.field, { field: c.field, before: seen ? seen.before : c.before, after: c.after });
    }
  }
  const changes = [...merged.values()].filter((c) => c.before !== c.after);
  return new ApiError(
    409,
    "conflict",
    `Someone else changed this entry (version ${baseVersion} → ${currentVersion}); review their changes and save again`,
    undefined,
    { currentVersion, changes, changedBy: [...new Set(revisions.map((r) => r.actorName))] },
  );
}
