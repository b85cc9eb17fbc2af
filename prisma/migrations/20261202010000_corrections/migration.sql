-- Corrections from visitors, court staff invites and the provenance of each fact (issue 8, items 2-4 and 6).
--
-- ChangeRequest.userId becomes nullable rather than visitors getting a table of their own: a visitor's
-- correction is one more request in the same queue, paged, decided and capped by the same code, and an
-- editor sees one list. A request without an account carries the keyed hash of the client's address
-- (clientHash, for limits and abuse; never the address) and, optionally, a contact only editors read.
-- SQLite cannot drop NOT NULL in place: the table is redefined (the runner turns foreign keys off around it).
CREATE TABLE "new_ChangeRequest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "type" TEXT NOT NULL,
    "entryId" TEXT,
    "regionIso" TEXT,
    "userId" TEXT,
    "clientHash" TEXT,
    "contact" TEXT,
    "sourceUrl" TEXT,
    "payload" TEXT NOT NULL,
    "decisions" TEXT,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "reason" TEXT,
    "reviewerId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" DATETIME,
    CONSTRAINT "ChangeRequest_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ChangeRequest_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_ChangeRequest" ("id", "type", "entryId", "regionIso", "userId", "payload", "status", "reason", "reviewerId", "createdAt", "decidedAt")
SELECT "id", "type", "entryId", "regionIso", "userId", "payload", "status", "reason", "reviewerId", "createdAt", "decidedAt" FROM "ChangeRequest";
DROP TABLE "ChangeRequest";
ALTER TABLE "new_ChangeRequest" RENAME TO "ChangeRequest";
CREATE INDEX "ChangeRequest_status_regionIso_idx" ON "ChangeRequest"("status", "regionIso");
CREATE INDEX "ChangeRequest_userId_idx" ON "ChangeRequest"("userId");
CREATE INDEX "ChangeRequest_clientHash_status_idx" ON "ChangeRequest"("clientHash", "status");
CREATE INDEX "ChangeRequest_entryId_status_idx" ON "ChangeRequest"("entryId", "status");

-- Where one fact of an entry came from: published on a page (the loader), or proposed by a visitor, court
-- staff or a practitioner and approved by an editor. Written in the transaction that changes the entry.
CREATE TABLE "FactSource" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "entryId" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "sourceUrl" TEXT,
    "publishedOn" TEXT,
    "confidence" TEXT,
    "proposedBy" TEXT,
    "approvedBy" TEXT,
    "requestId" TEXT,
    "recordedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX "FactSource_entryId_field_idx" ON "FactSource"("entryId", "field");

-- A one-time invite making an account the staff of one court. Only the code's SHA-256 is kept.
CREATE TABLE "CourtInvite" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "entryId" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "usedById" TEXT,
    CONSTRAINT "CourtInvite_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "CourtInvite_usedById_fkey" FOREIGN KEY ("usedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "CourtInvite_codeHash_key" ON "CourtInvite"("codeHash");
CREATE INDEX "CourtInvite_entryId_idx" ON "CourtInvite"("entryId");
