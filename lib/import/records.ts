import { Readable } from "node:stream";
import { parse } from "csv-parse";
import { decodeAll, decodedChunks, REPLACEMENT, type Decoding } from "./encoding";

/** One source record: its 1-based position in the file, its fields as text, and a point when the file has one. */
export interface SourceRecord {
  row: number;
  fields: Record<string, string>;
  point?: { lat: number; lng: number };
  /** Fields that could not be read as text (invalid bytes, nesting too deep): each is a problem of the record. */
  unreadable?: { field: string; message: string }[];
}

export const IMPORT_FORMATS = ["csv", "geojson", "json"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export class UnreadableFile extends Error {}

// A field value nested deeper than this is not a registry's data (and JSON.stringify of a 5 000-deep value
// overflows the stack): reported, not read.
const MAX_VALUE_DEPTH = 32;

function depthOver(value: unknown, limit: number): boolean {
  if (value === null || typeof value !== "object") return false;
  if (limit === 0) return true;
  return Object.values(value).some((v) => depthOver(v, limit - 1));
}

function textFields(o: Record<string, unknown>): Pick<SourceRecord, "fields" | "unreadable"> {
  const fields: Record<string, string> = {};
  const unreadable: { field: string; message: string }[] = [];
  for (const [k, v] of Object.entries(o)) {
    if (depthOver(v, MAX_VALUE_DEPTH)) {
      unreadable.push({ field: k.slice(0, 100), message: `nested more than ${MAX_VALUE_DEPTH} levels deep: not a value this importer reads` });
      continue;
    }
    // JSON.parse gives only null, objects, strings, numbers and booleans.
    fields[k] = v === null ? "" : typeof v === "object" ? JSON.stringify(v) : `${v as string | number | boolean}`;
  }
  return unreadable.length > 0 ? { fields, unreadable } : { fields };
}

/** Fields holding U+FFFD where the decoding replaced invalid bytes: a problem each, rather than silent junk. */
function withInvalidBytes(record: SourceRecord, decoding: Decoding): SourceRecord {
  if (!decoding.lossy) return record;
  const bad = Object.entries(record.fields).filter(([, v]) => v.includes(REPLACEMENT));
  if (bad.length === 0) return record;
  const message = `bytes that are not valid ${decoding.encoding} (a cp1251 file? import it with encoding=cp1251)`;
  return { ...record, unreadable: [...(record.unreadable ?? []), ...bad.map(([field]) => ({ field, message }))] };
}

// Our own CSV export puts a quote before a cell starting with = + - @ (so a spreadsheet does not run it,
// lib/directory/export.ts) or with a quote; reading it back takes that one quote off again.
const unquoteFormula = (v: string) => (/^'[=+\-@\t\r']/.test(v) ? v.slice(1) : v);

export function formatOf(fileName: string): ImportFormat | null {
  const ext = fileName.toLowerCase().split(".").pop();
  return ext === "csv" ? "csv" : ext === "geojson" ? "geojson" : ext === "json" ? "json" : null;
}

async function* csvRecords(bytes: Uint8Array, decoding: Decoding, read: { bytes: number }): AsyncGenerator<SourceRecord> {
  // One decoded chunk ahead of the parser, not 16 (16 MB of text held at once) as for other object streams.
  // Stryker disable next-line ObjectLiteral: Readable.from reads one item ahead by default already (Node's from.js); said so, not left to it
  const parser = Readable.from(decodedChunks(bytes, decoding.encoding, read), { highWaterMark: 1 }).pipe(
    parse({ columns: true, skip_empty_lines: true, trim: true, relax_column_count: true }),
  );
  let row = 0;
  try {
    for await (const raw of parser as AsyncIterable<Record<string, string>>) {
      const fields: Record<string, string> = {};
      for (const [k, v] of Object.entries(raw)) fields[k] = unquoteFormula(v);
      yield withInvalidBytes({ row: ++row, fields }, decoding);
    }
  } catch (error) {
    throw new UnreadableFile(`not a readable CSV file: ${(error as Error).message}`);
  }
}

function* jsonRecords(bytes: Uint8Array, format: "geojson" | "json", decoding: Decoding, read: { bytes: number }): Generator<SourceRecord> {
  let data: unknown;
  try {
    data = JSON.parse(decodeAll(bytes, decoding.encoding));
  } catch {
    throw new UnreadableFile("not valid JSON");
  }
  read.bytes = bytes.length;
  if (format === "geojson") {
    const features = (data as { type?: string; features?: unknown } | null)?.features;
    if (!Array.isArray(features)) throw new UnreadableFile("not a GeoJSON FeatureCollection");
    for (const [i, f] of (features as { properties?: Record<string, unknown>; geometry?: { type?: string; coordinates?: unknown } }[]).entries()) {
      const c = f?.geometry?.type === "Point" && Array.isArray(f.geometry.coordinates) ? f.geometry.coordinates : null;
      const point = c && typeof c[0] === "number" && typeof c[1] === "number" ? { lng: c[0], lat: c[1] } : undefined;
      const properties = f?.properties && typeof f.properties === "object" ? f.properties : {};
      yield withInvalidBytes({ row: i + 1, ...textFields(properties), point }, decoding);
    }
    return;
  }
  // Object.values of a number, string or boolean holds no list either.
  const list = Array.isArray(data) ? data : Object.values(data ?? {}).find((v) => Array.isArray(v));
  if (!Array.isArray(list)) throw new UnreadableFile("no list of records in this JSON file");
  for (const [i, r] of list.entries()) {
    yield withInvalidBytes({ row: i + 1, ...textFields(r && typeof r === "object" ? (r as Record<string, unknown>) : {}) }, decoding);
  }
}

/**
 * Records from a CSV file (header row; parsed as it is decoded), a GeoJSON FeatureCollection (properties +
 * Point geometry), or a JSON list in the shape of the Ministry of Justice's open registries (an array, or an
 * object holding one). A file that cannot be read at all throws UnreadableFile.
 */
export async function* readRecords(bytes: Uint8Array, format: ImportFormat, decoding: Decoding, read = { bytes: 0 }): AsyncGenerator<SourceRecord> {
  if (format === "csv") yield* csvRecords(bytes, decoding, read);
  else yield* jsonRecords(bytes, format, decoding, read);
}
