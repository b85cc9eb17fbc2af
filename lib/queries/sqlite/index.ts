import type { Db } from "../../db/client";
import type { DirectoryRepository } from "../repository";
import { activeCourts } from "./active-courts";
import { areas } from "../shared/areas";
import { changeCounter } from "./change-counter";
import { entriesFormerlyNamed } from "./court-facts";
import { entryById } from "../shared/entry-by-id";
import { entriesBySeq, searchEntries } from "./entry-search";
import { activeEntriesAfter } from "../shared/export-batch";
import { locatedEntries } from "./located-entries";
import { markerRows } from "./marker-rows";
import { sqliteReader } from "./reader";
import { regionCourts } from "./region-courts";
import { regionCounts } from "../shared/region-counts";
import { searchVocabulary } from "./search-vocabulary";

/**
 * The SQLite engine. The hot questions (search, markers, nearest rows and index, serving courts, the change counter)
 * are SQL of SQLite's own (FTS5, R*Tree, json_each) on the read-only connection; the rest go through
 * Prisma's query API, which another engine's Prisma adapter would run unchanged.
 */
export function sqliteRepository(db: Db): DirectoryRepository {
  const reader = sqliteReader(db);
  const typos = searchVocabulary(reader);
  return {
    entryById: (id) => entryById(db, id),
    entriesBySeq: (seqs) => entriesBySeq(reader, seqs),
    searchEntries: async (filter, limit, offset) => searchEntries(reader, filter, limit, offset, filter.q ? await typos() : undefined),
    markers: async (filter) => markerRows(reader, filter, filter.q ? await typos() : undefined),
    locatedEntries: () => locatedEntries(reader),
    changeCounter: () => changeCounter(reader),
    regionCourts: (regionIso) => regionCourts(reader, regionIso),
    activeCourts: () => activeCourts(reader),
    regionCounts: () => regionCounts(db),
    areas: () => areas(db),
    activeEntriesAfter: (afterSeq, limit) => activeEntriesAfter(db, afterSeq, limit),
    entriesFormerlyNamed: (name) => entriesFormerlyNamed(reader, name),
  };
}
