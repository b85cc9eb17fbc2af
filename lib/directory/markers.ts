import type { Db } from "../db/client";
import { readRows } from "../db/read";
import type { MarkerRow, MarkersResponse } from "../validation/responses";
import { entryFilterSql, type EntryFilter } from "./entry-filter";
import { ENTRY_KINDS, type CourtKind, type EntryKind } from "./kinds";

/** Coordinates to 5 decimals (about a metre): the markers' JSON stays small and no precision we have is lost. */
const COORDINATE_DECIMALS = 5;

const KIND_ORDER = `CASE e."kind" ${ENTRY_KINDS.map((k, i) => `WHEN '${k}' THEN ${i}`).join(" ")} END`;

/**
 * Every entry matching the filter in the compact form the map and the result list need, in one piece:
 * the map shows all of them, so paging would only add round trips. Kind by kind (courts first) as the
 * server-rendered first results are, or by relevance for a text query. Unlocated entries are included
 * (null coordinates) so the list and its total stay complete.
 */
export async function listMarkers(db: Db, filter: EntryFilter): Promise<MarkersResponse> {
  const sql = entryFilterSql(filter);
  if (!sql) return { total: 0, items: [] };
  const order = sql.text ? `bm25("entry_fts"), e."seq"` : `${KIND_ORDER}, e."seq"`;
  type Row = { id: string; kind: string; courtKind: string | null; kk: string | null; ru: string | null; en: string | null; region: string | null; locality: string | null; sample: number | bigint | boolean; lat: number | null; lng: number | null };
  const rows = await readRows<Row>(
    db,
    `SELECT e."id" AS id, e."kind" AS kind, NULLIF(e."courtKind", '') AS courtKind, NULLIF(e."nameKk", '') AS kk, NULLIF(e."nameRu", '') AS ru,
       NULLIF(e."nameEn", '') AS en, e."regionIso" AS region, NULLIF(e."locality", '') AS locality, e."sample" AS sample,
       ROUND(e."lat", ${COORDINATE_DECIMALS}) AS lat, ROUND(e."lng", ${COORDINATE_DECIMALS}) AS lng
     ${sql.from} ORDER BY ${order}`,
    sql.params,
  );
  const items = rows.map((r): MarkerRow => [r.id, r.kind as EntryKind, r.courtKind as CourtKind | null, r.kk, r.ru, r.en, r.region, r.locality, Number(r.sample) === 1, r.lat, r.lng]);
  return { total: items.length, items };
}
