import { beforeAll, describe, expect, it } from "vitest";
import { useScratchDatabase } from "./scratch-db";
import { GET as getEntry, PUT as putEntry } from "@/app/api/v1/admin/entries/[id]/route";
import { POST as createEntry } from "@/app/api/v1/admin/entries/route";
import { POST as closeEntry } from "@/app/api/v1/admin/entries/[id]/close/route";
import { POST as reopenEntry } from "@/app/api/v1/admin/entries/[id]/reopen/route";
import { GET as history } from "@/app/api/v1/admin/entries/[id]/revisions/route";
import { POST as restore } from "@/app/api/v1/admin/entries/[id]/revisions/[version]/restore/route";
import { GET as publicEntry } from "@/app/api/v1/entries/[id]/route";
import { send, signedIn, type TestActor } from "./actors";

useScratchDatabase("revisions");

const input = {
  kind: "notary",
  name: { ru: "Нотариус Тестова А. Б." },
  regionIso: "KZ-75",
  locality: "Алматы",
  address: "ул. Абая, 1",
  phones: [{ number: "8 701 463 13 53", purpose: "reception" }],
  emails: [],
  languages: ["ru"],
  licenceNumber: "N-1",
  location: { lat: 43.25, lng: 76.9, precision: "building" },
};

let admin: TestActor;
let id: string;

beforeAll(async () => {
  admin = await signedIn("admin");
  const created = await send(createEntry, "POST", "/api/v1/admin/entries", { as: admin, body: input });
  expect(created.status).toBe(201);
  id = created.body.id;
});

const put = (version: number, entry: object, as = admin) => send(putEntry, "PUT", `/api/v1/admin/entries/${id}`, { as, params: { id }, body: { version, entry } });

describe("revisions, restore, close and reopen", () => {
  it("stores the phone in E.164 and records who created the entry", async () => {
    const { body } = await send(getEntry, "GET", `/api/v1/admin/entries/${id}`, { as: admin, params: { id } });
    expect(body.phones).toEqual([{ number: "+77014631353", purpose: "reception" }]);
    expect(body.version).toBe(1);
    const h = await send(history, "GET", `/api/v1/admin/entries/${id}/revisions`, { as: admin, params: { id } });
    expect(h.body.items).toHaveLength(1);
    expect(h.body.items[0]).toMatchObject({ version: 1, action: "create", actor: admin.email });
    expect(h.body.items[0].changes).toContainEqual({ field: "nameRu", before: null, after: "Нотариус Тестова А. Б." });
  });

  it("an edit writes a field-by-field revision; restore brings an old version back as a new one", async () => {
    const edited = await put(1, { ...input, address: "ул. Сатпаева, 2", website: "https://notary.example.org" });
    expect(edited.status).toBe(200);
    expect(edited.body.version).toBe(2);
    expect(edited.body.changes).toEqual([
      { field: "address", before: "ул. Абая, 1", after: "ул. Сатпаева, 2" },
      { field: "website", before: null, after: "https://notary.example.org" },
    ]);
    const restored = await send(restore, "POST", `/api/v1/admin/entries/${id}/revisions/1/restore`, { as: admin, params: { id, version: "1" }, body: { version: 2 } });
    expect(restored.status).toBe(200);
    expect(restored.body.version).toBe(3);
    const pub = await send(publicEntry, "GET", `/api/v1/entries/${id}`, { params: { id } });
    expect(pub.body.address).toBe("ул. Абая, 1");
    expect(pub.body.website).toBeUndefined();
    const h = await send(history, "GET", `/api/v1/admin/entries/${id}/revisions`, { as: admin, params: { id } });
    expect(h.body.items.map((r: any) => r.action)).toEqual(["restore", "update", "create"]);
  });

  it("a stale save is a 409 that lists what changed since, and changes nothing", async () => {
    const stale = await put(1, { ...input, locality: "Алма-Ата" });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("conflict");
    expect(stale.body.error.currentVersion).toBe(3);
    // From version 1 to 3 the address went away and came back: no net change is listed for it.
    expect(stale.body.error.changes).toEqual([]);
    await put(3, { ...input, address: "пр. Достык, 5" });
    const again = await put(3, { ...input, locality: "Алма-Ата" });
    expect(again.status).toBe(409);
    expect(again.body.error.changes).toEqual([{ field: "address", before: "ул. Абая, 1", after: "пр. Достык, 5" }]);
    const now = await send(getEntry, "GET", `/api/v1/admin/entries/${id}`, { as: admin, params: { id } });
    expect(now.body.locality).toBe("Алматы");
  });

  it("closing hides nothing from history and reopening brings the entry back", async () => {
    const closed = await send(closeEntry, "POST", `/api/v1/admin/entries/${id}/close`, { as: admin, params: { id }, body: { version: 4, note: "moved" } });
    expect(closed.status).toBe(200);
    expect((await send(publicEntry, "GET", `/api/v1/entries/${id}`, { params: { id } })).body.status).toBe("closed");
    const reopened = await send(reopenEntry, "POST", `/api/v1/admin/entries/${id}/reopen`, { as: admin, params: { id }, body: { version: 5 } });
    expect(reopened.status).toBe(200);
    expect((await send(publicEntry, "GET", `/api/v1/entries/${id}`, { params: { id } })).body.status).toBe("active");
  });

  it("bad input is a 400 naming the field", async () => {
    const bad = await put(6, { ...input, phones: [{ number: "12345" }] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe("entry.phones.0.number");
    const noName = await put(6, { ...input, name: {} });
    expect(noName.body.error.field).toBe("entry.name.ru");
  });
});

describe("what editing, restoring, closing and history check", () => {
  const fresh = async (as = admin, body: object = input) => {
    const created = await send(createEntry, "POST", "/api/v1/admin/entries", { as, body });
    expect(created.status).toBe(201);
    return created.body.id as string;
  };
  const putAs = (as: TestActor, entryId: string, version: number, entry: object) =>
    send(putEntry, "PUT", `/api/v1/admin/entries/${entryId}`, { as, params: { id: entryId }, body: { version, entry } });
  const restoreAs = (as: TestActor, entryId: string, target: number, version: number) =>
    send(restore, "POST", `/api/v1/admin/entries/${entryId}/revisions/${target}/restore`, { as, params: { id: entryId, version: String(target) }, body: { version } });
  const historyAs = async (as: TestActor, entryId: string) => (await send(history, "GET", `/api/v1/admin/entries/${entryId}/revisions`, { as, params: { id: entryId } })).body;

  it("an entry made in the admin is sourced to the person who made it", async () => {
    const entryId = await fresh();
    expect((await send(getEntry, "GET", `/api/v1/admin/entries/${entryId}`, { as: admin, params: { id: entryId } })).body.source).toBe(`admin:${admin.email}`);
  });

  it("restoring undoes the later revisions newest first: a field changed twice gets its first value back", async () => {
    const entryId = await fresh();
    await putAs(admin, entryId, 1, { ...input, address: "B" });
    await putAs(admin, entryId, 2, { ...input, address: "C" });
    const restored = await restoreAs(admin, entryId, 1, 3);
    expect(restored.status).toBe(200);
    expect(restored.body.changes).toEqual([{ field: "address", before: "C", after: "ул. Абая, 1" }]);
    expect((await historyAs(admin, entryId)).items[0]).toMatchObject({ action: "restore", note: "restored version 1" });
  });

  it("a regional editor restores within their region (the restored entry's region is checked, and is theirs)", async () => {
    const editor = await signedIn("editor", ["KZ-75"]);
    const entryId = await fresh(editor);
    await putAs(editor, entryId, 1, { ...input, address: "B" });
    expect((await restoreAs(editor, entryId, 1, 2)).status).toBe(200);
  });

  it("a version the entry never had is a 404 naming it; its current version is one it has", async () => {
    const entryId = await fresh();
    await putAs(admin, entryId, 1, { ...input, address: "B" });
    const beyond = await restoreAs(admin, entryId, 3, 2);
    expect(beyond.status).toBe(404);
    expect(beyond.body.error).toMatchObject({ field: "version", message: `Entry "${entryId}" has no version 3` });
    expect((await restoreAs(admin, entryId, 2, 2)).status).not.toBe(404);
    expect((await restoreAs(admin, "no-such-entry", 1, 1)).body.error.message).toMatch(/Entry.*no-such-entry/);
  });

  it("an entry of another region is refused to an editor, saying so, on regionIso", async () => {
    const entryId = await fresh();
    const elsewhere = await signedIn("editor", ["KZ-11"]);
    const res = await putAs(elsewhere, entryId, 1, { ...input, address: "B" });
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject({ field: "regionIso", message: "This entry is outside the regions you edit" });
  });

  it("the rules that tie fields together are checked on the edited entry, naming the field", async () => {
    const entryId = await fresh();
    const res = await putAs(admin, entryId, 1, { ...input, kind: "court" });
    expect(res.status).toBe(400);
    expect(res.body.error.field).toMatch(/^entry\./);
    expect(res.body.error.message).toMatch(new RegExp(`^${res.body.error.field.replace(".", "\\.")}: .+`));
  });

  it("a district the edit names must exist", async () => {
    const entryId = await fresh();
    const res = await putAs(admin, entryId, 1, { ...input, districtKato: "999999999" });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ field: "districtKato", message: 'districtKato: no district has KATO code "999999999"' });
  });

  it("closing a closed entry is a 400 on status; the note of a close is in the history", async () => {
    const entryId = await fresh();
    const close = (version: number) => send(closeEntry, "POST", `/api/v1/admin/entries/${entryId}/close`, { as: admin, params: { id: entryId }, body: { version, note: "moved away" } });
    expect((await close(1)).status).toBe(200);
    const again = await close(2);
    expect(again.status).toBe(400);
    expect(again.body.error).toMatchObject({ field: "status", message: "The entry is already closed" });
    const items = (await historyAs(admin, entryId)).items;
    expect(items[0]).toMatchObject({ action: "close", note: "moved away" });
    expect(items[1].note).toBeUndefined();
  });

  it("history: an editor sees other staff by role and themselves by e-mail; an admin sees every e-mail", async () => {
    const editor = await signedIn("editor", ["KZ-75"]);
    const entryId = await fresh();
    await putAs(editor, entryId, 1, { ...input, address: "B" });
    const asEditor = (await historyAs(editor, entryId)).items.map((r: { actor: string }) => r.actor);
    expect(asEditor).toEqual([editor.email, "admin"]);
    const asAdmin = (await historyAs(admin, entryId)).items.map((r: { actor: string }) => r.actor);
    expect(asAdmin).toEqual([editor.email, admin.email]);
    expect((await send(history, "GET", "/api/v1/admin/entries/no-such-entry/revisions", { as: admin, params: { id: "no-such-entry" } })).body.error.message).toMatch(/Entry.*no-such-entry/);
  });
});

