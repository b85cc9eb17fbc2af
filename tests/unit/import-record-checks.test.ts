import { describe, expect, it } from "vitest";
import type { Settlement } from "@/lib/places/gazetteer";
import { normalizeRecord, type NormalizeContext } from "@/lib/import/normalize";
import { SettlementFinder } from "@/lib/import/places";
import type { SourceRecord } from "@/lib/import/records";
import { regionMatcher } from "@/lib/import/regions";

// What the importer makes of one record of an administrator's file: the entry it would write, or every
// problem with the row and the column as the file names it.

const REGIONS = [
  { iso: "KZ-11", type: "oblast", nameKk: "Ақмола облысы", nameRu: "Акмолинская область", nameRuAlt: null, nameEn: "Akmola Region" },
  { iso: "KZ-75", type: "city", nameKk: "Алматы", nameRu: "Алматы", nameRuAlt: null, nameEn: "Almaty" },
];
const KOKSHETAU: Settlement = { name: "Kokshetau", lat: 53.28414, lon: 69.39364, population: 124_444, district_ru: "город Кокшетау", region_iso: "KZ-11", district_source_id: "KZ111000" };

const ctx = (): NormalizeContext => ({ defaultKind: "advocate", regionOf: regionMatcher(REGIONS), places: new SettlementFinder([KOKSHETAU]) });
const check = (fields: Record<string, string>, more: Partial<SourceRecord> = {}) => normalizeRecord({ row: 7, fields, ...more }, ctx());
const NAME = { name: "Тестова Алия" };
/** The entry input of a record that has no problem. */
function input(fields: Record<string, string>, more: Partial<SourceRecord> = {}) {
  const { record, problems } = check(fields, more);
  expect(problems).toEqual([]);
  return record!.input;
}

describe("reading a record's columns", () => {
  it("a blank column gives way to the next name the registries use for it; values are trimmed", () => {
    expect(input({ name: "  ", fio: "Касымов Галым", kind: " notary " })).toMatchObject({ name: { ru: "Касымов Галым" }, kind: "notary" });
  });

  it("every field the file gives goes into the entry", () => {
    const entry = input({
      name_ru: "Тестова Алия",
      name_kk: "Тестова Әлия",
      name_en: "Aliya Testova",
      address: "г. Алматы, ул. Абая 1",
      locality: "Алматы",
      region: "г. Алматы",
      emails: "a.testova@example.kz, office@example.kz;  third@example.kz",
      website: "https://testova.example.kz",
      openingHours: "Mo-Fr 09:00-18:00",
      accessibility: "пандус у входа",
      licenseNumber: "LIC-1",
      licenseIssuedAt: "21.12.2017",
      joinedAt: "2004-05-16",
      languages: "ru, kk;en",
    });
    expect(entry).toMatchObject({
      kind: "advocate",
      name: { ru: "Тестова Алия", kk: "Тестова Әлия", en: "Aliya Testova" },
      address: "г. Алматы, ул. Абая 1",
      locality: "Алматы",
      regionIso: "KZ-75",
      emails: [{ address: "a.testova@example.kz" }, { address: "office@example.kz" }, { address: "third@example.kz" }],
      website: "https://testova.example.kz",
      openingHours: "Mo-Fr 09:00-18:00",
      accessibility: "пандус у входа",
      licenceNumber: "LIC-1",
      licenceIssuedOn: "2017-12-21",
      memberSince: "2004-05-16",
      languages: ["ru", "kk", "en"],
    });
  });

  it("a name in Kazakh or English alone is a name", () => {
    expect(input({ name_kk: "Тестова Әлия" }).name).toMatchObject({ kk: "Тестова Әлия" });
    expect(input({ nameEn: "Aliya Testova" }).name).toMatchObject({ en: "Aliya Testova" });
  });

  it("a court with its court kind; words that are no site language are left out", () => {
    expect(input({ name: "Районный суд №2", kind: "court", courtKind: "district", languages: "ru de" })).toMatchObject({ kind: "court", courtKind: "district", languages: ["ru"] });
  });
});

describe("the problems of a record, by the column the file names", () => {
  it("no name in any language: one problem, on the file's name column", () => {
    expect(check({ address: "г. Алматы" })).toEqual({ problems: [{ row: 7, field: "name", message: "the name is empty" }] });
    expect(check({ fio: " ", address: "г. Алматы" }).problems).toEqual([{ row: 7, field: "name", message: "the name is empty" }]);
  });

  it("markup in any column", () => {
    expect(check({ ...NAME, address: '<img src=x onerror="alert(1)">' }).problems).toEqual([{ row: 7, field: "address", message: "contains HTML or script markup" }]);
  });

  it("a cell a spreadsheet would run as a formula, named by its first sign even after spaces", () => {
    expect(check({ name: " =HYPERLINK(\"http://x\")" }).problems).toEqual([{ row: 7, field: "name", message: 'starts with "=": a spreadsheet would run it as a formula' }]);
    expect(check({ ...NAME, address: "=cmd|' /C calc'!A0 " }).problems).toEqual([{ row: 7, field: "address", message: 'starts with "=": a spreadsheet would run it as a formula' }]);
    expect(check({ ...NAME, address: "-ул. Абая-" }).problems).toEqual([{ row: 7, field: "address", message: 'starts with "-": a spreadsheet would run it as a formula' }]);
  });

  it("a registry's dashes for none, phone numbers and coordinates may start with a sign", () => {
    expect(check({ ...NAME, address: "--", accessibility: " - ", contacts: "+7 701 463 13 53", lat: "-1.5", lng: "-70" }).problems).toEqual([]);
  });

  it("a kind that is none of the four, cut to 40 characters", () => {
    expect(check({ ...NAME, kind: "judge" }).problems).toEqual([{ row: 7, field: "kind", message: '"judge" is not one of court, advocate, notary, mediator' }]);
    const long = "частный судебный исполнитель второй категории";
    expect(check({ ...NAME, kind: long }).problems).toEqual([{ row: 7, field: "kind", message: `"${long.slice(0, 40)}" is not one of court, advocate, notary, mediator` }]);
  });

  it("a region that is none of Kazakhstan's, cut to 60 characters", () => {
    expect(check({ ...NAME, region: "Несуществующая область" }).problems).toEqual([{ row: 7, field: "region", message: '"Несуществующая область" is not a region of Kazakhstan' }]);
    const long = "Несуществующая область, которой нет ни в одном реестре Республики";
    expect(check({ ...NAME, regionIso: long }).problems).toEqual([{ row: 7, field: "regionIso", message: `"${long.slice(0, 60)}" is not a region of Kazakhstan` }]);
  });

  it("each part of the phones that is no phone number, trimmed and cut to 40 characters", () => {
    const junk = "звонить секретарю в рабочее время с девяти до шести";
    expect(check({ ...NAME, contacts: `8 701 463 13 53,  12345 ;${junk}` }).problems).toEqual([
      { row: 7, field: "contacts", message: '"12345" is not a phone number' },
      { row: 7, field: "contacts", message: `"${junk.slice(0, 40)}" is not a phone number` },
    ]);
    expect(input({ ...NAME, phones: "8 701 463 13 53  8 702 000 00 01" }).phones).toEqual([{ number: "+77014631353" }, { number: "+77020000001" }]);
  });

  it("a date that is not one, by the file's column", () => {
    expect(check({ ...NAME, licenseIssuedAt: "31.02.2019", memberSince: "вчера" }).problems).toEqual([
      { row: 7, field: "licenseIssuedAt", message: '"31.02.2019" is not a real date' },
      { row: 7, field: "memberSince", message: '"вчера" is not a date (dd.mm.yyyy or yyyy-mm-dd)' },
    ]);
  });

  it("what the entry's rules refuse, by the column, with the rule's path and message", () => {
    expect(check({ ...NAME, website: "ftp://testova.example.kz" }).problems).toEqual([{ row: 7, field: "website", message: "website: must be an http(s) address" }]);
    expect(check({ name_kk: "Тестова Әлия", website: "ftp://testova.example.kz" }).problems).toEqual([{ row: 7, field: "website", message: "website: must be an http(s) address" }]);
    expect(check({ name: "А".repeat(301) }).problems).toEqual([{ row: 7, field: "name", message: "name.ru: must be at most 300 characters" }]);
    expect(check({ name_en: "Testova", name_kk: "Т".repeat(301) }).problems).toEqual([{ row: 7, field: "name", message: "name.kk: must be at most 300 characters" }]);
    expect(check({ ...NAME, kind: "court" }).problems).toEqual([{ row: 7, field: "courtKind", message: "courtKind: a court needs its kind" }]);
  });

  it("fields that could not be read are problems of their own", () => {
    expect(check(NAME, { unreadable: [{ field: "office", message: "nested more than 32 levels deep: not a value this importer reads" }] }).problems).toEqual([
      { row: 7, field: "office", message: "nested more than 32 levels deep: not a value this importer reads" },
    ]);
  });
});

describe("where a record is placed", () => {
  it("at its coordinates, with the file's precision (building when it gives none it knows)", () => {
    expect(input({ ...NAME, lat: "51.1", lon: "71.4" }).location).toEqual({ lat: 51.1, lng: 71.4, precision: "building" });
    expect(input({ ...NAME, lat: "51.1", lng: "71.4", precision: "district" }).location).toEqual({ lat: 51.1, lng: 71.4, precision: "district" });
    expect(input({ ...NAME, lat: "51.1", lng: "71.4", precision: "settlement" }).location).toEqual({ lat: 51.1, lng: 71.4, precision: "settlement" });
    expect(input({ ...NAME, lat: "51.1", lng: "71.4", precision: "exact" }).location).toEqual({ lat: 51.1, lng: 71.4, precision: "building" });
  });

  it("at a GeoJSON feature's point, before any coordinate columns", () => {
    expect(input({ ...NAME, lat: "1", lng: "2" }, { point: { lat: 51.1, lng: 71.4 } }).location).toEqual({ lat: 51.1, lng: 71.4, precision: "building" });
  });

  it("one coordinate alone is no point", () => {
    expect(input({ ...NAME, lat: "51.1" }).location).toBeNull();
    expect(input({ ...NAME, lng: "71.4" }).location).toBeNull();
    expect(input(NAME).location).toBeNull();
  });

  it("with no point, at the settlement its address or locality names, whose name becomes the locality when it has none", () => {
    const { record } = check({ ...NAME, address: "г.Кокшетау ул. Абая 1" });
    expect(record!.input).toMatchObject({ location: { lat: 53.28414, lng: 69.39364, precision: "settlement" }, locality: "Kokshetau" });
    expect(record!.districtSourceId).toBe("KZ111000");
    expect(input({ ...NAME, locality: "Кокшетау" })).toMatchObject({ location: { precision: "settlement" }, locality: "Кокшетау" });
    const nowhere = check({ ...NAME, address: "ул. Абая 1" }).record!;
    expect([nowhere.input.location, nowhere.input.locality, nowhere.districtSourceId]).toEqual([null, undefined, null]);
  });
});

describe("which entry a record is", () => {
  it("its source key is the file's id, else its row", () => {
    expect(check({ ...NAME, id: "14006487" }).record).toMatchObject({ row: 7, sourceKey: "14006487", id: undefined });
    expect(check(NAME).record).toMatchObject({ sourceKey: "7", id: undefined });
  });

  it("an id in the shape of ours (our own export read back) names the entry; a registry's ids do not", () => {
    expect(check({ ...NAME, id: "sample-advocate-00759" }).record!.id).toBe("sample-advocate-00759");
    expect(check({ ...NAME, id: "advocate-1f2e3d4c5b6a" }).record!.id).toBe("advocate-1f2e3d4c5b6a");
    for (const id of ["Reg-0042", "advocate-12 (old)", "14006487", "a-"]) expect(check({ ...NAME, id }).record!.id).toBeUndefined();
  });
});
