import { gunzipSync } from "node:zlib";
import { getPriority } from "node:os";
import { threadId } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { useScratchDatabase } from "./scratch-db";
import { GET as markers } from "@/app/api/v1/markers/route";
import { GET as exportRoute } from "@/app/api/v1/export/route";
import { db } from "@/lib/db/client";
import { EXPORT_BUILDS } from "@/lib/directory/export-files";
import { listMarkers, MARKER_INDEX_BUILDS } from "@/lib/directory/markers";
import { updateEntry } from "@/lib/directory/write";
import { BODY_ENCODING_HEADER, PRECOMPRESSED_OK_HEADER } from "@/lib/net/precompressed";

useScratchDatabase("markers-cache");

const ORIGIN = "http://localhost";
/** As the production server stamps every request (scripts/server.ts). */
const GZIP_OK = { "accept-encoding": "gzip", [PRECOMPRESSED_OK_HEADER]: "1" };
const get = (handler: (req: Request) => Promise<Response>, path: string, headers: Record<string, string> = {}) => handler(new Request(`${ORIGIN}${path}`, { headers }));

/** Renames one active notary of KZ-10 through the one writer; returns its id and new Russian name. */
async function renameANotary(): Promise<{ id: string; nameRu: string }> {
  const entry = await db().entry.findFirstOrThrow({ where: { kind: "notary", regionIso: "KZ-10", status: "active" } });
  const nameRu = `Переименованный ${entry.version + 1}`;
  await db().$transaction((tx) => updateEntry(tx, { id: null, name: "cache test" }, entry.id, { nameRu }, { action: "update" }));
  return { id: entry.id, nameRu };
}

describe("markers cache", () => {
  it("serves the same bytes as a fresh answer, gzipped for a client that accepts gzip", async () => {
    const fresh = JSON.stringify(await listMarkers(db(), { kinds: ["court"] }));
    const plain = await get(markers, "/api/v1/markers?kind=court");
    expect(plain.headers.get(BODY_ENCODING_HEADER)).toBeNull();
    expect(await plain.text()).toBe(fresh);
    const gzipped = await get(markers, "/api/v1/markers?kind=court", { ...GZIP_OK, "accept-encoding": "gzip, deflate, br" });
    expect(gzipped.headers.get(BODY_ENCODING_HEADER)).toBe("gzip");
    expect(gzipped.headers.get("vary")).toMatch(/accept-encoding/i);
    expect(gunzipSync(Buffer.from(await gzipped.arrayBuffer())).toString()).toBe(fresh);
    expect(gzipped.headers.get("etag")).toBe(plain.headers.get("etag"));
    const refused = await get(markers, "/api/v1/markers?kind=court", { ...GZIP_OK, "accept-encoding": "gzip;q=0, identity" });
    expect(refused.headers.get(BODY_ENCODING_HEADER)).toBeNull();
    // Without our server to pass the encoding on (next dev, a bare next start) the body is plain: Next gzips it.
    const bare = await get(markers, "/api/v1/markers?kind=court", { "accept-encoding": "gzip" });
    expect(bare.headers.get(BODY_ENCODING_HEADER)).toBeNull();
  });

  it("computes once for concurrent identical requests, and for the same filter spelled otherwise", async () => {
    const builds: unknown[] = [];
    const count = (build: unknown) => void ((build as { phase: string }).phase === "start" && builds.push(build));
    MARKER_INDEX_BUILDS.subscribe(count);
    const answers = await Promise.all([
      ...Array.from({ length: 5 }, () => get(markers, "/api/v1/markers?kind=notary,mediator&region=KZ-75")),
      get(markers, "/api/v1/markers?region=KZ-75&kind=mediator,notary"),
    ]);
    expect(builds).toHaveLength(1);
    // Built in the markers thread, not on the thread that serves requests, and below its priority.
    const build = builds[0] as { thread: number; nice: number };
    expect(build.thread).not.toBe(threadId);
    expect(build.nice).toBeGreaterThan(getPriority());
    const bodies = await Promise.all(answers.map((a) => a.text()));
    expect(new Set(bodies).size).toBe(1);
    // Another view of the same filter: the same index, no build.
    await get(markers, "/api/v1/markers?kind=notary,mediator&region=KZ-75&zoom=12");
    expect(builds).toHaveLength(1);
    MARKER_INDEX_BUILDS.unsubscribe(count);
  });

  it("shows an edit made through the one writer in the next answer", async () => {
    const before = await get(markers, "/api/v1/markers?region=KZ-10&kind=notary&zoom=20");
    const etag = before.headers.get("etag")!;
    const { id, nameRu } = await renameANotary();
    const after = await get(markers, "/api/v1/markers?region=KZ-10&kind=notary&zoom=20", { "if-none-match": etag });
    expect(after.status).toBe(200);
    const row = (await after.json()).items.find((m: unknown[]) => m[0] === id);
    expect(row[4]).toBe(nameRu);
    expect(after.headers.get("etag")).not.toBe(etag);
  });
});

describe("export cache", () => {
  it("builds one export for concurrent requests and serves the same file, gzipped on request", async () => {
    let started = 0;
    const count = (message: unknown) => void ((message as { phase: string }).phase === "start" && started++);
    EXPORT_BUILDS.subscribe(count);
    const answers = await Promise.all([
      get(exportRoute, "/api/v1/export?format=csv"),
      get(exportRoute, "/api/v1/export?format=csv"),
      get(exportRoute, "/api/v1/export?format=csv", GZIP_OK),
    ]);
    const builds = () => started;
    expect(builds()).toBe(1);
    const [a, b, gz] = answers;
    const text = await a.text();
    expect(await b.text()).toBe(text);
    expect(gz.headers.get(BODY_ENCODING_HEADER)).toBe("gzip");
    // text() drops the BOM; the gzip keeps it.
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString().replace(/^\uFEFF/, "")).toBe(text);
    const again = await get(exportRoute, "/api/v1/export?format=csv", { "if-none-match": a.headers.get("etag")! });
    expect(again.status).toBe(304);
    expect(builds()).toBe(1);
    EXPORT_BUILDS.unsubscribe(count);
  });

  it("builds at most one export at a time, and rebuilds both formats after an edit", async () => {
    const { id, nameRu } = await renameANotary();
    let running = 0;
    let most = 0;
    const track = (message: unknown) => {
      if ((message as { phase: string }).phase === "start") most = Math.max(most, ++running);
      else running--;
    };
    EXPORT_BUILDS.subscribe(track);
    const [geojson, csv] = await Promise.all([
      get(exportRoute, "/api/v1/export?format=geojson").then((r) => r.json()),
      get(exportRoute, "/api/v1/export?format=csv").then((r) => r.text()),
    ]);
    EXPORT_BUILDS.unsubscribe(track);
    expect(most).toBe(1);
    expect(geojson.features.find((f: { id: string }) => f.id === id).properties.name.ru).toBe(nameRu);
    expect(csv.split("\n").find((line: string) => line.startsWith(`${id},`))).toContain(nameRu);
  });
});
