import type { Db } from "../../db/client";
import type { Entry } from "../../db/generated/client";

export function entryById(db: Db, id: string): Promise<Entry | null> {
  return db.entry.findUnique({ where: { id } });
}
