import { entryName } from "@/components/entry/names";
import type { ApiEntry } from "@/lib/validation/entry";

/** An entry's name as plain text for the admin screens (the public fallback order); its id when it has none. */
export function entryLabel(e: { id: string; name: ApiEntry["name"] }, locale: string): string {
  return Object.values(e.name).some(Boolean) ? entryName(e.name, locale).text : e.id;
}
