import { describe, expect, it } from "vitest";
import { summarise } from "@/lib/access/figures";
import { formatDistance } from "@/lib/geo/format";

describe("access figures", () => {
  it("weights the mean, the median and the shares by population, and places without one weigh nothing", () => {
    const f = summarise(
      [
        { km: 0, population: 100_000 },
        { km: 30, population: 20_000 },
        { km: 60, population: 20_000 },
        { km: 120, population: 10_000 },
        { km: 500, population: null },
      ],
      3,
    );
    expect(f.coverage).toEqual({ settlements: 5, withPopulation: 4, population: 150_000, populationWithoutDistance: 0 });
    expect(f.meanKm).toBeCloseTo((30 * 20_000 + 60 * 20_000 + 120 * 10_000) / 150_000, 1);
    expect(f.medianKm).toBe(0);
    expect(f.maxKm).toBe(120);
    expect(f.shareOver25Km).toBeCloseTo(50_000 / 150_000, 3);
    expect(f.shareOver50Km).toBeCloseTo(30_000 / 150_000, 3);
    expect(f.shareOver100Km).toBeCloseTo(10_000 / 150_000, 3);
    expect(f.courtsPer100k).toBe(2);
  });

  it("keeps the population of places whose court has no location out of the distances, but counts it as covered", () => {
    const f = summarise([{ km: 10, population: 1000 }, { km: null, population: 3000 }], 1);
    expect(f.coverage.population).toBe(4000);
    expect(f.coverage.populationWithoutDistance).toBe(3000);
    expect(f.meanKm).toBe(10);
  });

  it("has no distance figures for an area without covered population", () => {
    const f = summarise([], 2);
    expect([f.meanKm, f.medianKm, f.shareOver50Km, f.courtsPer100k]).toEqual([null, null, null, null]);
  });

  it("shows a settlement that is its court's own seat as 0 km", () => {
    expect(formatDistance(0, "en")).toBe("0 km");
    expect(formatDistance(0, "kk")).toBe("0 км");
  });
});
