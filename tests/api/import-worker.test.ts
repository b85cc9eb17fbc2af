import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, describe, expect, it, vi } from "vitest";
import { useScratchDatabase } from "./scratch-db";
import { db, type Db } from "@/lib/db/client";
import { createImportJob } from "@/lib/import/jobs";
import type { ImportOptions } from "@/lib/import/run";
import { runInWorker } from "@/lib/import/worker";

useScratchDatabase("import-worker");

// How the server starts an import job: in a worker thread on a connection of its own.

const ACTOR = { id: null, name: "admin@example.kz" };
const OPTIONS: ImportOptions = { format: "csv", fileName: "thread.csv", defaultKind: "mediator", dryRun: true };
const csv = (rows: string[]) => new TextEncoder().encode(["name,region", ...rows].join("\n") + "\n");

async function until<T>(check: () => Promise<T | undefined> | T | undefined): Promise<T> {
  for (let i = 0; i < 600; i++) {
    const value = await check();
    if (value !== undefined) return value;
    await sleep(50);
  }
  throw new Error("gave up waiting");
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("an import job in a worker thread", () => {
  it("the file's bytes move to the thread, not copied, and the job ends done with its report", async () => {
    const id = await createImportJob(db(), ACTOR, { ...OPTIONS, encoding: "auto" }, 0);
    const bytes = csv(["Медиатор Поток,Акмолинская область"]);
    runInWorker(db(), id, ACTOR, bytes, OPTIONS);
    expect(bytes.byteLength).toBe(0);
    const job = await until(async () => {
      const row = await db().importJob.findUniqueOrThrow({ where: { id } });
      return row.status === "done" || row.status === "failed" ? row : undefined;
    });
    expect(job.status).toBe("done");
    expect(JSON.parse(job.report!)).toMatchObject({ total: 1, created: 1 });
  });

  it("a thread that fails is logged, not a crash of the server", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    runInWorker(db(), "no-such-job", ACTOR, csv(["Медиатор Никто,Акмолинская область"]), OPTIONS);
    const [error] = await until(() => logged.mock.calls[0]);
    expect(error).toMatchObject({ message: expect.stringMatching(/No record was found|not found/i) });
  });

  it("needs a client made by createDb", async () => {
    await expect(db().$transaction(async (tx) => runInWorker(tx as unknown as Db, "x", ACTOR, csv([]), OPTIONS))).rejects.toThrow("runInWorker needs a client made by createDb");
  });
});
