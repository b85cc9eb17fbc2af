import { z } from "zod";
import { LOCALES } from "../../i18n/locales";
import { ACCESSIBILITY_FEATURES, CONTACT_PURPOSES, COURT_KINDS, ENTRY_KINDS, ENTRY_STATUSES, FRONT_OFFICE_SERVICES, PRECISIONS, REGION_ISO_CODES, SPECIALISATIONS } from "../directory/kinds";

export const EntryKindSchema = z.enum(ENTRY_KINDS).meta({ id: "EntryKind" });
export const CourtKindSchema = z.enum(COURT_KINDS).meta({ id: "CourtKind" });
export const PrecisionSchema = z
  .enum(PRECISIONS)
  .meta({ id: "Precision", description: "building: the office itself; settlement: the town or village centre; district: somewhere in the district" });
export const EntryStatusSchema = z.enum(ENTRY_STATUSES).meta({ id: "EntryStatus" });
export const FrontOfficeServiceSchema = z.enum(FRONT_OFFICE_SERVICES).meta({ id: "FrontOfficeService" });
export const AccessibilityFeatureSchema = z.enum(ACCESSIBILITY_FEATURES).meta({ id: "AccessibilityFeature" });
export const ContactPurposeSchema = z.enum(CONTACT_PURPOSES, { error: `must be one of ${CONTACT_PURPOSES.join(", ")}` }).meta({ id: "ContactPurpose" });
export const LanguageSchema = z.enum(LOCALES).meta({ id: "Language" });
export const SpecialisationSchema = z.enum(SPECIALISATIONS).meta({ id: "Specialisation", description: "a practitioner's area of practice" });
export const RegionIsoSchema = z.enum(REGION_ISO_CODES, { error: "must be one of the 20 ISO 3166-2:KZ region codes, e.g. KZ-75" });

export const LatitudeSchema = z.number().min(-90).max(90);
export const LongitudeSchema = z.number().min(-180).max(180);

export const LocalizedNameSchema = z
  .object({ kk: z.string().optional(), ru: z.string().optional(), en: z.string().optional() })
  .meta({ id: "LocalizedName" });

export const PhoneSchema = z
  .object({ number: z.string().meta({ description: "E.164 where known" }), purpose: ContactPurposeSchema.optional() })
  .meta({ id: "Phone" });
export const EmailSchema = z.object({ address: z.string(), purpose: ContactPurposeSchema.optional() }).meta({ id: "Email" });

export const AddressSchema = z
  .object({
    postalCode: z.string().optional(),
    locality: z.string().optional(),
    street: z.string().optional(),
    building: z.string().optional(),
    office: z.string().optional(),
  })
  .meta({ id: "Address", description: "an address in parts; absent parts are not known" });

export const FormerNameSchema = z
  .object({ name: z.string(), lang: LanguageSchema, until: z.string().optional().meta({ description: "yyyy-mm-dd: the last day the name was used" }) })
  .meta({ id: "FormerName" });

export const LocationSchema = z
  .object({ lat: LatitudeSchema, lng: LongitudeSchema, precision: PrecisionSchema })
  .meta({ id: "Location" });
