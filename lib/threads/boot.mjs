// The entry of every worker thread (lib/threads/start.ts): the server is a bundle, the thread's code is
// TypeScript source, so the thread registers tsx (a dependency the server's start script uses already) and
// loads it. Plain JavaScript so that Node can start it as it is.
import { register as registerCommonJs } from "tsx/cjs/api";
import { register } from "tsx/esm/api";
import { pathToFileURL } from "node:url";
import { workerData } from "node:worker_threads";

registerCommonJs();
register();
await import(pathToFileURL(workerData.entry).href);
