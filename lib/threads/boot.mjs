// The entry of every worker thread (lib/threads/start.ts): the server is a bundle, the thread's code is
// TypeScript source, so the thread registers tsx (a dependency the server's start script uses already) and
// loads it. Plain JavaScript so that Node can start it as it is.
import { readlinkSync } from "node:fs";
import { setPriority } from "node:os";
import { pathToFileURL } from "node:url";
import { workerData } from "node:worker_threads";
import { register as registerCommonJs } from "tsx/cjs/api";
import { register } from "tsx/esm/api";

// Every thread here is background work (an export, the marker indexes, an import) and the server's own
// thread answers people: on 2 cores, a build at the same priority took half the CPU the requests waited
// for (bench/flood.ts). Linux gives each thread its own nice value, reached by its id in /proc/thread-self;
// elsewhere the thread keeps the process's priority.
try {
  setPriority(Number(readlinkSync("/proc/thread-self").split("/").pop()), 10);
} catch {
  // Not Linux, or not allowed: the same work, at the same priority as the requests.
}

registerCommonJs();
register();
await import(pathToFileURL(workerData.entry).href);
