import { createHash } from "node:crypto";
import type { Db } from "../../db/client";
import type { Prisma } from "../../db/generated/client";
import { entrySearchText } from "../search-text";

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
  const toCreate: Prisma.EntryCreateManyInput[] = [];
  const toUpdate: { id: string; data: Prisma.EntryUpdateInput }[] = [];
  for (const record of records) {
    const sourceDigest = digest(record);
    const known = existing.get(record.id);
    if (known === sourceDigest) {
      counts.unchanged++;
      continue;
    }
    const row = { ...record, sourceDigest, searchText: entrySearchText(record) };
    if (known === undefined) toCreate.push(row);
    else toUpdate.push({ id: record.id, data: { ...row, version: { increment: 1 } } });
  }
  await db.$transaction(
    async (tx) => {
      for (let i = 0; i < toCreate.length; i += 500) await tx.entry.createMany({ data: toCreate.slice(i, i + 500) });
      for (const u of toUpdate) await tx.entry.update({ where: { id: u.id }, data: u.data });
    },
    { timeout: 120_000 },
  );
  counts.created = toCreate.length;
  counts.updated = toUpdate.length;
  return counts;
}
