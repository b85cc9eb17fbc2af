import type { Db } from "../db/client";
import type { LocateResponse } from "../validation/responses";
import { courtsServing, locatePoint } from "./locate";
import { regionName, toApiDistrict } from "./regions";
import { toApiEntry, toFeature } from "./serialize";

const OUTSIDE = "This point is outside Kazakhstan (or on water beyond its regions): no region, district or court serves it.";

/** The answer to "which region, district and courts serve this point?" — outside Kazakhstan says so. */
export async function locate(db: Db, lat: number, lng: number): Promise<LocateResponse> {
  const { region, district } = await locatePoint(db, lat, lng);
  if (!region) return { point: { lat, lng }, inKazakhstan: false, message: OUTSIDE, region: null, district: null, courts: [] };
  const courts = await courtsServing(db, region.iso, district?.kato ?? null);
  return {
    point: { lat, lng },
    inKazakhstan: true,
    region: { iso: region.iso, kato: region.kato, type: region.type as "oblast" | "city", name: regionName(region) },
    district: district ? toApiDistrict(district) : null,
    courts: courts.map(({ role, court }) => ({ role, entry: toApiEntry(court) })),
  };
}

/**
 * The same answer as GeoJSON: one FeatureCollection a GIS can draw at once — the outline containing the point
 * (its district, or its region on a gap between districts), then the serving courts as Point features.
 */
export async function locateFeatures(db: Db, lat: number, lng: number) {
  const { region, district } = await locatePoint(db, lat, lng);
  const point = { lat, lng };
  if (!region) return { type: "FeatureCollection" as const, point, inKazakhstan: false, message: OUTSIDE, features: [] };
  const area = district ?? region;
  const outline = {
    type: "Feature" as const,
    id: area.kato,
    geometry: JSON.parse(area.geometry) as unknown,
    properties: {
      layer: district ? ("district" as const) : ("region" as const),
      region: { iso: region.iso, kato: region.kato, type: region.type, name: regionName(region) },
      district: district ? toApiDistrict(district) : null,
    },
  };
  const courts = (await courtsServing(db, region.iso, district?.kato ?? null)).map(({ role, court }) => {
    const feature = toFeature(toApiEntry(court));
    return { ...feature, properties: { layer: "court", role, ...feature.properties } };
  });
  return { type: "FeatureCollection" as const, point, inKazakhstan: true, features: [outline, ...courts] };
}
