import { describe, expect, it } from "vitest";
import { directionLinks } from "@/components/entry/directions";
import { entryJsonLd } from "@/components/entry/json-ld";
import { entryName } from "@/components/entry/names";
import { effectiveKinds, parseViewState, viewStateToQuery } from "@/components/directory/view-state";
import type { ApiEntry } from "@/lib/validation/entry";

describe("the home page's URL state", () => {
  it("round-trips every field through the query string", () => {
    const state = parseViewState({
      kind: "court,notary",
      courtKind: "district",
      region: "KZ-10",
      q: "Алматы",
      at: "42.9,71.37",
      map: "9.5/43.2/76.9",
      entry: "sudkz-r9-2028f9c0",
      language: "kk,en",
      specialisation: "family",
      show: "map",
    });
    expect(state).toEqual({
      kinds: ["court", "notary"],
      courtKind: "district",
      region: "KZ-10",
      q: "Алматы",
      point: { lat: 42.9, lng: 71.37 },
      view: { zoom: 9.5, lat: 43.2, lng: 76.9 },
      entry: "sudkz-r9-2028f9c0",
      languages: ["kk", "en"],
      specialisations: ["family"],
      pane: "map",
    });
    expect(parseViewState(Object.fromEntries(new URLSearchParams(viewStateToQuery(state))))).toEqual(state);
  });

  it("drops unknown or malformed values instead of failing", () => {
    expect(
      parseViewState({ kind: "court,judge", courtKind: "tea", region: "KZ-99", at: "95,10", map: "30/1/1", entry: "<script>", language: "de", specialisation: "magic", show: "tv" }),
    ).toEqual({
      kinds: ["court"], q: "", courtKind: undefined, region: undefined, point: undefined, view: undefined, entry: undefined, languages: [], specialisations: [], pane: "list",
    });
    expect(parseViewState({ at: ",", map: "//" })).toMatchObject({ point: undefined, view: undefined });
  });

  it("a court kind asks for courts only; no kinds means all", () => {
    expect(effectiveKinds({ kinds: ["advocate"], courtKind: "city" })).toEqual(["court"]);
    expect(effectiveKinds({ kinds: [] })).toBeUndefined();
  });
});

describe("entry names", () => {
  it("fall back to another language and say which", () => {
    expect(entryName({ ru: "Суд города Астаны" }, "en")).toEqual({ text: "Суд города Астаны", lang: "ru" });
    expect(entryName({ kk: "Сот", ru: "Суд" }, "kk")).toEqual({ text: "Сот", lang: undefined });
    expect(entryName({ en: "Court" }, "ru")).toEqual({ text: "Court", lang: "en" });
  });
});

describe("entry pages", () => {
  it("build route-planner links from the coordinates", () => {
    const links = directionLinks(42.89799, 71.37334);
    expect(links.map((l) => l.service)).toEqual(["OpenStreetMap", "2GIS", "Yandex Maps", "Google Maps"]);
    for (const l of links) expect(l.href).toMatch(/42\.89799(%2C|,)71\.37334|71\.37334%2C42\.89799/);
  });

  it("describe a notary as schema.org Notary with its coordinates", () => {
    const entry = {
      id: "sample-notary-1",
      kind: "notary",
      name: { ru: "Иванова И. И.", en: "Ivanova I. I." },
      regionIso: "KZ-75",
      phones: [{ number: "+77000000001" }],
      emails: [],
      services: [],
      languages: [],
      specialisations: [],
      location: { lat: 43.2, lng: 76.9, precision: "building" },
      source: "sample",
      sample: true,
      status: "active",
      updatedAt: "2026-11-25T00:00:00.000Z",
    } satisfies ApiEntry;
    const ld = entryJsonLd(entry, "http://x/en/entries/sample-notary-1", "Almaty");
    expect(ld).toMatchObject({
      "@type": "Notary",
      name: "Иванова И. И.",
      alternateName: ["Ivanova I. I."],
      geo: { latitude: 43.2, longitude: 76.9 },
      telephone: ["+77000000001"],
      address: { addressCountry: "KZ", addressRegion: "Almaty" },
    });
  });
});
