import type { Entry } from "../../db/generated/client";
import type { SqliteReader } from "./reader";

/** Every active court of the country, in load order: the access figures' courts (serving, nearest of each kind). */
export function activeCourts(reader: SqliteReader): Promise<Entry[]> {
  return reader.entries(`"kind" = 'court' AND "status" = 'active' ORDER BY "seq"`, []);
}
