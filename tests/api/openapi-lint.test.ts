import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as entries } from "@/app/api/v1/entries/route";
import { GET as locate } from "@/app/api/v1/locate/route";
import { GET as nearest } from "@/app/api/v1/nearest/route";
import { GET as openapi } from "@/app/api/v1/openapi.json/route";
import { GET as regions } from "@/app/api/v1/regions/route";
import { call } from "./call";

// The published document as its consumers meet it: linted by Redocly's recommended ruleset, turned into
// types by openapi-typescript, and a small client (tests/consumers/) compiled against those types and run.

const ROOT = path.join(__dirname, "..", "..");
const OUT = path.join(ROOT, "var", "consumers");
const DOCUMENT = path.join(OUT, "openapi.json");
const bin = (name: string) => path.join(ROOT, "node_modules", ".bin", name);
// Redocly's CLI must never reach the network: no telemetry, no update check.
const OFFLINE = { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true", NO_COLOR: "1" };

const CLIENT = path.join(ROOT, "tests", "consumers", "directory-client.ts");
type Fetch = (url: string) => Promise<Response>;
type Call<R> = (fetcher: Fetch, query: Record<string, string>) => Promise<R>;
interface ConsumerClient {
  nearestNames: Call<string[]>;
  nearestPositions: Call<number[][]>;
  servingCourts: Call<{ role: string; id: string }[]>;
  containingOutline: Call<string | null>;
  allEntryIds: Call<string[]>;
  courtsPerRegion: (fetcher: Fetch) => Promise<Record<string, number>>;
}

let doc: any;
beforeAll(async () => {
  doc = (await call(openapi, "/api/v1/openapi.json")).body;
  fs.mkdirSync(OUT, { recursive: true });
  fs.writeFileSync(DOCUMENT, JSON.stringify(doc));
});

const operations = () =>
  Object.entries(doc.paths as Record<string, Record<string, any>>).flatMap(([p, item]) => Object.entries(item).map(([method, op]) => ({ path: p, method, op })));

describe("the OpenAPI document under Redocly's recommended ruleset", () => {
  it("has no error and no warning (struct, security-defined, operation-operationId, info-license …)", () => {
    const out = execFileSync(bin("redocly"), ["lint", "--extends=recommended", "--format=json", DOCUMENT], { env: OFFLINE, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    const report = JSON.parse(out.slice(out.indexOf("{"))) as { totals: { errors: number; warnings: number }; problems: { ruleId: string; message: string }[] };
    expect(report.problems.map((p) => `${p.ruleId}: ${p.message}`)).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  });

  it("names every operation by the rule in app/api/v1/contracts.ts, each name once", () => {
    const ids = operations().map(({ path: p, op }) => {
      const rule = p.startsWith("/api/v1/admin/") ? /^admin(List|Get|Create|Update|Close|Reopen|Restore|Approve|Reject|Start)[A-Z]\w*$/
        : p.startsWith("/api/v1/me") ? /^(get|create)My[A-Z]\w*$/
        : p === "/api/v1/entries/{id}/corrections" ? /^createCorrection$/ // the one public write (issue 8)
        : /^(list|get|find|locate|export|create)[A-Z]\w*$/;
      expect(op.operationId, p).toMatch(rule);
      return op.operationId as string;
    });
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(["listEntries", "getEntry", "findNearest", "locatePoint", "listRegions", "adminUpdateEntry"]));
  });

  // A visitor's correction (issue 8) and rating a court (issue 13) need no account: the writes without the session.
  const ANONYMOUS_WRITES = ["post /api/v1/entries/{id}/corrections", "post /api/v1/entries/{id}/ratings"];

  it("declares security on every operation: none for public reads and anonymous writes, the session cookie for the rest", () => {
    for (const { path: p, method, op } of operations()) {
      const isPrivate = (method !== "get" && !ANONYMOUS_WRITES.includes(`${method} ${p}`)) || p.startsWith("/api/v1/admin/") || p.startsWith("/api/v1/me");
      expect(op.security, `${method} ${p}`).toEqual(isPrivate ? [{ session: [] }] : []);
    }
    expect(doc.components.securitySchemes.session).toMatchObject({ type: "apiKey", in: "cookie", name: "better-auth.session_token" });
  });

  it("says which licences cover the data, with no code licence invented", () => {
    expect(doc.info.license).toEqual({ name: "Open Database License 1.0", identifier: "ODbL-1.0" });
    expect(doc.info["x-data-licences"].map((l: { identifier: string }) => l.identifier)).toEqual(["ODbL-1.0", "CC-BY-4.0"]);
    expect(doc.info.description).toMatch(/code carries no licence/);
    expect(doc.servers).toEqual([{ url: "/" }]);
  });
});

describe("a client typed by openapi-typescript from the document", () => {
  const ROUTES: Record<string, (req: Request) => Promise<Response>> = {
    "/api/v1/nearest": nearest, "/api/v1/locate": locate, "/api/v1/entries": entries, "/api/v1/regions": regions,
  };
  const fetcher = (url: string) => ROUTES[new URL(url, "http://localhost").pathname]!(new Request(new URL(url, "http://localhost")));

  it("compiles against the generated types and reads real answers of nearest, locate, entries and regions", async () => {
    execFileSync(bin("openapi-typescript"), [DOCUMENT, "-o", path.join(OUT, "api.d.ts")], { stdio: "pipe" });
    execFileSync(bin("tsc"), ["-p", path.join(ROOT, "tests", "consumers", "tsconfig.json")], { stdio: "pipe", encoding: "utf8" });
    // Imported by path, so that the project's own tsc (which runs before the types exist) does not follow it.
    const client = (await import(/* @vite-ignore */ CLIENT)) as ConsumerClient;
    const taraz = { lat: "42.91", lng: "71.36" };
    expect(await client.nearestNames(fetcher, { ...taraz, kind: "court", limit: "3" })).toHaveLength(3);
    expect((await client.nearestPositions(fetcher, { ...taraz, limit: "2" }))[0]).toEqual([expect.any(Number), expect.any(Number)]);
    expect((await client.servingCourts(fetcher, taraz)).map((c) => c.role)).toContain("regional");
    expect(await client.containingOutline(fetcher, taraz)).toMatch(/^district \d+$/);
    expect(await client.allEntryIds(fetcher, { region: "KZ-31", kind: "court", limit: "5" })).not.toHaveLength(0);
    expect(Object.keys(await client.courtsPerRegion(fetcher))).toHaveLength(20);
  });
});
