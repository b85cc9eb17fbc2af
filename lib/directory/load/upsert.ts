import { createHash } from "node:crypto";
import type { Db } from "../../db/client";
import type { Prisma } from "../../db/generated/client";
import type { EntryContent } from "../columns";
import { createEntries, updateEntry, writeTransaction, type NewEntry, type WriteActor } from "../write";

export const LOADER: WriteActor = { id: null, name: "loader" };

/** An entry as a data source describes it (everything but the bookkeeping columns). */
export type SourceEntry = Omit<Prisma.EntryCreateManyInput, "seq" | "searchText" | "sourceDigest" | "version" | "createdAt" | "updatedAt"> & {
  phones: string;
};

export interface UpsertCounts {
  created: number;
  updated: number;
  unchanged: number;
}

const digest = (e: SourceEntry) => createHash("sha256").update(JSON.stringify(e)).digest("hex");

/**
 * Idempotent load: new ids are created; an existing entry is rewritten only when its source record
 * changed since the last load (so edits made in the admin survive a reload of unchanged data); nothing
 * is ever deleted.
 */
export async function upsertSourceEntries(db: Db, records: SourceEntry[]): Promise<UpsertCounts> {
  const existing = new Map(
    (await db.entry.findMany({ select: { id: true, sourceDigest: true } })).map((e) => [e.id, e.sourceDigest]),
  );
  const counts: UpsertCounts = { created: 0, updated: 0, unchanged: 0 };
  const toCreate: NewEntry[] = [];
  const toUpdate: { id: string; sourceDigest: string; source: string; content: Partial<EntryContent> }[] = [];
  for (const record of records) {
    const sourceDigest = digest(record);
    const known = existing.get(record.id);
    if (known === sourceDigest) {
      counts.unchanged++;
      continue;
    }
    const { id, source, sample, ...content } = record;
    if (known === undefined) toCreate.push({ id, content: content, source, sample: sample ?? false, sourceDigest });
    else toUpdate.push({ id, sourceDigest, source, content: content });
  }
  await writeTransaction(
    db,
    async (tx) => {
      await createEntries(tx, LOADER, toCreate, "load");
      for (const u of toUpdate) await updateEntry(tx, LOADER, u.id, u.content, { action: "load", extra: { source: u.source, sourceDigest: u.sourceDigest } });
    },
    { timeout: 120_000 },
  );
  counts.created = toCreate.length;
  counts.updated = toUpdate.length;
  return counts;
}
