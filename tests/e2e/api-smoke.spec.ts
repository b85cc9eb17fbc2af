import { expect, test } from "@playwright/test";

test("the production server answers the public API with the real data", async ({ request }) => {
  const res = await request.get("/api/v1/regions");
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(body.items).toHaveLength(20);
  const bad = await request.get("/api/v1/nearest?lat=999&lng=1");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.field).toBe("lat");
});

test("an API path with a malformed percent-escape is a 400 in the one error shape, not Next's plain-text 500", async ({ request }) => {
  for (const path of ["/api/v1/entries/%ZZ", "/api/v1/admin/entries/%E0%A4%A/revisions"]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(400);
    expect((await res.json()).error).toMatchObject({ code: "invalid_parameter", field: "path" });
  }
  const fine = await request.get("/api/v1/entries/sample-notary-00001");
  expect(fine.status()).toBe(200);
});
