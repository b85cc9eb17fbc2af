import type { Entry } from "../db/generated/client";
import { emailList, languageList, phoneList, serviceList, specialisationList } from "../db/list-columns";
import type { ApiEntry } from "../validation/entry";
import type { CourtKind, EntryKind, EntryStatus, Precision } from "./kinds";

const opt = <T>(v: T | null): T | undefined => (v === null || v === "" ? undefined : v);

/** The one place a database row becomes an API entry. */
export function toApiEntry(row: Entry): ApiEntry {
  return {
    id: row.id,
    kind: row.kind as EntryKind,
    courtKind: opt(row.courtKind) as CourtKind | undefined,
    name: { kk: opt(row.nameKk), ru: opt(row.nameRu), en: opt(row.nameEn) },
    regionIso: row.regionIso,
    districtKato: opt(row.districtKato),
    locality: opt(row.locality),
    address: opt(row.address),
    phones: phoneList.parse(row.phones),
    emails: emailList.parse(row.emails),
    website: opt(row.website),
    openingHours: opt(row.openingHours),
    services: serviceList.parse(row.services),
    accessibility: opt(row.accessibility),
    licenceNumber: opt(row.licenceNumber),
    languages: languageList.parse(row.languages),
    specialisations: specialisationList.parse(row.specialisations),
    location:
      row.lat !== null && row.lng !== null && row.precision
        ? { lat: row.lat, lng: row.lng, precision: row.precision as Precision }
        : null,
    locationNote: opt(row.locationNote),
    source: row.source,
    sample: row.sample,
    status: row.status as EntryStatus,
    replacedBy: opt(row.replacedById),
    updatedAt: row.updatedAt.toISOString(),
    verifiedAt: row.verifiedAt?.toISOString(),
  };
}

export interface Feature {
  type: "Feature";
  id: string;
  geometry: { type: "Point"; coordinates: [number, number] } | null;
  properties: Record<string, unknown>;
}

/** An API entry as a GeoJSON feature ([lng, lat], RFC 7946); unlocated entries keep a null geometry. */
export function toFeature(entry: ApiEntry & { distanceKm?: number }): Feature {
  const { location, ...properties } = entry;
  return {
    type: "Feature",
    id: entry.id,
    geometry: location ? { type: "Point", coordinates: [location.lng, location.lat] } : null,
    properties: { ...properties, precision: location?.precision ?? null },
  };
}

/** An entry as the admin side sees it: the public form plus what editing needs. */
export function toAdminEntry(row: Entry) {
  return {
    ...toApiEntry(row),
    version: row.version,
    licenceIssuedOn: opt(row.licenceIssuedOn),
    memberSince: opt(row.memberSince),
    ownerId: opt(row.ownerId),
  };
}
export type AdminEntry = ReturnType<typeof toAdminEntry>;
