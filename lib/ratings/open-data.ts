import { stringify } from "csv-stringify/sync";
import { inert } from "../directory/export";
import type { RatingTable } from "../validation/ratings";

// The ratings table as open data: the same rows as the JSON, never a token, hash or comment text.
export const RATING_CSV_COLUMNS = [
  "rank", "entryId", "nameKk", "nameRu", "nameEn", "regionIso", "courtKind", "criterion",
  "count", "mean", "score", "negativeShare", "n1", "n2", "n3", "n4", "n5", "sample",
] as const;

const number = (n: number | null) => (n === null ? "" : String(Math.round(n * 10000) / 10000));

export function ratingTableCsv(table: RatingTable): string {
  const rows = table.items.map((r) => [
    r.rank ?? "", r.entryId, inert(r.name.kk ?? ""), inert(r.name.ru ?? ""), inert(r.name.en ?? ""), r.regionIso ?? "", r.courtKind ?? "",
    table.criterion ?? "all", r.count, number(r.mean), number(r.score), number(r.negativeShare), ...r.distribution, r.sample ? "true" : "false",
  ]);
  return "\uFEFF" + stringify([[...RATING_CSV_COLUMNS], ...rows]);
}
