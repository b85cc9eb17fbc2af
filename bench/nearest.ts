// Nearest 10 over 10 000 and 100 000 entries: ours (k-d tree), a naive turf scan, PostGIS KNN; same points,
// same 1 000 query points, median per query. Usage: npm run bench:nearest [-- --sizes=10000,100000]
import Database from "better-sqlite3";
import turfDistance from "@turf/distance";
import { createDb } from "../lib/db/client";
import { distanceKm } from "../lib/geo/distance";
import { NearestIndex } from "../lib/geo/nearest-index";
import { nearestEntries } from "../lib/directory/nearest";
import { benchDatabase } from "./lib/dataset";
import { startPostgis, type PostgisCluster } from "./lib/postgis";
import { median, queryPoints, timeEach } from "./lib/stats";
import { printTable } from "./lib/table";
import { sizesArg } from "./lib/args";

const K = 10;
const QUERIES = queryPoints(1000);

interface Point {
  seq: number;
  lat: number;
  lng: number;
}

function readPoints(file: string): Point[] {
  const sqlite = new Database(file, { readonly: true });
  try {
    return sqlite.prepare(`SELECT "seq", "lat", "lng" FROM "Entry" WHERE "status" = 'active' AND "lat" IS NOT NULL AND "lng" IS NOT NULL`).all() as Point[];
  } finally {
    sqlite.close();
  }
}

/** Every point's turf distance, keeping the K smallest in a small sorted buffer (no full sort). */
function naiveNearest(points: Point[], q: { lat: number; lng: number }): number[] {
  const best: { seq: number; d: number }[] = [];
  for (const p of points) {
    const d = turfDistance([q.lng, q.lat], [p.lng, p.lat], { units: "kilometers" });
    if (best.length === K && d >= best[K - 1]!.d) continue;
    let i = best.length < K ? best.length : K - 1;
    best[i] = { seq: p.seq, d };
    while (i > 0 && best[i - 1]!.d > d) {
      [best[i - 1], best[i]] = [best[i]!, best[i - 1]!];
      i--;
    }
  }
  return best.map((b) => b.seq);
}

function loadPostgis(pg: PostgisCluster, points: Point[]): void {
  const csv = points.map((p) => `${p.seq},${p.lat},${p.lng}`).join("\n");
  const queries = QUERIES.map((q, i) => `${i},${q.lat},${q.lng}`).join("\n");
  pg.sql(`
    CREATE EXTENSION IF NOT EXISTS postgis;
    DROP TABLE IF EXISTS pts; DROP TABLE IF EXISTS queries;
    CREATE TABLE pts (seq integer PRIMARY KEY, lat double precision, lng double precision, geog geography(Point, 4326));
    COPY pts (seq, lat, lng) FROM STDIN WITH (FORMAT csv);
${csv}
\\.
    UPDATE pts SET geog = ST_SetSRID(ST_MakePoint(lng, lat), 4326)::geography;
    CREATE INDEX pts_geog ON pts USING gist (geog);
    CREATE TABLE queries (i integer PRIMARY KEY, lat double precision, lng double precision);
    COPY queries FROM STDIN WITH (FORMAT csv);
${queries}
\\.
    VACUUM ANALYZE pts;
    -- Timed inside the server (clock_timestamp around each query, plan cached by PL/pgSQL): no client or
    -- protocol cost is counted against PostGIS.
    CREATE OR REPLACE FUNCTION knn_bench() RETURNS TABLE (qi integer, ms double precision, seqs text) LANGUAGE plpgsql AS $$
    DECLARE q record; t0 timestamptz; found text;
    BEGIN
      FOR q IN SELECT * FROM queries ORDER BY i LOOP
        t0 := clock_timestamp();
        SELECT string_agg(s.seq::text || ':' || round(s.d::numeric, 1)::text, ' ') INTO found FROM (
          SELECT p.seq, ST_Distance(p.geog, ST_SetSRID(ST_MakePoint(q.lng, q.lat), 4326)::geography, false) / 1000 AS d
          FROM pts p ORDER BY p.geog <-> ST_SetSRID(ST_MakePoint(q.lng, q.lat), 4326)::geography LIMIT ${K}) s;
        qi := q.i; ms := extract(epoch FROM clock_timestamp() - t0) * 1000; seqs := found;
        RETURN NEXT;
      END LOOP;
    END $$;
  `);
}

function postgisRun(pg: PostgisCluster): { times: number[]; ids: number[][] } {
  pg.sql(`SELECT count(*) FROM knn_bench();`); // warm the cache and the plan
  const rows = pg.sql(`SELECT qi, ms, seqs FROM knn_bench() ORDER BY qi;`);
  const times: number[] = [];
  const ids: number[][] = [];
  for (const row of rows) {
    const [, ms, seqs] = row.split(",");
    times.push(Number(ms));
    ids.push((seqs ?? "").split(" ").map((s) => Number(s.split(":")[0])));
  }
  return { times, ids };
}

/** Share of result ids that two implementations agree on (ties and sphere-vs-haversine rounding may differ). */
function agreement(a: number[][], b: number[][]): string {
  let same = 0;
  let all = 0;
  a.forEach((ids, i) => {
    const other = new Set(b[i]);
    for (const id of ids) if (other.has(id)) same++;
    all += ids.length;
  });
  return `${((100 * same) / all).toFixed(1)} %`;
}

async function main() {
  const sizes = sizesArg([10_000, 100_000]);
  const pg = await startPostgis();
  const rows: Record<string, string | number>[] = [];
  try {
    for (const size of sizes) {
      const file = await benchDatabase(size);
      const points = readPoints(file);

      const index = new NearestIndex(points.map((p) => ({ lat: p.lat, lng: p.lng, value: p })));
      const ours = (q: { lat: number; lng: number }) => index.nearest(q.lat, q.lng, K).map((p) => ({ seq: p.seq, d: distanceKm(q, p) }));
      QUERIES.forEach(ours); // warm-up (JIT)
      const oursTimes = await timeEach(QUERIES, ours);
      const oursIds = QUERIES.map((q) => ours(q).map((h) => h.seq));

      const db = createDb(file);
      await nearestEntries(db, QUERIES[0]!, {}, K); // builds the k-d tree once, as the server does
      for (const q of QUERIES.slice(0, 200)) await nearestEntries(db, q, {}, K);
      const libTimes = await timeEach(QUERIES, (q) => nearestEntries(db, q, {}, K));
      await db.$disconnect();

      const naiveTimes = await timeEach(QUERIES, (q) => naiveNearest(points, q));
      const naiveIds = QUERIES.map((q) => naiveNearest(points, q));

      loadPostgis(pg, points);
      const postgis = postgisRun(pg);

      const m = { ours: median(oursTimes), lib: median(libTimes), naive: median(naiveTimes), postgis: median(postgis.times) };
      rows.push({
        entries: size,
        "ours: k-d tree (ms)": m.ours,
        "ours: nearestEntries with rows (ms)": m.lib,
        "naive turf scan (ms)": m.naive,
        "PostGIS KNN (ms)": m.postgis,
        "ours / PostGIS": m.ours / m.postgis,
        "ours with rows / PostGIS": m.lib / m.postgis,
        "naive / ours": m.naive / m.ours,
        "same ids as naive": agreement(oursIds, naiveIds),
        "same ids as PostGIS": agreement(oursIds, postgis.ids),
      });
    }
  } finally {
    pg.stop();
  }
  printTable(`Nearest ${K}: median per query over ${QUERIES.length} query points`, rows);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
