import fs from "node:fs";
import path from "node:path";
import type { MultiPolygon, Polygon } from "geojson";

// The boundary files of data/boundaries as they are written: read by the loader (lib/directory/load) and the
// places index (lib/places), one reader and one description of their properties.

interface Feature<P> {
  properties: P;
  geometry: Polygon | MultiPolygon;
}
export interface RegionProps {
  iso: string;
  kato: string;
  type: string;
  name_kk: string;
  name_ru: string;
  name_ru_alt?: string;
  name_en: string;
}
export interface DistrictProps {
  region_iso: string;
  source_id: string;
  kato: string;
  type: string;
  name_kk: string;
  name_ru: string;
  name_en: string;
}

/** The features of one file of data/boundaries (kz-regions.geojson, kz-districts.geojson). */
export const readBoundaryFeatures = <P>(dataDir: string, file: string) =>
  (JSON.parse(fs.readFileSync(path.join(dataDir, "boundaries", file), "utf8")) as { features: Feature<P>[] }).features;
