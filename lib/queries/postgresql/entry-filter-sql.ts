import { tsQuery } from "../../search/text";
import type { TypoIndex } from "../../search/typos";
import type { EntryFilter } from "../repository";

export interface EntryFilterSql {
  /** `FROM "Entry" e WHERE …`, the entry aliased `e`. */
  from: string;
  params: unknown[];
  /** The tsquery's parameter (`$n`) when there is text, for ranking. */
  query: string | null;
}

/**
 * The filter as SQL, shared by the paged list and the map's markers so both select the same entries (as
 * lib/queries/sqlite/entry-filter-sql.ts does there). Text goes through the GIN index on the folded words, the
 * bbox through the GiST index on the point. null when the text can match nothing (e.g. only punctuation).
 */
export function entryFilterSql(filter: EntryFilter, typos?: TypoIndex): EntryFilterSql | null {
  const where: string[] = [];
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const status = filter.status ?? "active";
  if (status !== "any") where.push(`e."status" = ${param(status)}`);
  const match = filter.q ? tsQuery(filter.q, typos) : null;
  if (filter.q !== undefined && filter.q.trim() !== "" && match === null) return null;
  let query: string | null = null;
  if (match) {
    // Folded as the stored words are (Latin diacritics off), then read as a tsquery (the terms are letters and digits).
    query = `"search_fold"(${param(match)})::tsquery`;
    where.push(`e."searchWords" @@ ${query}`);
  }
  if (filter.bbox) {
    const [w, s, e, n] = filter.bbox;
    // The index narrows to the box; the exact bounds (inclusive, as SQLite's R*Tree query) decide.
    const [pw, ps, pe, pn] = [w, s, e, n].map(param);
    where.push(`e."location"::geometry && ST_MakeEnvelope(${pw}, ${ps}, ${pe}, ${pn}, 4326)`);
    where.push(`e."lat" BETWEEN ${ps} AND ${pn} AND e."lng" BETWEEN ${pw} AND ${pe}`);
  }
  if (filter.kinds?.length) where.push(`e."kind" = ANY(${param(filter.kinds)}::text[])`);
  if (filter.courtKinds?.length) where.push(`e."courtKind" = ANY(${param(filter.courtKinds)}::text[])`);
  // Every value asked for (an entry speaking kk and ru matches language=kk,ru; one speaking only kk does not).
  for (const [column, values] of [["languages", filter.languages], ["specialisations", filter.specialisations]] as const) {
    if (values?.length) where.push(`e."${column}"::jsonb @> ${param(JSON.stringify([...new Set(values)]))}::jsonb`);
  }
  if (filter.region) where.push(`e."regionIso" = ${param(filter.region)}`);
  return { from: `FROM "Entry" e WHERE ${where.length ? where.join(" AND ") : "TRUE"}`, params, query };
}
