import { languageList, specialisationList } from "../../db/list-columns";
import type { LocatedEntry } from "../repository";
import type { PostgresqlReader } from "./reader";

export async function locatedEntries(reader: PostgresqlReader): Promise<LocatedEntry[]> {
  const rows = await reader.rows<Omit<LocatedEntry, "languages" | "specialisations"> & { languages: string; specialisations: string }>(
    `SELECT "seq", "kind", "courtKind", "lat", "lng", "languages", "specialisations" FROM "Entry"
     WHERE "status" = 'active' AND "lat" IS NOT NULL AND "lng" IS NOT NULL`,
    [],
  );
  return rows.map((r) => ({ ...r, languages: languageList.parse(r.languages), specialisations: specialisationList.parse(r.specialisations) }));
}
