import type { Db } from "../../db/client";
import { readBoundaryFeatures, type DistrictProps, type RegionProps } from "../../places/boundary-files";
import type { UpsertCounts } from "./upsert";


/** Which rows are new, which differ from what the database holds, and the counts. */
function changes<T extends Record<string, unknown>>(rows: T[], known: (row: T) => Record<string, unknown> | undefined) {
  const create: T[] = [];
  const update: T[] = [];
  for (const row of rows) {
    const current = known(row);
    if (!current) create.push(row);
    else if (Object.keys(row).some((k) => row[k] !== current[k])) update.push(row);
  }
  const counts: UpsertCounts = { created: create.length, updated: update.length, unchanged: rows.length - create.length - update.length };
  return { create, update, counts };
}

/** Regions and districts from data/boundaries, written only where they differ from the database. */
export async function loadBoundaries(db: Db, dataDir: string): Promise<{ regions: UpsertCounts; districts: UpsertCounts }> {
  const regions = readBoundaryFeatures<RegionProps>(dataDir, "kz-regions.geojson").map(({ properties: p, geometry }) => ({
    iso: p.iso,
    kato: p.kato,
    type: p.type,
    nameKk: p.name_kk,
    nameRu: p.name_ru,
    nameRuAlt: p.name_ru_alt ?? null,
    nameEn: p.name_en,
    geometry: JSON.stringify(geometry),
  }));
  const districts = readBoundaryFeatures<DistrictProps>(dataDir, "kz-districts.geojson").map(
    ({ properties: p, geometry }) => ({
      kato: p.kato,
      sourceId: p.source_id,
      regionIso: p.region_iso,
      type: p.type,
      nameKk: p.name_kk,
      nameRu: p.name_ru,
      nameEn: p.name_en,
      geometry: JSON.stringify(geometry),
    }),
  );
  const knownRegions = new Map((await db.region.findMany()).map((r) => [r.iso, r]));
  const knownDistricts = new Map((await db.district.findMany()).map((d) => [d.kato, d]));
  const regionChanges = changes(regions, (r) => knownRegions.get(r.iso));
  const districtChanges = changes(districts, (d) => knownDistricts.get(d.kato));
  await db.$transaction(
    async (tx) => {
      for (const r of regionChanges.create) await tx.region.create({ data: r });
      for (const r of regionChanges.update) await tx.region.update({ where: { iso: r.iso }, data: r });
      for (const d of districtChanges.create) await tx.district.create({ data: d });
      for (const d of districtChanges.update) await tx.district.update({ where: { kato: d.kato }, data: d });
    },
    { timeout: 120_000 },
  );
  return { regions: regionChanges.counts, districts: districtChanges.counts };
}
