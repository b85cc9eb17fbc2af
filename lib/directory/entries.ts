import type { Db } from "../db/client";
import type { Entry } from "../db/generated/client";
import { notFound } from "../errors";
import { repository, type EntryFilter } from "../queries/repository";
import { decodeCursor, encodeCursor } from "./cursor";

export type { EntryFilter } from "../queries/repository";

export interface EntryPage {
  items: Entry[];
  total: number;
  /** Only for text queries: true when more than `total` match (the count stops there). */
  totalIsLowerBound?: boolean;
  nextCursor: string | null;
}

/** Entries matching the filter (active only unless `status` says otherwise), ranked by relevance when there is a text query. */
export async function listEntries(db: Db, filter: EntryFilter, limit: number, cursor?: string): Promise<EntryPage> {
  const offset = decodeCursor(cursor);
  const { items, total, totalIsLowerBound } = await repository(db).searchEntries(filter, limit, offset);
  const next = offset + items.length;
  return { items, total, ...(totalIsLowerBound ? { totalIsLowerBound } : {}), nextCursor: next < total && items.length > 0 ? encodeCursor(next) : null };
}

export function getEntry(db: Db, id: string): Promise<Entry | null> {
  return repository(db).entryById(id);
}

/** The entry, or the API's not-found error naming it. */
export async function requireEntry(db: Db, id: string): Promise<Entry> {
  const row = await getEntry(db, id);
  if (!row) throw notFound("Entry", id);
  return row;
}
