import { describe, expect, it } from "vitest";
import { ApproveSchema } from "@/lib/validation/admin";
import { CorrectionSchema } from "@/lib/validation/corrections";
import {
  AddressInputSchema,
  CloseEntrySchema,
  ContactInputSchema,
  EntryInputSchema,
  EntryPatchSchema,
  entryRuleIssues,
  FormerNameInputSchema,
  IsoDateSchema,
  ListingInputSchema,
  OpeningHoursInputSchema,
  PhoneInputSchema,
  PhoneNumberSchema,
  textField,
  toE164,
} from "@/lib/validation/entry-input";
import { ImportQuerySchema } from "@/lib/validation/import";

const messages = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  r.success ? [] : r.error!.issues.map((i) => `${i.path.join(".")}: ${i.message}`);

describe("textField", () => {
  const f = textField(5);
  it("trims; blank is not given; bounded; no control characters", () => {
    expect(f.parse("  abc ")).toBe("abc");
    expect(f.parse("   ")).toBeUndefined();
    expect(f.parse("")).toBeUndefined();
    expect(f.parse(undefined)).toBeUndefined();
    expect(f.parse("abcde")).toBe("abcde");
    expect(messages(f.safeParse("abcdef"))).toEqual([": must be at most 5 characters"]);
    expect(messages(f.safeParse("a\u0007b"))).toEqual([": must not contain control characters"]);
    for (const c of ["\u0000", "\u0008", "\u000b", "\u000c", "\u000e", "\u001f", "\u007f"]) expect(f.safeParse(`a${c}b`).success, JSON.stringify(c)).toBe(false);
    // Tab, line feed and carriage return inside the text are allowed.
    for (const c of ["\t", "\n", "\r"]) expect(f.safeParse(`a${c}b`).success, JSON.stringify(c)).toBe(true);
    expect(f.safeParse(5).success).toBe(false);
  });
});

describe("phones", () => {
  it("every usual Kazakh form becomes E.164; what is not a number is refused", () => {
    for (const typed of ["8 701 463 13 53", "87014631353", "+7 (701) 463-13-53", "7014631353", "+77014631353"]) expect(toE164(typed), typed).toBe("+77014631353");
    expect(toE164("12")).toBeNull();
    expect(toE164("not a phone")).toBeNull();
    // Asked twice, the same answer (the second from the cache); the E.164 form itself is valid too.
    expect(toE164("12")).toBeNull();
    expect(toE164("+77014631353")).toBe("+77014631353");
    expect(PhoneNumberSchema.parse(" 8 701 463 13 53 ")).toBe("+77014631353");
    expect(messages(PhoneNumberSchema.safeParse("123"))).toEqual([": is not a valid phone number"]);
    expect(PhoneNumberSchema.safeParse("8".repeat(41)).success).toBe(false);
    expect(PhoneInputSchema.parse({ number: "87014631353", purpose: "" })).toEqual({ number: "+77014631353" });
    expect(PhoneInputSchema.parse({ number: "87014631353", purpose: "reception" })).toEqual({ number: "+77014631353", purpose: "reception" });
    expect(PhoneInputSchema.safeParse({ number: "87014631353", purpose: "gossip" }).success).toBe(false);
  });
});

describe("dates", () => {
  it("yyyy-mm-dd that exists in the calendar", () => {
    expect(IsoDateSchema.parse("2024-02-29")).toBe("2024-02-29");
    expect(messages(IsoDateSchema.safeParse("2023-02-29"))).toEqual([": is not a real date"]);
    expect(messages(IsoDateSchema.safeParse("2023-13-01"))).toEqual([": is not a real date"]);
    expect(messages(IsoDateSchema.safeParse("2023-1-01"))[0]).toBe(": must be a date yyyy-mm-dd");
    expect(IsoDateSchema.safeParse("x2023-01-01").success).toBe(false);
    expect(IsoDateSchema.safeParse("2023-01-01x").success).toBe(false);
    expect(FormerNameInputSchema.parse({ name: " Old ", lang: "ru", until: "" })).toEqual({ name: "Old", lang: "ru" });
    expect(FormerNameInputSchema.parse({ name: "Old", lang: "kk", until: "2020-01-31" }).until).toBe("2020-01-31");
    expect(messages(FormerNameInputSchema.safeParse({ name: " ", lang: "ru" }))).toEqual(["name: give the former name"]);
    expect(FormerNameInputSchema.safeParse({ name: "x".repeat(301), lang: "ru" }).success).toBe(false);
  });
});

describe("addresses, hours, website", () => {
  it("postal codes: six digits or Kazpost's seven characters, upper-cased", () => {
    expect(AddressInputSchema.parse({ postalCode: " z05t3e5 " }).postalCode).toBe("Z05T3E5");
    expect(AddressInputSchema.parse({ postalCode: "010000" }).postalCode).toBe("010000");
    expect(AddressInputSchema.parse({ postalCode: "" }).postalCode).toBe("");
    for (const bad of ["01000", "0100000", "ZZ5T3E5", "Z05T3E", "Z05T3E55", "010000x", "x010000x"]) expect(AddressInputSchema.safeParse({ postalCode: bad }).success, bad).toBe(false);
    expect(AddressInputSchema.safeParse({ postalCode: 10000 }).success).toBe(false);
    expect(AddressInputSchema.parse({ locality: "  Алматы " }).locality).toBe("Алматы");
  });

  it("opening hours in OSM syntax, no holidays; empty is none", () => {
    expect(OpeningHoursInputSchema.parse("Mo-Fr 09:00-18:00")).toBe("Mo-Fr 09:00-18:00");
    expect(OpeningHoursInputSchema.parse("")).toBeUndefined();
    expect(messages(OpeningHoursInputSchema.safeParse("whenever"))[0]).toMatch(/opening_hours syntax/);
    expect(messages(OpeningHoursInputSchema.safeParse("Mo-Fr 09:00-18:00; PH off"))[0]).toMatch(/holidays/);
  });

  it("a website is an http(s) address; empty is none", () => {
    expect(ContactInputSchema.parse({ website: "https://sud.kz" }).website).toBe("https://sud.kz");
    expect(ContactInputSchema.parse({ website: "" }).website).toBeUndefined();
    expect(messages(ContactInputSchema.safeParse({ website: "ftp://sud.kz" }))).toEqual(["website: must be an http(s) address"]);
    const defaults = ContactInputSchema.parse({});
    expect(defaults).toMatchObject({ phones: [], emails: [], languages: [], visitingAddress: null, postalAddress: null, services: [], accessibilityFeatures: [] });
    expect(messages(ContactInputSchema.safeParse({ phones: Array(11).fill({ number: "87014631353" }) }))).toEqual(["phones: at most 10 phone numbers"]);
    expect(messages(ContactInputSchema.safeParse({ emails: [{ address: "nope" }] }))).toEqual(["emails.0.address: is not a valid e-mail address"]);
  });
});

describe("the rules that tie an entry's fields together", () => {
  it("a name in some language; courts and only courts have a court kind", () => {
    expect(entryRuleIssues({ kind: "notary", name: { ru: "Н" } })).toEqual([]);
    expect(entryRuleIssues({ kind: "notary", name: { kk: "Н" } })).toEqual([]);
    expect(entryRuleIssues({ kind: "notary", name: { en: "N" } })).toEqual([]);
    expect(entryRuleIssues({ kind: "notary", name: {} })).toEqual([{ path: ["name", "ru"], message: "give the name in at least one language" }]);
    expect(entryRuleIssues({ kind: "court", courtKind: "district", name: { ru: "С" } })).toEqual([]);
    expect(entryRuleIssues({ kind: "court", courtKind: null, name: { ru: "С" } })).toEqual([{ path: ["courtKind"], message: "a court needs its kind" }]);
    expect(entryRuleIssues({ kind: "advocate", courtKind: "district", name: { ru: "А" } })).toEqual([{ path: ["courtKind"], message: "only courts have a court kind" }]);
  });

  it("EntryInput applies them, with defaults for what is not given", () => {
    const e = EntryInputSchema.parse({ kind: "notary", name: { ru: "Нотариус" } });
    expect(e).toMatchObject({ regionIso: null, location: null, formerNames: [], phones: [] });
    expect(messages(EntryInputSchema.safeParse({ kind: "court", name: {} }))).toEqual(["name.ru: give the name in at least one language", "courtKind: a court needs its kind"]);
  });

  it("a listing is a practitioner's, with a licence number", () => {
    expect(ListingInputSchema.safeParse({ kind: "notary", name: { ru: "Н" }, licenceNumber: "L-1" }).success).toBe(true);
    expect(messages(ListingInputSchema.safeParse({ kind: "notary", name: { ru: "Н" } }))).toEqual(["licenceNumber: a licence or registry number is required"]);
    expect(messages(ListingInputSchema.safeParse({ kind: "court", courtKind: "district", name: { ru: "С" }, licenceNumber: "1" }))).toEqual(["kind: practitioners list advocates, notaries or mediators"]);
  });

  it("a patch has no defaults: absent keys stay absent, null clears (but not kind or name)", () => {
    expect(EntryPatchSchema.parse({})).toEqual({});
    expect(EntryPatchSchema.parse({ locality: null, phones: null })).toEqual({ locality: undefined, phones: undefined });
    expect(EntryPatchSchema.safeParse({ kind: null }).success).toBe(false);
    expect(EntryPatchSchema.safeParse({ name: null }).success).toBe(false);
    expect(EntryPatchSchema.parse({ regionIso: "KZ-75" })).toEqual({ regionIso: "KZ-75" });
    expect(CloseEntrySchema.parse({ version: 3, replacedBy: "" })).toEqual({ version: 3 });
    expect(CloseEntrySchema.safeParse({ version: 0 }).success).toBe(false);
  });
});

describe("moderation decisions and corrections", () => {
  it("a rejected field needs a reason", () => {
    expect(ApproveSchema.safeParse({ decisions: [{ field: "phones", accept: true }] }).success).toBe(true);
    expect(messages(ApproveSchema.safeParse({ decisions: [{ field: "phones", accept: true }, { field: "website", accept: false }] }))).toEqual(["decisions.1.reason: give a reason for a rejected field"]);
    expect(ApproveSchema.safeParse({ decisions: [{ field: "website", accept: false, reason: "wrong" }] }).success).toBe(true);
    expect(ApproveSchema.safeParse({}).success).toBe(true);
  });

  it("a correction names its field(s) once each, with a value the field's schema takes", () => {
    expect(CorrectionSchema.parse({ field: "website", value: "https://x.kz", source: "", contact: " me " })).toEqual({ patch: { website: "https://x.kz" }, source: undefined, contact: "me" });
    expect(CorrectionSchema.parse({ changes: [{ field: "locality", value: "Алматы" }, { field: "phones", value: [{ number: "87014631353" }] }] }).patch).toEqual({
      locality: "Алматы",
      phones: [{ number: "+77014631353" }],
    });
    expect(messages(CorrectionSchema.safeParse({}))).toEqual(["field: name the field you correct"]);
    expect(messages(CorrectionSchema.safeParse({ field: "website", value: "https://x.kz", changes: [{ field: "locality", value: "A" }] }))).toEqual(["field: give either field and value or changes, not both"]);
    expect(messages(CorrectionSchema.safeParse({ changes: [{ field: "locality", value: "A" }, { field: "locality", value: "B" }] }))).toEqual(["locality: is corrected twice"]);
    expect(messages(CorrectionSchema.safeParse({ field: "phones", value: [{ number: "12" }] }))).toEqual(["phones.0.number: is not a valid phone number"]);
    expect(messages(CorrectionSchema.safeParse({ field: "phones", value: [] }))).toEqual(["phones: give the new value"]);
    expect(messages(CorrectionSchema.safeParse({ field: "locality", value: "  " }))).toEqual(["locality: give the new value"]);
    expect(CorrectionSchema.parse({ field: "website", value: "https://x.kz", source: "https://egov.kz" }).source).toBe("https://egov.kz");
  });
});

describe("import parameters", () => {
  it("a dry run unless dryRun is false or 0", () => {
    expect(ImportQuerySchema.parse({}).dryRun).toBe(true);
    expect(ImportQuerySchema.parse({ dryRun: "true" }).dryRun).toBe(true);
    expect(ImportQuerySchema.parse({ dryRun: "1" }).dryRun).toBe(true);
    expect(ImportQuerySchema.parse({ dryRun: "false" }).dryRun).toBe(false);
    expect(ImportQuerySchema.parse({ dryRun: "0" }).dryRun).toBe(false);
    expect(ImportQuerySchema.safeParse({ dryRun: "yes" }).success).toBe(false);
    expect(ImportQuerySchema.parse({})).toMatchObject({ fileName: "upload.csv", kind: "advocate", encoding: "auto" });
  });
});
