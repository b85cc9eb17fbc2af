import type { Entry } from "../../db/generated/client";
import type { SqliteReader } from "./reader";

/** The active entries that list `name` among their former names: where a merged entry's work went. */
export function entriesFormerlyNamed(reader: SqliteReader, name: string): Promise<Entry[]> {
  return reader.entries(
    `"status" = 'active' AND "formerNames" <> '[]' AND EXISTS (SELECT 1 FROM json_each("Entry"."formerNames") f WHERE json_extract(f."value", '$.name') = ?) ORDER BY "seq"`,
    [name],
  );
}
