import type { ApiEntry } from "@/lib/validation/entry";
import { entryName } from "./names";

/** The name in the page's language or its fallback, with the fallback's lang attribute. */
export function EntryNameText({ name, locale }: { name: ApiEntry["name"]; locale: string }) {
  const { text, lang } = entryName(name, locale);
  return <span lang={lang}>{text}</span>;
}
