import { describe, expect, it, vi } from "vitest";
import { distanceKm } from "@/lib/geo/distance";
import { formatDistance } from "@/lib/geo/format";
import { interiorPoint } from "@/lib/geo/interior-point";
import { NearestIndex } from "@/lib/geo/nearest-index";
import { outlineGeometries, outlinesForMap } from "@/lib/geo/map-outlines";
import { AreaIndex } from "@/lib/geo/polygons";
import { haversineKm } from "../api/call";

describe("distanceKm", () => {
  it("is the great-circle distance, whichever way round, with lat and lng not swapped", () => {
    const almaty = { lat: 43.2389, lng: 76.8897 };
    const astana = { lat: 51.1694, lng: 71.4491 };
    const km = distanceKm(almaty, astana);
    expect(km).toBeCloseTo(haversineKm(almaty.lat, almaty.lng, astana.lat, astana.lng), 0);
    expect(distanceKm(astana, almaty)).toBeCloseTo(km, 6);
    // One degree of longitude on the equator, one of latitude along a meridian: both ~111.2 km; at 60° N a
    // degree of longitude is half that.
    expect(distanceKm({ lat: 0, lng: 0 }, { lat: 0, lng: 1 })).toBeCloseTo(111.2, 0);
    expect(distanceKm({ lat: 60, lng: 10 }, { lat: 60, lng: 11 })).toBeCloseTo(55.6, 0);
    expect(distanceKm({ lat: 60, lng: 10 }, { lat: 61, lng: 10 })).toBeCloseTo(111.2, 0);
    expect(distanceKm(almaty, almaty)).toBe(0);
  });
});

describe("formatDistance", () => {
  it("exactly 0 is 0 km, in each language's unit", () => {
    expect(formatDistance(0, "en")).toBe("0 km");
    expect(formatDistance(0, "ru")).toBe("0 км");
    expect(formatDistance(0, "kk")).toBe("0 км");
  });

  it("under 1 km: metres rounded to tens, never under 10 m", () => {
    expect(formatDistance(0.001, "en")).toBe("10 m");
    expect(formatDistance(0.004, "en")).toBe("10 m");
    expect(formatDistance(0.016, "en")).toBe("20 m");
    expect(formatDistance(0.234, "kk")).toBe("230 м");
    expect(formatDistance(0.994, "ru")).toBe("990 м");
  });

  it("from 1 km one decimal, from 10 km none; unknown locales get m and km", () => {
    expect(formatDistance(1, "en")).toBe("1.0 km");
    expect(formatDistance(9.94, "en")).toBe("9.9 km");
    expect(formatDistance(10, "en")).toBe("10 km");
    expect(formatDistance(10.6, "en")).toBe("11 km");
    expect(formatDistance(2.5, "kk")).toMatch(/^2,5 км$/);
    expect(formatDistance(0.5, "de")).toBe("500 m");
    expect(formatDistance(5, "de")).toBe("5,0 km");
  });
});

describe("NearestIndex", () => {
  const points = [
    { lat: 43.25, lng: 76.9, value: "almaty" },
    { lat: 51.13, lng: 71.43, value: "astana" },
    { lat: 42.32, lng: 69.59, value: "shymkent" },
    { lat: 47.1, lng: 51.9, value: "atyrau" },
  ];
  const index = new NearestIndex(points);

  it("returns at most limit points, nearest first", () => {
    expect(index.size).toBe(4);
    expect(index.nearest(43.2, 76.8, 1)).toEqual(["almaty"]);
    expect(index.nearest(43.2, 76.8, 2)).toEqual(["almaty", "shymkent"]);
    expect(index.nearest(47, 52, 10)).toEqual(["atyrau", "shymkent", "astana", "almaty"]);
  });

  it("without a filter every point is eligible; with one, only those it accepts", () => {
    expect(index.nearest(47, 52, 4, () => true)).toHaveLength(4);
    expect(index.nearest(47, 52, 4, (v) => v.startsWith("a"))).toEqual(["atyrau", "astana", "almaty"]);
    expect(index.nearest(47, 52, 4, () => false)).toEqual([]);
  });
});

describe("interiorPoint", () => {
  it("lies inside a crescent, where the bounding-box centre does not", () => {
    // A U shape: the box centre (2, 2) is in the empty middle.
    const u = {
      type: "Polygon" as const,
      coordinates: [[[0, 0], [4, 0], [4, 4], [3, 4], [3, 1], [1, 1], [1, 4], [0, 4], [0, 0]]],
    };
    const p = interiorPoint(u);
    expect(new AreaIndex([{ geometry: u, value: 1 }]).find(p.lat, p.lng)).toBe(1);
  });

  it("takes the largest part of a MultiPolygon, whatever its place in the list", () => {
    const small = [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]];
    const big = [[[10, 20], [16, 20], [16, 26], [10, 26], [10, 20]]];
    for (const coordinates of [[small, big], [big, small]]) {
      expect(interiorPoint({ type: "MultiPolygon", coordinates })).toEqual({ lat: 23, lng: 13 });
    }
  });

  it("by area, not by how far from the origin a part lies", () => {
    const big = [[[0, 0], [6, 0], [6, 6], [0, 6], [0, 0]]];
    const farSmall = [[[100, 80], [101, 80], [101, 81], [100, 81], [100, 80]]];
    expect(interiorPoint({ type: "MultiPolygon", coordinates: [farSmall, big] })).toEqual({ lat: 3, lng: 3 });
    expect(interiorPoint({ type: "MultiPolygon", coordinates: [big, farSmall] })).toEqual({ lat: 3, lng: 3 });
  });

  it("of parts equally large, the first", () => {
    const a = [[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]];
    const b = [[[10, 10], [12, 10], [12, 12], [10, 12], [10, 10]]];
    expect(interiorPoint({ type: "MultiPolygon", coordinates: [a, b] })).toEqual({ lat: 1, lng: 1 });
    expect(interiorPoint({ type: "MultiPolygon", coordinates: [b, a] })).toEqual({ lat: 11, lng: 11 });
  });

  it("rounds to five decimals (about a metre)", () => {
    const p = interiorPoint({ type: "Polygon", coordinates: [[[0, 0], [1 / 3, 0], [1 / 3, 1 / 3], [0, 1 / 3], [0, 0]]] });
    expect(p.lat).toBeCloseTo(1 / 6, 3);
    expect(p.lng).toBeCloseTo(1 / 6, 3);
    expect(Math.round(p.lat * 1e5) / 1e5).toBe(p.lat);
    expect(String(p.lng).split(".")[1]!.length).toBeLessThanOrEqual(5);
  });
});

describe("outlines for the map", () => {
  // Two squares sharing the border x = 1, each side with 200 points along a slight zigzag (noise to simplify away).
  const side = (from: [number, number], to: [number, number]) =>
    Array.from({ length: 200 }, (_, i) => {
      const t = i / 200;
      const wiggle = (i % 2) * 0.0001;
      return [from[0] + (to[0] - from[0]) * t + wiggle, from[1] + (to[1] - from[1]) * t + wiggle];
    });
  const ring = (corners: [number, number][]) => [...corners.slice(0, -1).flatMap((c, i) => side(c, corners[i + 1]!)), corners[0]!];
  const west = { type: "Polygon", coordinates: [ring([[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]])] };
  const east = { type: "Polygon", coordinates: [ring([[1, 0], [2, 0], [2, 1], [1, 1], [1, 0]])] };
  const outlines = [
    { id: "W", geometry: JSON.stringify(west) },
    { id: "E", geometry: JSON.stringify(east) },
  ];
  const points = (g: unknown) => (g as { coordinates: number[][][] }).coordinates.flat().length;

  it("full: the stored outlines as they are", () => {
    const full = outlineGeometries(outlines, "full");
    expect([...full.keys()]).toEqual(["W", "E"]);
    expect(full.get("W")).toEqual(west);
  });

  it("map: far fewer points, each id kept, still a polygon around the same area", () => {
    const map = outlineGeometries(outlines, "map");
    expect([...map.keys()].sort()).toEqual(["E", "W"]);
    for (const id of ["W", "E"]) {
      expect(map.get(id)!.type).toBe("Polygon");
      expect(points(map.get(id))).toBeLessThan(points(id === "W" ? west : east) / 10);
      expect(points(map.get(id))).toBeGreaterThanOrEqual(4);
    }
    const area = new AreaIndex([{ geometry: map.get("W") as never, value: "W" }, { geometry: map.get("E") as never, value: "E" }]);
    expect(area.find(0.5, 0.5)).toBe("W");
    expect(area.find(0.5, 1.5)).toBe("E");
  });

  it("neighbours still meet: the shared border's points are the same in both", () => {
    const map = outlinesForMap(outlines);
    const onBorder = (id: string) =>
      (map.get(id) as { coordinates: number[][][] }).coordinates[0]!
        .filter(([x]) => Math.abs(x! - 1) < 0.01)
        .map((p) => p.join(","))
        .sort();
    expect(onBorder("W").length).toBeGreaterThanOrEqual(2);
    expect([...new Set(onBorder("W"))]).toEqual([...new Set(onBorder("E"))]);
  });

  it("a set of outlines is simplified once, and four sets are kept", async () => {
    // A fresh module: its cache of simplified sets starts empty whatever ran before.
    vi.resetModules();
    const fresh = await import("@/lib/geo/map-outlines");
    const other = (n: number) => outlines.map((o) => ({ ...o, id: `${o.id}-${n}` }));
    const first = fresh.outlinesForMap(outlines);
    expect(fresh.outlinesForMap(outlines.map((o) => ({ ...o })))).toBe(first);
    // The same outlines under other ids are another set.
    const renamed = fresh.outlinesForMap(other(1));
    expect(renamed).not.toBe(first);
    expect([...renamed.keys()].sort()).toEqual(["E-1", "W-1"]);
    fresh.outlinesForMap(other(2));
    fresh.outlinesForMap(other(3));
    // Four sets kept: the first is still there.
    expect(fresh.outlinesForMap(outlines)).toBe(first);
    // A fifth starts the cache over: the first is simplified anew (an equal, new map).
    fresh.outlinesForMap(other(4));
    const again = fresh.outlinesForMap(outlines);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });

  it("a set is told apart by every id and outline, however the text of one runs into the next", async () => {
    vi.resetModules();
    const fresh = await import("@/lib/geo/map-outlines");
    const [w, e] = outlines as [{ id: string; geometry: string }, { id: string; geometry: string }];
    expect([...fresh.outlinesForMap([w, e]).keys()].sort()).toEqual(["E", "W"]);
    // One outline whose id is the first's id, outline and the second's id run together.
    const joined = fresh.outlinesForMap([{ id: `${w.id}${w.geometry}${e.id}`, geometry: e.geometry }]);
    expect([...joined.keys()]).toEqual([`${w.id}${w.geometry}${e.id}`]);
    // Where an id ends and its outline begins, and where one outline ends and the next id begins, both count:
    // these sets are not the first one (their text is not even an outline, so simplifying them fails).
    expect([...fresh.outlinesForMap([w]).keys()]).toEqual(["W"]);
    expect(() => fresh.outlinesForMap([{ id: `${w.id}{`, geometry: w.geometry.slice(1) }])).toThrow(SyntaxError);
    expect(() => fresh.outlinesForMap([{ id: w.id, geometry: `${w.geometry}${e.id}\0${e.geometry}` }])).toThrow(SyntaxError);
  });
});
