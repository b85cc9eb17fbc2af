import { afterEach, describe, expect, it, vi } from "vitest";
import { useScratchDatabase } from "./scratch-db";
import { connectionOf, db } from "@/lib/db/client";
import { createImportJob, runImportJob } from "@/lib/import/jobs";
import type { ImportOptions, ImportProgress } from "@/lib/import/run";

useScratchDatabase("import-job-progress-sqlite");

// The job's row read through the SQLite connection at each progress call, before that progress is written
// (PostgreSQL's progress goes through a background writer, tested by its own suites).

const ACTOR = { id: null, name: "admin@example.kz" };
const OPTIONS: ImportOptions = { format: "csv", fileName: "jobs.csv", defaultKind: "mediator", dryRun: true };
const csv = (rows: string[]) => new TextEncoder().encode(["name,region,licenseNumber", ...rows].join("\n") + "\n");
const good = (tag: string, n: number) => Array.from({ length: n }, (_, i) => `Медиатор ${tag} ${i + 1},Акмолинская область,${tag}-${i + 1}`);

afterEach(async () => {
  vi.useRealTimers();
  await db().importJob.updateMany({ where: { status: { in: ["queued", "running"] } }, data: { status: "failed", phase: "finished" } });
});

describe("running a job", () => {
  const start = () => createImportJob(db(), ACTOR, { ...OPTIONS, encoding: "auto" }, 0);

  it("writes its progress as it reads, at most every 250 ms, with the time it wrote it", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    await db().importJob.count(); // the client opens its connection on its first query
    const connection = connectionOf(db())!;
    const stored = connection.prepare(`SELECT "phase", "rows", "encoding" FROM "ImportJob" WHERE "id" = ?`);
    const updatedAt = connection.prepare(`SELECT "updatedAt" FROM "ImportJob" WHERE "id" = ?`).pluck();
    const watch = async (stepMs: number) => {
      const id = await start();
      const seen: unknown[] = [];
      let written: number | undefined;
      await runImportJob(db(), id, ACTOR, csv(good(`PROGRESS${stepMs}`, 3000)), OPTIONS, (p: ImportProgress) => {
        // What the job's row held before this progress was written.
        const row = stored.get(id) as { phase: string; rows: bigint | number; encoding: string };
        seen.push({ ...row, rows: Number(row.rows) });
        if (p.rows === 2000) written = new Date(updatedAt.get(id) as string).getTime();
        vi.setSystemTime(Date.now() + stepMs);
      });
      return { seen, written };
    };
    vi.setSystemTime(new Date("2026-12-02T12:00:00Z"));
    const every = await watch(250);
    expect(every.seen).toEqual([
      { phase: "reading", rows: 0, encoding: "auto" },
      { phase: "reading", rows: 1000, encoding: "utf-8" },
      { phase: "reading", rows: 2000, encoding: "utf-8" },
    ]);
    // Written by the first progress, at the time it was told.
    expect(every.written).toBe(new Date("2026-12-02T12:00:00.250Z").getTime());
    const closer = await watch(100);
    expect(closer.seen).toEqual([
      { phase: "reading", rows: 0, encoding: "auto" },
      { phase: "reading", rows: 1000, encoding: "utf-8" },
      { phase: "reading", rows: 1000, encoding: "utf-8" },
    ]);
  });
});
