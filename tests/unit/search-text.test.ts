import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ftsMatchQuery, normalize, searchTextOf, tsQuery, words } from "@/lib/search/text";
import { transliterate } from "@/lib/search/transliterate";

describe("search text", () => {
  it("folds case for Russian and Kazakh letters and ё", () => {
    expect(normalize("ӘҒҚҢӨҰҮҺІ Ёлка")).toBe("әғқңөұүһі елка");
  });

  it("transliterates Kazakh and Russian Cyrillic to a plain Latin form", () => {
    expect(transliterate("алматы")).toBe("almaty");
    expect(transliterate("шымкент")).toBe("shymkent");
    expect(transliterate("қарағанды")).toBe("karagandy");
    expect(transliterate("qaraǵandy")).toBe("karagandy");
  });

  it("indexes words, their Latin form and the phone forms people type", () => {
    const text = searchTextOf({ names: ["Суд города Тараза"], locality: "Тараз", address: null, phones: ["+77012345678"] });
    const tokens = text.split(" ");
    expect(tokens).toEqual(expect.arrayContaining(["суд", "тараза", "taraza", "taraz", "77012345678", "87012345678", "7012345678"]));
  });

  it("builds a prefix AND query that keeps FTS syntax out", () => {
    expect(ftsMatchQuery("Алматы суд")).toBe('("almaty"*) AND ("sud"*)');
    expect(ftsMatchQuery('"NEAR( OR *')).toBe('("near"*) AND ("or"*)');
    expect(ftsMatchQuery("Qaraghandy matc")).toBe('("qaraghandy"* OR "karagandy"*) AND ("matc"* OR "matk"*)');
    expect(ftsMatchQuery("  !!! ")).toBeNull();
    expect(tsQuery("Алматы суд")).toBe("('almaty':*) & ('sud':*)");
    expect(tsQuery("'); DROP TABLE y; --")).toBe("('drop':*) & ('table':*) & ('y':*)");
    expect(tsQuery("+7 (700) 000-60-00")).toBe("('77000006000':*)");
  });

  // The query asks only a Cyrillic word's Latin form: right only if every prefix's Latin form is a prefix of
  // the whole word's, for every Cyrillic letter pair the folds could join across.
  it("keeps prefixes through transliteration, for every prefix of every word of the court and place names", () => {
    const letters = [..."абвгғдеёжзийіклмнңоөпрстуұүфхһцчшщъыьэюяә"];
    const words2 = letters.flatMap((a) => letters.flatMap((b) => letters.map((c) => a + b + c)));
    const names = [
      ...readFileSync("data/courts/courts-located.csv", "utf8").split(/\n/),
      ...readFileSync("data/gazetteer/kz-settlements.json", "utf8").match(/"[^"]*"/g)!,
    ]
      .flatMap(words)
      .filter((w) => /^\p{Script=Cyrillic}+$/u.test(w));
    const broken = [...words2, ...names].flatMap((word) => {
      const latin = transliterate(word);
      return [...word].map((_, i) => [...word].slice(0, i + 1).join("")).filter((p) => !latin.startsWith(transliterate(p))).map((p) => `${p} < ${word}`);
    });
    expect(names.length).toBeGreaterThan(3_000);
    expect(broken).toEqual([]);
  });

  it("splits words as FTS5's unicode61 does", () => {
    expect(words("г.Алматы, ул.Абая-1")).toEqual(["г", "алматы", "ул", "абая", "1"]);
  });
});
