import { z } from "zod";
import {
  CourtKindSchema,
  EmailSchema,
  EntryKindSchema,
  EntryStatusSchema,
  FrontOfficeServiceSchema,
  LocalizedNameSchema,
  LocationSchema,
  PhoneSchema,
  SpecialisationSchema,
} from "./fields";

/** An entry as the public API returns it. */
export const ApiEntrySchema = z
  .object({
    id: z.string(),
    kind: EntryKindSchema,
    courtKind: CourtKindSchema.optional(),
    name: LocalizedNameSchema,
    regionIso: z.string().nullable(),
    districtKato: z.string().optional(),
    locality: z.string().optional(),
    address: z.string().optional(),
    phones: z.array(PhoneSchema),
    emails: z.array(EmailSchema),
    website: z.string().optional(),
    openingHours: z.string().optional(),
    services: z.array(FrontOfficeServiceSchema),
    accessibility: z.string().optional(),
    licenceNumber: z.string().optional(),
    languages: z.array(z.string()),
    specialisations: z.array(SpecialisationSchema).meta({ description: "a practitioner's areas of practice (the samples' are fictional)" }),
    location: LocationSchema.nullable(),
    locationNote: z.string().optional(),
    source: z.string(),
    sample: z.boolean().meta({ description: "true for fictional practitioners generated for demonstration" }),
    status: EntryStatusSchema,
    replacedBy: z.string().optional(),
    updatedAt: z.string(),
    verifiedAt: z.string().optional(),
  })
  .meta({ id: "Entry" });
export type ApiEntry = z.infer<typeof ApiEntrySchema>;

export const NearestEntrySchema = ApiEntrySchema.extend({ distanceKm: z.number() }).meta({ id: "NearestEntry" });
export type NearestEntry = z.infer<typeof NearestEntrySchema>;
