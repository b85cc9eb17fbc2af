import type { Db } from "../../db/client";
import type { DirectoryRepository } from "../repository";
import { areas } from "../shared/areas";
import { entryById } from "../shared/entry-by-id";
import { activeEntriesAfter } from "../shared/export-batch";
import { regionCounts } from "../shared/region-counts";
import { activeCourts } from "./active-courts";
import { changeCounter } from "./change-counter";
import { entriesFormerlyNamed } from "./court-facts";
import { entriesBySeq, searchEntries } from "./entry-search";
import { locatedEntries } from "./located-entries";
import { markerRows } from "./marker-rows";
import { postgresqlReader } from "./reader";
import { regionCourts } from "./region-courts";
import { searchVocabulary } from "./search-vocabulary";

/**
 * The PostgreSQL + PostGIS engine: the same questions as lib/queries/sqlite/, the hot ones in PostgreSQL's own
 * SQL (a GIN index on the folded search words, GiST on the point, jsonb for the list columns) straight on the
 * pool; the rest through Prisma's query API, shared with SQLite (lib/queries/shared/).
 */
export function postgresqlRepository(db: Db): DirectoryRepository {
  const reader = postgresqlReader(db);
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
