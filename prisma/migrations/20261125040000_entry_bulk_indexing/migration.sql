-- A bulk creation (lib/directory/write.ts createEntries) fills the full-text and spatial indexes and bumps
-- "entry_change" once, set-based, at the end: row-by-row trigger inserts into FTS5 made a 100 000-row
-- import superlinear (bench/import.ts). While the bulk row is in "entry_bulk" — only ever inside that
-- transaction, so no other connection sees it — the insert triggers stand aside.
CREATE TABLE "entry_bulk" ("id" INTEGER NOT NULL PRIMARY KEY CHECK ("id" = 1), "afterSeq" INTEGER NOT NULL);

DROP TRIGGER "entry_ai";
CREATE TRIGGER "entry_ai" AFTER INSERT ON "Entry" WHEN NOT EXISTS (SELECT 1 FROM "entry_bulk") BEGIN
    INSERT INTO "entry_fts" ("rowid", "searchText") VALUES (new."seq", new."searchText");
    INSERT INTO "entry_rtree" SELECT new."seq", new."lat", new."lat", new."lng", new."lng"
        WHERE new."lat" IS NOT NULL AND new."lng" IS NOT NULL;
END;

DROP TRIGGER "entry_change_ai";
CREATE TRIGGER "entry_change_ai" AFTER INSERT ON "Entry" WHEN NOT EXISTS (SELECT 1 FROM "entry_bulk") BEGIN
    UPDATE "entry_change" SET "seq" = "seq" + 1 WHERE "id" = 1;
END;
