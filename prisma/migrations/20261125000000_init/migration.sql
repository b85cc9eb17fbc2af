-- CreateTable
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

-- CreateTable
CREATE TABLE "District" (
    "kato" TEXT NOT NULL PRIMARY KEY,
    "sourceId" TEXT NOT NULL,
    "regionIso" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "nameKk" TEXT NOT NULL,
    "nameRu" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "geometry" TEXT NOT NULL,
    CONSTRAINT "District_regionIso_fkey" FOREIGN KEY ("regionIso") REFERENCES "Region" ("iso") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Entry" (
    "seq" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "courtKind" TEXT,
    "courtLevel" TEXT,
    "nameKk" TEXT,
    "nameRu" TEXT,
    "nameEn" TEXT,
    "regionIso" TEXT,
    "districtKato" TEXT,
    "locality" TEXT,
    "address" TEXT,
    "phones" TEXT NOT NULL DEFAULT '[]',
    "emails" TEXT NOT NULL DEFAULT '[]',
    "website" TEXT,
    "openingHours" TEXT,
    "services" TEXT NOT NULL DEFAULT '[]',
    "accessibility" TEXT,
    "licenceNumber" TEXT,
    "languages" TEXT NOT NULL DEFAULT '[]',
    "lat" REAL,
    "lng" REAL,
    "precision" TEXT,
    "locationNote" TEXT,
    "source" TEXT NOT NULL,
    "sourceDigest" TEXT,
    "sample" BOOLEAN NOT NULL DEFAULT false,
    "status" TEXT NOT NULL DEFAULT 'active',
    "replacedById" TEXT,
    "searchText" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "verifiedAt" DATETIME,
    CONSTRAINT "Entry_regionIso_fkey" FOREIGN KEY ("regionIso") REFERENCES "Region" ("iso") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Entry_districtKato_fkey" FOREIGN KEY ("districtKato") REFERENCES "District" ("kato") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Region_kato_key" ON "Region"("kato");

-- CreateIndex
CREATE UNIQUE INDEX "District_sourceId_key" ON "District"("sourceId");

-- CreateIndex
CREATE INDEX "District_regionIso_idx" ON "District"("regionIso");

-- CreateIndex
CREATE UNIQUE INDEX "Entry_id_key" ON "Entry"("id");

-- CreateIndex
CREATE INDEX "Entry_kind_status_idx" ON "Entry"("kind", "status");

-- CreateIndex
CREATE INDEX "Entry_regionIso_kind_idx" ON "Entry"("regionIso", "kind");

-- CreateIndex
CREATE INDEX "Entry_courtKind_idx" ON "Entry"("courtKind");

-- CreateIndex
CREATE INDEX "Entry_districtKato_idx" ON "Entry"("districtKato");

-- Not modelled by Prisma: the full-text index (FTS5 folds Cyrillic and Kazakh case, LIKE does not) and
-- the spatial index for bbox queries. Triggers keep both in step with every write to "Entry", whoever makes it.
CREATE VIRTUAL TABLE "entry_fts" USING fts5(
    "searchText",
    content = 'Entry',
    content_rowid = 'seq',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE VIRTUAL TABLE "entry_rtree" USING rtree("seq", "minLat", "maxLat", "minLng", "maxLng");

CREATE TRIGGER "entry_ai" AFTER INSERT ON "Entry" BEGIN
    INSERT INTO "entry_fts" ("rowid", "searchText") VALUES (new."seq", new."searchText");
    INSERT INTO "entry_rtree" SELECT new."seq", new."lat", new."lat", new."lng", new."lng"
        WHERE new."lat" IS NOT NULL AND new."lng" IS NOT NULL;
END;

CREATE TRIGGER "entry_ad" AFTER DELETE ON "Entry" BEGIN
    INSERT INTO "entry_fts" ("entry_fts", "rowid", "searchText") VALUES ('delete', old."seq", old."searchText");
    DELETE FROM "entry_rtree" WHERE "seq" = old."seq";
END;

CREATE TRIGGER "entry_au_text" AFTER UPDATE OF "searchText" ON "Entry" BEGIN
    INSERT INTO "entry_fts" ("entry_fts", "rowid", "searchText") VALUES ('delete', old."seq", old."searchText");
    INSERT INTO "entry_fts" ("rowid", "searchText") VALUES (new."seq", new."searchText");
END;

CREATE TRIGGER "entry_au_location" AFTER UPDATE OF "lat", "lng" ON "Entry" BEGIN
    DELETE FROM "entry_rtree" WHERE "seq" = old."seq";
    INSERT INTO "entry_rtree" SELECT new."seq", new."lat", new."lat", new."lng", new."lng"
        WHERE new."lat" IS NOT NULL AND new."lng" IS NOT NULL;
END;

-- Bumped on every change of an entry, so in-memory indexes (nearest) know when to rebuild.
CREATE TABLE "entry_change" ("id" INTEGER NOT NULL PRIMARY KEY CHECK ("id" = 1), "seq" INTEGER NOT NULL);
INSERT INTO "entry_change" ("id", "seq") VALUES (1, 0);

CREATE TRIGGER "entry_change_ai" AFTER INSERT ON "Entry" BEGIN
    UPDATE "entry_change" SET "seq" = "seq" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "entry_change_au" AFTER UPDATE ON "Entry" BEGIN
    UPDATE "entry_change" SET "seq" = "seq" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "entry_change_ad" AFTER DELETE ON "Entry" BEGIN
    UPDATE "entry_change" SET "seq" = "seq" + 1 WHERE "id" = 1;
END;
