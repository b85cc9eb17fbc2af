import { describe, expect, it } from "vitest";
import type { Entry, FactSource } from "../../lib/db/generated/client";
import { toAdminEntry, toApiEntry, toApiEntryWithSources, toApiFactSource, toFeature } from "../../lib/directory/serialize";

// The one place a row becomes an API entry: what an empty column, an unknown purpose or a half-known location
// turn into is the API's contract, so each is pinned here on rows built in the test.
function entryRow(overrides: Partial<Entry> = {}): Entry {
  return {
    seq: 1,
    id: "court-1",
    kind: "court",
    courtKind: "district",
    courtLevel: null,
    nameKk: "Сот",
    nameRu: "Суд",
    nameEn: "Court",
    regionIso: "KZ-AKM",
    districtKato: "111000000",
    locality: "Kokshetau",
    address: "Abay St 1",
    visitingAddress: JSON.stringify({ street: "Abay St", building: "1" }),
    postalAddress: JSON.stringify({ postalCode: "020000" }),
    phones: JSON.stringify([{ number: "+77162000000", purpose: "reception" }, { number: "+77162000001", purpose: "canteen" }, { number: "+77162000002" }]),
    emails: JSON.stringify([{ address: "a@court.kz", purpose: "chancellery" }, { address: "b@court.kz", purpose: "other" }]),
    website: "https://court.kz",
    openingHours: "Mo-Fr 09:00-18:00",
    services: JSON.stringify(["enquiries"]),
    accessibility: "Ramp at the side door",
    accessibilityFeatures: JSON.stringify(["lift"]),
    formerNames: JSON.stringify([{ name: "Old court", lang: "en", until: "2020-01-01" }]),
    licenceNumber: "L-1",
    languages: JSON.stringify(["kk", "ru"]),
    specialisations: JSON.stringify(["family"]),
    lat: 53.28,
    lng: 69.39,
    precision: "building",
    locationNote: "Corner building",
    source: "supreme-court-list",
    sourceDigest: "digest",
    sample: false,
    status: "active",
    replacedById: "court-2",
    searchText: "search text",
    version: 4,
    createdAt: new Date("2026-01-01T00:00:00Z"),
    updatedAt: new Date("2026-02-03T04:05:06Z"),
    verifiedAt: new Date("2026-03-01T00:00:00Z"),
    ownerId: "user-1",
    importBatchId: null,
    licenceIssuedOn: "2010-05-06",
    memberSince: "2011-01-01",
    ...overrides,
  };
}

const emptyRow = () =>
  entryRow({
    courtKind: null,
    nameKk: null,
    nameRu: "",
    nameEn: null,
    districtKato: "",
    locality: null,
    address: "",
    visitingAddress: null,
    postalAddress: "",
    phones: "[]",
    emails: "not json",
    website: null,
    openingHours: "",
    services: "",
    accessibility: null,
    accessibilityFeatures: "{}",
    formerNames: "[]",
    licenceNumber: null,
    languages: "[]",
    specialisations: "[]",
    locationNote: "",
    replacedById: null,
    verifiedAt: null,
    ownerId: null,
    licenceIssuedOn: null,
    memberSince: "",
  });

describe("toApiEntry", () => {
  it("gives every known field, lists parsed, dates as ISO text", () => {
    // Strict: a contact without a known purpose has no purpose key at all.
    expect(toApiEntry(entryRow())).toStrictEqual({
      id: "court-1",
      kind: "court",
      courtKind: "district",
      name: { kk: "Сот", ru: "Суд", en: "Court" },
      formerNames: [{ name: "Old court", lang: "en", until: "2020-01-01" }],
      regionIso: "KZ-AKM",
      districtKato: "111000000",
      locality: "Kokshetau",
      address: "Abay St 1",
      visitingAddress: { street: "Abay St", building: "1" },
      postalAddress: { postalCode: "020000" },
      phones: [{ number: "+77162000000", purpose: "reception" }, { number: "+77162000001" }, { number: "+77162000002" }],
      emails: [{ address: "a@court.kz", purpose: "chancellery" }, { address: "b@court.kz" }],
      website: "https://court.kz",
      openingHours: "Mo-Fr 09:00-18:00",
      services: ["enquiries"],
      accessibility: "Ramp at the side door",
      accessibilityFeatures: ["lift"],
      licenceNumber: "L-1",
      languages: ["kk", "ru"],
      specialisations: ["family"],
      location: { lat: 53.28, lng: 69.39, precision: "building" },
      locationNote: "Corner building",
      source: "supreme-court-list",
      sample: false,
      status: "active",
      replacedBy: "court-2",
      updatedAt: "2026-02-03T04:05:06.000Z",
      verifiedAt: "2026-03-01T00:00:00.000Z",
    });
  });

  it("leaves out what is empty or null, and never shows a purpose outside the vocabulary", () => {
    const entry = toApiEntry(emptyRow());
    const present = Object.entries(entry).filter(([, v]) => v !== undefined).map(([k]) => k).sort();
    expect(present).toEqual(
      ["accessibilityFeatures", "emails", "formerNames", "id", "kind", "languages", "location", "name", "phones", "regionIso", "sample", "services", "source", "specialisations", "status", "updatedAt"].sort(),
    );
    expect(entry.name).toEqual({ kk: undefined, ru: undefined, en: undefined });
    expect(entry).toMatchObject({ phones: [], emails: [], services: [], accessibilityFeatures: [], formerNames: [] });
  });

  it("keeps the region even when it is null, and the sample flag and status as stored", () => {
    const entry = toApiEntry(entryRow({ regionIso: null, sample: true, status: "closed", kind: "advocate" }));
    expect(entry).toMatchObject({ regionIso: null, sample: true, status: "closed", kind: "advocate" });
    expect("regionIso" in entry).toBe(true);
  });

  it.each([
    ["no latitude", { lat: null }],
    ["no longitude", { lng: null }],
    ["no precision", { precision: null }],
  ])("has a null location with %s", (_, overrides) => {
    expect(toApiEntry(entryRow(overrides)).location).toBeNull();
  });

  it("keeps a location at 0,0 (a number, not a missing one)", () => {
    expect(toApiEntry(entryRow({ lat: 0, lng: 0, precision: "settlement" })).location).toEqual({ lat: 0, lng: 0, precision: "settlement" });
  });
});

function sourceRow(overrides: Partial<FactSource> = {}): FactSource {
  return {
    id: 7,
    entryId: "court-1",
    field: "phones",
    origin: "published",
    sourceUrl: "https://example.kz/page",
    publishedOn: "2024-05",
    confidence: "high",
    proposedBy: "user-9",
    approvedBy: "user-8",
    requestId: "req-1",
    recordedAt: new Date("2026-04-05T06:07:08Z"),
    ...overrides,
  };
}

describe("toApiFactSource", () => {
  it("gives origin, page and dates, never the accounts", () => {
    expect(toApiFactSource(sourceRow())).toEqual({
      field: "phones",
      origin: "published",
      url: "https://example.kz/page",
      publishedOn: "2024-05",
      recordedAt: "2026-04-05T06:07:08.000Z",
      verified: true,
    });
  });

  it("calls only a medium-confidence fact unverified", () => {
    expect(toApiFactSource(sourceRow({ confidence: "medium" })).verified).toBe(false);
    expect(toApiFactSource(sourceRow({ confidence: null })).verified).toBe(true);
  });

  it("leaves out an empty page and date", () => {
    const source = toApiFactSource(sourceRow({ sourceUrl: "", publishedOn: null, origin: "visitor" }));
    expect(source.url).toBeUndefined();
    expect(source.publishedOn).toBeUndefined();
    expect(source.origin).toBe("visitor");
  });

  it("is attached, in order, to the entry's full answer", () => {
    const full = toApiEntryWithSources(entryRow(), [sourceRow({ field: "website" }), sourceRow({ field: "address" })]);
    expect(full.sources?.map((s) => s.field)).toEqual(["website", "address"]);
    expect(full.id).toBe("court-1");
    expect(full.phones).toHaveLength(3);
  });
});

describe("toFeature", () => {
  it("puts [lng, lat] in the geometry and the precision among the properties", () => {
    const feature = toFeature({ ...toApiEntry(entryRow()), distanceKm: 1.5 });
    expect(feature).toMatchObject({ type: "Feature", id: "court-1", geometry: { type: "Point", coordinates: [69.39, 53.28] } });
    expect(feature.properties).toMatchObject({ precision: "building", distanceKm: 1.5, id: "court-1" });
    expect("location" in feature.properties).toBe(false);
  });

  it("keeps an unlocated entry with a null geometry and precision", () => {
    const feature = toFeature(toApiEntry(entryRow({ lat: null })));
    expect(feature.geometry).toBeNull();
    expect(feature.properties.precision).toBeNull();
  });
});

describe("toAdminEntry", () => {
  it("adds what editing needs to the public form", () => {
    expect(toAdminEntry(entryRow())).toMatchObject({ id: "court-1", version: 4, licenceIssuedOn: "2010-05-06", memberSince: "2011-01-01", ownerId: "user-1" });
    const empty = toAdminEntry(emptyRow());
    expect(empty.ownerId).toBeUndefined();
    expect(empty.licenceIssuedOn).toBeUndefined();
    expect(empty.memberSince).toBeUndefined();
  });
});
