import type { Db } from "../db/client";
import type { LocateResponse } from "../validation/responses";
import { courtsServing, locatePoint } from "./locate";
import { regionName, toApiDistrict } from "./regions";
import { toApiEntry } from "./serialize";

/** The answer to "which region, district and courts serve this point?" — outside Kazakhstan says so. */
export async function locate(db: Db, lat: number, lng: number): Promise<LocateResponse> {
  const { region, district } = await locatePoint(db, lat, lng);
  if (!region) {
    return {
      point: { lat, lng },
      inKazakhstan: false,
      message: "This point is outside Kazakhstan (or on water beyond its regions): no region, district or court serves it.",
      region: null,
      district: null,
      courts: [],
    };
  }
  const courts = await courtsServing(db, region.iso, district?.kato ?? null);
  return {
    point: { lat, lng },
    inKazakhstan: true,
    region: { iso: region.iso, kato: region.kato, type: region.type as "oblast" | "city", name: regionName(region) },
    district: district ? toApiDistrict(district) : null,
    courts: courts.map(({ role, court }) => ({ role, entry: toApiEntry(court) })),
  };
}
