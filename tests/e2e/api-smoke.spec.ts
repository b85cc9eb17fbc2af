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
