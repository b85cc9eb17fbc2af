import { languageList, specialisationList } from "../../db/list-columns";
import type { LocatedEntry } from "../repository";
import type { SqliteReader } from "./reader";

/** 100 000 rows through Prisma held the server's thread for seconds: a long read, in slices. */
export async function locatedEntries(reader: SqliteReader): Promise<LocatedEntry[]> {
  const rows = await reader.longRows<Omit<LocatedEntry, "languages" | "specialisations"> & { languages: string; specialisations: string }>(
    `SELECT "seq" AS seq, "kind" AS kind, "courtKind" AS courtKind, "lat" AS lat, "lng" AS lng, "languages" AS languages,
       "specialisations" AS specialisations FROM "Entry"
     WHERE "status" = 'active' AND "lat" IS NOT NULL AND "lng" IS NOT NULL`,
    [],
  );
  return rows.map((r) => ({ ...r, languages: languageList.parse(r.languages), specialisations: specialisationList.parse(r.specialisations) }));
}
