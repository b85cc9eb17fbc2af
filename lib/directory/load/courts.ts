import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { emailList, phoneList } from "../../db/list-columns";
import type { SourceEntry } from "./upsert";

interface CourtRow {
  source_id: string;
  name_ru: string;
  name_kk: string;
  name_en: string;
  court_level: string;
  court_kind: string;
  region_iso: string;
  locality: string;
  address: string;
  lat: string;
  lon: string;
  phone: string;
  email: string;
  website: string;
  source: string;
  location_precision: string;
  district_kato: string;
  locality_ru: string;
  location_source: string;
  location_note: string;
}

const orNull = (s: string | undefined) => (s && s.trim() !== "" ? s.trim() : null);

/** data/courts/courts-located.csv as entries. Empty fields stay empty: nothing is guessed. */
export function readCourts(dataDir: string): SourceEntry[] {
  const rows = parse<CourtRow>(fs.readFileSync(path.join(dataDir, "courts", "courts-located.csv")), {
    columns: true,
    skip_empty_lines: true,
  });
  return rows.map((r) => {
    const located = r.location_precision !== "none" && r.lat !== "" && r.lon !== "";
    return {
      id: r.source_id,
      kind: "court",
      courtKind: r.court_kind,
      courtLevel: orNull(r.court_level),
      nameRu: r.name_ru,
      nameKk: orNull(r.name_kk),
      nameEn: orNull(r.name_en),
      regionIso: orNull(r.region_iso),
      districtKato: orNull(r.district_kato),
      locality: orNull(r.locality_ru) ?? orNull(r.locality),
      address: orNull(r.address),
      phones: phoneList.serialize(orNull(r.phone) ? [{ number: r.phone.trim() }] : []),
      emails: emailList.serialize(orNull(r.email) ? [{ address: r.email.trim() }] : []),
      website: orNull(r.website),
      lat: located ? Number(r.lat) : null,
      lng: located ? Number(r.lon) : null,
      precision: located ? r.location_precision : null,
      locationNote: [r.location_source, r.location_note].map(orNull).filter(Boolean).join("; ") || null,
      source: r.source,
      sample: false,
    };
  });
}
