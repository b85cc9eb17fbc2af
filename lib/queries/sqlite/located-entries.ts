import type { LocatedEntry } from "../repository";
import type { SqliteReader } from "./reader";

/** 100 000 rows through Prisma held the server's thread for seconds: a long read, in slices. */
export function locatedEntries(reader: SqliteReader): Promise<LocatedEntry[]> {
  return reader.longRows<LocatedEntry>(
    `SELECT "seq" AS seq, "kind" AS kind, "courtKind" AS courtKind, "lat" AS lat, "lng" AS lng FROM "Entry"
     WHERE "status" = 'active' AND "lat" IS NOT NULL AND "lng" IS NOT NULL`,
    [],
  );
}
