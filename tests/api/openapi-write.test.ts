import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GET as openapi } from "@/app/api/v1/openapi.json/route";
import { call } from "./call";

const V1 = path.join(__dirname, "..", "..", "app", "api", "v1");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];

function routes(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    return d.isDirectory() ? routes(full) : d.name === "route.ts" ? [full] : [];
  });
}

const ANONYMOUS_WRITES = ["POST /api/v1/entries/{id}/corrections", "POST /api/v1/entries/{id}/ratings"];

describe("the OpenAPI document", () => {
  it("documents every method of every /api/v1 route, write routes with the session scheme", async () => {
    const { body } = await call(openapi, "/api/v1/openapi.json");
    for (const file of routes(V1)) {
      const apiPath = "/api/v1/" + path.relative(V1, path.dirname(file)).replace(/\[(\w+)\]/g, "{$1}");
      if (apiPath === "/api/v1/openapi.json") continue;
      const mod = (await import(file)) as Record<string, unknown>;
      for (const method of METHODS.filter((m) => typeof mod[m] === "function")) {
        const op = body.paths[apiPath]?.[method.toLowerCase()];
        expect(op, `${method} ${apiPath}`).toBeDefined();
        // A visitor's correction and a court's rating are the writes open without an account.
        const anonymous = ANONYMOUS_WRITES.includes(`${method} ${apiPath}`);
        if (method !== "GET") expect(op.security, `${method} ${apiPath}`).toEqual(anonymous ? [] : [{ session: [] }]);
      }
    }
    expect(body.components.schemas.EntryInput).toBeDefined();
    expect(body.components.schemas.Conflict).toBeDefined();
  });
});
