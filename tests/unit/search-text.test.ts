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
    expect(ftsMatchQuery("Алматы суд")).toBe('("алматы"* OR "almaty"*) AND ("суд"* OR "sud"*)');
    expect(ftsMatchQuery('"NEAR( OR *')).toBe('("near"*) AND ("or"*)');
    expect(ftsMatchQuery("  !!! ")).toBeNull();
    expect(tsQuery("Алматы суд")).toBe("('алматы':* | 'almaty':*) & ('суд':* | 'sud':*)");
    expect(tsQuery("'); DROP TABLE y; --")).toBe("('drop':*) & ('table':*) & ('y':*)");
    expect(tsQuery("+7 (700) 000-60-00")).toBe("('77000006000':*)");
  });

  it("splits words as FTS5's unicode61 does", () => {
    expect(words("г.Алматы, ул.Абая-1")).toEqual(["г", "алматы", "ул", "абая", "1"]);
  });
});
