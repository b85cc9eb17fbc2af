import { parsePhoneNumberFromString } from "libphonenumber-js";
import { z } from "zod";
import { LOCALES } from "../../i18n/locales";
import { openingHoursProblem } from "../directory/facts/opening-hours";
import { AccessibilityFeatureSchema, ContactPurposeSchema, CourtKindSchema, EntryKindSchema, FrontOfficeServiceSchema, LanguageSchema, LatitudeSchema, LongitudeSchema, PrecisionSchema, RegionIsoSchema } from "./fields";

// What an editor, a practitioner or an import may write into an entry. The same schemas validate the
// write API, the admin forms and the importer, and describe the write API in the OpenAPI document.

// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Free text: trimmed, bounded, no control characters; an empty field means "not given". */
export const textField = (max: number) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z
      .string()
      .trim()
      .max(max, `must be at most ${max} characters`)
      .refine((s) => !CONTROL_CHARACTERS.test(s), "must not contain control characters")
      .optional(),
  );

/** A phone number in any usual Kazakh form ("8 701 463 13 53", "87015779119", "+7 (701) …") to E.164. */
export function toE164(text: string): string | null {
  let e164 = parsedPhones.get(text);
  // Stryker disable next-line ConditionalExpression: parsing again gives the same answer; the cache only saves the work (an import of 100 000 rows)
  if (e164 === undefined) {
    const phone = parsePhoneNumberFromString(text, "KZ");
    e164 = phone?.isValid() ? phone.number : null;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: bounds the cache's memory only; every answer is the same
    if (parsedPhones.size > 200_000) parsedPhones.clear();
    parsedPhones.set(text, e164);
    if (e164) parsedPhones.set(e164, e164); // the schema checks the normalised number again
  }
  return e164;
}
const parsedPhones = new Map<string, string | null>();

export const PhoneNumberSchema = z
  .string()
  .trim()
  .max(40)
  .transform((s, ctx) => {
    const e164 = toE164(s);
    if (e164 === null) {
      ctx.addIssue({ code: "custom", message: "is not a valid phone number" });
      return z.NEVER;
    }
    return e164;
  })
  .meta({ description: "any usual form; stored as E.164 (+77011234567)" });

/** yyyy-mm-dd that exists in the calendar. */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date yyyy-mm-dd")
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, "is not a real date");

// An empty purpose (a form's "—") means none.
const purpose = z.preprocess((v) => (v === "" ? undefined : v), ContactPurposeSchema.optional());

export const PhoneInputSchema = z.object({ number: PhoneNumberSchema, purpose }).meta({ id: "PhoneInput" });
export const EmailInputSchema = z
  .object({ address: z.email("is not a valid e-mail address").max(200), purpose })
  .meta({ id: "EmailInput" });

export const LocationInputSchema = z
  .object({ lat: LatitudeSchema, lng: LongitudeSchema, precision: PrecisionSchema })
  .meta({ id: "LocationInput" });

const NameInputSchema = z.object({ kk: textField(300), ru: textField(300), en: textField(300) });

/** An address in parts; a part left empty is not known. Kazakh postal codes: 6 digits (010000) or Kazpost's 7-character codes (Z05T3E5). */
export const AddressInputSchema = z
  .object({
    postalCode: z.preprocess(
      (v) => (typeof v === "string" ? v.trim().toUpperCase() : v),
      z.string().regex(/^(\d{6}|[A-Z]\d{2}[A-Z0-9]{4})?$/, "must be a postal code like 010000 or Z05T3E5").optional(),
    ),
    locality: textField(200),
    street: textField(200),
    building: textField(50),
    office: textField(50),
  })
  .meta({ id: "AddressInput" });
export type AddressInput = z.output<typeof AddressInputSchema>;

/** Opening hours in OpenStreetMap's opening_hours syntax, checked by the package that evaluates them. */
export const OpeningHoursInputSchema = textField(500).superRefine((v, ctx) => {
  const problem = v ? openingHoursProblem(v) : null;
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

export const FormerNameInputSchema = z
  .object({ name: z.string().trim().min(1, "give the former name").max(300, "must be at most 300 characters"), lang: LanguageSchema, until: z.preprocess((v) => (v === "" ? undefined : v), IsoDateSchema.optional()) })
  .meta({ id: "FormerNameInput" });

const contactShape = {
  address: textField(500),
  phones: z.array(PhoneInputSchema).max(10, "at most 10 phone numbers").default([]),
  emails: z.array(EmailInputSchema).max(10, "at most 10 e-mail addresses").default([]),
  website: z.preprocess((v) => (v === "" ? undefined : v), z.url({ protocol: /^https?$/, error: "must be an http(s) address" }).max(300).optional()),
  openingHours: OpeningHoursInputSchema,
  languages: z.array(z.enum(LOCALES)).max(3).default([]),
  visitingAddress: AddressInputSchema.nullable().default(null),
  postalAddress: AddressInputSchema.nullable().default(null),
  services: z.array(FrontOfficeServiceSchema).max(20).default([]),
  accessibilityFeatures: z.array(AccessibilityFeatureSchema).max(20).default([]),
};

/** The contact details a practitioner may change on their own listing (moderated). */
export const ContactInputSchema = z.object(contactShape).meta({ id: "ContactInput" });
export type ContactInput = z.output<typeof ContactInputSchema>;

const entryShape = {
  kind: EntryKindSchema,
  courtKind: CourtKindSchema.optional(),
  name: NameInputSchema,
  regionIso: RegionIsoSchema.nullable().default(null),
  districtKato: textField(20),
  locality: textField(200),
  ...contactShape,
  accessibility: textField(1000),
  formerNames: z.array(FormerNameInputSchema).max(20, "at most 20 former names").default([]),
  licenceNumber: textField(50),
  licenceIssuedOn: IsoDateSchema.optional(),
  memberSince: IsoDateSchema.optional(),
  location: LocationInputSchema.nullable().default(null),
  locationNote: textField(500),
};

export interface EntryRuleIssue {
  path: string[];
  message: string;
}

/** The rules that tie fields together; an edit checks them on the entry as it will be after the change. */
export function entryRuleIssues(e: { kind: string; courtKind?: string | null; name: { kk?: string | null; ru?: string | null; en?: string | null } }): EntryRuleIssue[] {
  const issues: EntryRuleIssue[] = [];
  if (!e.name.kk && !e.name.ru && !e.name.en) issues.push({ path: ["name", "ru"], message: "give the name in at least one language" });
  if (e.kind === "court" && !e.courtKind) issues.push({ path: ["courtKind"], message: "a court needs its kind" });
  if (e.kind !== "court" && e.courtKind) issues.push({ path: ["courtKind"], message: "only courts have a court kind" });
  return issues;
}

export const EntryInputSchema = z
  .object(entryShape)
  .superRefine((e, ctx) => {
    for (const issue of entryRuleIssues(e)) ctx.addIssue({ code: "custom", ...issue });
  })
  .meta({ id: "EntryInput" });
export type EntryInput = z.output<typeof EntryInputSchema>;

export const VersionSchema = z.int().positive().meta({ description: "the version the edit started from (optimistic concurrency)" });

// An edit names only the fields it changes: a field the form does not show (or did not touch) keeps its stored
// value instead of being reset to a default, so no default may fill in an absent key here. A named field that
// is null is cleared, except the two every entry must have.
const REQUIRED_FIELDS = new Set(["kind", "name"]);
const clearable = <S extends z.ZodType>(schema: S) => z.preprocess((v) => (v === null ? undefined : v), schema.optional());
const patchShape = Object.fromEntries(
  Object.entries(entryShape).map(([key, schema]) => {
    const base = schema instanceof z.ZodDefault ? schema.unwrap() : schema;
    return [key, REQUIRED_FIELDS.has(key) ? base.optional() : clearable(base)];
  }),
) as unknown as { [K in keyof typeof entryShape]: z.ZodOptional<z.ZodType<z.output<(typeof entryShape)[K]>>> };

/** The fields an edit changes; absent fields keep their stored values, null clears one. */
export const EntryPatchSchema = z.object(patchShape).meta({ id: "EntryPatch" });
export type EntryPatch = z.output<typeof EntryPatchSchema>;

export const EntryUpdateSchema = z.object({ version: VersionSchema, entry: EntryPatchSchema }).meta({ id: "EntryUpdate" });
export const VersionOnlySchema = z.object({ version: VersionSchema, note: textField(500) });
/** Closing names, where there is one, the entry its work went to (an active entry of a fitting kind). */
export const CloseEntrySchema = VersionOnlySchema.extend({
  replacedBy: textField(100).meta({ description: "the id of the active entry that takes over its work (a court's cases, a notary's files)" }),
}).meta({ id: "CloseEntry" });

/** A practitioner's own new listing: a licence or registry number is required. */
export const ListingInputSchema = EntryInputSchema.refine((e) => e.kind !== "court", { path: ["kind"], message: "practitioners list advocates, notaries or mediators" })
  .refine((e) => !!e.licenceNumber, { path: ["licenceNumber"], message: "a licence or registry number is required" })
  .meta({ id: "ListingInput" });
