import { transliterate } from "./transliterate";
import type { TypoIndex } from "./typos";

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
  /** The names of the entry's place in other forms and scripts (lib/places/aliases.ts). */
  places?: string[];
  licenceNumber?: string | null;
}

/**
 * The text the full-text index holds for an entry: its words and their place's names (each word once), their
 * Latin form, phone digit forms, and the licence number's digits run together (ЛА-0012345 is typed "0012345").
 */
export function searchTextOf(entry: Searchable): string {
  const own = words([...entry.names, entry.locality, entry.address, entry.licenceNumber].join(" ")); // null joins as ""
  const seen = new Set(own);
  const ws = [...own, ...words((entry.places ?? []).join(" ")).filter((w) => !seen.has(w) && (seen.add(w), true))];
  const latin = ws.map(transliterate).filter((w) => !seen.has(w) && (seen.add(w), true)); // a word already Latin is seen
  const licence = entry.licenceNumber ? digitsOnly(entry.licenceNumber) : "";
  return [...ws, ...latin, ...entry.phones.flatMap(phoneForms), ...(licence.length >= 3 ? [licence] : [])].join(" ");
}

/** A phone as typed, "+7 700 000 60 00", "8 (700) 000-60-00": only digits and phone punctuation, 5+ digits. */
const PHONE_LIKE = /^[\d\s()+\-.]+$/;

const CYRILLIC_WORD = /^\p{Script=Cyrillic}+$/u;

/** One form a query word may take in the index: a prefix of an indexed word, or (a typo's correction) a whole one. */
export interface QueryForm {
  term: string;
  prefix: boolean;
}

/**
 * A user's query as what the index must hold: every word must match as a prefix, in the original script or
 * in its Latin form (each group is one word's forms; the entry needs one form of every group). A Cyrillic
 * word asks its Latin form only: the index holds every word's Latin form beside it (searchTextOf), and the
 * Latin form of a Cyrillic prefix is a prefix of the whole word's (letter by letter; no fold changes a letter
 * for what follows it), so it matches whatever the Cyrillic prefix does; asking both merged the same doclists
 * twice (bench/search.ts, two words: three times slower). Latin input keeps both forms: a fold can depend on
 * the next letter ("matc" → "matk", "match"). A phone typed with spaces, dashes or brackets is one run of
 * digits (the index holds +7…, 8… and the 10-digit forms).
 * With a typo index (the indexed words), a word that starts no indexed word also matches the words within its
 * edit limit (lib/search/typos.ts): only then, so a typo match never competes with an exact or prefix one for
 * that word, and needs no second query to rank below them. Returns null when the query has no searchable word.
 * Each engine writes this in its own syntax (ftsMatchQuery for SQLite's FTS5, tsQuery for PostgreSQL).
 */
export function queryTerms(q: string, typos?: TypoIndex): QueryForm[][] | null {
  const digits = digitsOnly(q);
  if (PHONE_LIKE.test(q) && digits.length >= 5) return [[{ term: digits, prefix: true }]];
  const ws = words(q).slice(0, 12);
  if (ws.length === 0) return null;
  return ws.map((w) => {
    const latin = transliterate(w);
    const forms = (CYRILLIC_WORD.test(w) || latin === w ? [latin] : [w, latin]).map((term) => ({ term, prefix: true }));
    if (typos && /^[a-z]+$/.test(latin) && !typos.hasPrefix(latin)) forms.push(...typos.corrections(latin).map((term) => ({ term, prefix: false })));
    return forms;
  });
}

/** The query as an FTS5 MATCH expression (queryTerms); the terms are letters and digits only, so quoting is safe. */
export function ftsMatchQuery(q: string, typos?: TypoIndex): string | null {
  const groups = queryTerms(q, typos);
  if (!groups) return null;
  return groups.map((forms) => `(${forms.map((f) => `"${f.term}"${f.prefix ? "*" : ""}`).join(" OR ")})`).join(" AND ");
}

/** The query as a PostgreSQL tsquery (queryTerms), lexemes quoted as they are (the index holds the words unparsed). */
export function tsQuery(q: string, typos?: TypoIndex): string | null {
  const groups = queryTerms(q, typos);
  if (!groups) return null;
  return groups.map((forms) => `(${forms.map((f) => `'${f.term}'${f.prefix ? ":*" : ""}`).join(" | ")})`).join(" & ");
}
