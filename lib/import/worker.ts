import { databaseLocationOf, type Db } from "../db/client";
import type { WriteActor } from "../directory/write";
import { finish, jobError } from "./jobs";
import type { ImportOptions } from "./run";
import { startThread } from "../threads/start";
import type { JobThreadData } from "./job-thread";

// A file that would take more than this to read is refused by the thread running out of room, not the server.
const THREAD_HEAP_MB = 4096;

/**
 * Runs a queued job in a worker thread with its own connection. The file's bytes move to the thread (no
 * copy); if the thread dies without recording an outcome, the job is recorded failed.
 */
export function runInWorker(db: Db, jobId: string, actor: WriteActor, bytes: Uint8Array, options: ImportOptions): void {
  const location = databaseLocationOf(db);
  if (!location) throw new Error("runInWorker needs a client made by createDb");
  const data: Omit<JobThreadData, "entry"> = { location, jobId, actor, options, bytes };
  const worker = startThread("import/job-thread.ts", data, { transferList: [bytes.buffer as ArrayBuffer], resourceLimits: { maxOldGenerationSizeMb: THREAD_HEAP_MB } });
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
