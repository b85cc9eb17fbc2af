import { setImmediate as nextTurn } from "node:timers/promises";
import { stringify } from "csv-stringify/sync";
import type { Db } from "../db/client";
import type { Entry } from "../db/generated/client";
import { repository } from "../queries/repository";
import { toApiEntry, toFeature } from "./serialize";

// Open data: every active entry, as CSV (columns the importer reads back) or GeoJSON, streamed in batches.

export const EXPORT_COLUMNS = [
  "id", "kind", "courtKind", "name_ru", "name_kk", "name_en", "region_iso", "locality", "address", "phones", "emails",
  "website", "openingHours", "services", "accessibility", "licenceNumber", "languages", "lat", "lng", "precision",
  "source", "sample", "updatedAt",
] as const;

/**
 * A spreadsheet runs a cell starting with = + - @ (or a tab or CR before one) as a formula, and "+1+cmd|…"
 * or "-2+3+HYPERLINK(…)" are formulas too: every such cell gets a leading quote, whatever follows (OWASP's
 * rule). Phone numbers (+7…) included — Excel shows them as text, which keeps their leading + anyway — and
 * the importer takes that one quote off again (lib/import/records.ts). A cell that starts with a quote of its
 * own gets one more, so that reading back is exact.
 */
export const inert = (s: string) => (/^[=+\-@\t\r']/.test(s) ? `'${s}` : s);

function csvRow(row: Entry): string[] {
  const e = toApiEntry(row);
  const cells = [
    e.id, e.kind, e.courtKind, e.name.ru, e.name.kk, e.name.en, e.regionIso, e.locality, e.address,
    e.phones.map((p) => p.number).join("; "), e.emails.map((m) => m.address).join("; "), e.website, e.openingHours,
    e.services.join("; "), e.accessibility, e.licenceNumber, e.languages.join(", "), e.location?.lat, e.location?.lng,
    e.location?.precision, e.source, String(e.sample), e.updatedAt,
  ];
  return cells.map((c) => inert(c === undefined || c === null ? "" : String(c)));
}

// Each batch is read and serialised in one go, and the driver's promises resolve without giving the event
// loop a turn: batches are small and a turn is given after each, so other requests go on meanwhile (the
// export of 100 000 entries held the thread for 14–31 s when it ran through in 2 000-row batches).
const BATCH = 250;

async function* activeBatches(db: Db): AsyncGenerator<Entry[]> {
  let after = 0;
  for (;;) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: when the turn is given changes how other requests fare, not what is exported
    if (after > 0) await nextTurn();
    const rows = await repository(db).activeEntriesAfter(after, BATCH);
    if (rows.length === 0) return;
    yield rows;
    after = rows[rows.length - 1]!.seq;
  }
}

export function exportStream(db: Db, format: "csv" | "geojson"): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    async start(controller) {
      try {
        if (format === "csv") controller.enqueue(encoder.encode("\uFEFF" + stringify([[...EXPORT_COLUMNS]])));
        else controller.enqueue(encoder.encode('{"type":"FeatureCollection","features":['));
        let first = true;
        for await (const rows of activeBatches(db)) {
          if (format === "csv") controller.enqueue(encoder.encode(stringify(rows.map(csvRow))));
          else {
            const features = rows.map((r) => JSON.stringify(toFeature(toApiEntry(r)))).join(",");
            controller.enqueue(encoder.encode((first ? "" : ",") + features));
          }
          first = false;
        }
        if (format === "geojson") controller.enqueue(encoder.encode("]}"));
        controller.close();
      } catch (error) {
        controller.error(error);
      }
    },
  });
}

