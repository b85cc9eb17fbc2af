import { describe, expect, it } from "vitest";
import { useScratchDatabase } from "./scratch-db";
import { db, type Db } from "@/lib/db/client";
import { Stage } from "@/lib/import/stage";

useScratchDatabase("import-stage-sqlite");

// On SQLite a Stage writes through the connection under the client (PostgreSQL's goes through the client itself).
describe("the stage of an import", () => {
  it("needs a client made by createDb (its SQLite connection), not a transaction's", async () => {
    await expect(db().$transaction(async (tx) => new Stage(tx as unknown as Db, "job-tx"))).rejects.toThrow("a Stage needs a client made by createDb");
  });
});
