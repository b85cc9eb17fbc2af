import { ENTRY_KINDS, type CourtKind, type EntryKind } from "../../directory/kinds";
import type { EntryFilter, MarkerFields } from "../repository";
import { entryFilterSql } from "./entry-filter-sql";
import type { SqliteReader } from "./reader";

/** Coordinates to 5 decimals (about a metre): the markers' JSON stays small and no precision we have is lost. */
const COORDINATE_DECIMALS = 5;

const KIND_ORDER = `CASE e."kind" ${ENTRY_KINDS.map((k, i) => `WHEN '${k}' THEN ${i}`).join(" ")} END`;

type Row = Omit<MarkerFields, "sample" | "kind" | "courtKind"> & { kind: string; courtKind: string | null; sample: number | bigint | boolean };

export async function markerRows(reader: SqliteReader, filter: EntryFilter): Promise<MarkerFields[]> {
  const sql = entryFilterSql(filter);
  if (!sql) return [];
  const order = sql.text ? `bm25("entry_fts"), e."seq"` : `${KIND_ORDER}, e."seq"`;
  const rows = await reader.rows<Row>(
    `SELECT e."id" AS id, e."kind" AS kind, NULLIF(e."courtKind", '') AS courtKind, NULLIF(e."nameKk", '') AS nameKk, NULLIF(e."nameRu", '') AS nameRu,
       NULLIF(e."nameEn", '') AS nameEn, e."regionIso" AS regionIso, NULLIF(e."locality", '') AS locality, e."sample" AS sample,
       ROUND(e."lat", ${COORDINATE_DECIMALS}) AS lat, ROUND(e."lng", ${COORDINATE_DECIMALS}) AS lng
     ${sql.from} ORDER BY ${order}`,
    sql.params,
  );
  return rows.map((r) => ({ ...r, kind: r.kind as EntryKind, courtKind: r.courtKind as CourtKind | null, sample: Number(r.sample) === 1 }));
}
