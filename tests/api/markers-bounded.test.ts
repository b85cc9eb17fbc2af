import path from "node:path";
import { gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { baseDatabase, samplesFor } from "@/bench/lib/dataset";
import { createDb } from "@/lib/db/client";
import { upsertSourceEntries } from "@/lib/directory/load/upsert";
import { databaseName, recreateDatabase, testDatabaseUrl } from "../setup/postgresql";

// 100 000 entries (the real courts + generated samples, as the benchmarks build them) in a database of this
// file's own: the map's answers must stay small whatever the directory holds (issue 12: 28.8 MB before).
const ENTRIES = 100_000;
const url = testDatabaseUrl();
const location = url ? recreateDatabase(url, `${databaseName(url)}_markers_100k`) : path.join(path.dirname(process.env.DATABASE_PATH!), "scratch", "markers-100k.sqlite");

type Handler = (req: Request) => Promise<Response>;
let markers: Handler;

beforeAll(async () => {
  const { katoBySourceId } = await baseDatabase(location);
  const db = createDb(location);
  try {
    await upsertSourceEntries(db, samplesFor(ENTRIES, katoBySourceId));
  } finally {
    await db.$disconnect();
  }
  if (url) process.env.DATABASE_URL = location;
  else process.env.DATABASE_PATH = location;
  ({ GET: markers } = (await import("@/app/api/v1/markers/route")) as { GET: Handler });
}, 600_000);

async function gzipSize(query: string): Promise<{ bytes: number; body: { total: number; located: number; clusters: number[][]; items: unknown[] } }> {
  const res = await markers(new Request(`http://localhost/api/v1/markers${query}`));
  expect(res.status).toBe(200);
  const text = await res.text();
  return { bytes: gzipSync(text).length, body: JSON.parse(text) };
}

describe("markers at 100 000 entries", () => {
  it("the country view (no bbox) is under 200 KB gzip and still counts every entry", async () => {
    const { bytes, body } = await gzipSize("");
    expect(body.total).toBe(ENTRIES);
    expect(body.items.length + body.clusters.reduce((n, c) => n + c[2]!, 0)).toBe(body.located);
    expect(bytes).toBeLessThan(200 * 1024);
  }, 120_000);

  it("no view, at any zoom, is over 200 KB gzip", async () => {
    for (const query of ["?zoom=20", "?bbox=46,40,88,56&zoom=12", "?bbox=76.7,43.1,77.1,43.4&zoom=16", "?kind=advocate&zoom=9"]) {
      const { bytes } = await gzipSize(query);
      expect(bytes, query).toBeLessThan(200 * 1024);
    }
  }, 120_000);
});
