-- The whole schema on PostgreSQL + PostGIS as of prisma/migrations/20261202050000_practitioner_filters: the
-- same tables and columns as the SQLite migrations build (prisma/postgresql/schema.prisma is generated from
-- the SQLite schema), created at once since no PostgreSQL database predates it. Later changes get a migration
-- in each engine's folder.
CREATE EXTENSION IF NOT EXISTS postgis;
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TABLE "Region" (
    "iso" TEXT NOT NULL PRIMARY KEY,
    "kato" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "nameKk" TEXT NOT NULL,
    "nameRu" TEXT NOT NULL,
    "nameRuAlt" TEXT,
    "nameEn" TEXT NOT NULL,
    "geometry" TEXT NOT NULL
);
CREATE UNIQUE INDEX "Region_kato_key" ON "Region"("kato");

CREATE TABLE "District" (
    "kato" TEXT NOT NULL PRIMARY KEY,
    "sourceId" TEXT NOT NULL,
    "regionIso" TEXT NOT NULL REFERENCES "Region" ("iso") ON DELETE RESTRICT ON UPDATE CASCADE,
    "type" TEXT NOT NULL,
    "nameKk" TEXT NOT NULL,
    "nameRu" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "geometry" TEXT NOT NULL
);
CREATE UNIQUE INDEX "District_sourceId_key" ON "District"("sourceId");
CREATE INDEX "District_regionIso_idx" ON "District"("regionIso");

-- The search text folded as SQLite's FTS5 (unicode61 remove_diacritics) folds it: Latin letters lose their
-- diacritics, Cyrillic and Kazakh letters are kept (the text is lower case with ё→е already, lib/search/text.ts).
-- unaccent() is only STABLE (its dictionary could change); this wrapper names the dictionary, so a generated
-- column may use it.
CREATE FUNCTION "search_fold"(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

CREATE TABLE "Entry" (
    "seq" SERIAL NOT NULL PRIMARY KEY,
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "courtKind" TEXT,
    "courtLevel" TEXT,
    "nameKk" TEXT,
    "nameRu" TEXT,
    "nameEn" TEXT,
    "regionIso" TEXT REFERENCES "Region" ("iso") ON DELETE SET NULL ON UPDATE CASCADE,
    "districtKato" TEXT REFERENCES "District" ("kato") ON DELETE SET NULL ON UPDATE CASCADE,
    "locality" TEXT,
    "address" TEXT,
    "visitingAddress" TEXT,
    "postalAddress" TEXT,
    "phones" TEXT NOT NULL DEFAULT '[]',
    "emails" TEXT NOT NULL DEFAULT '[]',
    "website" TEXT,
    "openingHours" TEXT,
    "services" TEXT NOT NULL DEFAULT '[]',
    "accessibility" TEXT,
    "accessibilityFeatures" TEXT NOT NULL DEFAULT '[]',
    "formerNames" TEXT NOT NULL DEFAULT '[]',
    "licenceNumber" TEXT,
    "languages" TEXT NOT NULL DEFAULT '[]',
    "specialisations" TEXT NOT NULL DEFAULT '[]',
    "lat" DOUBLE PRECISION,
    "lng" DOUBLE PRECISION,
    "precision" TEXT,
    "locationNote" TEXT,
    "source" TEXT NOT NULL,
    "sourceDigest" TEXT,
    "sample" BOOLEAN NOT NULL DEFAULT false,
    "status" TEXT NOT NULL DEFAULT 'active',
    "replacedById" TEXT,
    "searchText" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "verifiedAt" TIMESTAMP(3),
    "ownerId" TEXT,
    "importBatchId" TEXT,
    "licenceIssuedOn" TEXT,
    "memberSince" TEXT,
    -- Not in the Prisma model: derived by PostgreSQL on every write, whoever makes it (SQLite's triggers
    -- into FTS5 and the R*Tree do the same there). The point for nearest (KNN <->) and bbox, on a GiST index;
    -- the words of the search text for prefix search, on a GIN index.
    "location" geography(Point, 4326) GENERATED ALWAYS AS (
        CASE WHEN "lat" IS NOT NULL AND "lng" IS NOT NULL THEN ST_SetSRID(ST_MakePoint("lng", "lat"), 4326)::geography END
    ) STORED,
    "searchWords" tsvector GENERATED ALWAYS AS (
        array_to_tsvector(array_remove(string_to_array("search_fold"("searchText"), ' '), ''))
    ) STORED
);
CREATE UNIQUE INDEX "Entry_id_key" ON "Entry"("id");
CREATE INDEX "Entry_kind_status_idx" ON "Entry"("kind", "status");
CREATE INDEX "Entry_regionIso_kind_idx" ON "Entry"("regionIso", "kind");
CREATE INDEX "Entry_courtKind_idx" ON "Entry"("courtKind");
CREATE INDEX "Entry_districtKato_idx" ON "Entry"("districtKato");
CREATE INDEX "Entry_ownerId_idx" ON "Entry"("ownerId");
CREATE INDEX "Entry_licenceNumber_idx" ON "Entry"("licenceNumber");
CREATE INDEX "Entry_seq_status_idx" ON "Entry"("seq", "status");
CREATE INDEX "Entry_location_idx" ON "Entry" USING GIST ("location");
-- The bbox filter reads the point as planar longitude/latitude (the box's edges are parallels and meridians).
CREATE INDEX "Entry_location_box_idx" ON "Entry" USING GIST (("location"::geometry));
CREATE INDEX "Entry_searchWords_idx" ON "Entry" USING GIN ("searchWords");

-- Bumped by every statement that changes entries, so every instance's in-memory indexes (nearest, places,
-- typos) and caches know when to rebuild: they read it from here, not from their own process.
CREATE TABLE "entry_change" ("id" INTEGER NOT NULL PRIMARY KEY CHECK ("id" = 1), "seq" BIGINT NOT NULL);
INSERT INTO "entry_change" ("id", "seq") VALUES (1, 0);
CREATE FUNCTION "entry_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE "entry_change" SET "seq" = "seq" + 1 WHERE "id" = 1;
    RETURN NULL;
END $$;
CREATE TRIGGER "entry_change" AFTER INSERT OR UPDATE OR DELETE ON "Entry" FOR EACH STATEMENT EXECUTE FUNCTION "entry_changed"();

CREATE TABLE "User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "emailVerified" BOOLEAN NOT NULL DEFAULT false,
    "image" TEXT,
    "role" TEXT NOT NULL DEFAULT 'practitioner',
    "regions" TEXT NOT NULL DEFAULT '[]',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL
);
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

CREATE TABLE "Session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "token" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "ipAddress" TEXT,
    "userAgent" TEXT,
    "userId" TEXT NOT NULL REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "Session_token_key" ON "Session"("token");
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

CREATE TABLE "Account" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "accountId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "userId" TEXT NOT NULL REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    "accessToken" TEXT,
    "refreshToken" TEXT,
    "idToken" TEXT,
    "accessTokenExpiresAt" TIMESTAMP(3),
    "refreshTokenExpiresAt" TIMESTAMP(3),
    "scope" TEXT,
    "password" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL
);
CREATE INDEX "Account_userId_idx" ON "Account"("userId");

CREATE TABLE "Verification" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "identifier" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL
);
CREATE INDEX "Verification_identifier_idx" ON "Verification"("identifier");

CREATE TABLE "Revision" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "entryId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "actorId" TEXT REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    "actorName" TEXT NOT NULL,
    "changes" TEXT NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE UNIQUE INDEX "Revision_entryId_version_key" ON "Revision"("entryId", "version");

CREATE TABLE "ChangeRequest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "type" TEXT NOT NULL,
    "entryId" TEXT,
    "regionIso" TEXT,
    "userId" TEXT REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    "clientHash" TEXT,
    "contact" TEXT,
    "sourceUrl" TEXT,
    "payload" TEXT NOT NULL,
    "decisions" TEXT,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "reason" TEXT,
    "reviewerId" TEXT REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3)
);
CREATE INDEX "ChangeRequest_status_regionIso_idx" ON "ChangeRequest"("status", "regionIso");
CREATE INDEX "ChangeRequest_userId_idx" ON "ChangeRequest"("userId");
CREATE INDEX "ChangeRequest_clientHash_status_idx" ON "ChangeRequest"("clientHash", "status");
CREATE INDEX "ChangeRequest_entryId_status_idx" ON "ChangeRequest"("entryId", "status");

CREATE TABLE "FactSource" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "entryId" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "sourceUrl" TEXT,
    "publishedOn" TEXT,
    "confidence" TEXT,
    "proposedBy" TEXT,
    "approvedBy" TEXT,
    "requestId" TEXT,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX "FactSource_entryId_field_idx" ON "FactSource"("entryId", "field");

CREATE TABLE "CourtInvite" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "entryId" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "createdById" TEXT REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "usedById" TEXT REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "CourtInvite_codeHash_key" ON "CourtInvite"("codeHash");
CREATE INDEX "CourtInvite_entryId_idx" ON "CourtInvite"("entryId");

CREATE TABLE "ImportBatch" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "source" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "actorId" TEXT,
    "actorName" TEXT NOT NULL,
    "created" INTEGER NOT NULL,
    "updated" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
);

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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "finishedAt" TIMESTAMP(3)
);
CREATE INDEX "ImportJob_status_idx" ON "ImportJob"("status");

-- What a real import will write, staged while the file is read, then moved into Entry/Revision in one
-- transaction (lib/import/stage.ts). "entry" is the row's columns as JSON, as on SQLite.
CREATE TABLE "import_stage" (
    "jobId" TEXT NOT NULL,
    "n" INTEGER NOT NULL,
    "action" TEXT NOT NULL CHECK ("action" IN ('create', 'update')),
    "entryId" TEXT NOT NULL,
    "baseVersion" INTEGER,
    "entry" JSONB NOT NULL,
    "changes" TEXT NOT NULL,
    PRIMARY KEY ("jobId", "n")
);

CREATE TABLE "Rating" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "entryId" TEXT NOT NULL REFERENCES "Entry" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    "criterion" TEXT NOT NULL CHECK ("criterion" IN ('comfort', 'service', 'personnel', 'procedures')),
    "score" INTEGER NOT NULL CHECK ("score" BETWEEN 1 AND 5),
    "good" TEXT NOT NULL DEFAULT '[]',
    "bad" TEXT NOT NULL DEFAULT '[]',
    "browserTokenHash" TEXT NOT NULL,
    "clientHash" TEXT NOT NULL,
    "sample" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "replacedAt" TIMESTAMP(3),
    "replacedById" INTEGER
);
CREATE INDEX "Rating_entryId_criterion_browserTokenHash_idx" ON "Rating"("entryId", "criterion", "browserTokenHash");

CREATE TABLE "RatingComment" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "ratingId" INTEGER NOT NULL REFERENCES "Rating" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    "entryId" TEXT NOT NULL,
    "text" TEXT NOT NULL CHECK (length("text") BETWEEN 1 AND 1000),
    "status" TEXT NOT NULL DEFAULT 'pending' CHECK ("status" IN ('pending', 'approved', 'rejected')),
    "reason" TEXT CHECK ("reason" IS NULL OR length("reason") <= 1000),
    "reviewerId" TEXT,
    "reviewerName" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "reply" TEXT CHECK ("reply" IS NULL OR length("reply") <= 1000),
    "replyById" TEXT,
    "replyByName" TEXT,
    "repliedAt" TIMESTAMP(3),
    "sample" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE UNIQUE INDEX "RatingComment_ratingId_key" ON "RatingComment"("ratingId");
CREATE INDEX "RatingComment_entryId_status_id_idx" ON "RatingComment"("entryId", "status", "id");
CREATE INDEX "RatingComment_status_id_idx" ON "RatingComment"("status", "id");

-- Current ratings per court, criterion and month (as on SQLite), kept by the triggers below in the writing
-- transaction.
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
);
CREATE FUNCTION "rating_tallied"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' AND NEW."replacedAt" IS NULL THEN
        INSERT INTO "rating_tally" ("entryId", "criterion", "month", "n1", "n2", "n3", "n4", "n5", "samples")
        VALUES (NEW."entryId", NEW."criterion", to_char(NEW."createdAt", 'YYYY-MM'),
                (NEW."score" = 1)::int, (NEW."score" = 2)::int, (NEW."score" = 3)::int, (NEW."score" = 4)::int,
                (NEW."score" = 5)::int, NEW."sample"::int)
        ON CONFLICT ("entryId", "criterion", "month") DO UPDATE SET
            "n1" = "rating_tally"."n1" + excluded."n1", "n2" = "rating_tally"."n2" + excluded."n2",
            "n3" = "rating_tally"."n3" + excluded."n3", "n4" = "rating_tally"."n4" + excluded."n4",
            "n5" = "rating_tally"."n5" + excluded."n5", "samples" = "rating_tally"."samples" + excluded."samples";
    ELSIF TG_OP = 'UPDATE' AND OLD."replacedAt" IS NULL AND NEW."replacedAt" IS NOT NULL THEN
        UPDATE "rating_tally" SET
            "n1" = "n1" - (OLD."score" = 1)::int, "n2" = "n2" - (OLD."score" = 2)::int, "n3" = "n3" - (OLD."score" = 3)::int,
            "n4" = "n4" - (OLD."score" = 4)::int, "n5" = "n5" - (OLD."score" = 5)::int, "samples" = "samples" - OLD."sample"::int
        WHERE "entryId" = OLD."entryId" AND "criterion" = OLD."criterion" AND "month" = to_char(OLD."createdAt", 'YYYY-MM');
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER "rating_tally" AFTER INSERT OR UPDATE OF "replacedAt" ON "Rating" FOR EACH ROW EXECUTE FUNCTION "rating_tallied"();

-- Per-client request counts shared by every instance (lib/net/rate-limit-store.ts: rate-limiter-flexible's
-- PostgreSQL store, in its own layout; expired rows are deleted by it every few minutes).
CREATE TABLE "rate_limit" (
    "key" VARCHAR(255) NOT NULL PRIMARY KEY,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT
);
