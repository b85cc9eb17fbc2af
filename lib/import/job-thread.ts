// Runs in a worker thread started by lib/import/worker.ts: one import job, on a database connection of
// its own, so reading and checking a large file never blocks the server's event loop.
import { workerData } from "node:worker_threads";
import { createDb } from "../db/client";
import type { WriteActor } from "../directory/write";
import { runImportJob } from "./jobs";
import type { ImportOptions } from "./run";

export interface JobThreadData {
  entry: string;
  /** The database: an SQLite file or a PostgreSQL URL. */
  location: string;
  jobId: string;
  actor: WriteActor;
  options: ImportOptions;
  bytes: Uint8Array;
}

async function main() {
  const { location, jobId, actor, options, bytes } = workerData as JobThreadData;
  const db = createDb(location);
  try {
    await runImportJob(db, jobId, actor, bytes, options);
  } finally {
    await db.$disconnect();
  }
}

void main();
