import { beforeAll, describe, expect, it } from "vitest";
import { useScratchDatabase } from "./scratch-db";
import { PUT as putEntry } from "@/app/api/v1/admin/entries/[id]/route";
import { POST as postEntry } from "@/app/api/v1/admin/entries/route";
import { db } from "@/lib/db/client";
import { createEntries, writeTransaction } from "@/lib/directory/write";
import { send, signedIn, type TestActor } from "./actors";

useScratchDatabase("editor-region-move");

// Moving an entry needs both regions: the one it is in and the one it goes to (the protection tests use the
// editor's own region only, so an editor could move an entry out of their regions unnoticed).

let almatyEditor: TestActor; // KZ-75
let bothEditor: TestActor; // KZ-75 and KZ-71
let astanaEditor: TestActor; // KZ-71
let admin: TestActor;
let ids: string[];

beforeAll(async () => {
  almatyEditor = await signedIn("editor", ["KZ-75"]);
  bothEditor = await signedIn("editor", ["KZ-75", "KZ-71"]);
  astanaEditor = await signedIn("editor", ["KZ-71"]);
  admin = await signedIn("admin");
  ids = await writeTransaction(db(), (tx) =>
    createEntries(
      tx,
      { id: null, name: "test" },
      [1, 2, 3, 4].map((n) => ({ content: { kind: "notary", nameRu: `Нотариус ${n}`, regionIso: "KZ-75", phones: "[]" }, source: "test" })),
    ),
  );
});

const move = (as: TestActor, id: string, regionIso: string) =>
  send(putEntry, "PUT", `/api/v1/admin/entries/${id}`, { as, params: { id }, body: { version: 1, entry: { regionIso } } });
const regionOf = async (id: string) => (await db().entry.findUniqueOrThrow({ where: { id } })).regionIso;

describe("an editor moves an entry between regions only when holding both", () => {
  it("into a region the editor does not hold: 403, and the entry stays where it was", async () => {
    const res = await move(almatyEditor, ids[0]!, "KZ-71");
    expect(res.status).toBe(403);
    expect(res.body.error.field).toBe("regionIso");
    expect(await regionOf(ids[0]!)).toBe("KZ-75");
  });

  it("out of a region the editor does not hold into one they do: 403", async () => {
    const res = await move(astanaEditor, ids[1]!, "KZ-71");
    expect(res.status).toBe(403);
    expect(await regionOf(ids[1]!)).toBe("KZ-75");
  });

  it("holding both regions, or as an admin, the move is made", async () => {
    const res = await move(bothEditor, ids[2]!, "KZ-71");
    expect(res.status).toBe(200);
    expect(await regionOf(ids[2]!)).toBe("KZ-71");
    expect((await move(admin, ids[3]!, "KZ-71")).status).toBe(200);
    expect(await regionOf(ids[3]!)).toBe("KZ-71");
  });

  it("an editor creates entries in their own regions only", async () => {
    const create = (as: TestActor, regionIso: string) =>
      send(postEntry, "POST", "/api/v1/admin/entries", { as, body: { kind: "notary", name: { ru: "Новый нотариус" }, regionIso } });
    expect((await create(almatyEditor, "KZ-71")).status).toBe(403);
    expect((await create(almatyEditor, "KZ-75")).status).toBe(201);
  });
});
