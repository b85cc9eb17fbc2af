import { createHash, randomUUID } from "node:crypto";
import { once } from "node:events";
import fs from "node:fs";
import path from "node:path";
import { Readable, type Writable } from "node:stream";
import { finished } from "node:stream/promises";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { createGzip } from "node:zlib";
import { ChangeKeyedCache } from "../cache/change-keyed-cache";
import { oneAtATime } from "../cache/one-at-a-time";
import { databaseFileOf, type Db } from "../db/client";
import { databasePath } from "../db/path";
import { repository } from "../queries/repository";
import { exportStream } from "./export";

// The export of 100 000 entries is tens of MB and took 14–31 s to build on a loaded machine: it is built
// once per state of the directory, into a file per format (plain and gzipped) beside the database, and
// every request until the next change streams that file. One export is built at a time; a request that
// finds its format being built waits for that build.

export type ExportFormat = "csv" | "geojson";

export interface ExportFile {
  etag: string;
  plain: { path: string; bytes: number };
  gzip: { path: string; bytes: number };
}

/** Builds run one after another, whatever their format or database. */
const inTurn = oneAtATime();

const removeFiles = (file: ExportFile) => {
  for (const f of [file.plain.path, file.gzip.path]) fs.rmSync(f, { force: true });
};

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

async function write(out: Writable, chunk: Uint8Array): Promise<void> {
  if (!out.write(chunk)) await once(out, "drain");
}

async function buildExport(db: Db, format: ExportFormat, dir: string): Promise<ExportFile> {
  const base = path.join(/*turbopackIgnore: true*/ dir, `${randomUUID()}.${format}`);
  const file: ExportFile = { etag: "", plain: { path: base, bytes: 0 }, gzip: { path: `${base}.gz`, bytes: 0 } };
  const plain = fs.createWriteStream(file.plain.path);
  const gzip = createGzip();
  const gzipped = gzip.pipe(fs.createWriteStream(file.gzip.path));
  const hash = createHash("sha1");
  try {
    for await (const read of Readable.fromWeb(exportStream(db, format) as NodeReadableStream<Uint8Array>)) {
      const chunk = read as Uint8Array;
      hash.update(chunk);
      file.plain.bytes += chunk.length;
      await Promise.all([write(plain, chunk), write(gzip, chunk)]);
    }
    plain.end();
    gzip.end();
    await Promise.all([finished(plain), finished(gzipped)]);
  } catch (error) {
    plain.destroy();
    gzip.destroy();
    removeFiles(file);
    throw error;
  }
  file.gzip.bytes = gzipped.bytesWritten;
  file.etag = `"${hash.digest("base64url")}"`;
  return file;
}

/** The current export in `format`, built if an entry changed since the last one (or none was built). */
export async function exportFile(db: Db, format: ExportFormat): Promise<ExportFile> {
  const { dir, files } = cacheOf(db);
  const change = await repository(db).changeCounter();
  return files.get(format, change, () => inTurn(() => buildExport(db, format, dir)));
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
