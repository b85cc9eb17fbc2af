// Locate over the 224 districts: ours (bbox prefilter, lib/geo/polygons.ts) against a naive loop that runs
// point-in-polygon on every district. Usage: npm run bench:locate
import booleanPointInPolygon from "@turf/boolean-point-in-polygon";
import { createDb } from "../lib/db/client";
import { locatePoint } from "../lib/directory/locate";
import { AreaIndex, type AreaGeometry } from "../lib/geo/polygons";
import { benchDatabase } from "./lib/dataset";
import { median, percentile, queryPoints, timeEach } from "./lib/stats";
import { printTable } from "./lib/table";

const POINTS = queryPoints(10_000, 3);

async function main() {
  const file = await benchDatabase(10_000);
  const db = createDb(file);
  try {
    const districts = (await db.district.findMany()).map((d) => ({ value: d.kato, geometry: JSON.parse(d.geometry) as AreaGeometry }));
    const index = new AreaIndex(districts);
    const naive = (p: { lat: number; lng: number }) => districts.find((d) => booleanPointInPolygon([p.lng, p.lat], d.geometry))?.value ?? null;
    const ours = (p: { lat: number; lng: number }) => index.find(p.lat, p.lng);

    for (const p of POINTS.slice(0, 500)) {
      ours(p); // warm-up
      naive(p);
    }
    const mismatches = POINTS.filter((p) => ours(p) !== naive(p)).length;
    const oursTimes = await timeEach(POINTS, ours);
    const naiveTimes = await timeEach(POINTS, naive);
    await locatePoint(db, 50, 70);
    const libTimes = await timeEach(POINTS.slice(0, 2000), (p) => locatePoint(db, p.lat, p.lng));
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const row = (name: string, t: number[]) => ({
      method: name,
      "mean (ms)": mean(t),
      "p50 (ms)": median(t),
      "p99 (ms)": percentile(t, 99),
      "naive / this (mean)": mean(naiveTimes) / mean(t),
    });
    printTable(`Locate: ${districts.length} districts, ${POINTS.length} points in Kazakhstan's bbox (results differ on ${mismatches})`, [
      row("ours: bbox prefilter + point-in-polygon", oursTimes),
      row("naive: point-in-polygon on every district", naiveTimes),
      row("ours: locatePoint (district + region row)", libTimes),
    ]);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
