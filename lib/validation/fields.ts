import { z } from "zod";
import { COURT_KINDS, ENTRY_KINDS, ENTRY_STATUSES, FRONT_OFFICE_SERVICES, PRECISIONS, REGION_ISO_CODES, SPECIALISATIONS } from "../directory/kinds";

export const EntryKindSchema = z.enum(ENTRY_KINDS).meta({ id: "EntryKind" });
export const CourtKindSchema = z.enum(COURT_KINDS).meta({ id: "CourtKind" });
export const PrecisionSchema = z
  .enum(PRECISIONS)
  .meta({ id: "Precision", description: "building: the office itself; settlement: the town or village centre; district: somewhere in the district" });
export const EntryStatusSchema = z.enum(ENTRY_STATUSES).meta({ id: "EntryStatus" });
export const FrontOfficeServiceSchema = z.enum(FRONT_OFFICE_SERVICES).meta({ id: "FrontOfficeService" });
export const SpecialisationSchema = z.enum(SPECIALISATIONS).meta({ id: "Specialisation", description: "a practitioner's area of practice" });
export const RegionIsoSchema = z.enum(REGION_ISO_CODES, { error: "must be one of the 20 ISO 3166-2:KZ region codes, e.g. KZ-75" });

export const LatitudeSchema = z.number().min(-90).max(90);
export const LongitudeSchema = z.number().min(-180).max(180);

export const LocalizedNameSchema = z
  .object({ kk: z.string().optional(), ru: z.string().optional(), en: z.string().optional() })
  .meta({ id: "LocalizedName" });

export const PhoneSchema = z
  .object({ number: z.string().meta({ description: "E.164 where known" }), purpose: z.string().optional() })
  .meta({ id: "Phone" });
export const EmailSchema = z.object({ address: z.string(), purpose: z.string().optional() }).meta({ id: "Email" });

export const LocationSchema = z
  .object({ lat: LatitudeSchema, lng: LongitudeSchema, precision: PrecisionSchema })
  .meta({ id: "Location" });
