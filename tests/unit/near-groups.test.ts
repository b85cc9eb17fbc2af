import { describe, expect, it } from "vitest";
import { nearGroups } from "@/components/directory/near-groups";
import type { NearResults } from "@/lib/directory/near";
import type { ApiEntry, NearestEntry } from "@/lib/validation/entry";

const entry = (id: string, kind: ApiEntry["kind"], sample: boolean, distanceKm = 1): NearestEntry => ({
  id, kind, sample, distanceKm, name: { ru: id }, regionIso: "KZ-31", phones: [], emails: [], services: [], languages: [], specialisations: [],
  location: { lat: 42.9 + distanceKm / 100, lng: 71.37, precision: "settlement" }, source: "test", status: "active", updatedAt: "2026-12-02T00:00:00.000Z",
});

const near = (over: Partial<NearResults>): NearResults => ({
  courts: [],
  practitioners: [],
  locate: { point: { lat: 42.9, lng: 71.37 }, inKazakhstan: true, region: null, district: null, courts: [] },
  ...over,
});

describe("results for a point", () => {
  it("put the serving courts first (with distances), then the other courts, then advocates, notaries, mediators", () => {
    const serving = entry("court-serving", "court", false, 5);
    const groups = nearGroups(
      { lat: 42.9, lng: 71.37 },
      near({
        courts: [entry("court-serving", "court", false, 5), entry("court-near", "court", false, 2)],
        practitioners: [entry("mediator-1", "mediator", false, 0.1), entry("advocate-1", "advocate", false, 0.2), entry("notary-1", "notary", false, 0.3)],
        locate: { ...near({}).locate, courts: [{ role: "district", entry: serving }] },
      }),
    );
    expect(groups.map((g) => g.key)).toEqual(["serving", "courts", "advocate", "notary", "mediator"]);
    expect(groups[0]!.items[0]!.distanceKm).toBeGreaterThan(0);
    expect(groups[1]!.items.map((e) => e.id)).toEqual(["court-near"]);
  });

  it("never put a sample above a real entry of the same kind, nearer or not", () => {
    const groups = nearGroups(
      { lat: 42.9, lng: 71.37 },
      near({ practitioners: [entry("sample-a", "advocate", true, 0.1), entry("real-a", "advocate", false, 3), entry("sample-b", "advocate", true, 0.2)] }),
    );
    expect(groups[0]!.items.map((e) => e.id)).toEqual(["real-a", "sample-a", "sample-b"]);
  });
});
