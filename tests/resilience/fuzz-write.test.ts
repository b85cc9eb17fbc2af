import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { useScratchDatabase } from "../api/scratch-db";
import { ORIGIN, signedIn, type TestActor } from "../api/actors";
import { POST as approve } from "@/app/api/v1/admin/changes/[id]/approve/route";
import { POST as reject } from "@/app/api/v1/admin/changes/[id]/reject/route";
import { GET as changes } from "@/app/api/v1/admin/changes/route";
import { POST as closeEntry } from "@/app/api/v1/admin/entries/[id]/close/route";
import { POST as reopenEntry } from "@/app/api/v1/admin/entries/[id]/reopen/route";
import { POST as restore } from "@/app/api/v1/admin/entries/[id]/revisions/[version]/restore/route";
import { GET as revisions } from "@/app/api/v1/admin/entries/[id]/revisions/route";
import { GET as adminEntry, PUT as putEntry } from "@/app/api/v1/admin/entries/[id]/route";
import { GET as adminEntries, POST as postEntry } from "@/app/api/v1/admin/entries/route";
import { POST as importRoute } from "@/app/api/v1/admin/import/route";
import { PUT as putUser } from "@/app/api/v1/admin/users/[id]/route";
import { GET as users, POST as postUser } from "@/app/api/v1/admin/users/route";
import { POST as claims } from "@/app/api/v1/me/claims/route";
import { POST as myChanges } from "@/app/api/v1/me/entries/[id]/changes/route";
import { POST as listings } from "@/app/api/v1/me/listings/route";
import { db } from "@/lib/db/client";
import { createEntries, writeTransaction } from "@/lib/directory/write";
import { hostileValue } from "./requests";

useScratchDatabase("fuzz-write");

type Handler = (req: Request, ctx: { params: Promise<any> }) => Promise<Response>;
type Role = "admin" | "practitioner";

interface WriteRoute {
  name: string;
  handler: Handler;
  method: string;
  as: Role;
  url: string;
  params: Record<string, string>;
  /** A well-formed body (or query) the generator mutates field by field. */
  body?: Record<string, unknown>;
  /** A raw-text body (the import route takes the file itself). */
  rawText?: boolean;
}

const ENTRY_ID = "fuzz-target";
const hostile = hostileValue(20_000);
/** JSON values a client could send in a field: wrong types, huge and tiny numbers, nested junk, odd strings. */
const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  hostile,
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(1e308, -1e308, 5e-324, -0, 2 ** 53 + 1, -1, 0, 1.5, true, false, null, [], {}, [null], { $gt: "" }),
);

function routes(changeId: string, userId: string): WriteRoute[] {
  const entry = { kind: "notary", name: { ru: "Нотариус" }, regionIso: "KZ-75", phones: [{ number: "87011234567" }], location: { lat: 43.2, lng: 76.9, precision: "building" } };
  const id = { id: ENTRY_ID };
  return [
    { name: "admin entries GET", handler: adminEntries, method: "GET", as: "admin", url: "/api/v1/admin/entries", params: {}, body: { q: "а", status: "any", limit: "10", cursor: "eyJvIjoxfQ" } },
    { name: "admin entries POST", handler: postEntry, method: "POST", as: "admin", url: "/api/v1/admin/entries", params: {}, body: entry },
    { name: "admin entry GET", handler: adminEntry, method: "GET", as: "admin", url: `/api/v1/admin/entries/${ENTRY_ID}`, params: id },
    { name: "admin entry PUT", handler: putEntry, method: "PUT", as: "admin", url: `/api/v1/admin/entries/${ENTRY_ID}`, params: id, body: { version: 1, entry } },
    { name: "close", handler: closeEntry, method: "POST", as: "admin", url: `/api/v1/admin/entries/${ENTRY_ID}/close`, params: id, body: { version: 1, replacedBy: "sample-notary-00001" } },
    { name: "reopen", handler: reopenEntry, method: "POST", as: "admin", url: `/api/v1/admin/entries/${ENTRY_ID}/reopen`, params: id, body: { version: 1 } },
    { name: "revisions", handler: revisions, method: "GET", as: "admin", url: `/api/v1/admin/entries/${ENTRY_ID}/revisions`, params: id },
    { name: "restore", handler: restore, method: "POST", as: "admin", url: `/api/v1/admin/entries/${ENTRY_ID}/revisions/1/restore`, params: { ...id, version: "1" }, body: { version: 1 } },
    { name: "changes GET", handler: changes, method: "GET", as: "admin", url: "/api/v1/admin/changes", params: {}, body: { status: "pending" } },
    { name: "approve", handler: approve, method: "POST", as: "admin", url: `/api/v1/admin/changes/${changeId}/approve`, params: { id: changeId }, body: {} },
    { name: "reject", handler: reject, method: "POST", as: "admin", url: `/api/v1/admin/changes/${changeId}/reject`, params: { id: changeId }, body: { reason: "no" } },
    { name: "users GET", handler: users, method: "GET", as: "admin", url: "/api/v1/admin/users", params: {} },
    { name: "users POST", handler: postUser, method: "POST", as: "admin", url: "/api/v1/admin/users", params: {}, body: { email: "e@example.org", name: "E", password: "long-enough-password", role: "editor", regions: ["KZ-75"] } },
    { name: "user PUT", handler: putUser, method: "PUT", as: "admin", url: `/api/v1/admin/users/${userId}`, params: { id: userId }, body: { role: "editor", regions: ["KZ-75"] } },
    { name: "import", handler: importRoute, method: "POST", as: "admin", url: "/api/v1/admin/import", params: {}, rawText: true, body: { fileName: "x.csv", dryRun: "true", kind: "advocate", format: "csv" } },
    { name: "claims", handler: claims, method: "POST", as: "practitioner", url: "/api/v1/me/claims", params: {}, body: { entryId: ENTRY_ID, licenceNumber: "L-1" } },
    { name: "listings", handler: listings, method: "POST", as: "practitioner", url: "/api/v1/me/listings", params: {}, body: { ...entry, licenceNumber: "L-2" } },
    { name: "my changes", handler: myChanges, method: "POST", as: "practitioner", url: `/api/v1/me/entries/${ENTRY_ID}/changes`, params: id, body: { phones: [{ number: "87011234567" }] } },
  ];
}

/** Each field of the good body kept, dropped or replaced by a hostile value; sometimes the whole body is junk. */
function mutated(body: Record<string, unknown>): fc.Arbitrary<unknown> {
  const fields = Object.entries(body).map(([k, v]) =>
    fc.oneof({ weight: 3, arbitrary: fc.constant([[k, v]]) }, { weight: 1, arbitrary: fc.constant([]) }, { weight: 3, arbitrary: hostileJson.map((h) => [[k, h]]) }),
  );
  const object = fc.tuple(...fields).map((pairs) => Object.fromEntries(pairs.flat() as [string, unknown][]));
  return fc.oneof({ weight: 6, arbitrary: object }, { weight: 1, arbitrary: hostileJson });
}

interface Sample {
  route: WriteRoute;
  payload: unknown;
  text?: string;
}

function requestOf(sample: Sample, cookie: string): Request {
  const { route, payload } = sample;
  const url = new URL(route.url, ORIGIN);
  const headers = new Headers({ origin: ORIGIN, cookie, "content-type": "application/json" });
  if (route.method === "GET" || route.rawText) {
    if (payload && typeof payload === "object" && !Array.isArray(payload))
      for (const [k, v] of Object.entries(payload)) url.searchParams.append(k, typeof v === "string" ? v : JSON.stringify(v));
    return new Request(url, { method: route.method, headers, body: route.rawText ? (sample.text ?? "") : undefined });
  }
  return new Request(url, { method: route.method, headers, body: sample.text ?? JSON.stringify(payload) });
}

describe("fuzzing the write API as signed-in users", () => {
  let actors: Record<Role, TestActor>;
  let all: WriteRoute[];
  beforeAll(async () => {
    actors = { admin: await signedIn("admin"), practitioner: await signedIn("practitioner") };
    const other = await signedIn("practitioner");
    const [, otherId] = await writeTransaction(db(), (tx) =>
      createEntries(tx, { id: null, name: "test" }, [
        { id: ENTRY_ID, content: { kind: "notary", nameRu: "Цель", regionIso: "KZ-75", phones: "[]", ownerId: actors.practitioner.id }, source: "test" },
        { content: { kind: "notary", nameRu: "Другая", regionIso: "KZ-75", phones: "[]", licenceNumber: "L-9" }, source: "test" },
      ]),
    );
    const change = await db().changeRequest.create({ data: { id: "fuzz-change", type: "claim", entryId: otherId!, regionIso: "KZ-75", userId: other.id, payload: "{}" } });
    all = routes(change.id, other.id);
  });

  it("never answers a 5xx, and every 4xx is the one error shape (a 400 naming its field)", async () => {
    const statuses = new Map<string, number>();
    const sample: fc.Arbitrary<Sample> = fc.constant(null).chain(() =>
      fc.oneof(
        ...all.map((route) =>
          fc.record({
            route: fc.constant(route),
            payload: route.body ? mutated(route.body) : fc.constant(undefined),
            // Invalid JSON, or for the import route the file itself: CSV-ish junk.
            text: fc.option(fc.oneof(hostile, fc.constantFrom("{", "[1,", "name,kind\nА,notary\n", "\uFEFFid;kind\n\"unclosed", "null")), { freq: 4 }).map((t) => t ?? undefined),
          }),
        ),
      ),
    );
    await fc.assert(
      fc.asyncProperty(sample, async (s) => {
        const res = await s.route.handler(requestOf(s, actors[s.route.as].cookie), { params: Promise.resolve(s.route.params) });
        const text = await res.text();
        const key = `${s.route.name} ${res.status}`;
        statuses.set(key, (statuses.get(key) ?? 0) + 1);
        expect(res.status, `${s.route.name}: ${text.slice(0, 300)}`).toBeLessThan(500);
        if (res.status >= 400) {
          const body = JSON.parse(text) as { error?: { code?: unknown; message?: unknown; field?: unknown } };
          expect(typeof body.error?.code).toBe("string");
          expect(typeof body.error?.message).toBe("string");
          if (res.status === 400) expect(body.error?.field, `${s.route.name}: ${text.slice(0, 300)}`).toEqual(expect.any(String));
        }
      }),
      { numRuns: Number(process.env.FUZZ_WRITE_RUNS ?? 1200), seed: 20261125 },
    );
    // Requests got past validation (2xx) as well as being refused by it (400), on the entry routes at least.
    const count = (re: RegExp) => [...statuses].filter(([k]) => re.test(k)).reduce((n, [, v]) => n + v, 0);
    expect(count(/ 2\d\d$/)).toBeGreaterThan(20);
    expect(count(/ 400$/)).toBeGreaterThan(200);
  }, 600_000);
});
