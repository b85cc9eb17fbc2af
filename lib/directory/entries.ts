import type { Db } from "../db/client";
import type { Entry } from "../db/generated/client";
import { readEntries, readRows } from "../db/read";
import { ftsMatchQuery } from "../search/text";
import { decodeCursor, encodeCursor } from "./cursor";
import type { CourtKind, EntryKind, RegionIso } from "./kinds";

export interface EntryFilter {
  kinds?: EntryKind[];
  courtKinds?: CourtKind[];
  region?: RegionIso;
  q?: string;
  bbox?: [number, number, number, number];
  /** The public sees active entries only; the admin table may ask for closed ones or both. */
  status?: "active" | "closed" | "any";
}

export interface EntryPage {
  items: Entry[];
  total: number;
  nextCursor: string | null;
}

/** Rows in the order of `seqs`. */
export async function entriesBySeq(db: Db, seqs: number[]): Promise<Entry[]> {
  if (seqs.length === 0) return [];
  const rows = await readEntries(db, seqs);
  const bySeq = new Map(rows.map((r) => [r.seq, r]));
  return seqs.map((s) => bySeq.get(s)).filter((r): r is Entry => r !== undefined);
}

/**
 * Entries matching the filter (active only unless `status` says otherwise). Text goes through the FTS5 index and the bbox through the R*Tree,
 * so neither scans the table; results are ranked by relevance when there is a text query.
 */
export async function listEntries(db: Db, filter: EntryFilter, limit: number, cursor?: string): Promise<EntryPage> {
  const offset = decodeCursor(cursor);
  const joins: string[] = [];
  const where: string[] = [];
  const params: unknown[] = [];
  const status = filter.status ?? "active";
  if (status !== "any") {
    where.push(`e."status" = ?`);
    params.push(status);
  }
  const match = filter.q ? ftsMatchQuery(filter.q) : null;
  if (filter.q !== undefined && filter.q.trim() !== "" && match === null) return { items: [], total: 0, nextCursor: null };
  if (match) {
    joins.push(`JOIN "entry_fts" f ON f.rowid = e."seq"`);
    where.push(`"entry_fts" MATCH ?`);
    params.push(match);
  }
  if (filter.bbox) {
    const [w, s, e, n] = filter.bbox;
    joins.push(`JOIN "entry_rtree" r ON r."seq" = e."seq"`);
    where.push(`r."minLat" >= ? AND r."maxLat" <= ? AND r."minLng" >= ? AND r."maxLng" <= ?`);
    params.push(s, n, w, e);
  }
  if (filter.kinds?.length) {
    where.push(`e."kind" IN (${filter.kinds.map(() => "?").join(",")})`);
    params.push(...filter.kinds);
  }
  if (filter.courtKinds?.length) {
    where.push(`e."courtKind" IN (${filter.courtKinds.map(() => "?").join(",")})`);
    params.push(...filter.courtKinds);
  }
  if (filter.region) {
    where.push(`e."regionIso" = ?`);
    params.push(filter.region);
  }
  const from = `FROM "Entry" e ${joins.join(" ")} WHERE ${where.length ? where.join(" AND ") : "1"}`;
  const order = match ? `ORDER BY bm25("entry_fts"), e."seq"` : `ORDER BY e."seq"`;
  const [countRow] = await readRows<{ n: number | bigint }>(db, `SELECT COUNT(*) AS n ${from}`, params);
  const total = Number(countRow?.n ?? 0);
  const seqRows = await readRows<{ seq: number | bigint }>(db, `SELECT e."seq" AS seq ${from} ${order} LIMIT ? OFFSET ?`, [...params, limit, offset]);
  const items = await entriesBySeq(db, seqRows.map((r) => Number(r.seq)));
  const next = offset + items.length;
  return { items, total, nextCursor: next < total && items.length > 0 ? encodeCursor(next) : null };
}

export function getEntry(db: Db, id: string): Promise<Entry | null> {
  return db.entry.findUnique({ where: { id } });
}
