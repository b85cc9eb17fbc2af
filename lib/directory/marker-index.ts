import { getPriority } from "node:os";
import { threadId } from "node:worker_threads";
import Supercluster from "supercluster";
import { ChangeKeyedCache } from "../cache/change-keyed-cache";
import { oneAtATime } from "../cache/one-at-a-time";
import type { Db } from "../db/client";
import { repository, type EntryFilter, type MarkerFields } from "../queries/repository";
import { MARKER_ZOOMS } from "../validation/query";
import type { MarkerCluster, MarkerRow, MarkersResponse } from "../validation/responses";

/**
 * One supercluster index per filter, built once per state of the directory (the change counter), answers
 * every view of that filter. The indexes live in the markers thread (markers-thread.ts); this module is
 * what that thread runs, and what the server runs itself for a client no other thread can open.
 */

/** Markers (clusters + single entries) in one answer at most: ~130 bytes each, ~40 KB gzipped. */
export const MAX_MARKERS = 2500;
/** The whole map: the answer without a bbox (the country view). */
const WORLD: [number, number, number, number] = [-180, -85, 180, 85];
/** Clusters split up to this zoom; above it every entry stands alone (entries sharing a point too). */
const CLUSTER_MAX_ZOOM = 16;

export interface MapView {
  bbox?: [number, number, number, number];
  zoom: number;
}

interface MarkerIndex {
  total: number;
  located: number;
  clusters: Supercluster<{ i: number }>;
  rows: MarkerRow[];
  facets: MarkersResponse["facets"];
}

const toRow = (r: MarkerFields): MarkerRow => [r.id, r.kind, r.courtKind, r.nameKk, r.nameRu, r.nameEn, r.regionIso, r.locality, r.sample, r.lat, r.lng];

function countValues(rows: MarkerFields[], values: (r: MarkerFields) => string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of rows) for (const v of values(r)) counts[v] = (counts[v] ?? 0) + 1;
  return counts;
}

async function buildIndex(db: Db, filter: EntryFilter): Promise<MarkerIndex> {
  const all = await repository(db).markers(filter);
  const located = all.filter((r) => r.lat !== null && r.lng !== null);
  const clusters = new Supercluster<{ i: number }>({ radius: 60, maxZoom: CLUSTER_MAX_ZOOM, minZoom: MARKER_ZOOMS.min });
  clusters.load(located.map((r, i) => ({ type: "Feature", properties: { i }, geometry: { type: "Point", coordinates: [r.lng!, r.lat!] } })));
  return {
    total: all.length,
    located: located.length,
    clusters,
    rows: located.map(toRow),
    facets: { languages: countValues(all, (r) => r.languages), specialisations: countValues(all, (r) => r.specialisations) },
  };
}

/** The same filter however it was spelled: list filters as sorted sets (the order of kinds does not change the answer). */
export function filterKey(filter: EntryFilter): string {
  const set = (values?: string[]) => (values?.length ? [...new Set(values)].sort() : null);
  return JSON.stringify([
    set(filter.kinds), set(filter.courtKinds), filter.region ?? null, filter.q ?? null, set(filter.languages), set(filter.specialisations), filter.status ?? null,
  ]);
}

function viewAt(index: MarkerIndex, bbox: [number, number, number, number], zoom: number) {
  const clusters: MarkerCluster[] = [];
  const items: MarkerRow[] = [];
  for (const f of index.clusters.getClusters(bbox, zoom)) {
    const [lng, lat] = f.geometry.coordinates as [number, number];
    if ("cluster" in f.properties && f.properties.cluster) {
      const id = f.properties.cluster_id;
      clusters.push([lat, lng, f.properties.point_count, index.clusters.getClusterExpansionZoom(id)]);
    } else items.push(index.rows[(f.properties as { i: number }).i]!);
  }
  return { clusters, items };
}

/**
 * The index's markers in the view: clusters ([lat, lng, count, expansionZoom]) and single entries. A view
 * that would hold more than MAX_MARKERS (a whole country asked for at street zoom) is answered at the
 * highest lower zoom that fits, and says so in `zoom`.
 */
function markersInView(index: MarkerIndex, view: MapView): MarkersResponse {
  const bbox = view.bbox ?? WORLD;
  let zoom = view.zoom;
  let found = viewAt(index, bbox, zoom);
  while (found.clusters.length + found.items.length > MAX_MARKERS && zoom > MARKER_ZOOMS.min) found = viewAt(index, bbox, --zoom);
  // The list last: the cached bytes are built with it after the rest (encodeJsonList).
  return { total: index.total, located: index.located, zoom, clusters: found.clusters, facets: index.facets, items: found.items };
}

/** A build's start and end, as the markers' diagnostics channel tells them (markers.ts). */
export interface IndexBuild {
  filter: string;
  phase: "start" | "end";
  /** The worker thread's id the build ran in (0: the server's main thread). */
  thread: number;
  /** The nice value it ran at (on Linux, the thread's own: lib/threads/boot.mjs lowers it for background work). */
  nice: number;
}

/** The indexes of one database, and the builds they wait on, one at a time. */
export class MarkerIndexes {
  // An index over 100 000 entries holds ~40 MB (rows and the tree per zoom); the map asks the same few filters.
  private readonly indexes = new ChangeKeyedCache<MarkerIndex>({ entries: 32, bytes: 512 * 2 ** 20 }, (x) => 400 * x.total + 1);
  private readonly inTurn = oneAtATime();

  constructor(
    private readonly db: Db,
    private readonly building: (build: IndexBuild) => void,
  ) {}

  /**
   * The filter's markers in the view, from its index at `change` (read before this call: an edit in
   * between leaves a newer answer under the older counter, never the reverse).
   */
  async markers(filter: EntryFilter, change: number, view: MapView): Promise<MarkersResponse> {
    const key = filterKey(filter);
    const index = await this.indexes.get(key, change, () =>
      this.inTurn(async () => {
        this.building({ filter: key, phase: "start", thread: threadId, nice: getPriority() });
        try {
          return await buildIndex(this.db, filter);
        } finally {
          this.building({ filter: key, phase: "end", thread: threadId, nice: getPriority() });
        }
      }),
    );
    return markersInView(index, view);
  }
}
