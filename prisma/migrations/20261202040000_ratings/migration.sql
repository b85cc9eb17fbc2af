-- Citizens' ratings of courts on the Supreme Court's four criteria (lib/ratings). A rating counts at once;
-- a later rating from the same browser for the same court and criterion within 30 days replaces it
-- (`replacedAt`, `replacedById`), so only current ratings (replacedAt IS NULL) are counted.
-- Neither the browser token nor the client address is stored: only keyed hashes (HMAC) of them.
CREATE TABLE "Rating" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "entryId" TEXT NOT NULL,
    "criterion" TEXT NOT NULL CHECK ("criterion" IN ('comfort', 'service', 'personnel', 'procedures')),
    "score" INTEGER NOT NULL CHECK ("score" BETWEEN 1 AND 5),
    "good" TEXT NOT NULL DEFAULT '[]',
    "bad" TEXT NOT NULL DEFAULT '[]',
    "browserTokenHash" TEXT NOT NULL,
    "clientHash" TEXT NOT NULL,
    "sample" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "replacedAt" DATETIME,
    "replacedById" INTEGER,
    CONSTRAINT "Rating_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
-- The replacement rule's lookup: this browser's current rating of this court on this criterion.
CREATE INDEX "Rating_entryId_criterion_browserTokenHash_idx" ON "Rating"("entryId", "criterion", "browserTokenHash");

CREATE TABLE "RatingComment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "ratingId" INTEGER NOT NULL,
    "entryId" TEXT NOT NULL,
    "text" TEXT NOT NULL CHECK (length("text") BETWEEN 1 AND 1000),
    "status" TEXT NOT NULL DEFAULT 'pending' CHECK ("status" IN ('pending', 'approved', 'rejected')),
    "reason" TEXT CHECK ("reason" IS NULL OR length("reason") <= 1000),
    "reviewerId" TEXT,
    "reviewerName" TEXT,
    "reviewedAt" DATETIME,
    "reply" TEXT CHECK ("reply" IS NULL OR length("reply") <= 1000),
    "replyById" TEXT,
    "replyByName" TEXT,
    "repliedAt" DATETIME,
    "sample" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "RatingComment_ratingId_fkey" FOREIGN KEY ("ratingId") REFERENCES "Rating" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "RatingComment_ratingId_key" ON "RatingComment"("ratingId");
CREATE INDEX "RatingComment_entryId_status_id_idx" ON "RatingComment"("entryId", "status", "id");
CREATE INDEX "RatingComment_status_id_idx" ON "RatingComment"("status", "id");

-- Current ratings counted per court, criterion and month of rating: a court's aggregates (count, mean,
-- distribution, monthly trend) and the tables read these few rows instead of every rating (bench/ratings.ts:
-- a court with 1 000 000 ratings in the database). Kept by the triggers below in the writing transaction, so
-- it can never disagree with Rating. Not a Prisma model: only lib/queries reads it.
CREATE TABLE "rating_tally" (
    "entryId" TEXT NOT NULL,
    "criterion" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "n1" INTEGER NOT NULL DEFAULT 0,
    "n2" INTEGER NOT NULL DEFAULT 0,
    "n3" INTEGER NOT NULL DEFAULT 0,
    "n4" INTEGER NOT NULL DEFAULT 0,
    "n5" INTEGER NOT NULL DEFAULT 0,
    "samples" INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY ("entryId", "criterion", "month")
) WITHOUT ROWID;

CREATE TRIGGER "rating_tally_insert" AFTER INSERT ON "Rating" WHEN NEW."replacedAt" IS NULL BEGIN
    INSERT INTO "rating_tally" ("entryId", "criterion", "month", "n1", "n2", "n3", "n4", "n5", "samples")
    VALUES (NEW."entryId", NEW."criterion", substr(NEW."createdAt", 1, 7),
            NEW."score" = 1, NEW."score" = 2, NEW."score" = 3, NEW."score" = 4, NEW."score" = 5, NEW."sample" <> 0)
    ON CONFLICT ("entryId", "criterion", "month") DO UPDATE SET
        "n1" = "n1" + excluded."n1", "n2" = "n2" + excluded."n2", "n3" = "n3" + excluded."n3",
        "n4" = "n4" + excluded."n4", "n5" = "n5" + excluded."n5", "samples" = "samples" + excluded."samples";
END;

CREATE TRIGGER "rating_tally_replace" AFTER UPDATE OF "replacedAt" ON "Rating"
WHEN OLD."replacedAt" IS NULL AND NEW."replacedAt" IS NOT NULL BEGIN
    UPDATE "rating_tally" SET
        "n1" = "n1" - (OLD."score" = 1), "n2" = "n2" - (OLD."score" = 2), "n3" = "n3" - (OLD."score" = 3),
        "n4" = "n4" - (OLD."score" = 4), "n5" = "n5" - (OLD."score" = 5), "samples" = "samples" - (OLD."sample" <> 0)
    WHERE "entryId" = OLD."entryId" AND "criterion" = OLD."criterion" AND "month" = substr(OLD."createdAt", 1, 7);
END;
