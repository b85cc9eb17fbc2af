import { describe, expect, it } from "vitest";
import { useScratchDatabase } from "./scratch-db";
import { db } from "@/lib/db/client";
import { Conflict } from "@/lib/errors";
import { createEntries, newEntryId, newEntryRow, refreshSearchText, updateEntry, writeTransaction, type Tx } from "@/lib/directory/write";

// The one writer, called directly: what a new entry stores by default, the guards that keep it inside its
// transaction, the lost race of two writers, and the derived search text brought up to date.
useScratchDatabase("writer");

const actor = { id: null, name: "writer-test" };
const notary = (name: string) => ({ kind: "notary", phones: "[]", nameRu: name, regionIso: "KZ-75", locality: "Алматы" });

describe("a new entry's row", () => {
  it("has an id of its kind and twelve characters of a random UUID", () => {
    const id = newEntryId("mediator");
    expect(id).toMatch(/^mediator-[0-9a-f]{8}-[0-9a-f]{3}$/);
    expect(newEntryId("mediator")).not.toBe(id);
  });

  it("is active with empty lists unless its content says otherwise, and searchable by its name", () => {
    const row = newEntryRow({ content: { kind: "notary", phones: "[]", nameRu: "Нотариус Жумабаева" }, source: "test" });
    expect(row).toMatchObject({
      status: "active", emails: "[]", services: "[]", languages: "[]", specialisations: "[]", accessibilityFeatures: "[]", formerNames: "[]",
      sample: 0, sourceDigest: null, importBatchId: null, nameKk: null, source: "test",
    });
    expect(row.searchText).toContain("жумабаева");
    expect(newEntryRow({ content: { kind: "notary", phones: "[]", status: "closed" }, source: "test", sample: true })).toMatchObject({ status: "closed", sample: 1 });
  });
});

describe("createEntries", () => {
  it("writes each entry at version 1 with its create revision", async () => {
    const [id] = await writeTransaction(db(), (tx) => createEntries(tx, actor, [{ content: notary("Нотариус Создана"), source: "test" }], "load", "first load"));
    const entry = await db().entry.findUniqueOrThrow({ where: { id: id! } });
    expect(entry).toMatchObject({ version: 1, status: "active", nameRu: "Нотариус Создана" });
    const revisions = await db().revision.findMany({ where: { entryId: id! } });
    expect(revisions).toMatchObject([{ version: 1, action: "load", actorName: "writer-test", note: "first load" }]);
  });
});

describe("updateEntry", () => {
  const created = async (name: string) => (await writeTransaction(db(), (tx) => createEntries(tx, actor, [{ content: notary(name), source: "test" }])))[0]!;

  it("loses to a writer that saved the same version first, naming the version it lost to", async () => {
    const id = await created("Нотариус Гонка");
    // The other writer saves between this writer's read and its write.
    const racing = {
      ...db(),
      entry: {
        ...db().entry,
        findUnique: async (args: { where: { id: string } }) => {
          const row = await db().entry.findUnique(args);
          await db().entry.update({ where: { id }, data: { version: { increment: 1 } } });
          return row;
        },
        updateMany: db().entry.updateMany.bind(db().entry),
      },
      revision: db().revision,
    } as unknown as Tx;
    const error = await updateEntry(racing, actor, id, { nameRu: "Нотариус Проиграл" }, { action: "update" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Conflict);
    expect((error as Conflict).details).toMatchObject({ currentVersion: 2 });
    expect((await db().entry.findUniqueOrThrow({ where: { id } })).nameRu).toBe("Нотариус Гонка");
  });

  it("names the entry that is not there", async () => {
    await expect(updateEntry(db(), actor, "notary-none", { nameRu: "x" }, { action: "update" })).rejects.toThrow('Entry "notary-none" was not found');
  });

  it("records no revision when only the verification date changes", async () => {
    const id = await created("Нотариус Проверена");
    const verifiedAt = new Date("2026-06-01T00:00:00Z");
    const result = await updateEntry(db(), actor, id, { nameRu: "Нотариус Проверена" }, { action: "moderation", extra: { verifiedAt } });
    expect(result.changes).toEqual([]);
    const entry = await db().entry.findUniqueOrThrow({ where: { id } });
    expect(entry.verifiedAt?.toISOString()).toBe(verifiedAt.toISOString());
    expect(await db().revision.count({ where: { entryId: id } })).toBe(1);
  });
});

describe("refreshSearchText", () => {
  it("rewrites only the search texts computed another way, without a version or revision, and then finds nothing", async () => {
    const ids = await writeTransaction(db(), (tx) => createEntries(tx, actor, [{ content: notary("Нотариус Устаревший"), source: "test" }, { content: notary("Нотариус Свежий"), source: "test" }]));
    const fresh = await db().entry.findUniqueOrThrow({ where: { id: ids[0]! } });
    await db().entry.update({ where: { id: ids[0]! }, data: { searchText: "computed the old way" } });
    const revisionsBefore = await db().revision.count();

    expect(await refreshSearchText(db())).toEqual({ updated: 1 });
    const refreshed = await db().entry.findUniqueOrThrow({ where: { id: ids[0]! } });
    expect(refreshed.searchText).toBe(fresh.searchText);
    expect(refreshed.version).toBe(1);
    expect(await db().revision.count()).toBe(revisionsBefore);
    expect(await refreshSearchText(db())).toEqual({ updated: 0 });
  });
});
