import { languageList, specialisationList } from "../../db/list-columns";
import { ENTRY_KINDS, type CourtKind, type EntryKind } from "../../directory/kinds";
import type { EntryFilter, MarkerFields } from "../repository";
import { entryFilterSql } from "./entry-filter-sql";
import type { SqliteReader } from "./reader";
import type { TypoIndex } from "../../search/typos";

/** Coordinates to 5 decimals (about a metre): the markers' JSON stays small and no precision we have is lost. */
const COORDINATE_DECIMALS = 5;

type Row = Omit<MarkerFields, "sample" | "kind" | "courtKind" | "languages" | "specialisations"> & {
  kind: string;
  courtKind: string | null;
  sample: number | bigint | boolean;
  languages: string;
  specialisations: string;
};

export async function markerRows(reader: SqliteReader, filter: EntryFilter, typos?: TypoIndex): Promise<MarkerFields[]> {
  const sql = entryFilterSql(filter, typos);
  if (!sql) return [];
  // Without text the rows come in seq order and are grouped by kind here: sorting 100 000 rows by kind in
  // SQL held the thread for its first step, before any row could be handed over.
  const order = sql.text ? `bm25("entry_fts"), e."seq"` : `e."seq"`;
  const rows = await reader.longRows<Row>(
    `SELECT e."id" AS id, e."kind" AS kind, NULLIF(e."courtKind", '') AS courtKind, NULLIF(e."nameKk", '') AS nameKk, NULLIF(e."nameRu", '') AS nameRu,
       NULLIF(e."nameEn", '') AS nameEn, e."regionIso" AS regionIso, NULLIF(e."locality", '') AS locality, e."sample" AS sample,
       ROUND(e."lat", ${COORDINATE_DECIMALS}) AS lat, ROUND(e."lng", ${COORDINATE_DECIMALS}) AS lng,
       e."languages" AS languages, e."specialisations" AS specialisations
     ${sql.from} ORDER BY ${order}`,
    sql.params,
  );
  const markers = rows.map((r) => ({
    ...r,
    kind: r.kind as EntryKind,
    courtKind: r.courtKind as CourtKind | null,
    sample: Number(r.sample) === 1,
    languages: languageList.parse(r.languages),
    specialisations: specialisationList.parse(r.specialisations),
  }));
  return sql.text ? markers : ENTRY_KINDS.flatMap((kind) => markers.filter((m) => m.kind === kind));
}
