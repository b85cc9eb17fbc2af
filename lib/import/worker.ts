import path from "node:path";
import * as threads from "node:worker_threads";
import { databaseLocationOf, type Db } from "../db/client";
import type { WriteActor } from "../directory/write";
import { finish, jobError } from "./jobs";
import type { ImportOptions } from "./run";
import type { JobThreadData } from "./job-thread";

// Files the thread loads as they are on disk, outside the server's bundle.
const HERE = path.join(/*turbopackIgnore: true*/ process.cwd(), "lib", "import");
const BOOT = path.join(HERE, "job-boot.mjs");
const THREAD = path.join(HERE, "job-thread.ts");

// Taken off the module object rather than named: a bundler that sees `new Worker(…)` makes the thread a
// chunk of its own and resolves the path among its chunks, and this thread must run the file on disk.
const WorkerThread: typeof threads.Worker = Reflect.get(threads, "Worker");

// A file that would take more than this to read is refused by the thread running out of room, not the server.
const THREAD_HEAP_MB = 4096;

/**
 * Runs a queued job in a worker thread with its own connection. The file's bytes move to the thread (no
 * copy); if the thread dies without recording an outcome, the job is recorded failed.
 */
export function runInWorker(db: Db, jobId: string, actor: WriteActor, bytes: Uint8Array, options: ImportOptions): void {
  const location = databaseLocationOf(db);
  if (!location) throw new Error("runInWorker needs a client made by createDb");
  const data: JobThreadData = { entry: THREAD, location, jobId, actor, options, bytes };
  const worker = new WorkerThread(BOOT, { workerData: data, transferList: [bytes.buffer as ArrayBuffer], resourceLimits: { maxOldGenerationSizeMb: THREAD_HEAP_MB } });
  let failure: unknown = null;
  worker.on("error", (error) => {
    failure = error;
    console.error(error);
  });
  worker.on("exit", () => {
    // A no-op when the thread recorded its outcome itself.
    void finish(db, jobId, { status: "failed", error: JSON.stringify(jobError(failure)) }).catch((error: unknown) => console.error(error));
  });
}
