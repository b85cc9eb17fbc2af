import { formerNameList, phoneList } from "../db/list-columns";
import { placeAliasesOf } from "../places/aliases";
import { searchTextOf } from "../search/text";

export interface EntryTextFields {
  nameKk?: string | null;
  nameRu?: string | null;
  nameEn?: string | null;
  regionIso?: string | null;
  districtKato?: string | null;
  locality?: string | null;
  address?: string | null;
  licenceNumber?: string | null;
  phones: string; // JSON [{number, purpose?}]
  formerNames?: string | null; // JSON [{name, lang, until?}]: a former name finds the entry too
}

/** The columns the search text is made of: what a recomputation reads (refreshSearchText). */
export const SEARCH_TEXT_COLUMNS = [
  "nameKk", "nameRu", "nameEn", "regionIso", "districtKato", "locality", "address", "licenceNumber", "phones", "formerNames",
] as const satisfies readonly (keyof EntryTextFields)[];

/** Every write of an entry's names, place, licence or phones must store this in Entry.searchText (the FTS5 source). */
export function entrySearchText(e: EntryTextFields): string {
  const phones = phoneList.parse(e.phones).map((p) => p.number);
  const formerNames = formerNameList.parse(e.formerNames).map((n) => n.name);
  return searchTextOf({
    names: [e.nameKk, e.nameRu, e.nameEn, ...formerNames],
    locality: e.locality,
    address: e.address,
    places: placeAliasesOf(e),
    licenceNumber: e.licenceNumber,
    phones,
  });
}
