import { describe, expect, it } from "vitest";
import { route } from "@/lib/api/respond";
import { Conflict, Forbidden, Invalid, notFound, NotFound, Unauthenticated } from "@/lib/errors";

async function answer(error: Error) {
  const res = await route(async () => {
    throw error;
  })(new Request("http://localhost/api/v1/x"));
  return { status: res.status, body: await res.json() };
}

describe("domain errors through route()", () => {
  it("gives each kind its status and the one error shape", async () => {
    expect(await answer(new Invalid("status", "The entry is already closed"))).toEqual({
      status: 400,
      body: { error: { code: "invalid_parameter", message: "The entry is already closed", field: "status" } },
    });
    expect(await answer(new Unauthenticated())).toEqual({ status: 401, body: { error: { code: "unauthenticated", message: "Sign in first" } } });
    expect(await answer(new Forbidden("no", undefined, "cross_site"))).toEqual({ status: 403, body: { error: { code: "cross_site", message: "no" } } });
    expect(await answer(new NotFound("gone", "version"))).toEqual({ status: 404, body: { error: { code: "not_found", message: "gone", field: "version" } } });
    expect(await answer(new Conflict("conflict", "stale", undefined, { currentVersion: 3 }))).toEqual({
      status: 409,
      body: { error: { code: "conflict", message: "stale", currentVersion: 3 } },
    });
  });

  it("keeps an Invalid's own code and details (an import with problems)", async () => {
    const { status, body } = await answer(new Invalid("file", "Nothing was imported", { code: "import_problems", details: { problems: [] } }));
    expect(status).toBe(400);
    expect(body).toEqual({ error: { code: "import_problems", message: "Nothing was imported", field: "file", problems: [] } });
  });

  it("names a missing thing with its id cut to 80 characters", () => {
    expect(notFound("Entry", "court-1").message).toBe('Entry "court-1" was not found');
    expect(notFound("Entry", "x".repeat(500)).message).toBe(`Entry "${"x".repeat(80)}" was not found`);
  });
});
