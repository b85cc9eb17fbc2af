import { parse } from "csv-parse/sync";

/** One source record: its 1-based position in the file, its fields as text, and a point when the file has one. */
export interface SourceRecord {
  row: number;
  fields: Record<string, string>;
  point?: { lat: number; lng: number };
}

export const IMPORT_FORMATS = ["csv", "geojson", "json"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export class UnreadableFile extends Error {}

const asText = (v: unknown): string => (v === null || v === undefined ? "" : typeof v === "object" ? JSON.stringify(v) : String(v));
const textFields = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, asText(v)]));

export function formatOf(fileName: string): ImportFormat | null {
  const ext = fileName.toLowerCase().split(".").pop();
  return ext === "csv" ? "csv" : ext === "geojson" ? "geojson" : ext === "json" ? "json" : null;
}

/**
 * Records from a CSV file (header row), a GeoJSON FeatureCollection (properties + Point geometry), or a
 * JSON list in the shape of the Ministry of Justice's open registries (an array, or an object holding one).
 */
export function readRecords(text: string, format: ImportFormat): SourceRecord[] {
  const body = text.replace(/^\uFEFF/, "");
  if (format === "csv") {
    try {
      const rows = parse(body, { columns: true, skip_empty_lines: true, trim: true, relax_column_count: true }) as Record<string, string>[];
      return rows.map((fields, i) => ({ row: i + 1, fields }));
    } catch (error) {
      throw new UnreadableFile(`not a readable CSV file: ${(error as Error).message}`);
    }
  }
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    throw new UnreadableFile("not valid JSON");
  }
  if (format === "geojson") {
    const features = (data as { type?: string; features?: unknown }).features;
    if (!Array.isArray(features)) throw new UnreadableFile("not a GeoJSON FeatureCollection");
    return features.map((f: { properties?: Record<string, unknown>; geometry?: { type?: string; coordinates?: unknown } }, i) => {
      const c = f?.geometry?.type === "Point" && Array.isArray(f.geometry.coordinates) ? f.geometry.coordinates : null;
      const point = c && typeof c[0] === "number" && typeof c[1] === "number" ? { lng: c[0], lat: c[1] } : undefined;
      return { row: i + 1, fields: textFields(f?.properties ?? {}), point };
    });
  }
  const list = Array.isArray(data) ? data : Object.values(data as object).find((v) => Array.isArray(v));
  if (!Array.isArray(list)) throw new UnreadableFile("no list of records in this JSON file");
  return list.map((r, i) => ({ row: i + 1, fields: textFields(r && typeof r === "object" ? (r as Record<string, unknown>) : {}) }));
}
