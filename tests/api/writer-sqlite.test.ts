import { describe, expect, it } from "vitest";
import { useScratchDatabase } from "./scratch-db";
import { db, type Db } from "@/lib/db/client";
import { applyStagedImport, createEntries, writeTransaction, type Tx } from "@/lib/directory/write";

// On SQLite the writer's bulk statements run on the connection under the transaction: called any other way,
// it says so and writes nothing (PostgreSQL's run through the transaction client, so there is no such guard).
useScratchDatabase("writer-sqlite");

const actor = { id: null, name: "writer-test" };
const entry = { content: { kind: "notary", phones: "[]", nameRu: "Нотариус Вне транзакции" }, source: "test" };
// A client of the right engine that createDb did not make, so no connection is known for it.
const foreignClient = () => ({ _activeProvider: "sqlite", $transaction: (work: (tx: Tx) => Promise<unknown>) => db().$transaction(work) }) as unknown as Db;

describe("the writer's guards on SQLite", () => {
  it("createEntries refuses a transaction not opened by writeTransaction", async () => {
    const before = await db().entry.count();
    await expect(db().$transaction((tx) => createEntries(tx as Tx, actor, [entry]))).rejects.toThrow("createEntries runs inside writeTransaction");
    expect(await db().entry.count()).toBe(before);
  });

  it("writeTransaction and applyStagedImport refuse a client createDb did not make", async () => {
    await expect(writeTransaction(foreignClient(), async () => "ran")).rejects.toThrow("writeTransaction needs a client made by createDb");
    const staged = { jobId: "none", batch: { id: "b", source: "s", format: "csv", created: 0, updated: 0 }, note: "" };
    await expect(applyStagedImport(foreignClient(), actor, staged)).rejects.toThrow("applyStagedImport needs a client made by createDb");
  });
});
