import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { useScratchDatabase } from "./scratch-db";
import { ORIGIN, signedIn, type TestActor } from "./actors";
import type { RouteContract } from "@/lib/api/contract";
import { CLIENT_ADDRESS_HEADER } from "@/lib/net/client-address";

useScratchDatabase("cors-cache");
// A small export limit of our own (made on first use, after this line): the 429 below. Every other call
// comes from a fresh client address, so no test here runs into it.
process.env.RATE_LIMIT_EXPORT = "3/600";

const { CONTRACTS, OPERATIONS } = await import("@/app/api/v1/contracts");

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
type RouteModule = Partial<Record<"GET" | "POST" | "PUT" | "OPTIONS" | "HEAD", Handler>>;

/** The route module serving a contract: /api/v1/entries/{id} is app/api/v1/entries/[id]/route.ts. */
async function moduleOf(contract: RouteContract): Promise<RouteModule> {
  const dir = contract.path.replace(/^\//, "").replace(/\{(\w+)\}/g, "[$1]");
  return (await import(path.join(process.cwd(), "app", dir, "route.ts"))) as RouteModule;
}

// Public reads are GETs that declare an empty security requirement (no sign-in); private ones name the
// session. A visitor's correction (issue 8) and rating a court (issue 13) are writes without a session:
// same-origin like every write, checked with the private routes.
const isPublic = (c: RouteContract) => c.method === "get" && (c.security ?? []).length === 0;
const PUBLIC = CONTRACTS.filter(isPublic);
const PRIVATE = CONTRACTS.filter((c) => !isPublic(c));

let entryId = "";
let snapshotDay = "";
/** The required parameters a public GET needs to answer 200; the routes themselves come from CONTRACTS. */
const REQUIRED: Record<string, string> = {
  "/api/v1/nearest": "lat=43.25&lng=76.95&limit=3",
  "/api/v1/locate": "lat=43.25&lng=76.95",
  "/api/v1/places": "q=Taraz",
  "/api/v1/access/what-if": "lat=43.25&lng=76.95",
};

let clients = 0;
/** Each request from a client address of its own: no rate limit in the way of these checks. */
const freshClient = () => {
  clients++;
  return `10.0.${Math.floor(clients / 250)}.${(clients % 250) + 1}`;
};

function urlOf(contract: RouteContract, query = ""): string {
  const p = contract.path.replace("{id}", entryId).replace("{version}", "1");
  const q = [REQUIRED[contract.path], query].filter(Boolean).join("&");
  return q ? `${p}?${q}` : p;
}

async function request(contract: RouteContract, init: { method?: string; query?: string; headers?: Record<string, string>; as?: TestActor; body?: unknown } = {}) {
  const method = init.method ?? contract.method.toUpperCase();
  const mod = await moduleOf(contract);
  const handler = mod[(method === "HEAD" ? "GET" : method) as keyof RouteModule]!;
  const headers = new Headers({ [CLIENT_ADDRESS_HEADER]: freshClient(), ...init.headers });
  if (init.as) {
    headers.set("cookie", init.as.cookie);
    headers.set("origin", ORIGIN);
  }
  const withBody = method !== "GET" && method !== "HEAD";
  if (withBody) headers.set("content-type", "application/json");
  const req = new Request(new URL(urlOf(contract, init.query), ORIGIN), { method, headers, body: withBody ? JSON.stringify(init.body ?? {}) : undefined });
  const ctx = { params: Promise.resolve({ id: entryId, version: "1", date: snapshotDay, file: "manifest.json" }) };
  return handler(req, ctx);
}

let admin: TestActor;

beforeAll(async () => {
  admin = await signedIn("admin");
  const { GET } = await import("@/app/api/v1/markers/route");
  const markers = await (await GET(new Request(new URL("/api/v1/markers", ORIGIN)))).json();
  entryId = markers.items[0][0];
  // The snapshot list writes today's snapshot: then /api/v1/snapshots/{date}/{file} has a file to answer with.
  const snapshots = await import("@/app/api/v1/snapshots/route");
  snapshotDay = (await (await snapshots.GET(new Request(new URL("/api/v1/snapshots", ORIGIN)))).json()).items[0].date;
});

describe("the routes under test", () => {
  it("come from the contracts: public reads and private or write routes", () => {
    expect(PUBLIC.map((c) => c.path)).toContain("/api/v1/nearest");
    expect(PUBLIC.every((c) => c.method === "get")).toBe(true);
    expect(PRIVATE.map((c) => c.path)).toContain("/api/v1/admin/entries");
  });
});

describe.each(PUBLIC.map((c) => [c.path, c] as const))("public GET %s", (_path, contract) => {
  it("answers any origin, without credentials, and lets scripts read ETag and the rate limit", async () => {
    const res = await request(contract, { headers: { origin: "https://news.example" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("access-control-allow-credentials")).toBeNull();
    const exposed = res.headers.get("access-control-expose-headers")!.toLowerCase().split(/,\s*/);
    expect(exposed).toEqual(expect.arrayContaining(["etag", "ratelimit-limit", "ratelimit-remaining", "ratelimit-reset", "retry-after"]));
  });

  it("keeps the CORS grant on its errors, so a consumer can read why", async () => {
    const res = await request(contract, { query: "foo=1" });
    expect(res.status).toBe(400);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
  });

  it("answers a preflight with 204 and what a cross-origin GET may send", async () => {
    const { OPTIONS } = await moduleOf(contract);
    expect(OPTIONS).toBeDefined();
    const res = await OPTIONS!(
      new Request(new URL(contract.path, ORIGIN), {
        method: "OPTIONS",
        headers: { origin: "https://news.example", "access-control-request-method": "GET", "access-control-request-headers": "if-none-match" },
      }),
      { params: Promise.resolve({}) },
    );
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("access-control-allow-methods")).toBe("GET, HEAD, OPTIONS");
    expect(res.headers.get("access-control-allow-headers")!.toLowerCase()).toContain("if-none-match");
    expect(Number(res.headers.get("access-control-max-age"))).toBeGreaterThan(0);
    expect(res.headers.get("access-control-allow-credentials")).toBeNull();
  });

  it("has a strong ETag and a Cache-Control, and answers 304 to it (plain, weak and in a list)", async () => {
    const res = await request(contract);
    const etag = res.headers.get("etag")!;
    expect(etag).toMatch(/^"[^"]+"$/);
    expect(res.headers.get("cache-control")).toMatch(/^public, /);
    for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`, "*"]) {
      const again = await request(contract, { headers: { "if-none-match": ifNoneMatch } });
      expect(again.status, ifNoneMatch).toBe(304);
      expect(await again.text()).toBe("");
      expect(again.headers.get("etag")).toBe(etag);
      expect(again.headers.get("access-control-allow-origin")).toBe("*");
    }
    expect((await request(contract, { headers: { "if-none-match": '"other"' } })).status).toBe(200);
  });

  it("answers HEAD like GET, without the body", async () => {
    const get = await request(contract);
    const head = await request(contract, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("etag")).toBe(get.headers.get("etag"));
    expect(head.headers.get("content-type")).toBe(get.headers.get("content-type"));
    expect(await head.text()).toBe("");
  });

  it("answers the same with a session cookie sent from another site", async () => {
    const plain = await request(contract);
    const withCookie = await request(contract, { headers: { cookie: admin.cookie, origin: "https://elsewhere.example" } });
    expect(withCookie.status).toBe(plain.status);
    expect(withCookie.headers.get("etag")).toBe(plain.headers.get("etag"));
    expect(withCookie.headers.get("access-control-allow-origin")).toBe("*");
  });

  it("carries the RateLimit-* headers, the remaining count going down", async () => {
    const client = freshClient();
    const first = await request(contract, { headers: { [CLIENT_ADDRESS_HEADER]: client } });
    const second = await request(contract, { headers: { [CLIENT_ADDRESS_HEADER]: client } });
    const limit = Number(first.headers.get("ratelimit-limit"));
    expect(limit).toBeGreaterThan(0);
    expect(Number(first.headers.get("ratelimit-remaining"))).toBe(limit - 1);
    expect(Number(second.headers.get("ratelimit-remaining"))).toBe(limit - 2);
    const reset = Number(first.headers.get("ratelimit-reset"));
    expect(Number.isInteger(reset) && reset >= 1).toBe(true);
    expect(first.headers.get("ratelimit-policy")).toMatch(new RegExp(`^${limit};w=\\d+$`));
  });
});

describe.each(CONTRACTS.map((c) => [`${c.method.toUpperCase()} ${c.path}`, c] as const))("%s", (_name, contract) => {
  it("refuses an unknown parameter with a 400 naming it", async () => {
    const res = await request(contract, { query: "foo=1", as: isPublic(contract) ? undefined : admin });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error).toMatchObject({ code: "invalid_parameter", message: "unknown parameter: foo", field: "foo" });
  });
});

describe("parameter names", () => {
  it("__proto__ and constructor are refused like any unknown name, not swallowed by the object's prototype", async () => {
    const nearest = CONTRACTS.find((c) => c.path === "/api/v1/nearest")!;
    for (const name of ["__proto__", "constructor"]) {
      const res = await request(nearest, { query: `${name}=1` });
      expect(res.status, name).toBe(400);
      expect((await res.json()).error.field).toBe(name);
    }
  });
});

describe.each(PRIVATE.map((c) => [`${c.method.toUpperCase()} ${c.path}`, c] as const))("write or account route %s", (_name, contract) => {
  it("grants no other origin anything: no CORS header, signed in or not, and no preflight of its own", async () => {
    for (const as of [undefined, admin]) {
      const res = await request(contract, { as, headers: { origin: "https://news.example" } });
      expect(res.headers.get("access-control-allow-origin")).toBeNull();
      expect(res.headers.get("access-control-allow-credentials")).toBeNull();
    }
    // Next's own OPTIONS (204, Allow only) then answers: no grant for a cross-origin write. Where a public
    // read shares the path (a court's ratings), its preflight grants the read methods only.
    const { OPTIONS } = await moduleOf(contract);
    if (PUBLIC.some((c) => c.path === contract.path)) {
      const res = await OPTIONS!(new Request(new URL(contract.path, ORIGIN), { method: "OPTIONS", headers: { origin: "https://news.example", "access-control-request-method": contract.method.toUpperCase() } }), { params: Promise.resolve({}) });
      expect(res.headers.get("access-control-allow-methods")).toBe("GET, HEAD, OPTIONS");
    } else expect(OPTIONS).toBeUndefined();
  });
});

describe("better-auth's routes", () => {
  it("are same-origin only", async () => {
    const mod = await import("@/app/api/auth/[...all]/route");
    const res = await mod.GET(new Request(new URL("/api/auth/get-session", ORIGIN), { headers: { origin: "https://news.example", cookie: admin.cookie } }));
    expect(res.status).toBe(200);
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
    expect("OPTIONS" in mod).toBe(false);
  });
});

describe("caching of boundaries and the export", () => {
  const regions = () => CONTRACTS.find((c) => c.path === "/api/v1/regions")!;

  it("outlines named by their data version (?v=) may be kept for a year; an old or no version revalidates", async () => {
    const plain = await request(regions(), { query: "format=geojson" });
    expect(plain.headers.get("cache-control")).toBe("public, no-cache");
    const version = plain.headers.get("etag")!.replaceAll('"', "");
    const versioned = await request(regions(), { query: `format=geojson&v=${version}` });
    expect(versioned.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(versioned.headers.get("etag")).toBe(plain.headers.get("etag"));
    const stale = await request(regions(), { query: "format=geojson&v=old" });
    expect(stale.headers.get("cache-control")).toBe("public, no-cache");
  });

  it("the export's ETag follows the data: a 304 until an entry changes", async () => {
    const exportContract = CONTRACTS.find((c) => c.path === "/api/v1/export")!;
    const etag = (await request(exportContract)).headers.get("etag")!;
    expect((await request(exportContract, { headers: { "if-none-match": etag } })).status).toBe(304);
    const { db } = await import("@/lib/db/client");
    await db().entry.update({ where: { id: entryId }, data: { locality: "Changed for the ETag" } });
    const after = await request(exportContract, { headers: { "if-none-match": etag } });
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).not.toBe(etag);
    await after.body?.cancel();
  });
});

describe("a client over its limit", () => {
  it("gets 429 with Retry-After and RateLimit-Remaining 0, still readable cross-origin", async () => {
    const exportContract = CONTRACTS.find((c) => c.path === "/api/v1/export")!;
    const client = { [CLIENT_ADDRESS_HEADER]: "203.0.113.77" };
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 4; i++) {
      last = await request(exportContract, { headers: client });
      statuses.push(last.status);
      if (last.status === 200) await last.body?.cancel();
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(Number(last!.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(last!.headers.get("ratelimit-limit")).toBe("3");
    expect(last!.headers.get("ratelimit-remaining")).toBe("0");
    expect(last!.headers.get("ratelimit-reset")).toBe(last!.headers.get("retry-after"));
    expect(last!.headers.get("access-control-allow-origin")).toBe("*");
  });
});

describe("the OpenAPI document", () => {
  it("states the rules and declares the RateLimit headers once, referenced by every public read", async () => {
    const { openApiDocument } = await import("@/lib/api/openapi");
    const doc = openApiDocument(OPERATIONS) as any;
    expect(doc.info.description).toContain("unknown parameter: <name>");
    expect(doc.info.description).toContain("Access-Control-Allow-Origin: *");
    expect(Object.keys(doc.components.headers)).toEqual(expect.arrayContaining(["ETag", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset", "Retry-After"]));
    for (const contract of PUBLIC) {
      const op = doc.paths[contract.path].get;
      expect(op.responses["200"].headers["RateLimit-Remaining"].$ref, contract.path).toBe("#/components/headers/RateLimit-Remaining");
      expect(op.responses["429"].headers["Retry-After"].$ref).toBe("#/components/headers/Retry-After");
      expect(op.responses["304"]).toBeDefined();
    }
  });
});
