import type { Entry } from "../../db/generated/client";
import type { SqliteReader } from "./reader";

/** Every active court of the country, region by region: the access figures' courts and the completeness worklist. */
export function activeCourts(reader: SqliteReader): Promise<Entry[]> {
  return reader.entries(`"kind" = 'court' AND "status" = 'active' ORDER BY "regionIso", "seq"`, []);
}
