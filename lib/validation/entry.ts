import { z } from "zod";
import {
  AccessibilityFeatureSchema,
  AddressSchema,
  CourtKindSchema,
  EmailSchema,
  EntryKindSchema,
  EntryStatusSchema,
  FormerNameSchema,
  FrontOfficeServiceSchema,
  LocalizedNameSchema,
  LocationSchema,
  PhoneSchema,
  SpecialisationSchema,
} from "./fields";

/** Where one fact of an entry came from (GET /api/v1/entries/{id} only): no person is named. */
export const FactSourceSchema = z
  .object({
    field: z.string().meta({ description: "the entry field: address, phones, website…" }),
    origin: z.enum(["published", "visitor", "court_staff", "practitioner", "editor"]).meta({
      description: "published: copied from a public page; visitor / court_staff / practitioner: proposed, then approved by an editor; editor: entered by one",
    }),
    url: z.string().optional().meta({ description: "the page the fact was published on, or the source its proposer gave" }),
    publishedOn: z.string().optional().meta({ description: "the page's date as shown on it: yyyy, yyyy-mm or yyyy-mm-dd" }),
    recordedAt: z.string().meta({ description: "when it was approved (or loaded)" }),
    verified: z.boolean().meta({ description: "false for a published fact matched to this entry with medium confidence" }),
  })
  .meta({ id: "FactSource" });
export type ApiFactSource = z.infer<typeof FactSourceSchema>;

/** An entry as the public API returns it. */
export const ApiEntrySchema = z
  .object({
    id: z.string(),
    kind: EntryKindSchema,
    courtKind: CourtKindSchema.optional(),
    name: LocalizedNameSchema,
    formerNames: z.array(FormerNameSchema).optional().meta({ description: "names the entry had before (always given by this API; optional for older clients' types)" }),
    regionIso: z.string().nullable(),
    districtKato: z.string().optional(),
    locality: z.string().optional(),
    address: z.string().optional().meta({ description: "the address as one line, as the source gave it (shown where visitingAddress is not known)" }),
    visitingAddress: AddressSchema.optional(),
    postalAddress: AddressSchema.optional().meta({ description: "where letters go, when it differs from the visiting address" }),
    phones: z.array(PhoneSchema),
    emails: z.array(EmailSchema),
    website: z.string().optional(),
    openingHours: z.string().optional().meta({ description: "OpenStreetMap opening_hours syntax, in Kazakhstan time (Asia/Almaty, UTC+5)" }),
    services: z.array(FrontOfficeServiceSchema),
    accessibility: z.string().optional().meta({ description: "a free-text note on access" }),
    accessibilityFeatures: z.array(AccessibilityFeatureSchema).optional().meta({ description: "always given by this API" }),
    licenceNumber: z.string().optional(),
    languages: z.array(z.string()),
    specialisations: z.array(SpecialisationSchema).meta({ description: "a practitioner's areas of practice (the samples' are fictional)" }),
    location: LocationSchema.nullable(),
    locationNote: z.string().optional(),
    source: z.string(),
    sample: z.boolean().meta({ description: "true for fictional practitioners generated for demonstration" }),
    status: EntryStatusSchema,
    replacedBy: z.string().optional().meta({ description: "a closed entry: the id of the entry its work went to" }),
    updatedAt: z.string(),
    verifiedAt: z.string().optional().meta({ description: "last verified: when an editor last approved a fact of it" }),
    sources: z.array(FactSourceSchema).optional().meta({ description: "one entry's answer only: where each field's value came from" }),
  })
  .meta({ id: "Entry" });
export type ApiEntry = z.infer<typeof ApiEntrySchema>;

export const NearestEntrySchema = ApiEntrySchema.extend({ distanceKm: z.number() }).meta({ id: "NearestEntry" });
export type NearestEntry = z.infer<typeof NearestEntrySchema>;
