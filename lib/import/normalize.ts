import { createHash } from "node:crypto";
import { isLocale } from "../../i18n/locales";
import { ENTRY_KINDS, PRECISIONS, type EntryKind } from "../directory/kinds";
import { EntryInputSchema, toE164, type EntryInput } from "../validation/entry-input";
import { parseRegistryDate } from "./dates";
import { settlementOf, type SettlementFinder } from "./places";
import type { SourceRecord } from "./records";
import type { RegionMatcher } from "./regions";

export type { Problem } from "../validation/import";
import type { Problem } from "../validation/import";

export interface NormalizedRecord {
  row: number;
  id?: string; // an existing entry's id, when the file carries it (our own export)
  input: EntryInput;
  sourceKey: string; // the record's id in its source, else its row
  digest: string;
  districtSourceId: string | null;
}

export interface NormalizeContext {
  defaultKind: EntryKind;
  regionOf: RegionMatcher;
  places: SettlementFinder;
}

// Column names as they appear in the Ministry's registries and in our own CSV/GeoJSON export.
const ALIASES = {
  id: ["id"],
  kind: ["kind"],
  courtKind: ["courtKind", "court_kind"],
  nameRu: ["name", "name_ru", "nameRu", "fullName", "fio"],
  nameKk: ["name_kk", "nameKk"],
  nameEn: ["name_en", "nameEn"],
  region: ["region", "regionIso", "region_iso"],
  locality: ["locality"],
  address: ["address"],
  phones: ["contacts", "phones", "phone"],
  emails: ["emails", "email"],
  website: ["website"],
  openingHours: ["openingHours", "opening_hours"],
  accessibility: ["accessibility"],
  licenceNumber: ["licenseNumber", "licenceNumber", "licence_number"],
  licenceIssuedOn: ["licenseIssuedAt", "licenceIssuedOn"],
  memberSince: ["joinedAt", "memberSince"],
  languages: ["languages"],
  lat: ["lat"],
  lng: ["lng", "lon"],
  precision: ["precision"],
} as const satisfies Record<string, readonly string[]>;
type Field = keyof typeof ALIASES;

const MARKUP = /<\s*\/?\s*[a-z!]|on\w+\s*=|javascript:/i;

// A cell starting with = + - @ is run as a formula by a spreadsheet that opens an export of it (CSV
// injection); no name or address starts that way. Phone numbers (+7…) and coordinates (-…) may, and a
// lone dash is a registry's "none".
const FORMULA = /^[=+\-@]/;
const MAY_START_WITH_SIGN = new Set<string>([...ALIASES.phones, ...ALIASES.lat, ...ALIASES.lng]);
const formulaLooking = (name: string, value: string) => !MAY_START_WITH_SIGN.has(name) && FORMULA.test(value.trim()) && !/^[-\s]+$/.test(value);

/** Every problem of one record (row, field as the file names it, message), or its entry input. */
export function normalizeRecord(record: SourceRecord, ctx: NormalizeContext): { record?: NormalizedRecord; problems: Problem[] } {
  const problems: Problem[] = [];
  const column: Record<string, string> = {};
  const get = (field: Field): string => {
    for (const name of ALIASES[field]) {
      const value = record.fields[name];
      if (value !== undefined && value.trim() !== "") {
        column[field] = name;
        return value.trim();
      }
    }
    column[field] ??= ALIASES[field][0];
    return "";
  };
  const problem = (field: string, message: string) => problems.push({ row: record.row, field: column[field] ?? field, message });

  for (const { field, message } of record.unreadable ?? []) problems.push({ row: record.row, field, message });
  for (const [name, value] of Object.entries(record.fields)) {
    if (MARKUP.test(value)) problems.push({ row: record.row, field: name, message: "contains HTML or script markup" });
    if (formulaLooking(name, value)) problems.push({ row: record.row, field: name, message: `starts with "${value.trim()[0]}": a spreadsheet would run it as a formula` });
  }

  const kindText = get("kind") || ctx.defaultKind;
  const kind = ENTRY_KINDS.find((k) => k === kindText);
  if (!kind) problem("kind", `"${kindText.slice(0, 40)}" is not one of ${ENTRY_KINDS.join(", ")}`);

  const nameRu = get("nameRu");
  const nameKk = get("nameKk");
  const nameEn = get("nameEn");
  if (!nameRu && !nameKk && !nameEn) problem("nameRu", "the name is empty");

  const regionText = get("region");
  const regionIso = regionText ? ctx.regionOf(regionText) : null;
  if (regionText && !regionIso) problem("region", `"${regionText.slice(0, 60)}" is not a region of Kazakhstan`);

  const phones: { number: string }[] = [];
  const phoneText = get("phones");
  for (const part of phoneText.split(/[,;]|\s{2,}/).map((s) => s.trim()).filter(Boolean)) {
    const e164 = toE164(part);
    if (e164) phones.push({ number: e164 });
    else problem("phones", `"${part.slice(0, 40)}" is not a phone number`);
  }
  const emails = get("emails").split(/[,;\s]/).filter(Boolean).map((address) => ({ address }));

  const dates: Partial<Record<"licenceIssuedOn" | "memberSince", string>> = {};
  for (const field of ["licenceIssuedOn", "memberSince"] as const) {
    const text = get(field);
    if (!text) continue;
    const parsed = parseRegistryDate(text);
    if ("error" in parsed) problem(field, parsed.error);
    else dates[field] = parsed.date;
  }

  const address = get("address");
  let location: EntryInput["location"] = null;
  let locality = get("locality") || undefined;
  let districtSourceId: string | null = null;
  const latText = get("lat");
  const lngText = get("lng");
  const point = record.point ?? (latText && lngText ? { lat: Number(latText), lng: Number(lngText) } : undefined);
  if (point) {
    const precision = PRECISIONS.find((p) => p === get("precision")) ?? "building";
    location = { lat: point.lat, lng: point.lng, precision };
  } else {
    // Placed at the settlement the locality or address names; no guess when it names none we know.
    const place = settlementOf(ctx.places, { locality, address, regionIso });
    if (place) {
      location = { lat: place.lat, lng: place.lng, precision: "settlement" };
      districtSourceId = place.districtSourceId;
      locality ??= place.name;
    }
  }

  const languages = get("languages").split(/[,;\s]/).filter(isLocale);
  const candidate = {
    kind: kind ?? ctx.defaultKind,
    courtKind: get("courtKind") || undefined,
    name: { ru: nameRu, kk: nameKk, en: nameEn },
    regionIso,
    locality,
    address,
    phones,
    emails,
    website: get("website"),
    openingHours: get("openingHours"),
    accessibility: get("accessibility"),
    licenceNumber: get("licenceNumber"),
    ...dates,
    languages,
    location,
  };
  const parsed = EntryInputSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (issue.path[0] === "name" && !nameRu && !nameKk && !nameEn) continue; // already reported
      problem(String(issue.path[0] ?? "row"), `${issue.path.join(".")}: ${issue.message}`);
    }
  }
  if (problems.length > 0 || !parsed.success) return { problems };
  const sourceKey = get("id") || String(record.row);
  const digest = createHash("sha256").update(JSON.stringify(record.fields)).digest("hex");
  const id = /^[a-z]+-[\w-]+$/.test(get("id")) ? get("id") : undefined;
  return { record: { row: record.row, id, input: parsed.data, sourceKey, digest, districtSourceId }, problems };
}
