import { describe, expect, it } from "vitest";
import { GET as entries } from "@/app/api/v1/entries/route";
import { GET as nearest } from "@/app/api/v1/nearest/route";
import { GET as locate } from "@/app/api/v1/locate/route";
import { GET as regions } from "@/app/api/v1/regions/route";
import { call } from "./call";

const CASES: [string, any, string, string][] = [
  ["lat=999", nearest, "/api/v1/nearest?lat=999&lng=71", "lat"],
  ["lat missing", nearest, "/api/v1/nearest?lng=71", "lat"],
  ["lng not a number", locate, "/api/v1/locate?lat=43&lng=abc", "lng"],
  ["lat NaN", locate, "/api/v1/locate?lat=NaN&lng=71", "lat"],
  ["bbox with three numbers", entries, "/api/v1/entries?bbox=1,2,3", "bbox"],
  ["bbox upside down", entries, "/api/v1/entries?bbox=77,44,76,43", "bbox"],
  ["limit=0", entries, "/api/v1/entries?limit=0", "limit"],
  ["limit=501", entries, "/api/v1/entries?limit=501", "limit"],
  ["nearest limit=101", nearest, "/api/v1/nearest?lat=43&lng=71&limit=101", "limit"],
  ["kind=judge", entries, "/api/v1/entries?kind=judge", "kind"],
  ["kind=court,judge", nearest, "/api/v1/nearest?lat=43&lng=71&kind=court,judge", "kind"],
  ["region=KZ-99", entries, "/api/v1/entries?region=KZ-99", "region"],
  ["courtKind=supremest", entries, "/api/v1/entries?courtKind=supremest", "courtKind"],
  ["bad cursor", entries, "/api/v1/entries?cursor=bm9wZQ", "cursor"],
  ["format=xml", regions, "/api/v1/regions?format=xml", "format"],
];

describe("bad input", () => {
  for (const [what, handler, url, field] of CASES) {
    it(`${what} is a 400 naming ${field}`, async () => {
      const { status, body } = await call(handler, url);
      expect(status).toBe(400);
      expect(body.error.code).toBe("invalid_parameter");
      expect(body.error.field).toBe(field);
      expect(body.error.message).toContain(field);
    });
  }

  it("a query with no searchable word is an empty result, not an error", async () => {
    const { status, body } = await call(entries, `/api/v1/entries?q=${encodeURIComponent("!!! ***")}`);
    expect(status).toBe(200);
    expect(body.total).toBe(0);
  });

  it("FTS syntax in a query is treated as text", async () => {
    const { status } = await call(entries, `/api/v1/entries?q=${encodeURIComponent('"NEAR( OR AND *')}`);
    expect(status).toBe(200);
  });
});
