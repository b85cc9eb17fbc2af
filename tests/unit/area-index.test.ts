import { beforeEach, describe, expect, it, vi } from "vitest";

// The exact point-in-polygon test, counted: the index promises to run it only on areas whose box holds the point.
const exact = vi.hoisted(() => ({ calls: 0 }));
vi.mock("@turf/boolean-point-in-polygon", async (importOriginal) => {
  const actual = await importOriginal<{ default: (...args: unknown[]) => boolean }>();
  return {
    default: (...args: unknown[]) => {
      exact.calls++;
      return actual.default(...args);
    },
  };
});

const { AreaIndex } = await import("@/lib/geo/polygons");

// A right triangle (0,0) (4,0) (0,4): its box is the square 0..4, but (3,3) lies in the box and outside the triangle.
const triangle = { type: "Polygon" as const, coordinates: [[[0, 0], [4, 0], [0, 4], [0, 0]]] };
// An L: the square 10..14 × 0..4 without its top-right quarter.
const ell = {
  type: "Polygon" as const,
  coordinates: [[[10, 0], [14, 0], [14, 2], [12, 2], [12, 4], [10, 4], [10, 0]]],
};
// Two islands far apart in one MultiPolygon, the second with a hole.
const islands = {
  type: "MultiPolygon" as const,
  coordinates: [
    [[[20, 20], [21, 20], [21, 21], [20, 21], [20, 20]]],
    [
      [[30, 30], [34, 30], [34, 34], [30, 34], [30, 30]],
      [[31, 31], [33, 31], [33, 33], [31, 33], [31, 31]],
    ],
  ],
};

// lat is y, lng is x: find(lat, lng).
const build = () =>
  new AreaIndex([
    { geometry: triangle, value: "triangle" },
    { geometry: ell, value: "ell" },
    { geometry: islands, value: "islands" },
  ]);
const index = build();

beforeEach(() => {
  exact.calls = 0;
});

describe("AreaIndex: the polygon decides, not its bounding box", () => {
  it("a point inside the box but outside the polygon is in no area", () => {
    expect(index.find(3, 3)).toBeNull(); // the triangle's empty corner
    expect(index.find(3, 13)).toBeNull(); // the L's missing quarter
    expect(index.find(32, 32)).toBeNull(); // the hole of the second island
    expect(index.find(25, 25)).toBeNull(); // between the islands, inside the MultiPolygon's overall box
  });

  it("points inside each polygon, each part of a MultiPolygon included", () => {
    expect(index.find(1, 1)).toBe("triangle");
    expect(index.find(1, 13)).toBe("ell");
    expect(index.find(3, 11)).toBe("ell");
    expect(index.find(20.5, 20.5)).toBe("islands");
    expect(index.find(30.5, 33.5)).toBe("islands");
  });

  it("a point on the outline counts as inside, on every side of the box", () => {
    // The triangle's west (lng 0) and south (lat 0) edges, the L's east (lng 14) and north (lat 4) edges.
    expect(index.find(2, 0)).toBe("triangle");
    expect(index.find(0, 2)).toBe("triangle");
    expect(index.find(1, 14)).toBe("ell");
    expect(index.find(4, 11)).toBe("ell");
    // The MultiPolygon's box spans both islands: its corners are points of the islands.
    expect(index.find(20, 20)).toBe("islands");
    expect(index.find(34, 34)).toBe("islands");
  });

  it("just outside the box on each side is in no area", () => {
    expect(index.find(2, -0.001)).toBeNull();
    expect(index.find(-0.001, 2)).toBeNull();
    expect(index.find(1, 14.001)).toBeNull();
    expect(index.find(4.001, 11)).toBeNull();
    expect(index.find(34.001, 32)).toBeNull();
    expect(index.find(19.999, 20.5)).toBeNull();
  });

  it("runs the exact test only on areas whose box holds the point", () => {
    expect(index.find(1, 13)).toBe("ell");
    expect(exact.calls).toBe(1);
    exact.calls = 0;
    expect(index.find(50, 50)).toBeNull();
    expect(exact.calls).toBe(0);
    exact.calls = 0;
    expect(index.find(3, 3)).toBeNull();
    expect(exact.calls).toBe(1);
  });

  it("a point beyond one side of every box, within the others' span, runs no exact test", () => {
    // Built inside the test, so that a mutant of the boxes' computation is run against this test.
    const index = build();
    // South, north, east and west of the triangle's box (lat 0..4, lng 0..4), clear of the other boxes.
    for (const [lat, lng] of [[-5, 1], [10, 1], [1, 100], [1, -100], [2, 7]] as const) {
      exact.calls = 0;
      expect(index.find(lat, lng)).toBeNull();
      expect(exact.calls, `${lat},${lng}`).toBe(0);
    }
    // North and east of everything.
    exact.calls = 0;
    expect(index.find(100, 1)).toBeNull();
    expect(index.find(100, 100)).toBeNull();
    expect(exact.calls).toBe(0);
  });

  it("an index of no areas finds nothing", () => {
    expect(new AreaIndex<string>([]).find(0, 0)).toBeNull();
  });
});
