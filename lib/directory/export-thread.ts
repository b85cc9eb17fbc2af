// Runs in a worker thread started by lib/directory/export-files.ts: one export built into its files, on a
// database connection of its own, so reading and serialising 100 000 entries never holds the server's event
// loop (bench/flood.ts: the client's answers waited out the builds).
import { parentPort, workerData } from "node:worker_threads";
import { createDb } from "../db/client";
import { buildExport, type ExportFormat } from "./export-build";

export interface ExportThreadData {
  /** The database: an SQLite file or a PostgreSQL URL. */
  location: string;
  format: ExportFormat;
  dir: string;
}

async function main() {
  const { location, format, dir } = workerData as ExportThreadData;
  const db = createDb(location);
  try {
    parentPort!.postMessage(await buildExport(db, format, dir));
  } finally {
    await db.$disconnect();
  }
}

void main();
