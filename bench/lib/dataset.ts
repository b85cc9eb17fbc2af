import fs from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import Database from "better-sqlite3";
import { createDb } from "../../lib/db/client";
import { isPostgresqlUrl } from "../../lib/db/engine";
import { migrate } from "../../lib/db/migrate";
import { migrateDatabase } from "../../lib/db/migrate-database";
import { exportStream } from "../../lib/directory/export";
import { DATA_DIR } from "../../lib/directory/load";
import { loadBoundaries } from "../../lib/directory/load/boundaries";
import { readCourts } from "../../lib/directory/load/courts";
import { generateSamples } from "../../lib/directory/load/samples";
import { upsertSourceEntries, type SourceEntry } from "../../lib/directory/load/upsert";
import type { PractitionerKind } from "../../lib/directory/kinds";
import { refreshSearchText } from "../../lib/directory/write";

/** Benchmarks never touch the dev database: every file lives here. */
export const BENCH_DIR = path.join(process.cwd(), "var", "bench");

/** Sample counts per kind so that courts + samples = `total` entries (2/3 advocates, 1/6 notaries, 1/6 mediators). */
export function sampleCounts(total: number): Record<PractitionerKind, number> {
  const practitioners = Math.max(0, total - readCourts(DATA_DIR).length);
  const notary = Math.floor(practitioners / 6);
  return { advocate: practitioners - 2 * notary, notary, mediator: notary };
}

/** The deterministic practitioners (fixed seed) for a directory of `total` entries. */
export function samplesFor(total: number, katoBySourceId: Map<string, string>): SourceEntry[] {
  return generateSamples(DATA_DIR, katoBySourceId, sampleCounts(total));
}

export function removeDatabase(file: string): void {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
}

export function entryCount(file: string): number {
  if (!fs.existsSync(file)) return -1;
  const sqlite = new Database(file, { readonly: true });
  try {
    return (sqlite.prepare(`SELECT COUNT(*) AS n FROM "Entry"`).get() as { n: number }).n;
  } catch {
    return -1;
  } finally {
    sqlite.close();
  }
}

/** A migrated database with boundaries and courts only (no practitioners yet): a new SQLite file, or an empty PostgreSQL database. */
export async function baseDatabase(location: string): Promise<{ katoBySourceId: Map<string, string> }> {
  if (!isPostgresqlUrl(location)) removeDatabase(location);
  await migrateDatabase(location);
  const db = createDb(location);
  try {
    await loadBoundaries(db, DATA_DIR);
    await upsertSourceEntries(db, readCourts(DATA_DIR));
    const districts = await db.district.findMany({ select: { kato: true, sourceId: true } });
    return { katoBySourceId: new Map(districts.map((d) => [d.sourceId, d.kato])) };
  } finally {
    await db.$disconnect();
  }
}

/**
 * var/bench/entries-<total>.sqlite with the real courts and boundaries plus generated practitioners,
 * `total` entries in all. Built once and reused while it holds the expected count.
 */
export async function benchDatabase(total: number): Promise<string> {
  const file = path.join(BENCH_DIR, `entries-${total}.sqlite`);
  if (entryCount(file) === total) {
    migrate(file); // a database built before a new migration gets it, as the product's would
    const db = createDb(file);
    try {
      const { updated } = await refreshSearchText(db); // and the search text of the code that runs, as the loader does
      if (updated > 0) console.error(`${file}: search text recomputed for ${updated} entries`);
    } finally {
      await db.$disconnect();
    }
    return file;
  }
  const t0 = Date.now();
  const { katoBySourceId } = await baseDatabase(file);
  const db = createDb(file);
  try {
    await upsertSourceEntries(db, samplesFor(total, katoBySourceId));
  } finally {
    await db.$disconnect();
  }
  const sqlite = new Database(file);
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  sqlite.exec("ANALYZE");
  sqlite.close();
  const n = entryCount(file);
  if (n !== total) throw new Error(`bench database ${file} holds ${n} entries, expected ${total}`);
  console.error(`built ${file} (${total} entries) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return file;
}

/** The open-data CSV export (the importer's own columns) of the `size`-entry bench database, made once. */
export async function exportCsv(size: number): Promise<string> {
  const csv = path.join(BENCH_DIR, `entries-${size}.csv`);
  if (fs.existsSync(csv)) return csv;
  const db = createDb(await benchDatabase(size));
  try {
    await pipeline(Readable.fromWeb(exportStream(db, "csv") as import("node:stream/web").ReadableStream), fs.createWriteStream(csv));
  } finally {
    await db.$disconnect();
  }
  return csv;
}
