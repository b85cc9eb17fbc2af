import type { Db } from "../db/client";
import { repository } from "../queries/repository";
import type { ApiEntry } from "../validation/entry";
import { toApiEntry } from "./serialize";

/**
 * Where a closed entry's work went: the successor it names, or else the active entries that carry its name
 * among their former names (a court merged into two, as Shymkent's district courts were in 2023).
 */
export async function successorsOf(db: Db, entry: ApiEntry): Promise<ApiEntry[]> {
  if (entry.status !== "closed") return [];
  const repo = repository(db);
  if (entry.replacedBy) {
    const successor = await repo.entryById(entry.replacedBy);
    return successor ? [toApiEntry(successor)] : [];
  }
  const names = [...new Set([entry.name.ru, entry.name.kk, entry.name.en].filter((n): n is string => !!n))];
  const found = new Map<string, ApiEntry>();
  for (const name of names) for (const row of await repo.entriesFormerlyNamed(name)) if (row.id !== entry.id) found.set(row.id, toApiEntry(row));
  return [...found.values()];
}
