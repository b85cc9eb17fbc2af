import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { useScratchDatabase } from "./scratch-db";
import { db } from "@/lib/db/client";
import { createEntries, writeTransaction } from "@/lib/directory/write";
import { send, signedIn, type TestActor } from "./actors";

useScratchDatabase("protection");

// Every route handler under app/api that changes state, found by walking the folder: a new one without
// a case here fails the first test, and every case must refuse the anonymous, the wrong role, an editor
// of another region and a cross-site request.
const API_DIR = path.join(__dirname, "..", "..", "app", "api");
const WRITE_METHODS = ["POST", "PUT", "PATCH", "DELETE"] as const;

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    if (d.isDirectory()) return routeFiles(full);
    return d.name === "route.ts" ? [path.relative(API_DIR, full)] : [];
  });
}

interface World {
  admin: TestActor;
  editorIn: TestActor; // edits KZ-75, where the target entry is
  editorOut: TestActor; // edits KZ-71 only
  owner: TestActor; // the practitioner owning the target entry
  stranger: TestActor; // another practitioner
  entryId: string;
  courtId: string; // a court of KZ-75, with a pending rating comment
  commentId: string;
  changeId: string;
  userId: string;
}

interface Case {
  url: (w: World) => string;
  params?: (w: World) => Record<string, string>;
  body?: (w: World) => unknown;
  /** Actors that must get 403 besides the editor of another region. */
  wrongRole: (w: World) => TestActor[];
  /** A write open to visitors without an account (a correction, a rating): only other sites are refused. */
  anonymous?: true;
}

const entryBody = { kind: "notary", name: { ru: "Нотариус" }, regionIso: "KZ-75" };
const contact = { phones: [{ number: "87011234567" }] };

const CASES: Record<string, Case> = {
  "v1/admin/entries/route.ts POST": { url: () => "/api/v1/admin/entries", body: () => entryBody, wrongRole: (w) => [w.owner] },
  "v1/admin/entries/[id]/route.ts PUT": {
    url: (w) => `/api/v1/admin/entries/${w.entryId}`,
    params: (w) => ({ id: w.entryId }),
    body: () => ({ version: 1, entry: entryBody }),
    wrongRole: (w) => [w.owner],
  },
  "v1/admin/entries/[id]/close/route.ts POST": {
    url: (w) => `/api/v1/admin/entries/${w.entryId}/close`,
    params: (w) => ({ id: w.entryId }),
    body: () => ({ version: 1 }),
    wrongRole: (w) => [w.owner],
  },
  "v1/admin/entries/[id]/reopen/route.ts POST": {
    url: (w) => `/api/v1/admin/entries/${w.entryId}/reopen`,
    params: (w) => ({ id: w.entryId }),
    body: () => ({ version: 1 }),
    wrongRole: (w) => [w.owner],
  },
  "v1/admin/entries/[id]/revisions/[version]/restore/route.ts POST": {
    url: (w) => `/api/v1/admin/entries/${w.entryId}/revisions/1/restore`,
    params: (w) => ({ id: w.entryId, version: "1" }),
    body: () => ({ version: 1 }),
    wrongRole: (w) => [w.owner],
  },
  "v1/admin/changes/[id]/approve/route.ts POST": {
    url: (w) => `/api/v1/admin/changes/${w.changeId}/approve`,
    params: (w) => ({ id: w.changeId }),
    wrongRole: (w) => [w.owner, w.stranger],
  },
  "v1/admin/changes/[id]/reject/route.ts POST": {
    url: (w) => `/api/v1/admin/changes/${w.changeId}/reject`,
    params: (w) => ({ id: w.changeId }),
    body: () => ({ reason: "no" }),
    wrongRole: (w) => [w.owner, w.stranger],
  },
  "v1/admin/users/route.ts POST": {
    url: () => "/api/v1/admin/users",
    body: () => ({ email: "new-editor@example.org", name: "E", password: "long-enough-password", role: "admin" }),
    wrongRole: (w) => [w.owner, w.editorIn],
  },
  "v1/admin/users/[id]/route.ts PUT": {
    url: (w) => `/api/v1/admin/users/${w.userId}`,
    params: (w) => ({ id: w.userId }),
    body: () => ({ role: "admin" }),
    wrongRole: (w) => [w.owner, w.editorIn],
  },
  "v1/admin/import/route.ts POST": { url: () => "/api/v1/admin/import?fileName=x.csv&dryRun=false", wrongRole: (w) => [w.owner, w.editorIn] },
  "v1/me/claims/route.ts POST": {
    url: () => "/api/v1/me/claims",
    body: (w) => ({ entryId: w.entryId, licenceNumber: "L-1" }),
    wrongRole: (w) => [w.editorIn, w.admin],
  },
  "v1/me/listings/route.ts POST": {
    url: () => "/api/v1/me/listings",
    body: () => ({ ...entryBody, licenceNumber: "L-2" }),
    wrongRole: (w) => [w.editorIn, w.admin],
  },
  "v1/admin/entries/[id]/invites/route.ts POST": {
    url: (w) => `/api/v1/admin/entries/${w.courtId}/invites`,
    params: (w) => ({ id: w.courtId }),
    wrongRole: (w) => [w.owner, w.stranger],
  },
  "v1/admin/rating-comments/[id]/approve/route.ts POST": {
    url: (w) => `/api/v1/admin/rating-comments/${w.commentId}/approve`,
    params: (w) => ({ id: w.commentId }),
    wrongRole: (w) => [w.owner, w.stranger],
  },
  "v1/admin/rating-comments/[id]/reject/route.ts POST": {
    url: (w) => `/api/v1/admin/rating-comments/${w.commentId}/reject`,
    params: (w) => ({ id: w.commentId }),
    body: () => ({ reason: "no" }),
    wrongRole: (w) => [w.owner, w.stranger],
  },
  "v1/admin/rating-comments/[id]/reply/route.ts POST": {
    url: (w) => `/api/v1/admin/rating-comments/${w.commentId}/reply`,
    params: (w) => ({ id: w.commentId }),
    body: () => ({ text: "Thank you" }),
    wrongRole: (w) => [w.owner, w.stranger],
  },
  "v1/me/courts/route.ts POST": { url: () => "/api/v1/me/courts", body: () => ({ code: "not-a-code" }), wrongRole: (w) => [w.editorIn, w.admin] },
  "v1/entries/[id]/corrections/route.ts POST": {
    url: (w) => `/api/v1/entries/${w.entryId}/corrections`,
    params: (w) => ({ id: w.entryId }),
    body: () => ({ field: "website", value: "https://example.org" }),
    wrongRole: () => [],
    anonymous: true,
  },
  "v1/entries/[id]/ratings/route.ts POST": {
    url: (w) => `/api/v1/entries/${w.courtId}/ratings`,
    params: (w) => ({ id: w.courtId }),
    body: () => ({ criterion: "comfort", score: 4 }),
    wrongRole: () => [],
    anonymous: true,
  },
  "v1/me/entries/[id]/changes/route.ts POST": {
    url: (w) => `/api/v1/me/entries/${w.entryId}/changes`,
    params: (w) => ({ id: w.entryId }),
    body: () => contact,
    wrongRole: (w) => [w.stranger, w.editorIn],
  },
};

// better-auth's own endpoints: sign-up and sign-in are for the anonymous by design; better-auth refuses
// any of its POSTs from another origin.
const AUTH_ROUTE = "auth/[...all]/route.ts POST";

const world = {} as World;

beforeAll(async () => {
  world.admin = await signedIn("admin");
  world.editorIn = await signedIn("editor", ["KZ-75"]);
  world.editorOut = await signedIn("editor", ["KZ-71"]);
  world.owner = await signedIn("practitioner");
  world.stranger = await signedIn("practitioner");
  world.userId = world.stranger.id;
  const [entryId, otherId, courtId] = await writeTransaction(db(), (tx) =>
    createEntries(tx, { id: null, name: "test" }, [
      { content: { kind: "notary", nameRu: "Цель", regionIso: "KZ-75", phones: "[]", ownerId: world.owner.id }, source: "test" },
      { content: { kind: "notary", nameRu: "Другая", regionIso: "KZ-75", phones: "[]", licenceNumber: "L-9" }, source: "test" },
      { content: { kind: "court", courtKind: "district", nameRu: "Суд", regionIso: "KZ-75", phones: "[]" }, source: "test" },
    ]),
  );
  world.entryId = entryId!;
  world.courtId = courtId!;
  const rating = await db().rating.create({
    data: { entryId: courtId!, criterion: "comfort", score: 2, browserTokenHash: "t", clientHash: "c", comment: { create: { entryId: courtId!, text: "Холодно" } } },
    include: { comment: true },
  });
  world.commentId = String(rating.comment!.id);
  const change = await db().changeRequest.create({
    data: { id: "change-1", type: "claim", entryId: otherId!, regionIso: "KZ-75", userId: world.stranger.id, payload: "{}" },
  });
  world.changeId = change.id;
});

const writeRoutes = await Promise.all(
  routeFiles(API_DIR).map(async (file) => {
    const mod = (await import(path.join(API_DIR, file))) as Record<string, unknown>;
    return WRITE_METHODS.filter((m) => typeof mod[m] === "function").map((method) => ({ key: `${file} ${method}`, method, handler: mod[method] as any }));
  }),
).then((lists) => lists.flat());

describe("every state-changing route is protected", () => {
  it("every write route found under app/api has a protection case", () => {
    const missing = writeRoutes.map((r) => r.key).filter((k) => !(k in CASES) && k !== AUTH_ROUTE);
    expect(missing, "add a case for each new write route").toEqual([]);
    expect(writeRoutes.length).toBe(Object.keys(CASES).length + 1);
  });

  for (const route of writeRoutes.filter((r) => r.key !== AUTH_ROUTE)) {
    const c = CASES[route.key]!;
    it(`${route.key} refuses the anonymous, the wrong role, another region and other sites`, async () => {
      const call = (as: TestActor | null, origin?: string | null, headers?: Record<string, string>) =>
        send(route.handler, route.method, c.url(world), { as, origin, params: c.params?.(world), body: c.body?.(world), headers });
      if (!c.anonymous) {
        expect((await call(null)).status).toBe(401);
        for (const actor of c.wrongRole(world)) expect((await call(actor)).status, actor.email).toBe(403);
        expect((await call(world.editorOut)).status).toBe(403);
      }
      const crossSite = await call(world.admin, "https://evil.example");
      expect(crossSite.status).toBe(403);
      expect(crossSite.body.error.code).toBe("cross_site");
      expect((await call(world.admin, null, { "sec-fetch-site": "cross-site" })).status).toBe(403);
    });
  }

  it("better-auth refuses a sign-out from another site", async () => {
    const handler = writeRoutes.find((r) => r.key === AUTH_ROUTE)!.handler;
    const res = await send(handler, "POST", "/api/auth/sign-out", { as: world.admin, origin: "https://evil.example" });
    expect(res.status).toBe(403);
  });

  it("none of the refused requests changed anything", async () => {
    const entry = await db().entry.findUniqueOrThrow({ where: { id: world.entryId } });
    expect(entry.version).toBe(1);
    expect(entry.status).toBe("active");
    expect((await db().changeRequest.findUniqueOrThrow({ where: { id: world.changeId } })).status).toBe("pending");
    expect((await db().user.findUniqueOrThrow({ where: { id: world.userId } })).role).toBe("practitioner");
    expect(await db().changeRequest.count()).toBe(1);
    expect(await db().courtInvite.count()).toBe(0);
    expect(await db().rating.count()).toBe(1);
    expect((await db().ratingComment.findUniqueOrThrow({ where: { id: Number(world.commentId) } })).status).toBe("pending");
    expect(await db().user.count({ where: { email: "new-editor@example.org" } })).toBe(0);
  });
});
