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
