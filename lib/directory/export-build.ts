import { createHash, randomUUID } from "node:crypto";
import { once } from "node:events";
import fs from "node:fs";
import path from "node:path";
import { Readable, type Writable } from "node:stream";
import { finished } from "node:stream/promises";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { createGzip } from "node:zlib";
import type { Db } from "../db/client";
import { exportStream } from "./export";

// One export written into its two files (plain and gzipped) with its ETag: run in a worker thread
// (export-thread.ts) by export-files.ts, which keeps the files.

export type ExportFormat = "csv" | "geojson";

export interface ExportFile {
  etag: string;
  plain: { path: string; bytes: number };
  gzip: { path: string; bytes: number };
}

export const removeFiles = (file: ExportFile) => {
  for (const f of [file.plain.path, file.gzip.path]) fs.rmSync(f, { force: true });
};

async function write(out: Writable, chunk: Uint8Array): Promise<void> {
  if (!out.write(chunk)) await once(out, "drain");
}

export async function buildExport(db: Db, format: ExportFormat, dir: string): Promise<ExportFile> {
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
