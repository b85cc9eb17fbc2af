-- Structured court facts (issue 8, item 7) and court history (item 8).
-- The free-text "address" stays as it is: sources and imports give one line, and it is shown where no
-- visiting address in parts is known. The addresses in parts are new and start empty.
ALTER TABLE "Entry" ADD COLUMN "visitingAddress" TEXT;
ALTER TABLE "Entry" ADD COLUMN "postalAddress" TEXT;
ALTER TABLE "Entry" ADD COLUMN "accessibilityFeatures" TEXT NOT NULL DEFAULT '[]';
ALTER TABLE "Entry" ADD COLUMN "formerNames" TEXT NOT NULL DEFAULT '[]';

-- A phone's or an e-mail's purpose is now one of chancellery, reception, information, fax, hotline.
-- Free-text purposes that say one of these are carried over as it ("office" and "приёмная" are the reception);
-- any other purpose is dropped, the number or address itself kept.
CREATE TEMP TABLE "purpose_word" ("word" TEXT PRIMARY KEY, "purpose" TEXT NOT NULL);
INSERT INTO "purpose_word" VALUES
  ('chancellery', 'chancellery'), ('канцелярия', 'chancellery'), ('кеңсе', 'chancellery'),
  ('reception', 'reception'), ('office', 'reception'), ('приёмная', 'reception'), ('приемная', 'reception'), ('қабылдау', 'reception'),
  ('information', 'information'), ('справочная', 'information'), ('анықтама', 'information'), ('info', 'information'),
  ('fax', 'fax'), ('факс', 'fax'),
  ('hotline', 'hotline'), ('телефон доверия', 'hotline'), ('горячая линия', 'hotline'), ('сенім телефоны', 'hotline');

UPDATE "Entry" SET "phones" = (
  SELECT json_group_array(json(CASE WHEN w."purpose" IS NULL THEN json_object('number', json_extract(p."value", '$.number'))
                                    ELSE json_object('number', json_extract(p."value", '$.number'), 'purpose', w."purpose") END))
  FROM json_each("Entry"."phones") p LEFT JOIN "purpose_word" w ON w."word" = lower(trim(json_extract(p."value", '$.purpose')))
) WHERE json_valid("phones") AND "phones" LIKE '%"purpose"%';

UPDATE "Entry" SET "emails" = (
  SELECT json_group_array(json(CASE WHEN w."purpose" IS NULL THEN json_object('address', json_extract(p."value", '$.address'))
                                    ELSE json_object('address', json_extract(p."value", '$.address'), 'purpose', w."purpose") END))
  FROM json_each("Entry"."emails") p LEFT JOIN "purpose_word" w ON w."word" = lower(trim(json_extract(p."value", '$.purpose')))
) WHERE json_valid("emails") AND "emails" LIKE '%"purpose"%';

DROP TABLE "purpose_word";
