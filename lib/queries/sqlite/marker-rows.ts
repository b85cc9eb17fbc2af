import type { EntryFilter, MarkerFields } from "../repository";
import { entryFilterSql } from "./entry-filter-sql";
import type { SqliteReader } from "./reader";
import type { TypoIndex } from "../../search/typos";
import { markerFields, type MarkerRow } from "../shared/marker-fields";
import { COORDINATE_DECIMALS } from "../shared/search-limits";

export async function markerRows(reader: SqliteReader, filter: EntryFilter, typos?: TypoIndex): Promise<MarkerFields[]> {
  const sql = entryFilterSql(filter, typos);
  if (!sql) return [];
  const order = sql.text ? `bm25("entry_fts"), e."seq"` : `e."seq"`;
  const rows = await reader.longRows<MarkerRow>(
    `SELECT e."id" AS id, e."kind" AS kind, NULLIF(e."courtKind", '') AS courtKind, NULLIF(e."nameKk", '') AS nameKk, NULLIF(e."nameRu", '') AS nameRu,
       NULLIF(e."nameEn", '') AS nameEn, e."regionIso" AS regionIso, NULLIF(e."locality", '') AS locality, e."sample" AS sample,
       ROUND(e."lat", ${COORDINATE_DECIMALS}) AS lat, ROUND(e."lng", ${COORDINATE_DECIMALS}) AS lng,
       e."languages" AS languages, e."specialisations" AS specialisations
     ${sql.from} ORDER BY ${order}`,
    sql.params,
  );
  return markerFields(rows, sql.text);
}
