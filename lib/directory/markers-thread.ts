// Runs in the markers thread started by lib/directory/markers.ts: it holds the marker indexes, one database
// connection per location, and answers views. Reading 100 000 entries and clustering them takes the better
// part of a second; on the server's own thread that held every other request (bench/flood.ts: the client's
// p99 was 5 s in the first 10 s after a start or an edit).
import { parentPort } from "node:worker_threads";
import { createDb } from "../db/client";
import { MarkerIndexes } from "./marker-index";
import type { MarkersAnswer, MarkersAsk } from "./markers-messages";

const indexes = new Map<string, MarkerIndexes>();

function indexesOf(location: string): MarkerIndexes {
  let found = indexes.get(location);
  if (!found) indexes.set(location, (found = new MarkerIndexes(createDb(location), (build) => parentPort!.postMessage({ build } satisfies MarkersAnswer))));
  return found;
}

parentPort!.on("message", (ask: MarkersAsk) => {
  indexesOf(ask.location)
    .markers(ask.filter, ask.change, ask.view)
    .then(
      (markers) => parentPort!.postMessage({ id: ask.id, markers } satisfies MarkersAnswer),
      (error: unknown) => parentPort!.postMessage({ id: ask.id, error: error instanceof Error ? error.message : String(error) } satisfies MarkersAnswer),
    );
});
