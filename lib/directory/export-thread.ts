// Runs in a worker thread started by lib/directory/export-files.ts: one export build, on a database
// connection of its own, so reading and serialising 100 000 entries never holds the server's event loop.
import { parentPort, workerData } from "node:worker_threads";
import { createDb } from "../db/client";
import { writeExportFiles, type ExportFormat } from "./export-build";

export interface ExportThreadData {
  entry: string;
  file: string;
  format: ExportFormat;
  base: string;
}

async function main() {
  const { file, format, base } = workerData as ExportThreadData;
  const db = createDb(file);
  try {
    parentPort!.postMessage(await writeExportFiles(db, format, base));
  } finally {
    await db.$disconnect();
  }
}

void main();
