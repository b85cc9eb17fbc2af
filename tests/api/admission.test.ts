import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OPERATIONS } from "@/app/api/v1/contracts";
import { Admission, admissionLimits, isHeavyPath } from "@/lib/net/admission";
import { parseTrustedProxies, stampClientAddress } from "@/lib/net/client-address";

// The same steps as scripts/server.ts (address, then admission), in front of a handler that holds every
// admitted request until the test lets it finish: "in flight" is then exactly what the test says.
const PORT = 3415;
const held: http.ServerResponse[] = [];
let server: http.Server;

beforeAll(async () => {
  const admission = new Admission({ perClient: 3, heavy: 2 });
  const trusted = parseTrustedProxies(undefined);
  server = http.createServer((req, res) => {
    stampClientAddress(req, trusted);
    if (admission.admit(req, res)) held.push(res);
  });
  await new Promise<void>((resolve) => server.listen(PORT, "127.0.0.1", resolve));
});
afterAll(async () => {
  for (const res of held) res.end();
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A GET from the loopback address `from`; resolves when the answer is complete. */
const get = (path: string, from: string) =>
  new Promise<Answer>((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port: PORT, path, localAddress: from, agent: false }, (res) => {
        let body = "";
        res.on("data", (c: Buffer) => (body += c.toString()));
        res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body }));
      })
      .on("error", reject);
  });

/** Sends and waits until the server holds `n` requests in all (the sent one is in flight); its answer to come. */
async function inFlight(n: number, send: () => Promise<Answer>): Promise<{ answer: Promise<Answer> }> {
  const answer = send();
  for (let i = 0; held.length < n && i < 200; i++) await new Promise((r) => setTimeout(r, 10));
  expect(held.length).toBe(n);
  return { answer };
}

/** Finishes the oldest held request with 200. */
const finishOldest = () => held.shift()!.writeHead(200).end("done");

describe("load shedding at the door", () => {
  it("the heavy gate gives 503 + Retry-After in the one error shape when N heavy requests are in flight, and admits again after", async () => {
    const { answer: first } = await inFlight(1, () => get("/api/v1/markers?kind=court", "127.0.0.21"));
    const { answer: second } = await inFlight(2, () => get("/api/v1/export?format=csv", "127.0.0.22"));
    const refused = await get("/api/v1/export?format=geojson", "127.0.0.23");
    expect(refused.status).toBe(503);
    expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
    expect(JSON.parse(refused.body)).toMatchObject({ error: { code: "busy" } });
    // Cheap requests do not wait for the heavy ones.
    const { answer: cheap } = await inFlight(3, () => get("/api/v1/locate?lat=43.2&lng=76.9", "127.0.0.23"));
    held.pop()!.writeHead(200).end("done");
    expect((await cheap).status).toBe(200);

    finishOldest();
    expect((await first).status).toBe(200);
    const { answer: again } = await inFlight(2, () => get("/api/v1/markers", "127.0.0.23"));
    finishOldest();
    finishOldest();
    expect([(await second).status, (await again).status]).toEqual([200, 200]);
  });

  it("one client gets 429 + Retry-After past its requests in flight; others are let in, and it is again once one finishes", async () => {
    const mine = [];
    for (let n = 1; n <= 3; n++) mine.push((await inFlight(n, () => get("/api/v1/nearest?lat=43.2&lng=76.9", "127.0.0.31"))).answer);
    const refused = await get("/api/v1/nearest?lat=43.2&lng=76.9", "127.0.0.31");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
    expect(JSON.parse(refused.body)).toMatchObject({ error: { code: "rate_limited" } });
    const { answer: other } = await inFlight(4, () => get("/api/v1/nearest?lat=43.2&lng=76.9", "127.0.0.32"));

    finishOldest();
    expect((await mine[0]!).status).toBe(200);
    const { answer: again } = await inFlight(4, () => get("/api/v1/nearest?lat=43.2&lng=76.9", "127.0.0.31"));
    while (held.length) finishOldest();
    for (const answer of [...mine, other, again]) expect((await answer).status).toBe(200);
  });

  it("a client that goes away gives its place back", async () => {
    const gone = await new Promise<http.ClientRequest>((resolve) => {
      const req = http.get({ host: "127.0.0.1", port: PORT, path: "/api/v1/markers", localAddress: "127.0.0.41", agent: false });
      req.on("error", () => {});
      const wait = setInterval(() => held.length === 1 && (clearInterval(wait), resolve(req)), 10);
    });
    const { answer: second } = await inFlight(2, () => get("/api/v1/markers", "127.0.0.42"));
    expect((await get("/api/v1/markers", "127.0.0.43")).status).toBe(503);
    gone.destroy();
    held.shift();
    await new Promise((r) => setTimeout(r, 100));
    const { answer: third } = await inFlight(2, () => get("/api/v1/markers", "127.0.0.43"));
    finishOldest();
    finishOldest();
    expect([(await second).status, (await third).status]).toEqual([200, 200]);
  });

  it("pages and static files are not counted", async () => {
    for (let n = 1; n <= 4; n++) await inFlight(n, () => get(`/en?i=${n}`, "127.0.0.51"));
    while (held.length) finishOldest();
  });
});

describe("which requests are heavy, and the limits' settings", () => {
  it("markers, export and snapshot files are heavy; the cheap reads are not", () => {
    expect(["/api/v1/markers", "/api/v1/export", "/api/v1/snapshots/2026-12-01/directory.csv"].every(isHeavyPath)).toBe(true);
    expect(["/api/v1/nearest", "/api/v1/locate", "/api/v1/entries", "/api/v1/markersx", "/api/v1/snapshots"].some(isHeavyPath)).toBe(false);
  });

  it("the OpenAPI document names the 503 on the heavy routes, and only there", () => {
    const busy = Object.entries(OPERATIONS).filter(([, c]) => c.responses[503]).map(([id]) => id);
    expect(busy.sort()).toEqual(["exportDirectory", "getSnapshotFile", "listMarkers"]);
    expect(OPERATIONS.listMarkers.responses[503]).toMatchObject({ headers: { "Retry-After": expect.anything() } });
  });

  it("reads MAX_IN_FLIGHT_PER_CLIENT and MAX_HEAVY_IN_FLIGHT, and refuses a malformed value", () => {
    expect(admissionLimits({})).toEqual({ perClient: 8, heavy: 2 });
    expect(admissionLimits({ MAX_IN_FLIGHT_PER_CLIENT: "16", MAX_HEAVY_IN_FLIGHT: "4" })).toEqual({ perClient: 16, heavy: 4 });
    for (const bad of ["0", "-1", "lots", "2.5"]) expect(() => admissionLimits({ MAX_HEAVY_IN_FLIGHT: bad }), bad).toThrow(/MAX_HEAVY_IN_FLIGHT/);
  });
});
