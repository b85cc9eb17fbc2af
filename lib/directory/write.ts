import { randomUUID } from "node:crypto";
import type { Prisma, PrismaClient } from "../db/generated/client";
import { ApiError } from "../api/errors";
import { CONTENT_COLUMNS, diffContent, pickContent, type ContentColumn, type EntryContent, type FieldChange } from "./columns";
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

export const newEntryId = (kind: string) => `${kind}-${randomUUID().slice(0, 12)}`;

function revisionRow(entryId: string, version: number, action: RevisionAction, actor: WriteActor, changes: FieldChange[], note?: string) {
  return { entryId, version, action, actorId: actor.id, actorName: actor.name, changes: JSON.stringify(changes), note: note ?? null };
}

// Bulk creation is plain multi-row INSERTs (Prisma's createMany costs ~1 ms a row here, far too slow for
// a 100 000-row import). Columns as Prisma stores them: DateTime as ISO text, Boolean as 0/1.
const ENTRY_INSERT_COLUMNS = [...CONTENT_COLUMNS, "id", "source", "sourceDigest", "importBatchId", "sample", "searchText", "version", "createdAt", "updatedAt"] as const;
const REVISION_INSERT_COLUMNS = ["entryId", "version", "action", "actorId", "actorName", "changes", "note", "createdAt"] as const;
const ROWS_PER_INSERT = 500;
const LIST_DEFAULTS: Partial<Record<ContentColumn, string>> = { phones: "[]", emails: "[]", services: "[]", languages: "[]", status: "active" };

const prismaDateTime = (d: Date) => d.toISOString().replace("Z", "+00:00");

/**
 * A value as an SQLite literal. Binding ~18 000 parameters per statement through the driver adapter costs
 * twice the insert itself; SQLite strings have a single escape ('' for '), and a NUL (which would end the
 * text early) is refused.
 */
function sqlLiteral(v: unknown): string {
  if (v === null || v === undefined) return "NULL";
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw new Error(`not a finite number: ${v}`);
    return String(v);
  }
  const text = String(v);
  if (text.includes("\u0000")) throw new Error("text contains a NUL character");
  return `'${text.replace(/'/g, "''")}'`;
}

async function insertRows(tx: Tx, table: string, columns: readonly string[], rows: unknown[][]): Promise<void> {
  const values = rows.map((row) => `(${row.map(sqlLiteral).join(",")})`);
  await tx.$executeRawUnsafe(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(",")}) VALUES ${values.join(",")}`);
}

/** Creates entries, each with its "create" revision; built for imports of 100 000 rows (a chunk at a time). */
export async function createEntries(tx: Tx, actor: WriteActor, entries: NewEntry[], action: RevisionAction = "create", note?: string): Promise<string[]> {
  const now = prismaDateTime(new Date());
  const ids: string[] = [];
  for (let i = 0; i < entries.length; i += ROWS_PER_INSERT) {
    const entryRows: unknown[][] = [];
    const revisionRows: unknown[][] = [];
    for (const e of entries.slice(i, i + ROWS_PER_INSERT)) {
      const id = e.id ?? newEntryId(e.content.kind);
      ids.push(id);
      const content = { ...LIST_DEFAULTS, ...e.content } as Record<ContentColumn, unknown>;
      entryRows.push([
        ...CONTENT_COLUMNS.map((c) => content[c] ?? null),
        id, e.source, e.sourceDigest ?? null, e.importBatchId ?? null, e.sample ? 1 : 0, entrySearchText(e.content), 1, now, now,
      ]);
      const r = revisionRow(id, 1, action, actor, diffContent(null, e.content), note);
      revisionRows.push([r.entryId, r.version, r.action, r.actorId, r.actorName, r.changes, r.note, now]);
    }
    await insertRows(tx, "Entry", ENTRY_INSERT_COLUMNS, entryRows);
    await insertRows(tx, "Revision", REVISION_INSERT_COLUMNS, revisionRows);
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
