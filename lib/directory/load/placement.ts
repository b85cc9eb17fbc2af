import type { Db } from "../../db/client";
import type { AreaGeometry } from "../../geo/polygons";
import { interiorPoint } from "../../geo/interior-point";
import { locatePoint } from "../locate";
import { updateEntry, writeTransaction } from "../write";
import { LOADER } from "./upsert";

export interface PlacementReport {
  /** Courts moved from their settlement's point to their own district's interior point. */
  moved: { id: string; from: string | null; to: string }[];
}

/**
 * A court whose own district is known but whose settlement point lies in another district (the Medeu district
 * court sat on Almaty's city point, inside Almaly district, so it was not listed among the courts serving
 * its own district) is placed at its district's interior point, with precision "district". Idempotent: a
 * moved court lies in its district, so a second run moves nothing.
 */
export async function placeCourtsInTheirDistricts(db: Db): Promise<PlacementReport> {
  const courts = await db.entry.findMany({
    where: { kind: "court", status: "active", districtKato: { not: null }, lat: { not: null }, lng: { not: null } },
    select: { id: true, districtKato: true, lat: true, lng: true },
  });
  const districts = new Map((await db.district.findMany({ select: { kato: true, geometry: true } })).map((d) => [d.kato, d.geometry]));
  const moves: { id: string; from: string | null; to: string; lat: number; lng: number }[] = [];
  for (const c of courts) {
    const geometry = districts.get(c.districtKato!);
    if (!geometry) continue;
    const { district } = await locatePoint(db, c.lat!, c.lng!);
    if (district?.kato === c.districtKato) continue;
    moves.push({ id: c.id, from: district?.kato ?? null, to: c.districtKato!, ...interiorPoint(JSON.parse(geometry) as AreaGeometry) });
  }
  await writeTransaction(db, async (tx) => {
    for (const m of moves) {
      await updateEntry(tx, LOADER, m.id, { lat: m.lat, lng: m.lng, precision: "district" }, { action: "load", note: `placed in its own district ${m.to} (its settlement point lies in ${m.from ?? "no district"})` });
    }
  });
  return { moved: moves.map(({ id, from, to }) => ({ id, from, to })) };
}
