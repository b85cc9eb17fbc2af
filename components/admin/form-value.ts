import type { Locale } from "@/i18n/locales";
import type { z } from "zod";
import type { AdminEntry } from "@/lib/validation/admin";
import type { ApiEntry } from "@/lib/validation/entry";
import type { FieldErrors } from "./field-errors";

export interface AddressForm {
  postalCode: string;
  locality: string;
  street: string;
  building: string;
  office: string;
}
const ADDRESS_PARTS = ["postalCode", "locality", "street", "building", "office"] as const;
const emptyAddress = (): AddressForm => ({ postalCode: "", locality: "", street: "", building: "", office: "" });
const addressForm = (a: Partial<AddressForm> | undefined): AddressForm => ({ ...emptyAddress(), ...a });
/** No part given is no address. */
const addressInput = (a: AddressForm) => (ADDRESS_PARTS.some((k) => a[k].trim() !== "") ? a : null);

/** An entry as the form holds it: every field as text, as the inputs give it. */
export interface FormValue {
  kind: string;
  courtKind: string;
  name: Record<Locale, string>;
  regionIso: string;
  locality: string;
  address: string;
  visitingAddress: AddressForm;
  postalAddress: AddressForm;
  phones: { number: string; purpose: string }[];
  emails: { address: string; purpose: string }[];
  website: string;
  openingHours: string;
  services: string[];
  accessibility: string;
  accessibilityFeatures: string[];
  formerNames: { name: string; lang: string; until: string }[];
  licenceNumber: string;
  licenceIssuedOn: string;
  memberSince: string;
  languages: string[];
  location: { lat: string; lng: string; precision: string } | null;
  locationNote: string;
}

export const emptyForm = (kind = "advocate"): FormValue => ({
  kind,
  courtKind: "",
  name: { kk: "", ru: "", en: "" },
  regionIso: "",
  locality: "",
  address: "",
  visitingAddress: emptyAddress(),
  postalAddress: emptyAddress(),
  phones: [],
  emails: [],
  website: "",
  openingHours: "",
  services: [],
  accessibility: "",
  accessibilityFeatures: [],
  formerNames: [],
  licenceNumber: "",
  licenceIssuedOn: "",
  memberSince: "",
  languages: [],
  location: null,
  locationNote: "",
});

/** An entry from the API (public or admin shape) as form values. */
export function formFromEntry(e: ApiEntry & Partial<Pick<AdminEntry, "licenceIssuedOn" | "memberSince">>): FormValue {
  return {
    kind: e.kind,
    courtKind: e.courtKind ?? "",
    name: { kk: e.name.kk ?? "", ru: e.name.ru ?? "", en: e.name.en ?? "" },
    regionIso: e.regionIso ?? "",
    locality: e.locality ?? "",
    address: e.address ?? "",
    visitingAddress: addressForm(e.visitingAddress),
    postalAddress: addressForm(e.postalAddress),
    phones: e.phones.map((p) => ({ number: p.number, purpose: p.purpose ?? "" })),
    emails: e.emails.map((m) => ({ address: m.address, purpose: m.purpose ?? "" })),
    website: e.website ?? "",
    openingHours: e.openingHours ?? "",
    services: e.services ?? [],
    accessibility: e.accessibility ?? "",
    accessibilityFeatures: e.accessibilityFeatures ?? [],
    formerNames: (e.formerNames ?? []).map((n) => ({ name: n.name, lang: n.lang, until: n.until ?? "" })),
    licenceNumber: e.licenceNumber ?? "",
    licenceIssuedOn: e.licenceIssuedOn ?? "",
    memberSince: e.memberSince ?? "",
    languages: e.languages ?? [],
    location: e.location ? { lat: String(e.location.lat), lng: String(e.location.lng), precision: e.location.precision } : null,
    locationNote: e.locationNote ?? "",
  };
}

/** Form values as the input the API's zod schemas read (they trim, drop empty text and normalise phones). */
export function formToInput(v: FormValue): Record<string, unknown> {
  const num = (s: string) => (s.trim() === "" ? Number.NaN : Number(s));
  return {
    ...v,
    courtKind: v.courtKind || undefined,
    regionIso: v.regionIso || null,
    visitingAddress: addressInput(v.visitingAddress),
    postalAddress: addressInput(v.postalAddress),
    licenceIssuedOn: v.licenceIssuedOn || undefined,
    memberSince: v.memberSince || undefined,
    location: v.location ? { lat: num(v.location.lat), lng: num(v.location.lng), precision: v.location.precision } : null,
  };
}

/** The input fields whose value differs from the form as it was loaded: all that an edit sends. */
export function changedFields(initial: FormValue, current: FormValue): string[] {
  const before = formToInput(initial);
  const after = formToInput(current);
  return Object.keys(after).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}

/** Only the named fields of the input (null for one emptied): an edit writes what the person changed and leaves the rest as stored. */
export const pickFields = (input: Record<string, unknown>, fields: string[]) => Object.fromEntries(fields.map((f) => [f, input[f] ?? null]));

/** Validates with the same schema the API uses; returns the parsed input or the error codes by field. */
export function validate<S extends z.ZodType>(schema: S, v: FormValue): { data: z.output<S> } | { errors: FieldErrors } {
  const parsed = schema.safeParse(formToInput(v));
  if (parsed.success) return { data: parsed.data };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) errors[issue.path.join(".")] ??= issue.code;
  return { errors };
}
