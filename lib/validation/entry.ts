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
} from "./fields";

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
    location: LocationSchema.nullable(),
    locationNote: z.string().optional(),
    source: z.string(),
    sample: z.boolean().meta({ description: "true for fictional practitioners generated for demonstration" }),
    status: EntryStatusSchema,
    replacedBy: z.string().optional().meta({ description: "a closed entry: the id of the entry its work went to" }),
    updatedAt: z.string(),
    verifiedAt: z.string().optional(),
  })
  .meta({ id: "Entry" });
export type ApiEntry = z.infer<typeof ApiEntrySchema>;

export const NearestEntrySchema = ApiEntrySchema.extend({ distanceKm: z.number() }).meta({ id: "NearestEntry" });
export type NearestEntry = z.infer<typeof NearestEntrySchema>;
