import { describe, expect, it } from "vitest";
import { formatDistance } from "@/lib/geo/format";
import { NearestIndex } from "@/lib/geo/nearest-index";
import { AreaIndex } from "@/lib/geo/polygons";

describe("formatDistance", () => {
  it("shows metres under 1 km, one decimal under 10 km, whole km beyond", () => {
    expect(formatDistance(0.234, "en")).toBe("230 m");
    expect(formatDistance(3.456, "en")).toBe("3.5 km");
    expect(formatDistance(3.456, "ru")).toBe("3,5 км");
    expect(formatDistance(1234.4, "en")).toBe("1,234 km");
  });
});

describe("NearestIndex", () => {
  const points = [
    { lat: 43.25, lng: 76.9, value: "almaty" },
    { lat: 51.13, lng: 71.43, value: "astana" },
    { lat: 42.32, lng: 69.59, value: "shymkent" },
  ];
  const index = new NearestIndex(points);

  it("orders by great-circle distance and applies the filter", () => {
    expect(index.nearest(42.9, 71.37, 3)).toEqual(["shymkent", "almaty", "astana"]);
    expect(index.nearest(42.9, 71.37, 1, (v) => v !== "shymkent")).toEqual(["almaty"]);
  });

  it("answers an empty index with nothing", () => {
    expect(new NearestIndex<string>([]).nearest(0, 0, 5)).toEqual([]);
  });
});

describe("AreaIndex", () => {
  const square = (x: number, y: number) => ({
    type: "Polygon" as const,
    coordinates: [[[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]]],
  });
  const index = new AreaIndex([
    { geometry: square(0, 0), value: "a" },
    { geometry: square(1, 0), value: "b" },
  ]);

  it("finds the polygon that contains the point", () => {
    expect(index.find(0.5, 0.5)).toBe("a");
    expect(index.find(0.5, 1.5)).toBe("b");
    expect(index.find(5, 5)).toBeNull();
  });
});
