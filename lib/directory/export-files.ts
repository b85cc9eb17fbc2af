import { channel } from "node:diagnostics_channel";
import fs from "node:fs";
import path from "node:path";
import { ChangeKeyedCache } from "../cache/change-keyed-cache";
import { oneAtATime } from "../cache/one-at-a-time";
import { databaseFileOf, databaseLocationOf, type Db } from "../db/client";
import { databasePath } from "../db/path";
import { repository } from "../queries/repository";
import { startThread } from "../threads/start";
import { buildExport, removeFiles, type ExportFile, type ExportFormat } from "./export-build";
import type { ExportThreadData } from "./export-thread";

// The export of 100 000 entries is tens of MB and took 14–31 s to build on a loaded machine: it is built
// once per state of the directory, into a file per format (plain and gzipped) beside the database, and
// every request until the next change streams that file. One export is built at a time; a request that
// finds its format being built waits for that build, which runs in a worker thread.

export type { ExportFile, ExportFormat } from "./export-build";

/** Builds run one after another, whatever their format or database. */
const inTurn = oneAtATime();

const caches = new WeakMap<Db, { dir: string; files: ChangeKeyedCache<ExportFile> }>();

/** This process's folder for export files, removed when it exits (the files are rebuilt on demand). */
function cacheOf(db: Db) {
  let cache = caches.get(db);
  if (!cache) {
    const parent = path.join(/*turbopackIgnore: true*/ path.dirname(databaseFileOf(db) ?? databasePath()), "export-cache");
    fs.mkdirSync(parent, { recursive: true });
    const dir = fs.mkdtempSync(path.join(parent, `${process.pid}-`));
    process.once("exit", () => fs.rmSync(dir, { recursive: true, force: true }));
    // Files are on disk, not in memory: two per format at most (the current one and one being replaced).
    cache = { dir, files: new ChangeKeyedCache<ExportFile>({ entries: 2, bytes: Infinity }, () => 0, removeFiles) };
    caches.set(db, cache);
  }
  return cache;
}

/**
 * Each build's start and end (`{ format, phase: "start" | "end" }`), for monitoring: builds happen in
 * another thread, where the server's own instruments do not see them.
 */
export const EXPORT_BUILDS = channel("courts-gis:export-builds");

/**
 * The build in a worker thread (export-thread.ts). A client that createDb did not make (a transaction's)
 * has no location another connection could open, and builds here.
 */
async function buildInThread(db: Db, format: ExportFormat, dir: string): Promise<ExportFile> {
  EXPORT_BUILDS.publish({ format, phase: "start" });
  try {
    return await inThread(db, format, dir);
  } finally {
    EXPORT_BUILDS.publish({ format, phase: "end" });
  }
}

function inThread(db: Db, format: ExportFormat, dir: string): Promise<ExportFile> {
  const location = databaseLocationOf(db);
  if (!location) return buildExport(db, format, dir);
  return new Promise((resolve, reject) => {
    const data: ExportThreadData = { location, format, dir };
    const thread = startThread("directory/export-thread.ts", data);
    let built: ExportFile | null = null;
    thread.once("message", (file: ExportFile) => (built = file));
    thread.once("error", reject);
    thread.once("exit", (code) => (built ? resolve(built) : reject(new Error(`the export thread stopped (exit code ${code}) before its files were written`))));
  });
}

/** The current export in `format`, built if an entry changed since the last one (or none was built). */
export async function exportFile(db: Db, format: ExportFormat): Promise<ExportFile> {
  const { dir, files } = cacheOf(db);
  const change = await repository(db).changeCounter();
  return files.get(format, change, () => inTurn(() => buildInThread(db, format, dir)));
}

/** An open file read as a web stream, a chunk per pull; closed at its end or when the client goes away. */
function fileStream(fd: number): ReadableStream<Uint8Array> {
  let open = true;
  const close = () => {
    if (open) fs.close(fd, () => {});
    open = false;
  };
  // Not Readable.toWeb: on Node 20 it enqueues after a cancelled download and throws out of the server.
  return new ReadableStream({
    async pull(controller) {
      const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
      const bytesRead = await new Promise<number>((resolve, reject) => fs.read(fd, chunk, 0, CHUNK_BYTES, null, (error, n) => (error ? reject(error) : resolve(n))));
      if (!open) return;
      if (bytesRead === 0) {
        close();
        controller.close();
      } else controller.enqueue(chunk.subarray(0, bytesRead));
    },
    cancel: close,
  });
}

const CHUNK_BYTES = 256 * 1024;

/**
 * The current export opened for reading, plain or gzipped. The file is opened at once: one replaced by a
 * newer export after this found it is removed, and then the newer one is taken.
 */
export async function openExport(db: Db, format: ExportFormat, gzip: boolean): Promise<{ stream: ReadableStream<Uint8Array>; bytes: number; gzip: boolean; etag: string }> {
  for (;;) {
    const file = await exportFile(db, format);
    const { path: filePath, bytes } = gzip ? file.gzip : file.plain;
    try {
      return { stream: fileStream(fs.openSync(filePath, "r")), bytes, gzip, etag: file.etag };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
  }
}
