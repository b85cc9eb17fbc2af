import type { Entry, FactSource } from "../db/generated/client";
import { accessibilityList, addressColumn, emailList, formerNameList, languageList, phoneList, serviceList, specialisationList } from "../db/list-columns";
import type { ApiEntry, ApiFactSource } from "../validation/entry";
import { CONTACT_PURPOSES, type ContactPurpose, type CourtKind, type EntryKind, type EntryStatus, type Precision } from "./kinds";

const opt = <T>(v: T | null): T | undefined => (v === null || v === "" ? undefined : v);

/** A contact with its purpose when the purpose is one of the vocabulary's. */
function withPurpose<K extends "number" | "address">(key: K, item: { purpose?: string } & Record<K, string>) {
  const purpose = CONTACT_PURPOSES.find((p): p is ContactPurpose => p === item.purpose);
  return { [key]: item[key], ...(purpose ? { purpose } : {}) } as Record<K, string> & { purpose?: ContactPurpose };
}

/** A fact's provenance as the public sees it: origin, page and dates, never who (account ids stay inside). */
export function toApiFactSource(row: FactSource): ApiFactSource {
  return {
    field: row.field,
    origin: row.origin as ApiFactSource["origin"],
    url: opt(row.sourceUrl),
    publishedOn: opt(row.publishedOn),
    recordedAt: row.recordedAt.toISOString(),
    verified: row.confidence !== "medium",
  };
}

/** One entry's full answer: the entry with where each of its facts came from. */
export const toApiEntryWithSources = (row: Entry, sources: FactSource[]): ApiEntry => ({ ...toApiEntry(row), sources: sources.map(toApiFactSource) });

/** The one place a database row becomes an API entry. */
export function toApiEntry(row: Entry): ApiEntry {
  return {
    id: row.id,
    kind: row.kind as EntryKind,
    courtKind: opt(row.courtKind) as CourtKind | undefined,
    name: { kk: opt(row.nameKk), ru: opt(row.nameRu), en: opt(row.nameEn) },
    formerNames: formerNameList.parse(row.formerNames),
    regionIso: row.regionIso,
    districtKato: opt(row.districtKato),
    locality: opt(row.locality),
    address: opt(row.address),
    visitingAddress: addressColumn.parse(row.visitingAddress) ?? undefined,
    postalAddress: addressColumn.parse(row.postalAddress) ?? undefined,
    phones: phoneList.parse(row.phones).map((p) => withPurpose("number", p)),
    emails: emailList.parse(row.emails).map((e) => withPurpose("address", e)),
    website: opt(row.website),
    openingHours: opt(row.openingHours),
    services: serviceList.parse(row.services),
    accessibility: opt(row.accessibility),
    accessibilityFeatures: accessibilityList.parse(row.accessibilityFeatures),
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
