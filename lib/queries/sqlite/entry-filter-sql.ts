import { ftsMatchQuery } from "../../search/text";
import type { TypoIndex } from "../../search/typos";
import type { EntryFilter } from "../repository";

export interface EntryFilterSql {
  /** `FROM "Entry" e … WHERE …`, the entry aliased `e`. */
  from: string;
  params: unknown[];
  /** Whether the FTS5 index is joined (as `"entry_fts"`), so bm25() can rank. */
  text: boolean;
}

/**
 * The filter as SQL, shared by the paged list and the map's markers so both select the same entries.
 * Text goes through the FTS5 index and the bbox through the R*Tree, so neither scans the table.
 * null when the text can match nothing (e.g. only punctuation).
 */
export function entryFilterSql(filter: EntryFilter, typos?: TypoIndex): EntryFilterSql | null {
  const joins: string[] = [];
  const where: string[] = [];
  const params: unknown[] = [];
  const status = filter.status ?? "active";
  if (status !== "any") {
    where.push(`e."status" = ?`);
    params.push(status);
  }
  const match = filter.q ? ftsMatchQuery(filter.q, typos) : null;
  if (filter.q !== undefined && filter.q.trim() !== "" && match === null) return null;
  if (match) {
    joins.push(`JOIN "entry_fts" f ON f.rowid = e."seq"`);
    where.push(`"entry_fts" MATCH ?`);
    params.push(match);
  }
  if (filter.bbox) {
    const [w, s, e, n] = filter.bbox;
    joins.push(`JOIN "entry_rtree" r ON r."seq" = e."seq"`);
    where.push(`r."minLat" >= ? AND r."maxLat" <= ? AND r."minLng" >= ? AND r."maxLng" <= ?`);
    params.push(s, n, w, e);
  }
  if (filter.kinds?.length) {
    where.push(`e."kind" IN (${filter.kinds.map(() => "?").join(",")})`);
    params.push(...filter.kinds);
  }
  if (filter.courtKinds?.length) {
    where.push(`e."courtKind" IN (${filter.courtKinds.map(() => "?").join(",")})`);
    params.push(...filter.courtKinds);
  }
  // Every value asked for (an entry speaking kk and ru matches language=kk,ru; one speaking only kk does not).
  for (const [column, values] of [["languages", filter.languages], ["specialisations", filter.specialisations]] as const) {
    for (const value of new Set(values ?? [])) {
      where.push(`EXISTS (SELECT 1 FROM json_each(e."${column}") WHERE "value" = ?)`);
      params.push(value);
    }
  }
  if (filter.region) {
    where.push(`e."regionIso" = ?`);
    params.push(filter.region);
  }
  return { from: `FROM "Entry" e ${joins.join(" ")} WHERE ${where.length ? where.join(" AND ") : "1"}`, params, text: match !== null };
}
