import { beforeAll, describe, expect, it } from "vitest";
import { useScratchDatabase } from "./scratch-db";
import { GET as history } from "@/app/api/v1/admin/entries/[id]/revisions/route";
import { POST as createEntry } from "@/app/api/v1/admin/entries/route";
import { PUT as saveEntry } from "@/app/api/v1/admin/entries/[id]/route";
import { GET as queue } from "@/app/api/v1/admin/changes/route";
import { POST as listing } from "@/app/api/v1/me/listings/route";
import { send, signedIn, type TestActor } from "./actors";

useScratchDatabase("editor-reads");

let admin: TestActor;
let editor: TestActor;
let colleague: TestActor;
let outsider: TestActor;
let entryId: string;

const entry = { kind: "court", courtKind: "district", name: { ru: "Суд для истории" }, regionIso: "KZ-75" };

beforeAll(async () => {
  [admin, editor, colleague, outsider] = await Promise.all([signedIn("admin"), signedIn("editor", ["KZ-75"]), signedIn("editor", ["KZ-75"]), signedIn("editor", ["KZ-71"])]);
  entryId = (await send(createEntry, "POST", "/api/v1/admin/entries", { as: admin, body: entry })).body.id;
  await send(saveEntry, "PUT", `/api/v1/admin/entries/${entryId}`, { as: colleague, params: { id: entryId }, body: { version: 1, entry: { ...entry, address: "ул. Первая, 1" } } });
  await send(saveEntry, "PUT", `/api/v1/admin/entries/${entryId}`, { as: editor, params: { id: entryId }, body: { version: 2, entry: { ...entry, address: "ул. Вторая, 2" } } });
});

const revisions = (as: TestActor, id = entryId) => send(history, "GET", `/api/v1/admin/entries/${id}/revisions`, { as, params: { id } });

describe("what an editor may read outside their regions", () => {
  it("an editor of another region gets 403 for the revisions; an unknown entry is a 404", async () => {
    const res = await revisions(outsider);
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject({ code: "forbidden", field: "regionIso" });
    expect((await revisions(outsider, "court-unknown")).status).toBe(404);
  });

  it("an editor of the region sees their own e-mail, other staff by role; an admin sees every e-mail", async () => {
    const mine = await revisions(editor);
    expect(mine.status).toBe(200);
    expect(mine.body.items.map((r: { actor: string }) => r.actor)).toEqual([editor.email, "editor", "admin"]);
    expect(JSON.stringify(mine.body)).not.toContain(colleague.email);
    expect(JSON.stringify(mine.body)).not.toContain(admin.email);

    const all = await revisions(admin);
    expect(all.body.items.map((r: { actor: string }) => r.actor)).toEqual([editor.email, colleague.email, admin.email]);
  });

  it("the moderation queue shows an editor only the requests of their regions", async () => {
    const practitioner = await signedIn("practitioner");
    const body = (region: string, n: number) => ({ kind: "mediator", name: { ru: `Медиатор ${n}` }, regionIso: region, licenceNumber: `M-${n}` });
    const here = await send(listing, "POST", "/api/v1/me/listings", { as: practitioner, body: body("KZ-75", 1) });
    const there = await send(listing, "POST", "/api/v1/me/listings", { as: practitioner, body: body("KZ-71", 2) });
    const ids = (await send(queue, "GET", "/api/v1/admin/changes", { as: outsider })).body.items.map((r: { id: string }) => r.id);
    expect(ids).toContain(there.body.id);
    expect(ids).not.toContain(here.body.id);
  });
});
