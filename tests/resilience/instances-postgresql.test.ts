import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "@/lib/auth/accounts";
import { createDb, type Db } from "@/lib/db/client";
import { databaseName, recreateDatabase, testDatabaseUrl } from "../setup/postgresql";

// Two app instances (processes of their own: caches, k-d tree and memory apart) on one PostgreSQL database,
// as behind a reverse proxy. Run only with TEST_DATABASE_URL (vitest.config.ts).
const url = testDatabaseUrl();
if (!url) throw new Error("set TEST_DATABASE_URL to a PostgreSQL database (scripts/test-postgresql.sh does)");

const INSTANCE = path.join(__dirname, "instance.ts");
// The one site both instances serve, as behind a reverse proxy.
const ORIGIN = "http://localhost";

interface Instance {
  child: ChildProcess;
  call: (method: string, route: string, options?: { cookie?: string; body?: unknown }) => Promise<{ status: number; body: any; headers: Headers }>;
}

function startInstance(location: string): Promise<Instance> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", INSTANCE], { env: { ...process.env, DATABASE_URL: location, SITE_URL: ORIGIN }, stdio: ["ignore", "pipe", "inherit"] });
    child.on("error", reject);
    child.stdout.on("data", (d: Buffer) => {
      const port = /listening (\d+)/.exec(d.toString())?.[1];
      if (!port) return;
      resolve({
        child,
        call: async (method, route, options = {}) => {
          const headers: Record<string, string> = { origin: ORIGIN, "content-type": "application/json" };
          if (options.cookie) headers.cookie = options.cookie;
          const res = await fetch(`http://127.0.0.1:${port}${route}`, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
          const text = await res.text();
          return { status: res.status, body: text ? JSON.parse(text) : null, headers: res.headers };
        },
      });
    });
  });
}

/** Polls `probe` until it holds or `ms` pass; how long it took. */
async function within(ms: number, probe: () => Promise<boolean>): Promise<number> {
  const t0 = Date.now();
  while (!(await probe())) {
    if (Date.now() - t0 > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return Date.now() - t0;
}

const input = {
  kind: "notary",
  name: { ru: "Нотариус Двух Серверов" },
  regionIso: "KZ-75",
  locality: "Алматы",
  address: "ул. Абая, 1",
  phones: [],
  emails: [],
  languages: ["ru"],
  location: { lat: 43.25, lng: 76.9, precision: "building" },
};

describe("two instances on one PostgreSQL database", () => {
  let db: Db;
  let a: Instance;
  let b: Instance;
  let cookie: string;

  beforeAll(async () => {
    const location = recreateDatabase(url, `${databaseName(url)}_instances`, `${databaseName(url)}_template`);
    db = createDb(location);
    [a, b] = await Promise.all([startInstance(location), startInstance(location)]);
    await createUser(db, { email: "two@example.org", name: "Two", password: "two-instances-Password-1", role: "admin", regions: [] });
  }, 60_000);
  afterAll(async () => {
    a?.child.kill();
    b?.child.kill();
    await db?.$disconnect();
  });

  it("a session made on one is valid on the other", async () => {
    const signIn = await a.call("POST", "/api/auth/sign-in/email", { body: { email: "two@example.org", password: "two-instances-Password-1" } });
    expect(signIn.status).toBe(200);
    cookie = signIn.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    const someCourt = await db.entry.findFirstOrThrow({ where: { kind: "court" } });
    expect((await b.call("GET", `/api/v1/admin/entries/${someCourt.id}`)).status).toBe(401);
    expect((await b.call("GET", `/api/v1/admin/entries/${someCourt.id}`, { cookie })).status).toBe(200);
  });

  it("an edit through one is visible through the other within 1 s, its nearest index included; a stale save through the other is a 409", async () => {
    const created = await a.call("POST", "/api/v1/admin/entries", { cookie, body: input });
    expect(created.status).toBe(201);
    const id: string = created.body.id;
    // Both instances build their nearest index now, before the edit.
    const nearestTo = (i: Instance, lat: number, lng: number) => i.call("GET", `/api/v1/nearest?lat=${lat}&lng=${lng}&kind=notary&limit=1`);
    expect((await nearestTo(b, 43.25, 76.9)).body.items[0].id).toBe(id);
    expect((await b.call("GET", `/api/v1/entries/${id}`)).body.address).toBe("ул. Абая, 1");

    const moved = { ...input, address: "ул. Сатпаева, 2", location: { lat: 51.13, lng: 71.43, precision: "building" } };
    const saved = await a.call("PUT", `/api/v1/admin/entries/${id}`, { cookie, body: { version: 1, entry: moved } });
    expect(saved.status).toBe(200);
    await within(1000, async () => (await b.call("GET", `/api/v1/entries/${id}`)).body.address === "ул. Сатпаева, 2");
    await within(1000, async () => (await nearestTo(b, 51.13, 71.43)).body.items[0]?.id === id);

    const stale = await b.call("PUT", `/api/v1/admin/entries/${id}`, { cookie, body: { version: 1, entry: { ...input, locality: "Алма-Ата" } } });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("conflict");
    expect((await a.call("GET", `/api/v1/entries/${id}`)).body.locality).toBe("Алматы");
  });

  it("counts sign-in attempts once for both: the limit holds however the proxy spreads them", async () => {
    // 10 a minute per client (lib/net/rate-limit.ts); the first test signed in once.
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const instance = i % 2 === 0 ? a : b;
      statuses.push((await instance.call("POST", "/api/auth/sign-in/email", { body: { email: "two@example.org", password: `wrong-${i}` } })).status);
    }
    expect(statuses.slice(0, 9).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(9)).toEqual([429, 429, 429]);
  });
});
