// Text search over 100 000 entries through listEntries (FTS5, the API's path): p50/p99 per query kind.
// Queries are drawn (seeded) from the entries themselves. Usage: npm run bench:search [-- --sizes=100000]
import Database from "better-sqlite3";
import { createDb } from "../lib/db/client";
import { listEntries } from "../lib/directory/entries";
import { findPlaces } from "../lib/places";
import { placeCatalogue } from "../lib/places/catalogue";
import { DATA_DIR } from "../lib/directory/load";
import { transliterate } from "../lib/search/transliterate";
import { sizesArg } from "./lib/args";
import { benchDatabase } from "./lib/dataset";
import { median, percentile, seededRandom, timeEach } from "./lib/stats";
import { printTable } from "./lib/table";

const PER_KIND = 300;
const LIMIT = 20;

const places = placeCatalogue(DATA_DIR).filter((p) => p.kind !== "district");
let placeName = () => "";

function queries(file: string): Record<string, string[]> {
  const sqlite = new Database(file, { readonly: true });
  const rows = sqlite.prepare(`SELECT "nameRu", "locality" FROM "Entry" WHERE "nameRu" IS NOT NULL ORDER BY "seq"`).all() as {
    nameRu: string;
    locality: string | null;
  }[];
  sqlite.close();
  const rand = seededRandom(7);
  placeName = () => {
    const place = places[Math.floor(rand() * places.length)]!;
    return place.aliases[Math.floor(rand() * place.aliases.length)]!;
  };
  const pick = () => rows[Math.floor(rand() * rows.length)]!;
  const word = () => {
    const r = pick();
    const words = rand() < 0.5 || !r.locality ? r.nameRu.split(/\s+/) : r.locality.split(/\s+/);
    return words[Math.floor(rand() * Math.min(words.length, 3))]!.replace(/[^\p{L}\p{N}-]/gu, "") || "суд";
  };
  const kinds: Record<string, () => string> = {
    "prefix (3 letters, Cyrillic)": () => word().slice(0, 3),
    "Cyrillic word": word,
    "transliterated (Latin)": () => transliterate(word().toLowerCase()),
    "two words (surname + name)": () => pick().nameRu.split(/\s+/).slice(0, 2).join(" "),
    // A word of 5+ letters with one letter changed (one edit: within the rule for 5–8 letters, and 2 for 9+).
    "typo (one letter changed)": () => {
      let w = word();
      for (let tries = 0; [...w].length < 5 && tries < 20; tries++) w = word();
      const i = 1 + Math.floor(rand() * (w.length - 2));
      const [a, o] = /[a-z]/i.test(w[i]!) ? ["a", "o"] : ["а", "о"]; // a letter of the word's own script
      return w.slice(0, i) + (w[i] === a ? o : a) + w.slice(i + 1);
    },
    // A place's name in one of its forms (Өскемен, Oskemen, Усть-Каменогорск…): entries there or named after it.
    "place name (any script)": () => placeName(),
  };
  return Object.fromEntries(Object.entries(kinds).map(([k, make]) => [k, Array.from({ length: PER_KIND }, make)]));
}

async function main() {
  const rows: Record<string, string | number>[] = [];
  for (const size of sizesArg([100_000])) {
    const file = await benchDatabase(size);
    const db = createDb(file);
    try {
      for (const [kind, qs] of Object.entries(queries(file))) {
        for (const q of qs.slice(0, 30)) await listEntries(db, { q }, LIMIT); // warm-up
        let totals = 0;
        const times = await timeEach(qs, async (q) => (totals += (await listEntries(db, { q }, LIMIT)).total));
        rows.push({
          entries: size,
          query: kind,
          example: qs[0]!,
          "mean matches": Math.round(totals / qs.length),
          "p50 (ms)": median(times),
          "p99 (ms)": percentile(times, 99),
        });
      }
    } finally {
      await db.$disconnect();
    }
  }
  printTable(`Text search (listEntries, limit ${LIMIT}, with total): ${PER_KIND} queries per kind`, rows);
  printTable(`Places (findPlaces, limit 8): ${PER_KIND} queries per kind`, await placeRows());
}

/** The place index alone (in memory, the same for any directory size): names as typed, their prefixes, typos. */
async function placeRows(): Promise<Record<string, string | number>[]> {
  const rand = seededRandom(11);
  const name = () => {
    const place = places[Math.floor(rand() * places.length)]!;
    return place.aliases[Math.floor(rand() * place.aliases.length)]!;
  };
  const kinds: Record<string, () => string> = {
    "whole name": name,
    "prefix (3 letters)": () => name().slice(0, 3),
    "typo (one letter changed)": () => {
      const n = name();
      const i = 1 + Math.floor(rand() * Math.max(1, n.length - 2));
      return n.slice(0, i) + "x" + n.slice(i + 1);
    },
  };
  findPlaces("warm-up", 8);
  const rows: Record<string, string | number>[] = [];
  for (const [kind, make] of Object.entries(kinds)) {
    const qs = Array.from({ length: PER_KIND }, make);
    let found = 0;
    const times = await timeEach(qs, async (q) => void (found += findPlaces(q, 8).length));
    rows.push({ query: kind, example: qs[0]!, "mean places": Math.round((found / qs.length) * 10) / 10, "p50 (ms)": median(times), "p99 (ms)": percentile(times, 99) });
  }
  return rows;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
