import type { Entry } from "../db/generated/client";
import { accessibilityList, addressColumn, emailList, formerNameList, languageList, listColumn, phoneList, serviceList } from "../db/list-columns";
import type { ContactInput, EntryInput, EntryPatch } from "../validation/entry-input";

/** The columns of an entry that carry content; every revision records each one that changed. */
export const CONTENT_COLUMNS = [
  "kind", "courtKind", "courtLevel", "nameKk", "nameRu", "nameEn", "formerNames", "regionIso", "districtKato", "locality", "address",
  "visitingAddress", "postalAddress", "phones", "emails", "website", "openingHours", "services", "accessibility", "accessibilityFeatures", "licenceNumber",
  "licenceIssuedOn", "memberSince", "languages", "specialisations", "lat", "lng", "precision", "locationNote", "status",
  "replacedById", "ownerId",
] as const satisfies readonly (keyof Entry)[];
export type ContentColumn = (typeof CONTENT_COLUMNS)[number];
export type EntryContent = Pick<Entry, ContentColumn>;

export interface FieldChange {
  field: ContentColumn;
  before: unknown;
  after: unknown;
}

/** A revision's changes, stored as a JSON list like the entry's own lists. */
export const changeList = listColumn<FieldChange>();

/** Validated contact details as column values (lists as JSON text, absent as null). */
export function contactToContent(
  c: ContactInput,
): Pick<EntryContent, "address" | "visitingAddress" | "postalAddress" | "phones" | "emails" | "website" | "openingHours" | "languages" | "services" | "accessibilityFeatures"> {
  return {
    address: c.address ?? null,
    visitingAddress: addressColumn.serialize(c.visitingAddress),
    postalAddress: addressColumn.serialize(c.postalAddress),
    phones: phoneList.serialize(c.phones.map((p) => (p.purpose ? p : { number: p.number }))),
    emails: emailList.serialize(c.emails.map((e) => (e.purpose ? e : { address: e.address }))),
    website: c.website ?? null,
    openingHours: c.openingHours ?? null,
    languages: languageList.serialize(c.languages),
    services: serviceList.serialize(c.services),
    accessibilityFeatures: accessibilityList.serialize(c.accessibilityFeatures),
  };
}

/** Validated input as column values (the forms do not edit specialisations yet: an edit leaves them as they are). */
export function inputToContent(input: EntryInput): Omit<EntryContent, "status" | "replacedById" | "ownerId" | "courtLevel" | "specialisations"> {
  return {
    ...contactToContent(input),
    kind: input.kind,
    courtKind: input.courtKind ?? null,
    nameKk: input.name.kk ?? null,
    nameRu: input.name.ru ?? null,
    nameEn: input.name.en ?? null,
    regionIso: input.regionIso,
    districtKato: input.districtKato ?? null,
    locality: input.locality ?? null,
    formerNames: formerNameList.serialize(input.formerNames.map((n) => (n.until ? n : { name: n.name, lang: n.lang }))),
    accessibility: input.accessibility ?? null,
    licenceNumber: input.licenceNumber ?? null,
    licenceIssuedOn: input.licenceIssuedOn ?? null,
    memberSince: input.memberSince ?? null,
    lat: input.location?.lat ?? null,
    lng: input.location?.lng ?? null,
    precision: input.location?.precision ?? null,
    locationNote: input.locationNote ?? null,
  };
}

// The input field each column is written from, where the names differ.
const INPUT_FIELD_OF: Partial<Record<ContentColumn, keyof EntryInput>> = {
  nameKk: "name", nameRu: "name", nameEn: "name", lat: "location", lng: "location", precision: "location",
};

/** An input with every list empty and nothing known: what a patch or a stored request lacks stays empty. */
export const EMPTY_INPUT = {
  phones: [], emails: [], languages: [], services: [], accessibilityFeatures: [], formerNames: [], regionIso: null, location: null,
  visitingAddress: null, postalAddress: null, name: {},
} as const;

/** The columns an edit writes: those of the fields it names, and no other. */
export function patchToContent(patch: EntryPatch): Partial<EntryContent> {
  const all = inputToContent({ ...EMPTY_INPUT, ...patch, name: patch.name ?? {} } as EntryInput);
  return Object.fromEntries(Object.entries(all).filter(([column]) => (INPUT_FIELD_OF[column as ContentColumn] ?? column) in patch));
}

/** Field-by-field differences; `before` null means a new entry (every non-empty field is listed). */
export function diffContent(before: Partial<EntryContent> | null, after: Partial<EntryContent>): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of CONTENT_COLUMNS) {
    if (!(field in after)) continue;
    const b = before?.[field] ?? null;
    const a = after[field] ?? null;
    if (b !== a) changes.push({ field, before: b, after: a });
  }
  return changes;
}

export function pickContent(row: Entry): EntryContent {
  return Object.fromEntries(CONTENT_COLUMNS.map((c) => [c, row[c]])) as EntryContent;
}
