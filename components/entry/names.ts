import { isLocale, type Locale } from "@/i18n/locales";
import type { ApiEntry } from "@/lib/validation/entry";

const FALLBACK: Record<Locale, Locale[]> = { kk: ["kk", "ru", "en"], ru: ["ru", "kk", "en"], en: ["en", "ru", "kk"] };

/**
 * An entry's name in the page's language, else in the next one that has it (court names exist only in
 * Russian). `lang` is set when the text is not in the page's language, for the lang attribute.
 */
export function entryName(name: ApiEntry["name"], locale: string): { text: string; lang?: string } {
  for (const l of FALLBACK[isLocale(locale) ? locale : "en"]) {
    const text = name[l];
    if (text) return { text, lang: l === locale ? undefined : l };
  }
  return { text: "—" };
}
