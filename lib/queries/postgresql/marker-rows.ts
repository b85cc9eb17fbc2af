import type { TypoIndex } from "../../search/typos";
import type { EntryFilter, MarkerFields } from "../repository";
import { markerFields, type MarkerRow } from "../shared/marker-fields";
import { COORDINATE_DECIMALS } from "../shared/search-limits";
import { entryFilterSql } from "./entry-filter-sql";
import { textOrder } from "./entry-search";
import type { PostgresqlReader } from "./reader";

export async function markerRows(reader: PostgresqlReader, filter: EntryFilter, typos?: TypoIndex): Promise<MarkerFields[]> {
  const sql = entryFilterSql(filter, typos);
  if (!sql) return [];
  const rows = await reader.rows<MarkerRow>(
    `SELECT e."id", e."kind", NULLIF(e."courtKind", '') AS "courtKind", NULLIF(e."nameKk", '') AS "nameKk", NULLIF(e."nameRu", '') AS "nameRu",
       NULLIF(e."nameEn", '') AS "nameEn", e."regionIso", NULLIF(e."locality", '') AS "locality", e."sample",
       ROUND(e."lat"::numeric, ${COORDINATE_DECIMALS})::float8 AS "lat", ROUND(e."lng"::numeric, ${COORDINATE_DECIMALS})::float8 AS "lng",
       e."languages", e."specialisations"
     ${sql.from} ORDER BY ${textOrder(sql)}`,
    sql.params,
  );
  return markerFields(rows, sql.query !== null);
}
