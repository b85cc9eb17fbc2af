import { channel } from "node:diagnostics_channel";
import type { Worker } from "node:worker_threads";
import { ChangeKeyedCache } from "../cache/change-keyed-cache";
import { encodedBytes, encodeJsonList, type EncodedBody } from "../cache/encoded-body";
import { databaseLocationOf, type Db } from "../db/client";
import { repository, type EntryFilter } from "../queries/repository";
import { startThread } from "../threads/start";
import { MARKER_ZOOMS } from "../validation/query";
import type { MarkersResponse } from "../validation/responses";
import { filterKey, MarkerIndexes, type IndexBuild, type MapView } from "./marker-index";
import type { MarkersAnswer, MarkersAsk } from "./markers-messages";

/**
 * The map asks for what it shows: the clusters and single entries in its view (bbox) at its zoom, so no
 * answer grows with the directory. The indexes behind the answers are built and kept in one worker thread
 * (markers-thread.ts), so a build never holds the server's event loop.
 */

/**
 * Each index build's start and end (IndexBuild), for monitoring and tests: builds happen in the markers
 * thread, where the server's own instruments do not see them.
 */
export const MARKER_INDEX_BUILDS = channel("courts-gis:marker-index-builds");
const published = (build: IndexBuild) => MARKER_INDEX_BUILDS.publish(build);

/** The markers thread, started on the first ask and again after it stopped; it keeps the process alive only while asked. */
let thread: { worker: Worker; waiting: Map<number, { resolve: (m: MarkersResponse) => void; reject: (e: Error) => void }> } | null = null;
let asked = 0;

function markersThread() {
  if (thread) return thread;
  const worker = startThread("directory/markers-thread.ts", {});
  const current = { worker, waiting: new Map<number, { resolve: (m: MarkersResponse) => void; reject: (e: Error) => void }>() };
  worker.unref();
  worker.on("message", (answer: MarkersAnswer) => {
    if ("build" in answer) return published(answer.build);
    const waiter = current.waiting.get(answer.id);
    current.waiting.delete(answer.id);
    if (current.waiting.size === 0) worker.unref();
    if ("error" in answer) waiter?.reject(new Error(`the markers thread could not answer: ${answer.error}`));
    else waiter?.resolve(answer.markers);
  });
  const stopped = (why: string) => {
    if (thread === current) thread = null;
    for (const waiter of current.waiting.values()) waiter.reject(new Error(`the markers thread stopped (${why}); the next request starts it again`));
    current.waiting.clear();
  };
  worker.on("error", (error) => stopped(error.message));
  worker.on("exit", (code) => stopped(`exit code ${code}`));
  return (thread = current);
}

function askThread(location: string, filter: EntryFilter, change: number, view: MapView): Promise<MarkersResponse> {
  const { worker, waiting } = markersThread();
  const ask: MarkersAsk = { id: ++asked, location, filter, change, view };
  return new Promise((resolve, reject) => {
    waiting.set(ask.id, { resolve, reject });
    worker.ref();
    worker.postMessage(ask);
  });
}

/** For a client no other thread can open (a transaction's): its indexes here, on the server's thread. */
const here = new WeakMap<Db, MarkerIndexes>();

/**
 * The filter's markers in the view: clusters ([lat, lng, count, expansionZoom]) and single entries. A view
 * that would hold more than MAX_MARKERS (a whole country asked for at street zoom) is answered at the
 * highest lower zoom that fits, and says so in `zoom`.
 */
export async function listMarkers(db: Db, filter: EntryFilter, view: MapView = { zoom: MARKER_ZOOMS.country }): Promise<MarkersResponse> {
  // Read before the rows: an edit in between leaves a newer answer under the older counter, never the reverse.
  const change = await repository(db).changeCounter();
  const location = databaseLocationOf(db);
  if (location) return askThread(location, filter, change, view);
  let indexes = here.get(db);
  if (!indexes) here.set(db, (indexes = new MarkerIndexes(db, published)));
  return indexes.markers(filter, change, view);
}

// Answers kept as sent (JSON, gzip, ETag) per filter and view: a bounded few, the country views mostly.
const answers = new WeakMap<Db, ChangeKeyedCache<EncodedBody>>();

/** listMarkers as the bytes the API sends (JSON and gzip), kept until an entry changes. */
export async function encodedMarkers(db: Db, filter: EntryFilter, view?: MapView): Promise<EncodedBody> {
  let cache = answers.get(db);
  if (!cache) answers.set(db, (cache = new ChangeKeyedCache({ entries: 256, bytes: 64 * 2 ** 20 }, encodedBytes)));
  const change = await repository(db).changeCounter();
  const key = JSON.stringify([filterKey(filter), view?.bbox ?? null, view?.zoom ?? null]);
  return cache.get(key, change, async () => {
    const { items, ...head } = await listMarkers(db, filter, view);
    return encodeJsonList(head, "items", items);
  });
}
