import fs from "node:fs";
import path from "node:path";

/** A populated place of data/gazetteer as the access figures weigh it (see data/gazetteer/README.md). */
export interface GazetteerSettlement {
  id: string;
  name: string;
  lat: number;
  lng: number;
  /** GeoNames' figure; null where GeoNames gives none (the place is listed, but weighs nothing). */
  population: number | null;
  /** The district polygon containing it (found by point-in-polygon when the gazetteer was built); null outside every one. */
  districtSourceId: string | null;
}

interface GazetteerRow {
  geonameid?: number | null;
  name: string;
  lat: number;
  lon: number;
  population: number | null;
  district_source_id: string | null;
}

/** The gazetteer's settlements. Places under ~1 000 inhabitants are not in it: the figures cover the rest only. */
export function readSettlements(dataDir: string): GazetteerSettlement[] {
  const rows = JSON.parse(fs.readFileSync(path.join(dataDir, "gazetteer", "kz-settlements.json"), "utf8")) as GazetteerRow[];
  return rows.map((r) => ({
    id: r.geonameid ? `geonames-${r.geonameid}` : `place-${r.lat.toFixed(4)},${r.lon.toFixed(4)}`,
    name: r.name,
    lat: r.lat,
    lng: r.lon,
    population: r.population && r.population > 0 ? r.population : null,
    districtSourceId: r.district_source_id,
  }));
}
