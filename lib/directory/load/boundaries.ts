import fs from "node:fs";
import path from "node:path";
import type { Db } from "../../db/client";
import type { UpsertCounts } from "./upsert";

interface Feature<P> {
  properties: P;
  geometry: unknown;
}
interface RegionProps {
  iso: string;
  kato: string;
  type: string;
  name_kk: string;
  name_ru: string;
  name_ru_alt?: string;
  name_en: string;
}
interface DistrictProps {
  region_iso: string;
  source_id: string;
  kato: string;
  type: string;
  name_kk: string;
  name_ru: string;
  name_en: string;
}

const readFeatures = <P>(file: string) =>
  (JSON.parse(fs.readFileSync(file, "utf8")) as { features: Feature<P>[] }).features;

const same = (a: Record<string, unknown>, b: Record<string, unknown>) => Object.keys(a).every((k) => a[k] === b[k]);

/** Regions and districts from data/boundaries, written only where they differ from the database. */
export async function loadBoundaries(db: Db, dataDir: string): Promise<{ regions: UpsertCounts; districts: UpsertCounts }> {
  const regions = readFeatures<RegionProps>(path.join(dataDir, "boundaries", "kz-regions.geojson")).map(({ properties: p, geometry }) => ({
    iso: p.iso,
    kato: p.kato,
    type: p.type,
    nameKk: p.name_kk,
    nameRu: p.name_ru,
    nameRuAlt: p.name_ru_alt ?? null,
    nameEn: p.name_en,
    geometry: JSON.stringify(geometry),
  }));
  const districts = readFeatures<DistrictProps>(path.join(dataDir, "boundaries", "kz-districts.geojson")).map(
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
  const regionCounts: UpsertCounts = { created: 0, updated: 0, unchanged: 0 };
  const districtCounts: UpsertCounts = { created: 0, updated: 0, unchanged: 0 };
  const knownRegions = new Map((await db.region.findMany()).map((r) => [r.iso, r]));
  const knownDistricts = new Map((await db.district.findMany()).map((d) => [d.kato, d]));
  await db.$transaction(
    async (tx) => {
      for (const r of regions) {
        const known = knownRegions.get(r.iso);
        if (!known) {
          await tx.region.create({ data: r });
          regionCounts.created++;
        } else if (!same(r, known)) {
          await tx.region.update({ where: { iso: r.iso }, data: r });
          regionCounts.updated++;
        } else regionCounts.unchanged++;
      }
      for (const d of districts) {
        const known = knownDistricts.get(d.kato);
        if (!known) {
          await tx.district.create({ data: d });
          districtCounts.created++;
        } else if (!same(d, known)) {
          await tx.district.update({ where: { kato: d.kato }, data: d });
          districtCounts.updated++;
        } else districtCounts.unchanged++;
      }
    },
    { timeout: 120_000 },
  );
  return { regions: regionCounts, districts: districtCounts };
}
