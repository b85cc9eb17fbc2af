import type { Db } from "../../db/client";
import type { LocatedEntry } from "../repository";

export async function locatedEntries(db: Db): Promise<LocatedEntry[]> {
  const rows = await db.entry.findMany({
    where: { status: "active", lat: { not: null }, lng: { not: null } },
    select: { seq: true, kind: true, courtKind: true, lat: true, lng: true },
  });
  return rows.map((r) => ({ ...r, lat: r.lat!, lng: r.lng! }));
}
