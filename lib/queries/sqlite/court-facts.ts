import type { Entry } from "../../db/generated/client";
import type { SqliteReader } from "./reader";

/** Every active court, region by region: what the completeness worklist counts. */
export function activeCourts(reader: SqliteReader): Promise<Entry[]> {
  return reader.entries(`"kind" = 'court' AND "status" = 'active' ORDER BY "regionIso", "seq"`, []);
}

/** The active entries that list `name` among their former names: where a merged entry's work went. */
export function entriesFormerlyNamed(reader: SqliteReader, name: string): Promise<Entry[]> {
  return reader.entries(
    `"status" = 'active' AND "formerNames" <> '[]' AND EXISTS (SELECT 1 FROM json_each("Entry"."formerNames") f WHERE json_extract(f."value", '$.name') = ?) ORDER BY "seq"`,
    [name],
  );
}
