import { ChangeKeyedCache } from "../cache/change-keyed-cache";
import { databaseLocationOf, type Db } from "../db/client";
import type { District, Region } from "../db/generated/client";
import { repository } from "../queries/repository";
import { ENTRY_KINDS, type EntryKind } from "./kinds";

export type KindCounts = Record<EntryKind, number>;

export interface ApiRegion {
  iso: string;
  kato: string;
  type: string;
  name: { kk: string; ru: string; en: string };
  nameRuAlt?: string;
  counts: KindCounts;
}

export const regionName = (r: Pick<Region, "nameKk" | "nameRu" | "nameEn">) => ({ kk: r.nameKk, ru: r.nameRu, en: r.nameEn });

export const toApiDistrict = (d: District) => ({
  kato: d.kato,
  sourceId: d.sourceId,
  type: d.type,
  name: regionName(d),
});

type RegionWithCounts = { region: ApiRegion; geometry: string };

// Every page and /api/v1/regions asks this; over 100 000 entries the count and the outlines took ~0.5 s of the
// server's thread each time (bench/flood.ts). Regions change only with a data load, which rewrites the
// entries too, so the change counter covers both.
const counted = new ChangeKeyedCache<RegionWithCounts[]>({ entries: 1, bytes: Infinity }, () => 0);

/** The 20 regions with the number of active entries of each kind, counted once per state of the directory. */
export async function regionsWithCounts(db: Db): Promise<RegionWithCounts[]> {
  // Read before the rows: an edit in between leaves a newer answer under the older counter, never the reverse.
  const change = await repository(db).changeCounter();
  return counted.get(databaseLocationOf(db) ?? "", change, () => countRegions(db));
}

async function countRegions(db: Db): Promise<RegionWithCounts[]> {
  const { regions, counts: groups } = await repository(db).regionCounts();
  const counts = new Map<string, KindCounts>();
  for (const g of groups) {
    if (!g.regionIso) continue;
    const c = counts.get(g.regionIso) ?? (Object.fromEntries(ENTRY_KINDS.map((k) => [k, 0])) as KindCounts);
    c[g.kind as EntryKind] = g.count;
    counts.set(g.regionIso, c);
  }
  return regions.map((r) => ({
    region: {
      iso: r.iso,
      kato: r.kato,
      type: r.type,
      name: regionName(r),
      ...(r.nameRuAlt ? { nameRuAlt: r.nameRuAlt } : {}),
      counts: counts.get(r.iso) ?? (Object.fromEntries(ENTRY_KINDS.map((k) => [k, 0])) as KindCounts),
    },
    geometry: r.geometry,
  }));
}
