import { describe, expect, it } from "vitest";
import { GET as entries } from "@/app/api/v1/entries/route";
import { GET as markers } from "@/app/api/v1/markers/route";
import { GET as openapi } from "@/app/api/v1/openapi.json/route";
import { MarkersResponseSchema } from "@/lib/validation/responses";
import { call } from "./call";

const KIND = 1;
const COURT_KIND = 2;
const REGION = 6;
const LAT = 9;

/** Every entry id in the answer's single points, and the count in its clusters. */
const reached = (body: { clusters: number[][]; items: unknown[][] }) => body.items.length + body.clusters.reduce((n, c) => n + c[2]!, 0);

describe("GET /api/v1/markers", () => {
  it("answers the country view without a bbox: clusters and points that add up to every located entry", async () => {
    const { status, body } = await call(markers, "/api/v1/markers");
    expect(status).toBe(200);
    const parsed = MarkersResponseSchema.parse(body);
    const page = await call(entries, "/api/v1/entries?limit=1");
    expect(parsed.total).toBe(page.body.total);
    expect(parsed.zoom).toBe(4);
    expect(reached(parsed)).toBe(parsed.located);
    // Clustered: far fewer markers than entries.
    expect(parsed.clusters.length + parsed.items.length).toBeLessThan(parsed.located / 20);
  });

  it("splits clusters as the zoom grows, and a street-level view holds single entries", async () => {
    const almaty = "bbox=76.90,43.22,76.96,43.26";
    const wide = await call(markers, `/api/v1/markers?kind=court&${almaty}&zoom=10`);
    const close = await call(markers, `/api/v1/markers?kind=court&${almaty}&zoom=18`);
    expect(wide.body.clusters.length).toBeGreaterThan(0);
    expect(close.body.clusters).toEqual([]);
    expect(close.body.items.length).toBe(reached(wide.body));
    for (const m of close.body.items) {
      expect(m[LAT]).toBeGreaterThanOrEqual(43.22);
      expect(m[LAT]).toBeLessThanOrEqual(43.26);
    }
    // A cluster says where it splits.
    for (const [, , count, expansion] of wide.body.clusters) {
      expect(count).toBeGreaterThan(1);
      expect(expansion).toBeGreaterThan(10);
    }
  });

  it("answers a whole-country view at street zoom at a lower zoom, bounded", async () => {
    const { body } = await call(markers, "/api/v1/markers?bbox=46,40,88,56&zoom=20");
    expect(body.clusters.length + body.items.length).toBeLessThanOrEqual(2500);
    expect(body.zoom).toBeLessThan(20);
    expect(reached(body)).toBe(body.located);
  });

  it("counts the matches per language and area of practice", async () => {
    const { body } = await call(markers, "/api/v1/markers?kind=advocate");
    const en = await call(entries, "/api/v1/entries?kind=advocate&language=en&limit=1");
    expect(body.facets.languages.en).toBe(en.body.total);
    const family = await call(entries, "/api/v1/entries?kind=advocate&specialisation=family&limit=1");
    expect(body.facets.specialisations.family).toBe(family.body.total);
    expect(family.body.total).toBeGreaterThan(0);
    const both = await call(markers, "/api/v1/markers?kind=advocate&language=en&specialisation=family");
    expect(both.body.total).toBeLessThan(family.body.total);
    expect(both.body.facets.languages.en).toBe(both.body.total);
  });

  it.each([
    ["kind=notary,mediator", "kind=notary,mediator"],
    ["kind=court&courtKind=district", "kind=court&courtKind=district"],
    ["region=KZ-10", "region=KZ-10"],
    ["q=%D0%90%D0%BB%D0%BC%D0%B0%D1%82%D1%8B", "q=%D0%90%D0%BB%D0%BC%D0%B0%D1%82%D1%8B"],
    ["q=almaty&kind=court", "q=almaty&kind=court"],
  ])("filters like /api/v1/entries: %s", async (query) => {
    const { body } = await call(markers, `/api/v1/markers?${query}`);
    const page = await call(entries, `/api/v1/entries?${query}&limit=500`);
    // A text search counts up to 1 000 and then says "at least" (totalIsLowerBound); the markers count all.
    if (page.body.totalIsLowerBound) expect(body.total).toBeGreaterThanOrEqual(page.body.total);
    else expect(body.total).toBe(page.body.total);
    expect(body.total).toBeGreaterThan(0);
    if (page.body.total <= 500) {
      // At street zoom over the whole map every located match stands alone.
      const all = await call(markers, `/api/v1/markers?${query}&zoom=20`);
      const located = page.body.items.filter((e: { location: unknown }) => e.location !== null).map((e: { id: string }) => e.id);
      expect(new Set(all.body.items.map((m: unknown[]) => m[0]))).toEqual(new Set(located));
    }
  });

  it("keeps the filters' meaning in each row", async () => {
    const { body } = await call(markers, "/api/v1/markers?region=KZ-10&kind=court&courtKind=district&zoom=20");
    for (const m of body.items) {
      expect(m[KIND]).toBe("court");
      expect(m[COURT_KIND]).toBe("district");
      expect(m[REGION]).toBe("KZ-10");
    }
  });

  it("gives the coordinates of located entries and null for the others", async () => {
    const { body } = await call(markers, "/api/v1/markers?kind=court&zoom=20");
    expect(body.items).toHaveLength(390);
    expect(body.items.every((m: unknown[]) => typeof m[LAT] === "number")).toBe(true);
    expect(body.located).toBe(390);
    expect(body.total).toBe(396);
  });

  it("answers nothing for a query that can match nothing", async () => {
    const { status, body } = await call(markers, "/api/v1/markers?q=%22%22%22");
    expect(status).toBe(200);
    expect(body).toMatchObject({ total: 0, located: 0, clusters: [], items: [] });
  });

  it.each([
    ["kind=judge", "kind"],
    ["courtKind=supreme-ish", "courtKind"],
    ["region=KZ-99", "region"],
    [`q=${"x".repeat(201)}`, "q"],
    ["zoom=21", "zoom"],
    ["zoom=4.5", "zoom"],
    ["bbox=1,2,3", "bbox"],
    ["language=de", "language"],
    ["specialisation=tax-magic", "specialisation"],
  ])("rejects %s with 400 naming the field", async (query, field) => {
    const { status, body } = await call(markers, `/api/v1/markers?${query}`);
    expect(status).toBe(400);
    expect(body.error.field).toBe(field);
    expect(typeof body.error.code).toBe("string");
  });

  it("revalidates by ETag: an unchanged answer is a 304 without a body", async () => {
    const first = await markers(new Request("http://localhost/api/v1/markers?region=KZ-10"));
    const etag = first.headers.get("etag")!;
    expect(first.headers.get("cache-control")).toBe("public, no-cache");
    const again = await markers(new Request("http://localhost/api/v1/markers?region=KZ-10", { headers: { "if-none-match": `W/${etag}` } }));
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
  });

  it("is in the OpenAPI document", async () => {
    const { body } = await call(openapi, "/api/v1/openapi.json");
    expect(body.paths["/api/v1/markers"].get.parameters.map((p: { name: string }) => p.name).sort()).toEqual(["bbox", "courtKind", "kind", "language", "q", "region", "specialisation", "zoom"]);
  });
});
