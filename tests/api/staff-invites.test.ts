import { beforeAll, describe, expect, it } from "vitest";
import { useScratchDatabase } from "./scratch-db";
import { POST as invite } from "@/app/api/v1/admin/entries/[id]/invites/route";
import { POST as accept } from "@/app/api/v1/me/courts/route";
import { POST as change } from "@/app/api/v1/me/entries/[id]/changes/route";
import { GET as me } from "@/app/api/v1/me/route";
import { GET as queue } from "@/app/api/v1/admin/changes/route";
import { POST as approve } from "@/app/api/v1/admin/changes/[id]/approve/route";
import { GET as publicEntry } from "@/app/api/v1/entries/[id]/route";
import { db } from "@/lib/db/client";
import { send, signedIn, type TestActor } from "./actors";

useScratchDatabase("staff-invites");

let editor: TestActor;
let otherEditor: TestActor;
let staff: TestActor;
let court: string;
let otherCourt: string;

beforeAll(async () => {
  [editor, otherEditor, staff] = await Promise.all([signedIn("editor", ["KZ-75"]), signedIn("editor", ["KZ-71"]), signedIn("practitioner")]);
  const courts = await db().entry.findMany({ where: { kind: "court", regionIso: "KZ-75", status: "active" }, orderBy: { id: "asc" }, take: 2 });
  court = courts[0]!.id;
  otherCourt = courts[1]!.id;
});

const createInvite = (as: TestActor, id: string) => send(invite, "POST", `/api/v1/admin/entries/${id}/invites`, { as, params: { id } });
const useCode = (as: TestActor, code: string) => send(accept, "POST", "/api/v1/me/courts", { as, body: { code } });

describe("court staff invites", () => {
  it("an editor of the court's region invites; the code works once and makes the account the court's staff, who proposes only for that court", async () => {
    expect((await createInvite(otherEditor, court)).status).toBe(403);
    expect((await createInvite(staff, court)).status).toBe(403);
    const practitionerListing = await db().entry.findFirstOrThrow({ where: { kind: "advocate", regionIso: "KZ-75" } });
    expect((await createInvite(editor, practitionerListing.id)).status).toBe(400);

    const made = await createInvite(editor, court);
    expect(made.status).toBe(201);
    expect(made.body.code).toMatch(/^[\w-]{22}$/);
    expect(Date.parse(made.body.expiresAt) - Date.now()).toBeGreaterThan(13 * 24 * 3600 * 1000);
    // Hashed at rest: the code itself is stored nowhere.
    const stored = await db().courtInvite.findFirstOrThrow({ where: { entryId: court } });
    expect(JSON.stringify(stored)).not.toContain(made.body.code);

    // An editor account cannot become staff; a practitioner can, once.
    expect((await useCode(editor, made.body.code)).status).toBe(403);
    const used = await useCode(staff, made.body.code);
    expect(used).toMatchObject({ status: 200, body: { entryId: court } });
    const second = await signedIn("practitioner");
    const again = await useCode(second, made.body.code);
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: "invite_used", field: "code" });
    expect((await useCode(second, "not-a-code")).body.error).toMatchObject({ code: "invite_unknown", field: "code" });

    const mine = await send(me, "GET", "/api/v1/me", { as: staff });
    expect(mine.body.listings.map((l: any) => l.id)).toEqual([court]);

    // Staff propose their court's contacts and hours like a practitioner; not another court's.
    const proposal = { phones: [{ number: "8 7172 70 10 10", purpose: "chancellery" }], openingHours: "Mo-Fr 09:00-18:30" };
    expect((await send(change, "POST", `/api/v1/me/entries/${otherCourt}/changes`, { as: staff, params: { id: otherCourt }, body: proposal })).status).toBe(403);
    const proposed = await send(change, "POST", `/api/v1/me/entries/${court}/changes`, { as: staff, params: { id: court }, body: proposal });
    expect(proposed.status).toBe(202);
    const item = (await send(queue, "GET", "/api/v1/admin/changes?limit=200", { as: editor })).body.items.find((r: any) => r.id === proposed.body.id);
    expect(item).toMatchObject({ type: "update", origin: "court_staff", requester: staff.email });
    expect(item.diff.map((d: any) => d.field)).toEqual(["phones", "openingHours"]);

    await send(approve, "POST", `/api/v1/admin/changes/${proposed.body.id}/approve`, { as: editor, params: { id: proposed.body.id }, body: {} });
    const entry = (await send(publicEntry, "GET", `/api/v1/entries/${court}`, { params: { id: court } })).body;
    expect(entry.openingHours).toBe("Mo-Fr 09:00-18:30");
    expect(entry.sources.map((s: any) => [s.field, s.origin])).toEqual([["openingHours", "court_staff"], ["phones", "court_staff"]]);
    expect(JSON.stringify(entry)).not.toContain(staff.email);
  });

  it("refuses an expired code", async () => {
    const made = await createInvite(editor, otherCourt);
    await db().courtInvite.updateMany({ where: { entryId: otherCourt }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const late = await useCode(await signedIn("practitioner"), made.body.code);
    expect(late.status).toBe(400);
    expect(late.body.error).toMatchObject({ code: "invite_expired", field: "code" });
    expect((await db().entry.findUniqueOrThrow({ where: { id: otherCourt } })).ownerId).toBeNull();
  });
});
