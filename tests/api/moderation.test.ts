import { beforeAll, describe, expect, it } from "vitest";
import { useScratchDatabase } from "./scratch-db";
import { GET as queue } from "@/app/api/v1/admin/changes/route";
import { POST as approve } from "@/app/api/v1/admin/changes/[id]/approve/route";
import { POST as reject } from "@/app/api/v1/admin/changes/[id]/reject/route";
import { POST as claim } from "@/app/api/v1/me/claims/route";
import { POST as listing } from "@/app/api/v1/me/listings/route";
import { POST as change } from "@/app/api/v1/me/entries/[id]/changes/route";
import { GET as me } from "@/app/api/v1/me/route";
import { GET as publicEntry } from "@/app/api/v1/entries/[id]/route";
import { GET as history } from "@/app/api/v1/admin/entries/[id]/revisions/route";
import { db } from "@/lib/db/client";
import { send, signedIn, type TestActor } from "./actors";

useScratchDatabase("moderation");

let practitioner: TestActor;
let editor: TestActor;
let otherEditor: TestActor;
let sampleId: string;
let licence: string;

beforeAll(async () => {
  practitioner = await signedIn("practitioner");
  editor = await signedIn("editor", ["KZ-75"]);
  otherEditor = await signedIn("editor", ["KZ-71"]);
  const sample = await db().entry.findFirstOrThrow({ where: { kind: "advocate", regionIso: "KZ-75", licenceNumber: { not: null } } });
  sampleId = sample.id;
  licence = sample.licenceNumber!;
});

const pending = async (as: TestActor) => (await send(queue, "GET", "/api/v1/admin/changes?status=pending", { as })).body.items as any[];

describe("practitioner self-service with moderation", () => {
  it("claim → approve → contact change waits → reject with reason → resubmit → approve → public sees it", async () => {
    const wrong = await send(claim, "POST", "/api/v1/me/claims", { as: practitioner, body: { entryId: sampleId, licenceNumber: "nope" } });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.field).toBe("licenceNumber");

    const claimed = await send(claim, "POST", "/api/v1/me/claims", { as: practitioner, body: { entryId: sampleId, licenceNumber: licence } });
    expect(claimed.status).toBe(202);
    expect((await pending(otherEditor)).map((r) => r.id)).not.toContain(claimed.body.id);
    expect((await pending(editor)).map((r) => r.id)).toContain(claimed.body.id);

    // Before approval the practitioner may not propose changes to the listing.
    const early = await send(change, "POST", `/api/v1/me/entries/${sampleId}/changes`, { as: practitioner, params: { id: sampleId }, body: { phones: [] } });
    expect(early.status).toBe(403);

    expect((await send(approve, "POST", `/api/v1/admin/changes/${claimed.body.id}/approve`, { as: editor, params: { id: claimed.body.id } })).status).toBe(200);
    const mine = await send(me, "GET", "/api/v1/me", { as: practitioner });
    expect(mine.body.listings.map((l: any) => l.id)).toEqual([sampleId]);

    const proposal = { phones: [{ number: "8 (701) 111-22-33", purpose: "reception" }], website: "https://advocate.example.org", languages: ["kk", "ru"] };
    const first = await send(change, "POST", `/api/v1/me/entries/${sampleId}/changes`, { as: practitioner, params: { id: sampleId }, body: proposal });
    expect(first.status).toBe(202);
    const before = await send(publicEntry, "GET", `/api/v1/entries/${sampleId}`, { params: { id: sampleId } });
    expect(before.body.website).toBeUndefined(); // not public until approved

    const noReason = await send(reject, "POST", `/api/v1/admin/changes/${first.body.id}/reject`, { as: editor, params: { id: first.body.id }, body: { reason: " " } });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.field).toBe("reason");
    const rejected = await send(reject, "POST", `/api/v1/admin/changes/${first.body.id}/reject`, { as: editor, params: { id: first.body.id }, body: { reason: "Website does not open" } });
    expect(rejected.body).toMatchObject({ status: "rejected", reason: "Website does not open" });
    const seen = await send(me, "GET", "/api/v1/me", { as: practitioner });
    expect(seen.body.requests.find((r: any) => r.id === first.body.id)).toMatchObject({ status: "rejected", reason: "Website does not open" });
    expect((await send(publicEntry, "GET", `/api/v1/entries/${sampleId}`, { params: { id: sampleId } })).body.website).toBeUndefined();

    const second = await send(change, "POST", `/api/v1/me/entries/${sampleId}/changes`, { as: practitioner, params: { id: sampleId }, body: proposal });
    const approved = await send(approve, "POST", `/api/v1/admin/changes/${second.body.id}/approve`, { as: editor, params: { id: second.body.id } });
    expect(approved.status).toBe(200);
    const after = await send(publicEntry, "GET", `/api/v1/entries/${sampleId}`, { params: { id: sampleId } });
    expect(after.body.website).toBe("https://advocate.example.org");
    expect(after.body.phones).toEqual([{ number: "+77011112233", purpose: "reception" }]);
    const revs = await send(history, "GET", `/api/v1/admin/entries/${sampleId}/revisions`, { as: editor, params: { id: sampleId } });
    expect(revs.body.items[0]).toMatchObject({ action: "moderation", actor: editor.email });

    const twice = await send(approve, "POST", `/api/v1/admin/changes/${second.body.id}/approve`, { as: editor, params: { id: second.body.id } });
    expect(twice.status).toBe(409);
  });

  it("a new listing needs a licence number and appears only once approved", async () => {
    const body = { kind: "mediator", name: { ru: "Медиатор Новая" }, regionIso: "KZ-75", phones: [{ number: "87011234567" }] };
    const missing = await send(listing, "POST", "/api/v1/me/listings", { as: practitioner, body });
    expect(missing.status).toBe(400);
    expect(missing.body.error.field).toBe("licenceNumber");
    const proposed = await send(listing, "POST", "/api/v1/me/listings", { as: practitioner, body: { ...body, licenceNumber: "M-777" } });
    expect(proposed.status).toBe(202);
    expect(await db().entry.count({ where: { licenceNumber: "M-777" } })).toBe(0);
    const outside = await send(approve, "POST", `/api/v1/admin/changes/${proposed.body.id}/approve`, { as: otherEditor, params: { id: proposed.body.id } });
    expect(outside.status).toBe(403);
    const ok = await send(approve, "POST", `/api/v1/admin/changes/${proposed.body.id}/approve`, { as: editor, params: { id: proposed.body.id } });
    const created = await db().entry.findFirstOrThrow({ where: { licenceNumber: "M-777" } });
    expect(ok.body.entryId).toBe(created.id);
    expect(created.ownerId).toBe(practitioner.id);
    expect((await send(publicEntry, "GET", `/api/v1/entries/${created.id}`, { params: { id: created.id } })).body.name.ru).toBe("Медиатор Новая");
  });

  it("a new listing approved with a locality and no point is placed at its settlement, as imports place it", async () => {
    const body = { kind: "notary", name: { ru: "Нотариус в Таразе" }, regionIso: "KZ-31", locality: "Тараз", licenceNumber: "N-3131" };
    const proposed = await send(listing, "POST", "/api/v1/me/listings", { as: practitioner, body });
    expect(proposed.status).toBe(202);
    const admin = await signedIn("admin");
    expect((await send(approve, "POST", `/api/v1/admin/changes/${proposed.body.id}/approve`, { as: admin, params: { id: proposed.body.id } })).status).toBe(200);
    const created = await db().entry.findFirstOrThrow({ where: { licenceNumber: "N-3131" } });
    expect(created).toMatchObject({ precision: "settlement", lat: 42.89799, lng: 71.37334, districtKato: "311000000" });
  });
});
