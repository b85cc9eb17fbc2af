import { describe, expect, it } from "vitest";
import { useScratchDatabase } from "./scratch-db";
import { db } from "@/lib/db/client";
import { Invalid } from "@/lib/errors";
import { runImport, type ImportOptions } from "@/lib/import/run";

useScratchDatabase("import-all-or-nothing");

// An import is applied whole or not at all: the kill -9 test checks it for a killed process; these check it
// within one, on files longer than a staging chunk (1 000 records) so that good rows are staged before the
// bad one is read, and on the report a real run returns.

const ACTOR = { id: null, name: "test" };
const OPTIONS: ImportOptions = { format: "csv", fileName: "whole.csv", defaultKind: "mediator", dryRun: false };
const header = "name,region,licenseNumber,contacts,address";
const good = (tag: string, n: number) =>
  Array.from({ length: n }, (_, i) => `Медиатор ${tag} ${i + 1},Акмолинская область,${tag}-${i + 1},8 701 463 ${String(1000 + (i % 9000)).slice(0, 2)} ${String(i % 100).padStart(2, "0")},г.Кокшетау ул.Абая ${i + 1}`);
const csv = (rows: string[]) => new TextEncoder().encode([header, ...rows].join("\n") + "\n");

const counts = async () => ({
  entries: await db().entry.count(),
  revisions: await db().revision.count(),
  staged: Number((await db().$queryRawUnsafe<{ n: bigint | number }[]>(`SELECT COUNT(*) AS n FROM "import_stage"`))[0]!.n),
  batches: await db().importBatch.count(),
});

async function failing(bytes: Uint8Array, jobId: string): Promise<Invalid> {
  try {
    await runImport(db(), ACTOR, bytes, OPTIONS, { id: jobId });
  } catch (error) {
    expect(error).toBeInstanceOf(Invalid);
    return error as Invalid;
  }
  throw new Error("the import went through");
}

describe("a real import writes everything or nothing", () => {
  it("1 500 good records and a bad last one: nothing is written, nothing stays staged", async () => {
    const before = await counts();
    const error = await failing(csv([...good("LAST", 1500), "Без региона,Несуществующая область,LAST-X,8 701 463 13 53,где-то"]), "job-last");
    expect(error.code).toBe("import_problems");
    expect(error.message).toMatch(/^Nothing was imported: 1 problem\(s\)/);
    expect(await counts()).toEqual(before);
  });

  it("a bad first record and 1 500 good ones after it: nothing either, and every problem is counted", async () => {
    const before = await counts();
    const error = await failing(csv(["Без региона,Несуществующая область,FIRST-X,8 701 463 13 53,где-то", ...good("FIRST", 1500), "Снова,Нигде,FIRST-Y,,"]), "job-first");
    expect(error.details).toMatchObject({ problemCount: 2 });
    expect(await counts()).toEqual(before);
  });

  it("a file with no problem is applied whole, in one batch, and its stage is emptied", async () => {
    const before = await counts();
    const report = await runImport(db(), ACTOR, csv(good("OK", 1200)), OPTIONS, { id: "job-ok" });
    expect(report).toMatchObject({ dryRun: false, total: 1200, created: 1200, updated: 0, unchanged: 0, problemCount: 0, problems: [] });
    expect(report.batchId).toMatch(/^[0-9a-f-]{36}$/);
    const after = await counts();
    expect(after.entries - before.entries).toBe(1200);
    expect(after.batches - before.batches).toBe(1);
    expect(after.staged).toBe(0);
    expect(await db().entry.count({ where: { importBatchId: report.batchId } })).toBe(1200);
    // The same file again changes nothing: every record is unchanged.
    const again = await runImport(db(), ACTOR, csv(good("OK", 1200)), OPTIONS, { id: "job-ok-2" });
    expect(again).toMatchObject({ total: 1200, created: 0, updated: 0, unchanged: 1200 });
    expect((await counts()).entries).toBe(after.entries);
  });

  it("a dry run of the good file reports what would happen and writes nothing", async () => {
    const before = await counts();
    const report = await runImport(db(), ACTOR, csv(good("DRY", 1100)), { ...OPTIONS, dryRun: true }, { id: "job-dry" });
    expect(report).toMatchObject({ dryRun: true, total: 1100, created: 1100, problemCount: 0 });
    expect(report.batchId).toBeUndefined();
    expect(await counts()).toEqual(before);
  });
});
