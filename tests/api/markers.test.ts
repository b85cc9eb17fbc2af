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

describe("GET /api/v1/markers", () => {
  it("returns every active entry at once, in the response schema, with the totals of /api/v1/entries", async () => {
    const { status, body } = await call(markers, "/api/v1/markers");
    expect(status).toBe(200);
    expect(MarkersResponseSchema.parse(body).items).toHaveLength(body.total);
    const page = await call(entries, "/api/v1/entries?limit=1");
    expect(body.total).toBe(page.body.total);
    expect(new Set(body.items.map((m: unknown[]) => m[0])).size).toBe(body.total);
    // Courts first, as the server-rendered first results list them.
    expect(body.items[0][KIND]).toBe("court");
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
    expect(body.total).toBe(page.body.total);
    expect(body.total).toBeGreaterThan(0);
    if (page.body.total <= 500) expect(new Set(body.items.map((m: unknown[]) => m[0]))).toEqual(new Set(page.body.items.map((e: { id: string }) => e.id)));
  });

  it("keeps the filters' meaning in each row", async () => {
    const { body } = await call(markers, "/api/v1/markers?region=KZ-10&kind=court&courtKind=district");
    for (const m of body.items) {
      expect(m[KIND]).toBe("court");
      expect(m[COURT_KIND]).toBe("district");
      expect(m[REGION]).toBe("KZ-10");
    }
  });

  it("gives the coordinates of located entries and null for the others", async () => {
    const { body } = await call(markers, "/api/v1/markers?kind=court");
    const located = body.items.filter((m: unknown[]) => m[LAT] !== null);
    expect(located).toHaveLength(390);
    expect(body.total).toBe(396);
  });

  it("answers nothing for a query that can match nothing", async () => {
    const { status, body } = await call(markers, "/api/v1/markers?q=%22%22%22");
    expect(status).toBe(200);
    expect(body).toEqual({ total: 0, items: [] });
  });

  it.each([
    ["kind=judge", "kind"],
    ["courtKind=supreme-ish", "courtKind"],
    ["region=KZ-99", "region"],
    [`q=${"x".repeat(201)}`, "q"],
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
    expect(body.paths["/api/v1/markers"].get.parameters.map((p: { name: string }) => p.name).sort()).toEqual(["courtKind", "kind", "q", "region"]);
  });
});
