import type { Db } from "../db/client";
import { repository, type EntryFilter } from "../queries/repository";
import type { MarkerRow, MarkersResponse } from "../validation/responses";

/**
 * Every entry matching the filter in the compact form the map and the result list need, in one piece:
 * the map shows all of them, so paging would only add round trips. Kind by kind (courts first) as the
 * server-rendered first results are, or by relevance for a text query. Unlocated entries are included
 * (null coordinates) so the list and its total stay complete.
 */
export async function listMarkers(db: Db, filter: EntryFilter): Promise<MarkersResponse> {
  const rows = await repository(db).markers(filter);
  const items = rows.map((r): MarkerRow => [r.id, r.kind, r.courtKind, r.nameKk, r.nameRu, r.nameEn, r.regionIso, r.locality, r.sample, r.lat, r.lng]);
  return { total: items.length, items };
}
