import type { FrontOfficeService, Specialisation } from "../directory/kinds";

// The columns that hold a list as JSON text (an entry's phones, e-mails, services and languages, a user's
// regions, a revision's changes): read and written here and nowhere else, so the storage format has one home.

export interface StoredPhone {
  number: string;
  purpose?: string;
}

export interface StoredEmail {
  address: string;
  purpose?: string;
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
export const specialisationList = listColumn<Specialisation>();
/** An editor's regions (ISO codes). */
export const regionList = listColumn<string>();

/** What the stored value of an empty list is, for a row written without one. */
export const EMPTY_LIST = listColumn<never>().serialize([]);
