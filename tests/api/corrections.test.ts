import { beforeAll, describe, expect, it } from "vitest";
import { useScratchDatabase } from "./scratch-db";
import { POST as correct } from "@/app/api/v1/entries/[id]/corrections/route";
import { GET as publicEntry } from "@/app/api/v1/entries/[id]/route";
import { GET as queue } from "@/app/api/v1/admin/changes/route";
import { POST as approve } from "@/app/api/v1/admin/changes/[id]/approve/route";
import { GET as history } from "@/app/api/v1/admin/entries/[id]/revisions/route";
import { GET as exportDirectory } from "@/app/api/v1/export/route";
import { CLIENT_ADDRESS_HEADER } from "@/lib/net/client-address";
import { MAX_PENDING_PER_CLIENT } from "@/lib/directory/corrections";
import { db } from "@/lib/db/client";
import { send, signedIn, type TestActor } from "./actors";

// Before anything counts a request: the "contribution" bucket, small enough to reach here.
process.env.RATE_LIMIT_CONTRIBUTION = "8/3600";
useScratchDatabase("corrections");

let editor: TestActor;
let otherEditor: TestActor;
let courts: { id: string }[];

beforeAll(async () => {
  editor = await signedIn("editor", ["KZ-75"]);
  otherEditor = await signedIn("editor", ["KZ-71"]);
  courts = await db().entry.findMany({ where: { kind: "court", regionIso: "KZ-75", status: "active", address: null }, select: { id: true }, orderBy: { id: "asc" }, take: 12 });
});

const from = (address: string) => ({ [CLIENT_ADDRESS_HEADER]: address });
const suggest = (id: string, body: unknown, address = "203.0.113.7", options: { origin?: string | null } = {}) =>
  send(correct, "POST", `/api/v1/entries/${id}/corrections`, { params: { id }, body, headers: from(address), ...options });
const readEntry = (id: string) => send(publicEntry, "GET", `/api/v1/entries/${id}`, { params: { id } });

describe("a visitor's correction, end to end", () => {
  it("waits in the queue as a field diff, is approved in part, and only the accepted field becomes public, with its provenance and last-verified date", async () => {
    const id = courts[0]!.id;
    const contact = "reader-contact@example.org";
    const sent = await suggest(id, {
      changes: [
        { field: "phones", value: [{ number: "8 (7172) 55-66-77" }] },
        { field: "website", value: "https://wrong-court.example.kz" },
      ],
      source: "https://example.kz/court-contacts",
      contact,
    }, "203.0.113.10", { origin: null });
    expect(sent.status).toBe(202);
    expect(sent.body.status).toBe("pending");

    // Never public until approved; the contact is nowhere in public answers.
    const before = await readEntry(id);
    expect(before.body.phones).toEqual([]);
    expect(JSON.stringify(before.body)).not.toContain(contact);

    // The row keeps a keyed hash of the client, never the address.
    const row = await db().changeRequest.findUniqueOrThrow({ where: { id: sent.body.id } });
    expect(row.userId).toBeNull();
    expect(row.clientHash).toMatch(/^[\w-]{43}$/);
    expect(JSON.stringify(row)).not.toContain("203.0.113.10");

    const outside = (await send(queue, "GET", "/api/v1/admin/changes?status=pending&limit=200", { as: otherEditor })).body.items;
    expect(outside.map((r: any) => r.id)).not.toContain(sent.body.id);
    const items = (await send(queue, "GET", "/api/v1/admin/changes?status=pending&limit=200", { as: editor })).body.items;
    const item = items.find((r: any) => r.id === sent.body.id);
    expect(item).toMatchObject({ type: "correction", origin: "visitor", contact, source: "https://example.kz/court-contacts" });
    expect(item.requester).toBeUndefined();
    expect(item.diff).toEqual([
      { field: "phones", before: "[]", after: JSON.stringify([{ number: "+77172556677" }]) },
      { field: "website", before: null, after: "https://wrong-court.example.kz" },
    ]);

    const noReason = await send(approve, "POST", `/api/v1/admin/changes/${row.id}/approve`, { as: editor, params: { id: row.id }, body: { decisions: [{ field: "website", accept: false }] } });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.field).toBe("decisions.0.reason");
    const notInDiff = await send(approve, "POST", `/api/v1/admin/changes/${row.id}/approve`, { as: editor, params: { id: row.id }, body: { decisions: [{ field: "address", accept: true }] } });
    expect(notInDiff.status).toBe(400);
    expect(notInDiff.body.error.field).toBe("decisions.0.field");

    const decided = await send(approve, "POST", `/api/v1/admin/changes/${row.id}/approve`, {
      as: editor,
      params: { id: row.id },
      body: { decisions: [{ field: "phones", accept: true }, { field: "website", accept: false, reason: "Not the court's site" }] },
    });
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({ status: "approved", decisions: [{ field: "phones", accept: true }, { field: "website", accept: false, reason: "Not the court's site" }] });

    const after = await readEntry(id);
    expect(after.body.phones).toEqual([{ number: "+77172556677" }]);
    expect(after.body.website).toBeUndefined();
    expect(Date.now() - Date.parse(after.body.verifiedAt)).toBeLessThan(60_000);
    expect(after.body.sources).toEqual([{ field: "phones", origin: "visitor", url: "https://example.kz/court-contacts", recordedAt: expect.any(String), verified: true }]);
    expect(JSON.stringify(after.body)).not.toContain(contact);
    expect(JSON.stringify(after.body)).not.toContain(editor.email);

    const revisions = (await send(history, "GET", `/api/v1/admin/entries/${id}/revisions`, { as: editor, params: { id } })).body.items;
    expect(revisions[0]).toMatchObject({ action: "moderation", actor: editor.email, changes: [{ field: "phones" }] });

    const csv = await exportDirectory(new Request("http://localhost/api/v1/export?format=csv"));
    expect(await csv.text()).not.toContain(contact);
  });

  it("rejects a request whose every field is rejected", async () => {
    const id = courts[1]!.id;
    const sent = await suggest(id, { field: "address", value: "ул. Неверная, 1" }, "203.0.113.11");
    const decided = await send(approve, "POST", `/api/v1/admin/changes/${sent.body.id}/approve`, { as: editor, params: { id: sent.body.id }, body: { decisions: [{ field: "address", accept: false, reason: "No such street" }] } });
    expect(decided.body).toMatchObject({ status: "rejected" });
    expect((await readEntry(id)).body.address).toBeUndefined();
    expect((await readEntry(id)).body.sources).toEqual([]);
  });
});

let cases = 0;
describe("bad input is a 400 naming the field", () => {
  it.each([
    [{ field: "website", value: "not a url" }, "website"],
    [{ field: "phones", value: [{ number: "12" }] }, "phones.0.number"],
    [{ field: "address", value: "x".repeat(501) }, "address"],
    [{ field: "address", value: "  " }, "address"],
    [{ field: "licenceNumber", value: "1" }, "field"],
    [{ field: "address", value: "ул. Абая, 1", contact: "c".repeat(201) }, "contact"],
    [{ field: "address", value: "ул. Абая, 1", source: "javascript:alert(1)" }, "source"],
    [{ field: "address", value: "ул. Абая, 1", ip: "1.2.3.4" }, "body"],
    [{}, "field"],
  ])("%j → %s", async (body, field) => {
    const res = await suggest(courts[2]!.id, body, `203.0.113.${20 + cases++}`); // each case its own client: the limit is tested below
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe(field);
  });

  it("is a 404 for an entry that does not exist, and a 403 from another site's page", async () => {
    expect((await suggest("court-nope", { field: "address", value: "ул. Абая, 1" }, "203.0.113.13")).status).toBe(404);
    expect((await suggest(courts[2]!.id, { field: "address", value: "ул. Абая, 1" }, "203.0.113.13", { origin: "https://elsewhere.example" })).status).toBe(403);
  });
});

describe("limits", () => {
  it(`caps a client at ${MAX_PENDING_PER_CLIENT} corrections waiting (429 too_many_pending), and one per entry (409)`, async () => {
    for (let i = 0; i < MAX_PENDING_PER_CLIENT; i++) {
      expect((await suggest(courts[3 + i]!.id, { field: "address", value: `ул. Абая, ${i + 1}` }, "198.51.100.1")).status).toBe(202);
    }
    const again = await suggest(courts[3]!.id, { field: "address", value: "ул. Абая, 9" }, "198.51.100.2");
    expect(again.status).toBe(202); // another client may correct the same entry
    const sameEntry = await suggest(courts[3]!.id, { field: "website", value: "https://x.example.kz" }, "198.51.100.2");
    expect(sameEntry.status).toBe(409);
    const capped = await suggest(courts[10]!.id, { field: "address", value: "ул. Абая, 10" }, "198.51.100.1");
    expect(capped.status).toBe(429);
    expect(capped.body.error.code).toBe("too_many_pending");
  });

  it("refuses the client past the contribution rate limit with 429 and Retry-After", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 9; i++) statuses.push((await suggest(courts[2]!.id, { field: "website", value: "bad" }, "192.0.2.50")).status);
    expect(statuses.slice(0, 8).every((s) => s === 400)).toBe(true);
    const refused = await suggest(courts[2]!.id, { field: "website", value: "bad" }, "192.0.2.50");
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe("rate_limited");
  });
});
