import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { useScratchDatabase } from "./scratch-db";
import { ORIGIN } from "./actors";
import { POST as authPost } from "@/app/api/auth/[...all]/route";
import { GET as regions } from "@/app/api/v1/regions/route";
import { GET as nearest } from "@/app/api/v1/nearest/route";
import { bucketLimit, RateLimits } from "@/lib/net/rate-limit";
import { CLIENT_ADDRESS_HEADER, parseTrustedProxies, stampClientAddress, type TrustedProxies } from "@/lib/net/client-address";

useScratchDatabase("rate-limit");
// This file tests the limits themselves: small ones (the other suites run with generous limits). The
// limiters are made on first use, after these lines.
process.env.RATE_LIMIT_READ = "5/60";
process.env.RATE_LIMIT_MARKERS = "3/60";
process.env.RATE_LIMIT_EXPORT = "2/60";
process.env.RATE_LIMIT_MARKERS_TOTAL = process.env.RATE_LIMIT_EXPORT_TOTAL = "1000";
delete process.env.RATE_LIMIT_SIGN_IN;
delete process.env.RATE_LIMIT_SIGN_UP;

type Handler = (req: Request, ctx: { params: Promise<any> }) => Promise<Response>;

/** A request as our server hands it on: with the client's address in CLIENT_ADDRESS_HEADER. */
async function get(handler: Handler, url: string, client: string, headers: Record<string, string> = {}, params = {}) {
  const req = new Request(new URL(url, ORIGIN), { headers: { [CLIENT_ADDRESS_HEADER]: client, ...headers } });
  return handler(req, { params: Promise.resolve(params) });
}

/** Calls until the first 429 (at most `max` times): the statuses seen. */
async function untilRefused(call: (i: number) => Promise<Response>, max = 30): Promise<{ statuses: number[]; refusal?: Response }> {
  const statuses: number[] = [];
  for (let i = 0; i < max; i++) {
    const res = await call(i);
    statuses.push(res.status);
    if (res.status === 429) return { statuses, refusal: res };
  }
  return { statuses };
}

const NEAREST = "/api/v1/nearest?lat=43.25&lng=76.95&limit=3";

describe("public routes", () => {
  it("a burst over the limit gets 429 with Retry-After in the one error shape", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await get(nearest, NEAREST, "198.51.100.1")).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    const refused = await get(nearest, NEAREST, "198.51.100.1");
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60).toBe(true);
    const body = await refused.json();
    expect(body.error.code).toBe("rate_limited");
    expect(body.error.message).toContain(String(retryAfter));
  });

  it("different clients have separate buckets", async () => {
    expect((await untilRefused(() => get(regions, "/api/v1/regions", "198.51.100.2"))).refusal).toBeDefined();
    expect((await get(regions, "/api/v1/regions", "198.51.100.3")).status).toBe(200);
    expect((await get(regions, "/api/v1/regions", "2001:db8:5::1")).status).toBe(200);
  });

  it("an IPv6 client counts as its /64: a fresh address in it does not escape", async () => {
    await untilRefused((i) => get(regions, "/api/v1/regions", `2001:db8:7:7::${i + 1}`));
    expect((await get(regions, "/api/v1/regions", "2001:db8:7:7:ffff::1")).status).toBe(429);
    expect((await get(regions, "/api/v1/regions", "2001:db8:7:8::1")).status).toBe(200);
  });

  it("X-Forwarded-For does not make a new client", async () => {
    const { refusal } = await untilRefused((i) => get(nearest, NEAREST, "198.51.100.4", { "x-forwarded-for": `203.0.113.${i}` }));
    expect(refusal).toBeDefined();
    expect((await get(nearest, NEAREST, "198.51.100.4", { "x-forwarded-for": "203.0.113.200" })).status).toBe(429);
  });

  // Every GET route under app/api/v1 outside the signed-in areas (admin/, me/) is public: each must refuse a flood.
  const V1 = path.join(__dirname, "..", "..", "app", "api", "v1");
  const publicRoutes = fs
    .readdirSync(V1, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith("route.ts") && !/^(admin|me)\b/.test(f))
    // Only the GETs: a visitor's correction (POST) is limited too, by its own bucket (tests/api/corrections.test.ts).
    .filter((f) => /export const GET\b/.test(fs.readFileSync(path.join(V1, f), "utf8")))
    .map((f) => path.dirname(f));

  it("covers the public routes", () => {
    expect(publicRoutes.sort()).toEqual(["access", "access/what-if", "districts", "entries", "entries/[id]", "entries/[id]/ratings", "export", "locate", "markers", "nearest", "openapi.json", "places", "ratings", "regions", "snapshots", "snapshots/[date]/[file]"]);
  });

  publicRoutes.forEach((dir, i) => {
    it(`GET /api/v1/${dir} is rate-limited per client`, async () => {
      const mod = (await import(path.join(V1, dir, "route.ts"))) as { GET: Handler };
      const url = `/api/v1/${dir.replace("[id]", "no-such-id")}?lat=43.25&lng=76.95&format=csv`;
      const { statuses, refusal } = await untilRefused(() => get(mod.GET, url, `192.0.2.${i + 1}`, {}, { id: "no-such-id" }));
      expect(refusal, statuses.join()).toBeDefined();
      expect(Number(refusal!.headers.get("retry-after"))).toBeGreaterThan(0);
      expect((await refusal!.json()).error.code).toBe("rate_limited");
    });
  });

  it("the heavy routes allow fewer requests than the cheap ones", async () => {
    const { GET: markers } = (await import("@/app/api/v1/markers/route")) as { GET: Handler };
    const { GET: exportAll } = (await import("@/app/api/v1/export/route")) as { GET: Handler };
    expect((await untilRefused(() => get(markers, "/api/v1/markers?kind=court", "198.51.100.5"))).statuses).toEqual([200, 200, 200, 429]);
    expect((await untilRefused(() => get(exportAll, "/api/v1/export?format=csv", "198.51.100.5"))).statuses).toEqual([200, 200, 429]);
    // Its own bucket: the same client may still read.
    expect((await get(regions, "/api/v1/regions", "198.51.100.5")).status).toBe(200);
  });
});

describe("sign-in and sign-up", () => {
  const post = (p: string, body: unknown, client: string, headers: Record<string, string> = {}) =>
    authPost(
      new Request(`${ORIGIN}/api/auth${p}`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: ORIGIN, [CLIENT_ADDRESS_HEADER]: client, ...headers },
        body: JSON.stringify(body),
      }),
    );
  const guess = (client: string, i: number, headers?: Record<string, string>) =>
    post("/sign-in/email", { email: "someone@example.org", password: `guess-number-${i}` }, client, headers);

  it("sign-in is limited per real client, whatever X-Forwarded-For says", async () => {
    const { statuses, refusal } = await untilRefused((i) => guess("198.51.100.20", i, { "x-forwarded-for": `203.0.113.${i}` }));
    expect(statuses).toEqual([...Array(10).fill(401), 429]);
    expect(Number(refusal!.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await refusal!.json()).error.code).toBe("rate_limited");
  });

  it("one client's failed guesses do not lock out another, even with a proxy-style X-Forwarded-For", async () => {
    await untilRefused((i) => guess("198.51.100.21", i, { "x-forwarded-for": "10.0.0.1, 10.0.0.2" }));
    expect((await guess("198.51.100.22", 0, { "x-forwarded-for": "10.0.0.1, 10.0.0.2" })).status).toBe(401);
  });

  it("sign-up is limited per client", async () => {
    const signUp = (i: number) => post("/sign-up/email", { email: `new-${i}@example.org`, password: "short", name: "N" }, "198.51.100.23");
    const { statuses } = await untilRefused(signUp);
    expect(statuses).toEqual([400, 400, 400, 400, 400, 429]);
    expect((await post("/sign-up/email", { email: "x@example.org", password: "short", name: "N" }, "198.51.100.24")).status).toBe(400);
  });
});

describe("over real sockets, through the server's address rule", () => {
  // The same step as scripts/server.ts, in front of a route handler instead of Next.js.
  const servers: http.Server[] = [];
  async function serve(port: number, trusted: TrustedProxies): Promise<void> {
    const server = http.createServer((req, res) => {
      stampClientAddress(req, trusted);
      const headers = new Headers();
      for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, [v].flat().join(", "));
      void regions(new Request(`http://127.0.0.1${req.url}`, { headers })).then((response) => res.writeHead(response.status).end());
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  }
  afterAll(async () => {
    await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  });

  /** A request from the loopback address `from` (127.0.0.x: the server sees it as the socket's peer). */
  const request = (port: number, from: string, headers: Record<string, string> = {}) =>
    new Promise<number>((resolve, reject) => {
      http
        .get({ host: "127.0.0.1", port, path: "/api/v1/regions", localAddress: from, headers, agent: false }, (res) => {
          res.resume();
          resolve(res.statusCode!);
        })
        .on("error", reject);
    });
  const statusesOf = async (n: number, send: (i: number) => Promise<number>) => {
    const out: number[] = [];
    for (let i = 0; i < n; i++) out.push(await send(i));
    return out;
  };

  it("without TRUST_PROXY the socket is the client: spoofed headers neither escape nor share the limit", async () => {
    await serve(3412, parseTrustedProxies(undefined));
    const spoofing = (i: number) => request(3412, "127.0.0.2", { "x-forwarded-for": `203.0.113.${i}, 10.0.0.1`, [CLIENT_ADDRESS_HEADER]: `203.0.113.${i}` });
    expect(await statusesOf(6, spoofing)).toEqual([200, 200, 200, 200, 200, 429]);
    // Another socket address sending the very same headers is another client.
    expect(await request(3412, "127.0.0.3", { "x-forwarded-for": "203.0.113.1, 10.0.0.1" })).toBe(200);
  });

  it("with TRUST_PROXY the proxy's forwarded address is the client; others' X-Forwarded-For is still ignored", async () => {
    await serve(3413, parseTrustedProxies("127.0.0.4"));
    const viaProxy = (client: string) => () => request(3413, "127.0.0.4", { "x-forwarded-for": `6.6.6.6, ${client}` });
    expect(await statusesOf(6, viaProxy("203.0.113.50"))).toEqual([200, 200, 200, 200, 200, 429]);
    expect(await viaProxy("203.0.113.51")()).toBe(200);
    // Not from the proxy: claiming to be the limited client's address gets a bucket of its own.
    expect(await request(3413, "127.0.0.5", { "x-forwarded-for": "203.0.113.50" })).toBe(200);
  });
});

describe("server-wide totals of the heavy routes", () => {
  it("many clients together cannot exceed a bucket's total, each staying within its own limit", async () => {
    const limits = new RateLimits(() => ({ requests: 2, seconds: 60, total: 5 }));
    const take = (client: string) => limits.take("markers", client);
    const seen = [];
    for (const client of ["a", "a", "a", "b", "b", "c", "d"]) seen.push((await take(client)) === null ? "ok" : "refused");
    expect(seen).toEqual(["ok", "ok", "refused", "ok", "ok", "ok", "refused"]);
    expect(await limits.take("read", "d")).toBeNull(); // other buckets count apart
  });

  it("the defaults cap markers and export for everyone together", () => {
    expect(bucketLimit("markers", {}).total).toBeGreaterThan(bucketLimit("markers", {}).requests);
    expect(bucketLimit("export", {}).total).toBeDefined();
    expect(bucketLimit("read", {}).total).toBeUndefined();
  });
});

describe("configuration", () => {
  it("reads RATE_LIMIT_<NAME> as requests/seconds, _TOTAL as a number, and refuses a malformed value", () => {
    expect(bucketLimit("markers", { RATE_LIMIT_MARKERS: "50/30", RATE_LIMIT_MARKERS_TOTAL: "400" })).toEqual({ requests: 50, seconds: 30, total: 400 });
    expect(bucketLimit("sign-in", { RATE_LIMIT_SIGN_IN: "7" })).toEqual({ requests: 7, seconds: 60 });
    expect(bucketLimit("sign-up", {})).toEqual({ requests: 5, seconds: 60 });
    for (const bad of ["lots", "0/60", "10/0", "-1", "10/60s"]) expect(() => bucketLimit("read", { RATE_LIMIT_READ: bad }), bad).toThrow(/RATE_LIMIT_READ/);
    for (const bad of ["0", "many", "5/60"]) expect(() => bucketLimit("export", { RATE_LIMIT_EXPORT_TOTAL: bad }), bad).toThrow(/RATE_LIMIT_EXPORT_TOTAL/);
  });
});
