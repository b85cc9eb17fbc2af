import { TypoIndex } from "../../search/typos";
import { keptUntilChange } from "../shared/kept-until-change";
import { changeCounter } from "./change-counter";
import type { PostgresqlReader } from "./reader";

/** The typo index over the indexed words' Latin forms, as on SQLite, read from the words' statistics (ts_stat). */
export function searchVocabulary(reader: PostgresqlReader): () => Promise<TypoIndex> {
  return keptUntilChange(
    () => changeCounter(reader),
    () =>
      reader
        .rows<{ word: string }>(`SELECT "word" FROM ts_stat('SELECT "searchWords" FROM "Entry"') WHERE "word" ~ '^[a-z]{4,}$'`, [])
        .then((rows) => new TypoIndex(rows.map((r) => r.word))),
  );
}
