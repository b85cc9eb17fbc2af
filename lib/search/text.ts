import { transliterate } from "./transliterate";

/** Lower case with ё→е (FTS5's unicode61 does not fold it); Kazakh letters are kept as they are. */
export function normalize(text: string): string {
  return text.normalize("NFC").toLowerCase().replace(/ё/g, "е");
}

/** Words as FTS5's unicode61 tokenizer sees them: runs of letters and digits. */
export function words(text: string): string[] {
  return normalize(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

const digitsOnly = (s: string) => s.replace(/\D/g, "");

/** Phone numbers as people type them: +77012345678, 87012345678 and 7012345678 all find the entry. */
function phoneForms(e164: string): string[] {
  const d = digitsOnly(e164);
  if (d.length === 11 && d.startsWith("7")) return [d, `8${d.slice(1)}`, d.slice(1)];
  return d ? [d] : [];
}

export interface Searchable {
  names: (string | null | undefined)[];
  locality?: string | null;
  address?: string | null;
  phones: string[];
}

/** The text the full-text index holds for an entry: its words, their Latin form, and phone digit forms. */
export function searchTextOf(entry: Searchable): string {
  const text = [...entry.names, entry.locality, entry.address].filter(Boolean).join(" ");
  const ws = words(text);
  const latin = ws.map(transliterate).filter((w, i) => w !== ws[i]);
  return [...ws, ...latin, ...entry.phones.flatMap(phoneForms)].join(" ");
}

/**
 * A user's query as an FTS5 MATCH expression: every word must match as a prefix, in the original script
 * or in its Latin form. Returns null when the query has no searchable word.
 */
export function ftsMatchQuery(q: string): string | null {
  const ws = words(q).slice(0, 12);
  if (ws.length === 0) return null;
  return ws
    .map((w) => {
      const latin = transliterate(w);
      const forms = latin === w ? [w] : [w, latin];
      return `(${forms.map((f) => `"${f}"*`).join(" OR ")})`;
    })
    .join(" AND ");
}
