import { randomUUID } from "node:crypto";
import os from "node:os";
import { DomainError, Internal, restoreDomainError, storeDomainError, TooLarge, Conflict, type StoredDomainError } from "../errors";
import { connectionOf, type Db } from "../db/client";
import type { WriteActor } from "../directory/write";
import type { ImportJobSchema, ImportReport } from "../validation/import";
import type { z } from "zod";
import { runImport, type ImportOptions, type ImportProgress } from "./run";
import { removeAbandonedStages } from "./stage";

// An import is a job: started (a row in ImportJob), run off the request path (lib/import/job-thread.ts in a
// worker thread, or the CLI's own process), and asked about by id. The row names the process running it,
// so a job whose process is gone (a restart, kill -9) is reported failed rather than running forever.

/**
 * This process, as a job's owner; with the pid, since a restarted server often gets the same pid back. The
 * host name goes first: instances on several machines share one PostgreSQL database, and another machine's
 * pid cannot be asked about here.
 */
const OWNER_HOST = os.hostname();
const OWNER_TOKEN = `${OWNER_HOST}/${randomUUID()}`;

/** A job of another machine counts as interrupted once it has not written its progress for this long. */
const SILENT_JOB_MS = 10 * 60_000;

export type ImportJobStatus = "queued" | "running" | "done" | "failed";

/** A job as lib sees it: its error kept as a domain error record (lib/api gives it its HTTP status). */
export type ImportJobView = Omit<z.infer<typeof ImportJobSchema>, "error"> & { error: StoredDomainError | null };

const INTERRUPTED = storeDomainError(
  new Internal("import_interrupted", "The import stopped before it finished (its server or process was stopped); nothing of it was written. Run it again."),
);

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Marks failed every queued or running job whose process is gone, and removes staged rows no job owns. */
export async function failInterruptedJobs(db: Db): Promise<void> {
  const open = await db.importJob.findMany({ where: { status: { in: ["queued", "running"] } }, select: { id: true, ownerPid: true, ownerToken: true, updatedAt: true } });
  const interrupted = (j: (typeof open)[number]) => {
    const host = j.ownerToken.includes("/") ? j.ownerToken.slice(0, j.ownerToken.indexOf("/")) : OWNER_HOST;
    if (host !== OWNER_HOST) return Date.now() - j.updatedAt.getTime() > SILENT_JOB_MS;
    return j.ownerPid === process.pid ? j.ownerToken !== OWNER_TOKEN : !alive(j.ownerPid);
  };
  const gone = open.filter(interrupted).map((j) => j.id);
  if (gone.length > 0) {
    await db.importJob.updateMany({
      where: { id: { in: gone }, status: { in: ["queued", "running"] } },
      data: { status: "failed", phase: "finished", error: JSON.stringify(INTERRUPTED), finishedAt: new Date() },
    });
  }
  await removeAbandonedStages(db);
}

/** A new queued job. One import at a time: a second while one is queued or running is a 409. */
export async function createImportJob(db: Db, actor: WriteActor, options: ImportOptions & { encoding: string }, bytes: number): Promise<string> {
  await failInterruptedJobs(db);
  const running = await db.importJob.findFirst({ where: { status: { in: ["queued", "running"] } }, select: { id: true } });
  if (running) throw new Conflict("import_running", `Another import is running (job ${running.id}); wait until it has finished`, "file", { jobId: running.id });
  const id = randomUUID();
  await db.importJob.create({
    data: {
      id,
      dryRun: options.dryRun,
      fileName: options.fileName,
      format: options.format,
      kind: options.defaultKind,
      encoding: options.encoding,
      bytes,
      actorId: actor.id,
      actorName: actor.name,
      ownerPid: process.pid,
      ownerToken: OWNER_TOKEN,
    },
  });
  return id;
}

const PROGRESS_EVERY_MS = 250;

/** Runs a queued job to its end on `db`; the outcome (report or error) goes into the job's row, never thrown. */
export async function runImportJob(db: Db, jobId: string, actor: WriteActor, bytes: Uint8Array, options: ImportOptions, onProgress?: (p: ImportProgress) => void): Promise<void> {
  await db.importJob.update({ where: { id: jobId }, data: { status: "running", phase: "reading" } });
  const record = progressRecorder(db, jobId);
  let last = 0;
  const progress = (p: ImportProgress) => {
    onProgress?.(p);
    const now = Date.now();
    if (p.phase === "reading" && now - last < PROGRESS_EVERY_MS) return;
    last = now;
    record(p);
  };
  try {
    // The job is marked done in the transaction that applies the import: done exactly when its rows are there.
    // Stryker disable next-line BooleanLiteral: else finish() below records the same outcome a moment later; only a process killed in between tells them apart
    const report = await runImport(db, actor, bytes, options, { id: jobId, progress, recordsJob: true });
    await finish(db, jobId, { status: "done", report: JSON.stringify(report), rows: report.total, bytesRead: bytes.length });
  } catch (error) {
    if (!(error instanceof DomainError)) console.error(error);
    await finish(db, jobId, { status: "failed", error: JSON.stringify(jobError(error)) });
  }
}

/**
 * Writes a job's progress without waiting for it: synchronously on SQLite's connection; on PostgreSQL in
 * the background, only while the job runs (so a late one cannot undo its end).
 */
function progressRecorder(db: Db, jobId: string): (p: ImportProgress) => void {
  const connection = connectionOf(db);
  if (connection) {
    const update = connection.prepare(`UPDATE "ImportJob" SET "phase" = ?, "bytesRead" = ?, "rows" = ?, "encoding" = ?, "updatedAt" = ? WHERE "id" = ?`);
    return (p) => update.run(p.phase, p.bytesRead, p.rows, p.encoding, new Date().toISOString().replace("Z", "+00:00"), jobId);
  }
  return (p) => {
    db.importJob
      .updateMany({ where: { id: jobId, status: "running" }, data: { phase: p.phase, bytesRead: p.bytesRead, rows: p.rows, encoding: p.encoding } })
      .catch((error: unknown) => console.error(error));
  };
}

export function jobError(error: unknown): StoredDomainError {
  if (error instanceof DomainError) return storeDomainError(error);
  if (error instanceof Error && ((error as NodeJS.ErrnoException).code === "ERR_WORKER_OUT_OF_MEMORY" || /heap/i.test(error.message))) {
    return storeDomainError(new TooLarge("The file is too large to import at once; split it into smaller files", "file"));
  }
  return storeDomainError(new Internal("internal_error", "The import failed on our side; nothing of it was written"));
}

/** Records a job's end (unless it has one already). */
export async function finish(db: Db, jobId: string, outcome: { status: "done" | "failed"; report?: string; error?: string; rows?: number; bytesRead?: number }) {
  await db.importJob.updateMany({ where: { id: jobId, status: { in: ["queued", "running"] } }, data: { ...outcome, phase: "finished", finishedAt: new Date() } });
}

export async function importJobView(db: Db, id: string): Promise<ImportJobView | null> {
  await failInterruptedJobs(db);
  const job = await db.importJob.findUnique({ where: { id } });
  if (!job) return null;
  return {
    id: job.id,
    status: job.status as ImportJobStatus,
    phase: job.phase,
    dryRun: job.dryRun,
    fileName: job.fileName,
    format: job.format,
    encoding: job.encoding,
    progress: { bytes: job.bytes, bytesRead: job.bytesRead, rows: job.rows, percent: job.bytes ? Math.floor((100 * job.bytesRead) / job.bytes) : 100 },
    report: job.report ? (JSON.parse(job.report) as ImportReport) : null,
    error: job.error ? (JSON.parse(job.error) as StoredDomainError) : null,
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}

/**
 * The import as one call in this process (the CLI, tests, benches): a job created and run to its end. The
 * report, or the job's error thrown again as the domain error it was.
 */
export async function importFile(db: Db, actor: WriteActor, file: Uint8Array | string, options: ImportOptions, onProgress?: (p: ImportProgress) => void): Promise<ImportReport> {
  const bytes = typeof file === "string" ? new TextEncoder().encode(file) : file;
  const id = await createImportJob(db, actor, { ...options, encoding: options.encoding ?? "auto" }, bytes.length);
  await runImportJob(db, id, actor, bytes, options, onProgress);
  const job = (await importJobView(db, id))!;
  if (job.report) return job.report;
  throw restoreDomainError(job.error ?? INTERRUPTED);
}
