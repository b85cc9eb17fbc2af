import type { Entry } from "../../db/generated/client";
import type { PostgresqlReader } from "./reader";

/** The active entries that list `name` among their former names: where a merged entry's work went. */
export function entriesFormerlyNamed(reader: PostgresqlReader, name: string): Promise<Entry[]> {
  return reader.entries(`e."status" = 'active' AND e."formerNames" <> '[]' AND e."formerNames"::jsonb @> jsonb_build_array(jsonb_build_object('name', $1::text)) ORDER BY e."seq"`, [name]);
}
