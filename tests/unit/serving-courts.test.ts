import { describe, expect, it } from "vitest";
import type { Entry } from "@/lib/db/generated/client";
import { servingCourts } from "@/lib/directory/locate";

// The courts serving a place, from a region's courts: servingCourts is pure, so the region-wide fallbacks are
// checked here on a made-up region rather than only through whichever districts the real data happens to have.
const court = (id: string, courtKind: string, districtKato: string | null) => ({ id, courtKind, districtKato }) as unknown as Entry;

const REGION = [
  court("gen-A", "district", "A"),
  court("gen-B", "city", "B"),
  court("gen-city", "city", null), // a city court not tied to a district
  court("eco-A", "economic", "A"), // a specialised court of district A only
  court("eco-region", "economic", null), // the region's specialised court of that kind
  court("juv-region", "juvenile", null),
  court("crim-B", "criminal", "B"),
  court("oblast", "oblast", null),
  court("capital", "city_republican", null),
  court("garrison", "garrison_military", null), // serves no place by these roles
  court("none", null as unknown as string, null),
];

const roles = (districtKato: string | null) => servingCourts(REGION, districtKato).map(({ role, court: c }) => `${role}:${c.id}`);

describe("servingCourts", () => {
  it("a district with its own courts: its general court, its own specialised court of a kind, else the region's", () => {
    expect(roles("A")).toEqual(["district:gen-A", "specialised:eco-A", "specialised:juv-region", "regional:oblast", "regional:capital"]);
  });

  it("a district without a specialised court of a kind falls back to the region-wide one of that kind", () => {
    expect(roles("B")).toEqual(["district:gen-B", "specialised:eco-region", "specialised:juv-region", "specialised:crim-B", "regional:oblast", "regional:capital"]);
  });

  it("a district with no general court of its own gets the courts not tied to a district", () => {
    expect(roles("C")).toEqual(["district:gen-city", "specialised:eco-region", "specialised:juv-region", "regional:oblast", "regional:capital"]);
  });

  it("no district known: only what is not tied to a district", () => {
    expect(roles(null)).toEqual(["district:gen-city", "specialised:eco-region", "specialised:juv-region", "regional:oblast", "regional:capital"]);
  });

  it("a region with no courts serves nothing; one with only district-tied courts serves other districts nothing of them", () => {
    expect(servingCourts([], "A")).toEqual([]);
    expect(servingCourts([court("x", "district", "A"), court("y", "economic", "A")], "B")).toEqual([]);
  });
});
