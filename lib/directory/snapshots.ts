import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { Db } from "../db/client";
import { NotFound } from "../errors";
import { ATTRIBUTIONS, DATA_LICENCES } from "./attributions";
import { openExport } from "./export-files";

// Daily bulk open data: the whole public directory as CSV and GeoJSON (copies of the export's files for the
// current state of the directory, so the export is built once for both), with SHA256SUMS and a manifest (licence, attribution, generation time, counts), in
// <dir>/<YYYY-MM-DD>/. Written to a temporary folder first and renamed: a snapshot folder is complete or absent.

export const SNAPSHOT_FILES = {
  "directory.csv": "text/csv; charset=utf-8",
  "directory.geojson": "application/geo+json; charset=utf-8",
  SHA256SUMS: "text/plain; charset=utf-8",
  "manifest.json": "application/json; charset=utf-8",
} as const;
export type SnapshotFile = keyof typeof SNAPSHOT_FILES;

/** How many daily snapshots are kept; older ones are removed when a new one is written. */
export const SNAPSHOTS_KEPT = 30;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const snapshotDirectory = (env: Record<string, string | undefined> = process.env) =>
  path.resolve(env.SNAPSHOT_DIR ?? path.join(/*turbopackIgnore: true*/ process.cwd(), "var", "snapshots"));

export const snapshotDate = (now: Date) => now.toISOString().slice(0, 10);

/** A calendar date as the folder names write it: YYYY-MM-DD, and a real day (not 2026-02-30). */
export function isSnapshotDate(s: string): boolean {
  const day = new Date(`${s}T00:00:00Z`);
  return DATE.test(s) && !Number.isNaN(day.getTime()) && day.toISOString().startsWith(s);
}

export const isSnapshotFile = (s: string): s is SnapshotFile => Object.hasOwn(SNAPSHOT_FILES, s);

export interface SnapshotManifest {
  date: string;
  generatedAt: string;
  licence: (typeof DATA_LICENCES)[number];
  licences: typeof DATA_LICENCES;
  attribution: { source: string; licence: string; text: string }[];
  counts: { entries: number; located: number; byKind: Record<string, number> };
  files: { name: string; bytes: number; sha256: string; mediaType: string }[];
}

/** Copies the current export in `format` into a file, hashing it on the way. */
async function writeExport(db: Db, format: "csv" | "geojson", file: string): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash("sha256");
  let bytes = 0;
  const { stream } = await openExport(db, format, false);
  const source = Readable.fromWeb(stream as import("node:stream/web").ReadableStream<Uint8Array>);
  source.on("data", (chunk: Buffer) => {
    hash.update(chunk);
    bytes += chunk.length;
  });
  await pipeline(source, fs.createWriteStream(file, { mode: 0o644 }));
  return { bytes, sha256: hash.digest("hex") };
}

function countFeatures(geojsonFile: string): SnapshotManifest["counts"] {
  const { features } = JSON.parse(fs.readFileSync(geojsonFile, "utf8")) as { features: { geometry: unknown; properties: { kind: string } }[] };
  const byKind: Record<string, number> = {};
  for (const f of features) byKind[f.properties.kind] = (byKind[f.properties.kind] ?? 0) + 1;
  return { entries: features.length, located: features.filter((f) => f.geometry !== null).length, byKind };
}

/** Writes (or rewrites) the snapshot of `now`'s UTC date and removes the oldest beyond SNAPSHOTS_KEPT. */
export async function writeSnapshot(db: Db, dir: string, now = new Date()): Promise<SnapshotManifest> {
  const date = snapshotDate(now);
  fs.mkdirSync(dir, { recursive: true });
  const staging = fs.mkdtempSync(path.join(dir, `.${date}-`));
  try {
    const files: SnapshotManifest["files"] = [];
    for (const format of ["csv", "geojson"] as const) {
      const name = `directory.${format}` as const;
      files.push({ name, ...(await writeExport(db, format, path.join(staging, name))), mediaType: SNAPSHOT_FILES[name] });
    }
    fs.writeFileSync(path.join(staging, "SHA256SUMS"), files.map((f) => `${f.sha256}  ${f.name}\n`).join(""), { mode: 0o644 });
    const manifest: SnapshotManifest = {
      date,
      generatedAt: now.toISOString(),
      licence: DATA_LICENCES[0],
      licences: DATA_LICENCES,
      attribution: ATTRIBUTIONS.map((a) => ({ source: a.id, licence: a.licence, text: a.text })),
      counts: countFeatures(path.join(staging, "directory.geojson")),
      files,
    };
    fs.writeFileSync(path.join(staging, "manifest.json"), JSON.stringify(manifest, null, 2), { mode: 0o644 });
    fs.chmodSync(staging, 0o755);
    fs.rmSync(path.join(dir, date), { recursive: true, force: true });
    fs.renameSync(staging, path.join(dir, date));
    for (const old of snapshotDates(dir).slice(SNAPSHOTS_KEPT)) fs.rmSync(path.join(dir, old), { recursive: true, force: true });
    return manifest;
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}

/** The dates that have a complete snapshot, newest first. */
export function snapshotDates(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((d) => isSnapshotDate(d) && fs.existsSync(path.join(dir, d, "manifest.json")))
    .sort()
    .reverse();
}

export function snapshotManifests(dir: string): SnapshotManifest[] {
  return snapshotDates(dir).map((d) => JSON.parse(fs.readFileSync(path.join(dir, d, "manifest.json"), "utf8")) as SnapshotManifest);
}

/** The path of one snapshot file; date and file must already be validated (isSnapshotDate, isSnapshotFile). */
export function snapshotFilePath(dir: string, date: string, file: SnapshotFile): string {
  const full = path.join(dir, date, file);
  if (!snapshotDates(dir).includes(date) || !fs.existsSync(full)) throw new NotFound(`No snapshot file ${date}/${file}`);
  return full;
}

let writing: Promise<unknown> | null = null;

/**
 * Today's snapshot, written if it is missing: the server calls this on the first snapshot request of each UTC
 * day. Concurrent callers share one write.
 */
export async function ensureTodaysSnapshot(db: Db, dir: string, now = new Date()): Promise<void> {
  if (snapshotDates(dir).includes(snapshotDate(now))) return;
  writing ??= writeSnapshot(db, dir, now).finally(() => {
    writing = null;
  });
  await writing;
}
