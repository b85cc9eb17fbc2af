import type { Entry } from "../../db/generated/client";
import type { SqliteReader } from "./reader";

export function regionCourts(reader: SqliteReader, regionIso: string): Promise<Entry[]> {
  return reader.entries(`"kind" = 'court' AND "status" = 'active' AND "regionIso" = ? ORDER BY "seq"`, [regionIso]);
}
