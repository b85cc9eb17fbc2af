-- Search by place names, typos and prefixes (issue 11).
-- 1. The full-text index is made again with prefix indexes for 2 and 3 characters: a 3-letter prefix query
--    ("Мар"*) then reads one index entry per match instead of merging every term that starts so (bench/search.ts).
--    Same name, same columns: the triggers on "Entry" and the bulk writer (lib/directory/write.ts) go on as before.
-- 2. fts5vocab over it: the indexed words, from which the typo index is built (lib/queries/sqlite/search-vocabulary.ts).
-- The search text itself now holds the names of each entry's place (lib/places/aliases.ts): it is computed in
-- TypeScript, so the loader recomputes it on start (refreshSearchText in lib/directory/write.ts), and the
-- rebuild below indexes what the rows hold until then.
DROP TABLE "entry_fts";
CREATE VIRTUAL TABLE "entry_fts" USING fts5(
    "searchText",
    content = 'Entry',
    content_rowid = 'seq',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
INSERT INTO "entry_fts" ("entry_fts") VALUES ('rebuild');
CREATE VIRTUAL TABLE "entry_fts_vocab" USING fts5vocab("entry_fts", 'row');
