import type { Entry } from "../../db/generated/client";
import type { PostgresqlReader } from "./reader";

export function regionCourts(reader: PostgresqlReader, regionIso: string): Promise<Entry[]> {
  return reader.entries(`e."kind" = 'court' AND e."status" = 'active' AND e."regionIso" = $1 ORDER BY e."seq"`, [regionIso]);
}
