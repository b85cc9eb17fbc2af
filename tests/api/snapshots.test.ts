import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as exportAll } from "@/app/api/v1/export/route";
import { GET as file } from "@/app/api/v1/snapshots/[date]/[file]/route";
import { GET as list } from "@/app/api/v1/snapshots/route";
import { createDb } from "@/lib/db/client";
import { EXPORT_BUILDS } from "@/lib/directory/export-files";

// Counts how often the export is built (in its worker thread), by the builds' diagnostics channel.
const builds = { count: 0 };
EXPORT_BUILDS.subscribe((message) => {
  if ((message as { phase: string }).phase === "start") builds.count++;
});

const db = createDb();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "snapshots-"));
const today = new Date().toISOString().slice(0, 10);

beforeAll(() => {
  process.env.SNAPSHOT_DIR = dir;
});
afterAll(async () => {
  delete process.env.SNAPSHOT_DIR;
  fs.rmSync(dir, { recursive: true, force: true });
  await db.$disconnect();
});

const getFile = (date: string, name: string) =>
  file(new Request(`http://localhost/api/v1/snapshots/${date}/${name}`), { params: Promise.resolve({ date, file: name }) });
const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

describe("daily open-data snapshots", () => {
  let first: any;

  it("writes today's snapshot on the first request of the day, with licence, attribution, time and counts", async () => {
    expect(fs.readdirSync(dir)).toEqual([]);
    const res = await list(new Request("http://localhost/api/v1/snapshots"));
    expect(res.status).toBe(200);
    const { items } = await res.json();
    expect(items).toHaveLength(1);
    first = items[0];
    expect(first.date).toBe(today);
    expect(Date.parse(first.generatedAt)).toBeGreaterThan(Date.now() - 600_000);
    expect(first.licence.identifier).toBe("ODbL-1.0");
    expect(first.attribution.map((a: any) => a.source)).toContain("osm");
    const active = await db.entry.count({ where: { status: "active" } });
    expect(first.counts.entries).toBe(active);
    expect(first.counts.byKind.court).toBe(await db.entry.count({ where: { status: "active", kind: "court" } }));
    expect(first.files.map((f: any) => f.url)).toEqual([`/api/v1/snapshots/${today}/directory.csv`, `/api/v1/snapshots/${today}/directory.geojson`]);
    expect(fs.readdirSync(dir)).toEqual([today]); // no staging folder left behind
  });

  it("serves files whose SHA-256 matches SHA256SUMS and the manifest", async () => {
    const sums = await (await getFile(today, "SHA256SUMS")).text();
    for (const name of ["directory.csv", "directory.geojson"]) {
      const res = await getFile(today, name);
      expect(res.status).toBe(200);
      const bytes = Buffer.from(await res.arrayBuffer());
      expect(sums).toContain(`${sha256(bytes)}  ${name}\n`);
      expect(first.files.find((f: any) => f.name === name)).toMatchObject({ sha256: sha256(bytes), bytes: bytes.length });
    }
    const geojson = await getFile(today, "directory.geojson");
    expect(geojson.headers.get("content-type")).toMatch(/^application\/geo\+json/);
    expect((await geojson.json()).features).toHaveLength(first.counts.entries);
    expect(await (await getFile(today, "manifest.json")).json()).toMatchObject({ date: today, generatedAt: first.generatedAt });
  });

  it("copies the export's files: the same bytes, and the export built once per format for both", async () => {
    for (const format of ["csv", "geojson"]) {
      const exported = await exportAll(new Request(`http://localhost/api/v1/export?format=${format}`));
      expect(exported.status).toBe(200);
      const snapshot = await getFile(today, `directory.${format}`);
      expect(Buffer.from(await snapshot.arrayBuffer()).equals(Buffer.from(await exported.arrayBuffer()))).toBe(true);
    }
    expect(builds.count).toBe(2);
  });

  it("does not rewrite a snapshot that exists", async () => {
    const { items } = await (await list(new Request("http://localhost/api/v1/snapshots"))).json();
    expect(items.map((m: any) => m.generatedAt)).toEqual([first.generatedAt]);
  });

  it.each([
    ["2026-13-01", "directory.csv", 400, "date"],
    ["2026-02-30", "directory.csv", 400, "date"],
    ["..", "directory.csv", 400, "date"],
    ["../../etc", "passwd", 400, "date"],
    [today, "../manifest.json", 400, "file"],
    [today, "passwd", 400, "file"],
    ["2001-01-01", "directory.csv", 404, undefined],
  ])("answers %s/%s with %i in the one error shape", async (date, name, status, field) => {
    const res = await getFile(date, name);
    expect(res.status).toBe(status);
    const { error } = await res.json();
    expect(error.code).toBe(status === 400 ? "invalid_parameter" : "not_found");
    expect(error.field).toBe(field);
  });
});
