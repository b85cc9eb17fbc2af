/** The vocabulary of the directory. Court kinds are the 14 of data/courts (see its SOURCES.md). */
export const ENTRY_KINDS = ["court", "advocate", "notary", "mediator"] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export const PRACTITIONER_KINDS = ["advocate", "notary", "mediator"] as const satisfies readonly EntryKind[];
export type PractitionerKind = (typeof PRACTITIONER_KINDS)[number];

/** Specialised interdistrict courts: one per region (sometimes one per large city) per kind. */
export const SPECIALISED_COURT_KINDS = [
  "economic",
  "juvenile",
  "criminal",
  "investigative",
  "interdistrict_administrative",
  "administrative_offences",
] as const;

export const COURT_KINDS = [
  "supreme",
  "cassation",
  "military_regional",
  "city_republican",
  "oblast",
  "district",
  "city",
  ...SPECIALISED_COURT_KINDS,
  "garrison_military",
] as const;
export type CourtKind = (typeof COURT_KINDS)[number];

export const PRECISIONS = ["building", "settlement", "district"] as const;
export type Precision = (typeof PRECISIONS)[number];

/** Front-office services the Supreme Court's front-office standard lists for court buildings. */
export const FRONT_OFFICE_SERVICES = [
  "reception",
  "digital_queue",
  "payment_terminal",
  "mediator",
  "advocate",
  "notary",
  "open_space",
] as const;
export type FrontOfficeService = (typeof FRONT_OFFICE_SERVICES)[number];

/** What a building offers people with disabilities (a visitor checks these before coming). */
export const ACCESSIBILITY_FEATURES = [
  "step_free_entrance",
  "lift",
  "accessible_toilet",
  "parking",
  "hearing_loop",
  "sign_language_on_request",
] as const;
export type AccessibilityFeature = (typeof ACCESSIBILITY_FEATURES)[number];

/** What a phone number or an e-mail address is for. */
export const CONTACT_PURPOSES = ["chancellery", "reception", "information", "fax", "hotline"] as const;
export type ContactPurpose = (typeof CONTACT_PURPOSES)[number];
/** A practitioner's areas of practice: the filter of the public map and the API (?specialisation=). */
export const SPECIALISATIONS = ["criminal", "civil", "family", "labour", "business", "administrative", "land", "inheritance"] as const;
export type Specialisation = (typeof SPECIALISATIONS)[number];

export const ENTRY_STATUSES = ["active", "closed"] as const;
export type EntryStatus = (typeof ENTRY_STATUSES)[number];

/** ISO 3166-2:KZ codes since the 2022 reform (verified in data/boundaries/SOURCES.md). */
export const REGION_ISO_CODES = [
  "KZ-10", "KZ-11", "KZ-15", "KZ-19", "KZ-23", "KZ-27", "KZ-31", "KZ-33", "KZ-35", "KZ-39",
  "KZ-43", "KZ-47", "KZ-55", "KZ-59", "KZ-61", "KZ-62", "KZ-63", "KZ-71", "KZ-75", "KZ-79",
] as const;
export type RegionIso = (typeof REGION_ISO_CODES)[number];

