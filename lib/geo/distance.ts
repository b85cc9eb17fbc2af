import turfDistance from "@turf/distance";

/** Great-circle distance in kilometres (turf's haversine on the WGS84 mean radius). */
export function distanceKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  // Stryker disable next-line ObjectLiteral: kilometres are turf's default unit (equivalent); the option says so here
  return turfDistance([a.lng, a.lat], [b.lng, b.lat], { units: "kilometers" });
}
