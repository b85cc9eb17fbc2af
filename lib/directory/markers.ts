import { ChangeKeyedCache } from "../cache/change-keyed-cache";
import { encodedBytes, encodeJsonList, type EncodedBody } from "../cache/encoded-body";
import { oneAtATime } from "../cache/one-at-a-time";
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

// One answer over 100 000 entries is ~20 MB of JSON (~3 MB gzipped) and took seconds of the server's one
// thread to build; the map asks the same few filters over and over. 32 answers, 256 MB at most.
const caches = new WeakMap<Db, ChangeKeyedCache<EncodedBody>>();
/** Builds of different filters run one after another (the export's have their own turn, export-files.ts). */
const inTurn = oneAtATime();

/** The same filter however it was spelled: list filters as sorted sets (the order of kinds does not change the answer). */
function filterKey(filter: EntryFilter): string {
  const set = (values?: string[]) => (values?.length ? [...new Set(values)].sort() : null);
  return JSON.stringify([set(filter.kinds), set(filter.courtKinds), filter.region ?? null, filter.q ?? null, filter.bbox ?? null, filter.status ?? null]);
}

/** listMarkers as the bytes the API sends (JSON and gzip), kept until an entry changes. */
export async function encodedMarkers(db: Db, filter: EntryFilter): Promise<EncodedBody> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new ChangeKeyedCache({ entries: 32, bytes: 256 * 2 ** 20 }, encodedBytes)));
  // Read before the rows: an edit in between leaves a newer answer under the older counter, never the reverse.
  const change = await repository(db).changeCounter();
  return cache.get(filterKey(filter), change, () =>
    inTurn(async () => {
      const { total, items } = await listMarkers(db, filter);
      return encodeJsonList({ total }, "items", items);
    }),
  );
}
