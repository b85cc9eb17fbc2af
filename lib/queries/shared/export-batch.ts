import type { Db } from "../../db/client";
import type { Entry } from "../../db/generated/client";

export function activeEntriesAfter(db: Db, afterSeq: number, limit: number): Promise<Entry[]> {
  return db.entry.findMany({ where: { status: "active", seq: { gt: afterSeq } }, orderBy: { seq: "asc" }, take: limit });
}
