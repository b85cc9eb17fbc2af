-- A practitioner's areas of practice (lib/directory/kinds.ts SPECIALISATIONS), JSON like "languages": the
-- public map and the API filter by them (issue 12).
ALTER TABLE "Entry" ADD COLUMN "specialisations" TEXT NOT NULL DEFAULT '[]';
