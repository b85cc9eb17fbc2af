-- Imports run as background jobs (lib/import/jobs.ts). A job row outlives the process that ran it, so a
-- restart reports an interrupted job as failed instead of forgetting it.
CREATE TABLE "ImportJob" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "phase" TEXT NOT NULL DEFAULT 'queued',
    "dryRun" BOOLEAN NOT NULL,
    "fileName" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "encoding" TEXT NOT NULL,
    "bytes" INTEGER NOT NULL,
    "bytesRead" INTEGER NOT NULL DEFAULT 0,
    "rows" INTEGER NOT NULL DEFAULT 0,
    "actorId" TEXT,
    "actorName" TEXT NOT NULL,
    "ownerPid" INTEGER NOT NULL,
    "ownerToken" TEXT NOT NULL,
    "report" TEXT,
    "error" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "finishedAt" DATETIME
);
CREATE INDEX "ImportJob_status_idx" ON "ImportJob"("status");

-- What a real import will write, staged in short transactions while the file is read, then moved into
-- Entry/Revision in one short transaction (lib/import/stage.ts). Rows of a job that did not finish are
-- removed by the next import. Not a Prisma model: only raw SQL touches it.
CREATE TABLE "import_stage" (
    "jobId" TEXT NOT NULL,
    "n" INTEGER NOT NULL,
    "action" TEXT NOT NULL CHECK ("action" IN ('create', 'update')),
    "entryId" TEXT NOT NULL,
    "baseVersion" INTEGER,
    "entry" TEXT NOT NULL,
    "changes" TEXT NOT NULL,
    PRIMARY KEY ("jobId", "n")
);
