import path from "node:path";
import * as threads from "node:worker_threads";

// Files the threads load as they are on disk, outside the server's bundle.
const LIB = path.join(/*turbopackIgnore: true*/ process.cwd(), "lib");
const BOOT = path.join(LIB, "threads", "boot.mjs");

// Taken off the module object rather than named: a bundler that sees `new Worker(…)` makes the thread a
// chunk of its own and resolves the path among its chunks, and these threads must run the files on disk.
const WorkerThread: typeof threads.Worker = Reflect.get(threads, "Worker");

/**
 * Starts a worker thread running `entry` (a TypeScript file under lib/, e.g. "import/job-thread.ts") with
 * `data` as its workerData (plus `entry`).
 */
export function startThread(entry: string, data: object, options: Omit<threads.WorkerOptions, "workerData"> = {}): threads.Worker {
  return new WorkerThread(BOOT, { ...options, workerData: { ...data, entry: path.join(LIB, entry) } });
}
