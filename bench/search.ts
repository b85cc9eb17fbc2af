// Text search over 100 000 entries through listEntries (FTS5, the API's path): p50/p99 per query kind.
// Queries are drawn (seeded) from the entries themselves. Usage: npm run bench:search [-- --sizes=100000]
import Database from "better-sqlite3";
import { createDb } from "../lib/db/client";
import { listEntries } from "../lib/directory/entries";
import { transliterate } from "../lib/search/transliterate";
import { sizesArg } from "./lib/args";
import { benchDatabase } from "./lib/dataset";
import { median, percentile, seededRandom, timeEach } from "./lib/stats";
import { printTable } from "./lib/table";

const PER_KIND = 300;
const LIMIT = 20;

function queries(file: string): Record<string, string[]> {
  const sqlite = new Database(file, { readonly: true });
  const rows = sqlite.prepare(`SELECT "nameRu", "locality" FROM "Entry" WHERE "nameRu" IS NOT NULL ORDER BY "seq"`).all() as {
    nameRu: string;
    locality: string | null;
  }[];
  sqlite.close();
  const rand = seededRandom(7);
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
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
