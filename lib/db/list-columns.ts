import type { AccessibilityFeature, FrontOfficeService, Specialisation } from "../directory/kinds";

// The columns that hold a list as JSON text (an entry's phones, e-mails, services and languages, a user's
// regions, a revision's changes): read and written here and nowhere else, so the storage format has one home.

// A purpose is written from CONTACT_PURPOSES; rows written before that rule (or by hand) may hold other text,
// which the API leaves out (lib/directory/serialize.ts).
export interface StoredPhone {
  number: string;
  purpose?: string;
}

export interface StoredEmail {
  address: string;
  purpose?: string;
}

export interface StoredAddress {
  postalCode?: string;
  locality?: string;
  street?: string;
  building?: string;
  office?: string;
}

export interface StoredFormerName {
  name: string;
  lang: "kk" | "ru" | "en";
  until?: string; // yyyy-mm-dd
}

export interface ListColumn<T> {
  /** The list a column holds; text that is not a JSON list (a hand-edited row) reads as empty. */
  parse(text: string | null | undefined): T[];
  serialize(items: readonly T[]): string;
}

export function listColumn<T>(): ListColumn<T> {
  return {
    parse(text) {
      if (!text) return [];
      try {
        const value: unknown = JSON.parse(text);
        return Array.isArray(value) ? (value as T[]) : [];
      } catch {
        return [];
      }
    },
    serialize: (items) => JSON.stringify(items),
  };
}

export const phoneList = listColumn<StoredPhone>();
export const emailList = listColumn<StoredEmail>();
export const serviceList = listColumn<FrontOfficeService>();
export const languageList = listColumn<string>();
export const accessibilityList = listColumn<AccessibilityFeature>();
export const specialisationList = listColumn<Specialisation>();
export const formerNameList = listColumn<StoredFormerName>();

/** An address column: a JSON object of its known parts, or null when none is known. */
export const addressColumn = {
  parse(text: string | null | undefined): StoredAddress | null {
    if (!text) return null;
    try {
      const value: unknown = JSON.parse(text);
      return value && typeof value === "object" && !Array.isArray(value) ? (value) : null;
    } catch {
      return null;
    }
  },
  /** Only the parts given, in a fixed order (so an unchanged address stores the same text); null when none is. */
  serialize(address: StoredAddress | null | undefined): string | null {
    if (!address) return null;
    const parts = (["postalCode", "locality", "street", "building", "office"] as const).filter((k) => address[k]).map((k) => [k, address[k]]);
    return parts.length ? JSON.stringify(Object.fromEntries(parts)) : null;
  },
};
/** An editor's regions (ISO codes). */
export const regionList = listColumn<string>();

/** What the stored value of an empty list is, for a row written without one. */
export const EMPTY_LIST = listColumn<never>().serialize([]);
