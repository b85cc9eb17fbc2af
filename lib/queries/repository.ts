import type { Db } from "../db/client";
import type { District, Entry, Region } from "../db/generated/client";
import type { CourtKind, EntryKind, RegionIso, Specialisation } from "../directory/kinds";
import { engineOfClient } from "../db/engine";
import { postgresqlRepository } from "./postgresql";
import { sqliteRepository } from "./sqlite";

// The questions the product asks of its database, each answered in one module of the engine's folder
// (lib/queries/sqlite/, lib/queries/postgresql/; what both ask through Prisma's query API is in
// lib/queries/shared/). The domain (lib/directory) asks through this interface only; repository() below picks
// the client's engine. The writes stay in
// lib/directory/write.ts, the one writer.

export interface EntryFilter {
  kinds?: EntryKind[];
  courtKinds?: CourtKind[];
  region?: RegionIso;
  q?: string;
  bbox?: [number, number, number, number];
  /** Practitioners who speak every one of these languages. */
  languages?: string[];
  /** Practitioners who practise in every one of these areas. */
  specialisations?: Specialisation[];
  /** The public sees active entries only; the admin table may ask for closed ones or both. */
  status?: "active" | "closed" | "any";
}

/** What a map marker and a result-list line need, names and locality with empty text as null. */
export interface MarkerFields {
  id: string;
  kind: EntryKind;
  courtKind: CourtKind | null;
  nameKk: string | null;
  nameRu: string | null;
  nameEn: string | null;
  regionIso: string | null;
  locality: string | null;
  sample: boolean;
  /** Rounded to 5 decimals (about a metre); null when unlocated. */
  lat: number | null;
  lng: number | null;
  /** For the filters' counts. */
  languages: string[];
  specialisations: Specialisation[];
}

/** A located active entry as the nearest-neighbour index holds it. */
export interface LocatedEntry {
  seq: number;
  kind: string;
  courtKind: string | null;
  languages: string[];
  specialisations: string[];
  lat: number;
  lng: number;
}

export interface DirectoryRepository {
  /** The entry page: one entry by id, any status. */
  entryById(id: string): Promise<Entry | null>;
  /** Entries in the order of `seqs` (unknown ones left out). */
  entriesBySeq(seqs: number[]): Promise<Entry[]>;
  /**
   * A page of the entries matching the filter (ranked by relevance when there is text) and how many match in
   * all; for text, counted up to a limit, past which `total` is the limit and `totalIsLowerBound` true.
   */
  searchEntries(filter: EntryFilter, limit: number, offset: number): Promise<{ items: Entry[]; total: number; totalIsLowerBound: boolean }>;
  /** Every entry matching the filter, courts first then kind by kind (or by relevance for text). */
  markers(filter: EntryFilter): Promise<MarkerFields[]>;
  /** Every located active entry, for the nearest-neighbour index. */
  locatedEntries(): Promise<LocatedEntry[]>;
  /** A number that changes whenever any entry does (the caches' key). */
  changeCounter(): Promise<number>;
  /** The active courts of a region, in load order: the candidates for the courts serving a place. */
  regionCourts(regionIso: string): Promise<Entry[]>;
  /** Every active court of the country, region by region: the access figures (lib/access) and the completeness worklist. */
  activeCourts(): Promise<Entry[]>;
  /** The regions, by ISO code, and the number of active entries of each kind per region. */
  regionCounts(): Promise<{ regions: Region[]; counts: { regionIso: string | null; kind: string; count: number }[] }>;
  /** Every region and district with its outline, for point-in-area lookups. */
  areas(): Promise<{ regions: Region[]; districts: District[] }>;
  /** Up to `limit` active entries after `afterSeq`, in seq order: the open-data export, batch by batch. */
  activeEntriesAfter(afterSeq: number, limit: number): Promise<Entry[]>;
  /** Active entries with `name` among their former names (a merged court's successors). */
  entriesFormerlyNamed(name: string): Promise<Entry[]>;
}

const repositories = new WeakMap<Db, DirectoryRepository>();

/** The repository of a client, built once per client, of the client's engine (lib/db/engine.ts). */
export function repository(db: Db): DirectoryRepository {
  let repo = repositories.get(db);
  if (!repo) {
    repo = engineOfClient(db) === "postgresql" ? postgresqlRepository(db) : sqliteRepository(db);
    repositories.set(db, repo);
  }
  return repo;
}
