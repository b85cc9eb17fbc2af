import { spawn, spawnSync } from "node:child_process";
import os from "node:os";
import { afterEach, describe, expect, it, vi } from "vitest";
import { useScratchDatabase } from "./scratch-db";
import { db } from "@/lib/db/client";
import { Conflict, Invalid, NotFound } from "@/lib/errors";
import { createImportJob, failInterruptedJobs, finish, importFile, importJobView, jobError, runImportJob } from "@/lib/import/jobs";
import type { ImportOptions } from "@/lib/import/run";

useScratchDatabase("import-job-lifecycle");

// An import job's life in this process (the server runs it in a worker thread, out of a mutation run's
// sight): created, run, its progress written, its end recorded, and judged interrupted when its process is gone.

const ACTOR = { id: null, name: "admin@example.kz" };
const OPTIONS: ImportOptions = { format: "csv", fileName: "jobs.csv", defaultKind: "mediator", dryRun: true };
const HOST = os.hostname();
const csv = (rows: string[]) => new TextEncoder().encode(["name,region,licenseNumber", ...rows].join("\n") + "\n");
const good = (tag: string, n: number) => Array.from({ length: n }, (_, i) => `Медиатор ${tag} ${i + 1},Акмолинская область,${tag}-${i + 1}`);

/** A pid no process has any more. */
const deadPid = () => Number(spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" }).stdout);

const jobRow = (id: string, more: { status?: string; ownerPid: number; ownerToken: string; updatedAt?: Date; bytes?: number; bytesRead?: number }) => ({
  id,
  status: "running",
  phase: "reading",
  dryRun: false,
  fileName: "x.csv",
  format: "csv",
  kind: "advocate",
  encoding: "auto",
  bytes: 10,
  actorName: "t",
  ...more,
});
const status = async (id: string) => (await db().importJob.findUniqueOrThrow({ where: { id } })).status;
/** Ends every open job, so that the next test may start one. */
const closeAll = () => db().importJob.updateMany({ where: { status: { in: ["queued", "running"] } }, data: { status: "failed", phase: "finished" } });

afterEach(async () => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  await closeAll();
});

describe("a job whose process is gone is failed, with its staged rows removed", () => {
  it("on this machine: by its pid, and by its token when the pid is this process's", async () => {
    const dead = deadPid();
    const sleeper = spawn("sleep", ["30"]);
    try {
      const mine = await createImportJob(db(), ACTOR, { ...OPTIONS, encoding: "auto" }, 10);
      await db().importJob.createMany({
        data: [
          jobRow("dead-running", { ownerPid: dead, ownerToken: `${HOST}/old` }),
          jobRow("dead-queued", { status: "queued", ownerPid: dead, ownerToken: `${HOST}/old` }),
          jobRow("dead-legacy-token", { ownerPid: dead, ownerToken: "gone" }),
          jobRow("dead-done", { status: "done", ownerPid: dead, ownerToken: `${HOST}/old` }),
          jobRow("alive-elsewhere", { ownerPid: sleeper.pid!, ownerToken: `${HOST}/sleeper` }),
          jobRow("this-pid-before-a-restart", { ownerPid: process.pid, ownerToken: `${HOST}/before-restart` }),
        ],
      });
      await db().$executeRawUnsafe(`INSERT INTO "import_stage" VALUES ('dead-running', 0, 'create', 'x', NULL, '{}', '[]'), ('alive-elsewhere', 0, 'create', 'y', NULL, '{}', '[]')`);
      await failInterruptedJobs(db());
      const jobs = await db().importJob.findMany({ orderBy: { id: "asc" } });
      expect(Object.fromEntries(jobs.map((j) => [j.id, [j.status, j.phase]]))).toEqual({
        [mine]: ["queued", "queued"],
        "dead-running": ["failed", "finished"],
        "dead-queued": ["failed", "finished"],
        "dead-legacy-token": ["failed", "finished"],
        "dead-done": ["done", "reading"],
        "alive-elsewhere": ["running", "reading"],
        "this-pid-before-a-restart": ["failed", "finished"],
      });
      const failed = jobs.find((j) => j.id === "dead-running")!;
      expect(JSON.parse(failed.error!)).toMatchObject({ kind: "Internal", code: "import_interrupted", message: expect.stringMatching(/^The import stopped before it finished/) });
      expect(failed.finishedAt).toBeInstanceOf(Date);
      expect(await db().$queryRawUnsafe(`SELECT "jobId" FROM "import_stage"`)).toEqual([{ jobId: "alive-elsewhere" }]);
    } finally {
      sleeper.kill();
      await db().$executeRawUnsafe(`DELETE FROM "import_stage"`);
    }
  });

  it("a process this one may not signal (another user's) is alive", async () => {
    await db().importJob.create({ data: jobRow("other-user", { ownerPid: deadPid(), ownerToken: `${HOST}/other-user` }) });
    vi.spyOn(process, "kill").mockImplementation(() => {
      throw Object.assign(new Error("kill EPERM"), { code: "EPERM" });
    });
    await failInterruptedJobs(db());
    expect(await status("other-user")).toBe("running");
  });

  it("of another machine: once it has not written its progress for more than 10 minutes", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-12-02T12:00:00Z"));
    const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);
    await db().importJob.createMany({
      data: [
        jobRow("elsewhere-now", { ownerPid: deadPid(), ownerToken: "another-host/1", updatedAt: minutesAgo(0) }),
        jobRow("elsewhere-10-min", { ownerPid: deadPid(), ownerToken: "another-host/2", updatedAt: minutesAgo(10) }),
        jobRow("elsewhere-10-min-1-ms", { ownerPid: process.pid, ownerToken: "another-host/3", updatedAt: new Date(Date.now() - 10 * 60_000 - 1) }),
      ],
    });
    await failInterruptedJobs(db());
    expect([await status("elsewhere-now"), await status("elsewhere-10-min"), await status("elsewhere-10-min-1-ms")]).toEqual(["running", "running", "failed"]);
  });
});

describe("starting a job", () => {
  it("records what it is and who started it; one import at a time, queued or running", async () => {
    const options = { ...OPTIONS, dryRun: false, fileName: "notaries.json", format: "json" as const, defaultKind: "notary" as const, encoding: "cp1251" as const };
    const id = await createImportJob(db(), { id: null, name: "admin@example.kz" }, options, 1234);
    expect(await db().importJob.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "queued",
      dryRun: false,
      fileName: "notaries.json",
      format: "json",
      kind: "notary",
      encoding: "cp1251",
      bytes: 1234,
      actorName: "admin@example.kz",
      ownerPid: process.pid,
    });
    for (const state of ["queued", "running"]) {
      await db().importJob.update({ where: { id }, data: { status: state } });
      const second = createImportJob(db(), ACTOR, { ...OPTIONS, encoding: "auto" }, 10);
      await expect(second).rejects.toBeInstanceOf(Conflict);
      await expect(second).rejects.toMatchObject({ code: "import_running", field: "file", details: { jobId: id }, message: `Another import is running (job ${id}); wait until it has finished` });
    }
    await db().importJob.update({ where: { id }, data: { status: "done" } });
    expect(await createImportJob(db(), ACTOR, { ...OPTIONS, encoding: "auto" }, 10)).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("running a job", () => {
  const start = () => createImportJob(db(), ACTOR, { ...OPTIONS, encoding: "auto" }, 0);

  it("ends done with its report, rows and bytes; its view shows the report and 100 %", async () => {
    const id = await start();
    const bytes = csv(good("DONE", 3));
    await runImportJob(db(), id, ACTOR, bytes, OPTIONS);
    const row = await db().importJob.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "done", phase: "finished", rows: 3, bytesRead: bytes.length, error: null });
    expect(JSON.parse(row.report!)).toMatchObject({ dryRun: true, total: 3, created: 3, problemCount: 0 });
    expect(await importJobView(db(), id)).toMatchObject({ id, status: "done", phase: "finished", report: { total: 3 }, error: null, progress: { rows: 3, percent: 100 } });
  });

  it("a file with problems ends failed with the domain's error; a failure of ours with a message that promises nothing was written, and is logged", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const refused = await start();
    await runImportJob(db(), refused, ACTOR, csv(["Без региона,Несуществующая область,BAD-1"]), { ...OPTIONS, dryRun: false });
    expect(await importJobView(db(), refused)).toMatchObject({ status: "failed", phase: "finished", report: null, error: { kind: "Invalid", code: "import_problems", field: "file" } });
    expect(logged).not.toHaveBeenCalled();

    const broken = await start();
    await runImportJob(db(), broken, ACTOR, csv(good("OURS", 1)), { ...OPTIONS, dataDir: "/nonexistent-data-dir" });
    expect((await importJobView(db(), broken))!.error).toEqual({ kind: "Internal", code: "internal_error", message: "The import failed on our side; nothing of it was written" });
    expect(logged).toHaveBeenCalledTimes(1);
    expect(logged.mock.calls[0]![0]).toMatchObject({ code: "ENOENT" });
  });
});

describe("a job's error as it is stored", () => {
  it("a thread out of memory is a file too large to import at once", () => {
    const tooLarge = { kind: "TooLarge", code: "too_large", field: "file", message: "The file is too large to import at once; split it into smaller files" };
    expect(jobError(Object.assign(new Error("Worker terminated due to reaching memory limit"), { code: "ERR_WORKER_OUT_OF_MEMORY" }))).toEqual(tooLarge);
    expect(jobError(new RangeError("JavaScript heap out of memory"))).toEqual(tooLarge);
  });

  it("a domain error as it was; anything else is ours", () => {
    expect(jobError(new NotFound("no such file", "file"))).toEqual({ kind: "NotFound", code: "not_found", message: "no such file", field: "file" });
    const ours = { kind: "Internal", code: "internal_error", message: "The import failed on our side; nothing of it was written" };
    expect(jobError(new Error("SQLITE_BUSY"))).toEqual(ours);
    expect(jobError(Object.assign(new Error("disk full"), { code: "ENOSPC" }))).toEqual(ours);
    expect(jobError("heap")).toEqual(ours);
    expect(jobError(null)).toEqual(ours);
  });
});

describe("a job's end and its view", () => {
  it("is recorded once: a queued or running job ends, one that has ended keeps its outcome, other jobs are left alone", async () => {
    await db().importJob.createMany({
      data: [
        jobRow("end-queued", { status: "queued", ownerPid: process.pid, ownerToken: "x" }),
        jobRow("end-running", { ownerPid: process.pid, ownerToken: "x" }),
        jobRow("end-done", { status: "done", ownerPid: process.pid, ownerToken: "x" }),
      ],
    });
    for (const id of ["end-queued", "end-running", "end-done"]) await finish(db(), id, { status: "failed", error: '{"kind":"Internal","code":"x","message":"x"}' });
    const rows = await db().importJob.findMany({ where: { id: { startsWith: "end-" } }, orderBy: { id: "asc" } });
    expect(rows.map((r) => [r.id, r.status, r.phase, r.finishedAt instanceof Date])).toEqual([
      ["end-done", "done", "reading", false],
      ["end-queued", "failed", "finished", true],
      ["end-running", "failed", "finished", true],
    ]);
    await db().importJob.create({ data: jobRow("end-other", { ownerPid: process.pid, ownerToken: "x" }) });
    await finish(db(), "end-running", { status: "done" });
    expect(await status("end-other")).toBe("running");
  });

  it("shows how far the file has been read, in whole percent; an unknown job is none", async () => {
    await db().importJob.create({ data: jobRow("percent", { status: "done", ownerPid: process.pid, ownerToken: "x", bytes: 400, bytesRead: 103 }) });
    expect((await importJobView(db(), "percent"))!.progress).toEqual({ bytes: 400, bytesRead: 103, rows: 0, percent: 25 });
    expect(await importJobView(db(), "no-such-job")).toBeNull();
  });
});

describe("an import as one call", () => {
  it("returns the report, or throws the job's error as the domain error it was", async () => {
    expect(await importFile(db(), ACTOR, "name,region\nМедиатор Один,Акмолинская область\n", OPTIONS)).toMatchObject({ dryRun: true, total: 1, created: 1 });
    const refused = importFile(db(), ACTOR, "name,region\nМедиатор Два,Несуществующая область\n", { ...OPTIONS, dryRun: false });
    await expect(refused).rejects.toBeInstanceOf(Invalid);
    await expect(refused).rejects.toMatchObject({ code: "import_problems", field: "file" });
  });
});
