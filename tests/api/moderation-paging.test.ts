import { beforeAll, describe, expect, it } from "vitest";
import { useScratchDatabase } from "./scratch-db";
import { GET as queue } from "@/app/api/v1/admin/changes/route";
import { POST as approve } from "@/app/api/v1/admin/changes/[id]/approve/route";
import { POST as createEntry } from "@/app/api/v1/admin/entries/route";
import { POST as listing } from "@/app/api/v1/me/listings/route";
import { MAX_PENDING_PER_ACCOUNT } from "@/lib/directory/moderation";
import { db } from "@/lib/db/client";
import { send, signedIn, type TestActor } from "./actors";

useScratchDatabase("moderation-paging");

let admin: TestActor;
let editor: TestActor;
let flooder: TestActor;
let other: TestActor;

const proposal = (n: number) => ({ kind: "notary", name: { ru: `Нотариус ${n}` }, regionIso: "KZ-75", licenceNumber: `N-${n}` });

beforeAll(async () => {
  [admin, editor, flooder, other] = await Promise.all([signedIn("admin"), signedIn("editor", ["KZ-75"]), signedIn("practitioner"), signedIn("practitioner")]);
});

describe("per-account cap on pending requests", () => {
  it(`request number ${MAX_PENDING_PER_ACCOUNT + 1} pending from one account is a 429 too_many_pending; others are not affected`, async () => {
    for (let i = 0; i < MAX_PENDING_PER_ACCOUNT; i++) {
      expect((await send(listing, "POST", "/api/v1/me/listings", { as: flooder, body: proposal(i) })).status).toBe(202);
    }
    const over = await send(listing, "POST", "/api/v1/me/listings", { as: flooder, body: proposal(999) });
    expect(over.status).toBe(429);
    expect(over.body.error.code).toBe("too_many_pending");
    expect(await db().changeRequest.count({ where: { userId: flooder.id, status: "pending" } })).toBe(MAX_PENDING_PER_ACCOUNT);
    expect((await send(listing, "POST", "/api/v1/me/listings", { as: other, body: proposal(1000) })).status).toBe(202);

    // A decision frees a place.
    const first = await db().changeRequest.findFirstOrThrow({ where: { userId: flooder.id, status: "pending" } });
    expect((await send(approve, "POST", `/api/v1/admin/changes/${first.id}/approve`, { as: editor, params: { id: first.id } })).status).toBe(200);
    expect((await send(listing, "POST", "/api/v1/me/listings", { as: flooder, body: proposal(1001) })).status).toBe(202);
  });
});

describe("the moderation queue is paged", () => {
  it("pages of `limit` with a total and a cursor reach every pending request, beyond the old first 500", async () => {
    // 520 more pending requests, written directly (as a flood from before the cap would have left them).
    const users = await db().user.findMany({ take: 1 });
    const rows = Array.from({ length: 520 }, (_, i) => ({
      id: `bulk-${String(i).padStart(4, "0")}`,
      type: "create",
      regionIso: "KZ-75",
      userId: users[0]!.id,
      payload: JSON.stringify(proposal(5000 + i)),
      createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)),
    }));
    await db().changeRequest.createMany({ data: rows });
    const expected = await db().changeRequest.count({ where: { status: "pending", regionIso: "KZ-75" } });
    expect(expected).toBeGreaterThan(540);

    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: { status: number; body: any } = await send(queue, "GET", `/api/v1/admin/changes?status=pending&limit=200${cursor ? `&cursor=${cursor}` : ""}`, { as: editor });
      expect(page.status).toBe(200);
      expect(page.body.total).toBe(expected);
      expect(page.body.items.length).toBeLessThanOrEqual(200);
      seen.push(...page.body.items.map((r: { id: string }) => r.id));
      cursor = page.body.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(Math.ceil(expected / 200));
    expect(new Set(seen).size).toBe(expected);
    expect(seen).toContain("bulk-0519");

    const adminFirst = await send(queue, "GET", "/api/v1/admin/changes?status=pending", { as: admin });
    expect(adminFirst.body.items).toHaveLength(50); // the default page
  });

  it("a bad limit or cursor is a 400 naming it", async () => {
    for (const [query, field] of [["limit=0", "limit"], ["limit=201", "limit"], ["cursor=nope", "cursor"]] as const) {
      const res = await send(queue, "GET", `/api/v1/admin/changes?${query}`, { as: editor });
      expect(res.status, query).toBe(400);
      expect(res.body.error.field).toBe(field);
    }
  });
});

describe("districtKato is checked against the District table", () => {
  it("an unknown district on create is a 400 on districtKato, not a 500; a district of another region too", async () => {
    const base = { kind: "court", courtKind: "district", name: { ru: "Суд с районом" }, regionIso: "KZ-75" };
    const unknown = await send(createEntry, "POST", "/api/v1/admin/entries", { as: admin, body: { ...base, districtKato: "999999999" } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.field).toBe("districtKato");
    const elsewhere = await db().district.findFirstOrThrow({ where: { regionIso: { not: "KZ-75" } } });
    const mismatch = await send(createEntry, "POST", "/api/v1/admin/entries", { as: admin, body: { ...base, districtKato: elsewhere.kato } });
    expect(mismatch.status).toBe(400);
    expect(mismatch.body.error.field).toBe("districtKato");
    const own = await db().district.findFirstOrThrow({ where: { regionIso: "KZ-75" } });
    expect((await send(createEntry, "POST", "/api/v1/admin/entries", { as: admin, body: { ...base, districtKato: own.kato } })).status).toBe(201);
  });

  it("an unknown district in a request is refused when proposed, and on approve if it got into the queue", async () => {
    const proposed = await send(listing, "POST", "/api/v1/me/listings", { as: other, body: { ...proposal(7000), districtKato: "999999999" } });
    expect(proposed.status).toBe(400);
    expect(proposed.body.error.field).toBe("districtKato");
    const request = await db().changeRequest.create({
      data: { id: "stale-district", type: "create", regionIso: "KZ-75", userId: other.id, payload: JSON.stringify({ ...proposal(7001), districtKato: "999999999" }) },
    });
    const approved = await send(approve, "POST", `/api/v1/admin/changes/${request.id}/approve`, { as: editor, params: { id: request.id } });
    expect(approved.status).toBe(400);
    expect(approved.body.error.field).toBe("districtKato");
    expect((await db().changeRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("pending");
  });
});
