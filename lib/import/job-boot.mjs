// The entry of a worker thread (an import job, lib/import/worker.ts; an export build,
// lib/directory/export-files.ts): the server is a bundle, the code is TypeScript source, so the thread
// registers tsx (a dependency the server's start script uses already) and loads it. Plain JavaScript so that Node can start it as it is.
import { register as registerCommonJs } from "tsx/cjs/api";
import { register } from "tsx/esm/api";
import { pathToFileURL } from "node:url";
import { workerData } from "node:worker_threads";

registerCommonJs();
register();
await import(pathToFileURL(workerData.entry).href);
