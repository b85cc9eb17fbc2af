import type { Entry } from "../../db/generated/client";
import type { PostgresqlReader } from "./reader";

/** Every active court of the country, region by region: the access figures' courts and the completeness worklist. */
export function activeCourts(reader: PostgresqlReader): Promise<Entry[]> {
  // COLLATE "C": the order SQLite gives text (bytewise), whatever the database's collation.
  return reader.entries(`e."kind" = 'court' AND e."status" = 'active' ORDER BY e."regionIso" COLLATE "C", e."seq"`, []);
}
