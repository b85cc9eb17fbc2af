import { describe, expect, it } from "vitest";
import { ftsMatchQuery, normalize, queryTerms, searchTextOf, tsQuery, words } from "@/lib/search/text";
import { transliterate } from "@/lib/search/transliterate";
import { TypoIndex } from "@/lib/search/typos";

describe("transliterate: every Cyrillic letter and every Latin fold", () => {
  it("maps each Kazakh and Russian letter", () => {
    const pairs: [string, string][] = [
      ["а", "a"], ["ә", "a"], ["б", "b"], ["в", "v"], ["г", "g"], ["ғ", "g"], ["д", "d"], ["е", "e"], ["ё", "e"], ["ж", "zh"], ["з", "z"],
      ["и", "i"], ["й", "i"], ["і", "i"], ["к", "k"], ["қ", "k"], ["л", "l"], ["м", "m"], ["н", "n"], ["ң", "n"], ["о", "o"], ["ө", "o"],
      ["п", "p"], ["р", "r"], ["с", "s"], ["т", "t"], ["у", "u"], ["ұ", "u"], ["ү", "u"], ["ф", "f"], ["х", "kh"], ["һ", "h"], ["ц", "ts"],
      ["ч", "ch"], ["ш", "sh"], ["щ", "shch"], ["ъ", ""], ["ы", "y"], ["ь", ""], ["э", "e"], ["ю", "yu"], ["я", "ya"],
    ];
    for (const [cyr, lat] of pairs) expect(transliterate(`т${cyr}т`), cyr).toBe(`t${lat}t`);
  });

  it("folds the Latin spellings", () => {
    expect(transliterate("qazaq")).toBe("kazak");
    expect(transliterate("ghalym")).toBe("galym");
    expect(transliterate("şymkent")).toBe("shymkent");
    expect(transliterate("çimkent")).toBe("chimkent");
    expect(transliterate("ǵğ")).toBe("gg");
    expect(transliterate("áä")).toBe("aa");
    expect(transliterate("óö")).toBe("oo");
    expect(transliterate("úüū")).toBe("uuu");
    expect(transliterate("ıīï")).toBe("iii");
    expect(transliterate("ńn")).toBe("nn");
    expect(transliterate("wow")).toBe("vov");
    expect(transliterate("xan")).toBe("khan");
    expect(transliterate("jol")).toBe("zhol");
    expect(transliterate("cimkent chimkent")).toBe("kimkent chimkent");
    expect(transliterate("semey aleksey ayagoz kuyuk")).toBe("semei aleksei aiagoz kuiuk");
    expect(transliterate("yer iy")).toBe("yer iy"); // y at the start of a word or after i stays
  });
});

describe("searchTextOf", () => {
  it("names, locality, address and licence words each once, then place names not already there, then Latin forms", () => {
    const text = searchTextOf({
      names: ["Нотариус Ахметова", null, undefined, "Нотариус"],
      locality: "Алматы",
      address: "ул. Абая, 10",
      phones: [],
      places: ["Алматы", "Алмалинский район"],
      licenceNumber: "ЛА-12",
    });
    expect(text.split(" ")).toEqual([
      "нотариус", "ахметова", "нотариус", "алматы", "ул", "абая", "10", "ла", "12",
      "алмалинский", "район",
      "notarius", "akhmetova", "almaty", "ul", "abaia", "la", "almalinskii", "raion",
    ]);
  });

  it("phones: the three forms of a Kazakh +7 number, the digits of any other; licence digits from three on", () => {
    const tokens = (phones: string[], licenceNumber?: string) => searchTextOf({ names: [], phones, licenceNumber }).split(" ").filter(Boolean);
    expect(tokens(["+7 701 234-56-78"])).toEqual(["77012345678", "87012345678", "7012345678"]);
    expect(tokens(["+996 312 123456"])).toEqual(["996312123456"]);
    expect(tokens(["+1 415 555 2671"])).toEqual(["14155552671"]); // 11 digits, but not Kazakhstan's +7
    expect(tokens(["71234567890"])).toEqual(["71234567890", "81234567890", "1234567890"]);
    expect(tokens(["+7 701 234"])).toEqual(["7701234"]);
    expect(tokens(["no digits"])).toEqual([]);
    expect(tokens([], "ЛА-0012345")).toEqual(["ла", "0012345", "la", "0012345"]);
    expect(tokens([], "№ 12")).toEqual(["12"]);
    expect(tokens([], "A-123")).toEqual(["a", "123", "123"]);
  });

  it("with nothing but a name, nothing else", () => {
    expect(searchTextOf({ names: ["суд"], phones: [] })).toBe("суд sud");
    expect(searchTextOf({ names: ["court"], phones: [] })).toBe("court kourt");
    expect(searchTextOf({ names: ["sud"], phones: [] })).toBe("sud");
  });
});

describe("queryTerms", () => {
  it("a phone typed with punctuation is one run of digits, from 5 digits", () => {
    expect(queryTerms("+7 (701) 234-56-78")).toEqual([[{ term: "77012345678", prefix: true }]]);
    expect(queryTerms(" 12345 ")).toEqual([[{ term: "12345", prefix: true }]]);
    expect(queryTerms("8.701.234")).toEqual([[{ term: "8701234", prefix: true }]]);
    expect(queryTerms("1234")).toEqual([[{ term: "1234", prefix: true }]]); // a word of digits, not a phone
    expect(queryTerms("суд 12345")).toEqual([[{ term: "sud", prefix: true }], [{ term: "12345", prefix: true }]]);
    expect(queryTerms("12-345")).toEqual([[{ term: "12345", prefix: true }]]);
    expect(queryTerms("12-34")).toEqual([[{ term: "12", prefix: true }], [{ term: "34", prefix: true }]]);
  });

  it("a Cyrillic word asks its Latin form only; a Latin word both when its fold differs; at most 12 words", () => {
    expect(queryTerms("Суд")).toEqual([[{ term: "sud", prefix: true }]]);
    expect(queryTerms("court")).toEqual([[{ term: "court", prefix: true }, { term: "kourt", prefix: true }]]);
    expect(queryTerms("sud")).toEqual([[{ term: "sud", prefix: true }]]);
    expect(queryTerms("суд2")).toEqual([[{ term: "суд2", prefix: true }, { term: "sud2", prefix: true }]]);
    expect(queryTerms(Array.from({ length: 15 }, (_, i) => `w${i}`).join(" "))).toHaveLength(12);
    expect(queryTerms("!!!")).toBeNull();
    expect(queryTerms("")).toBeNull();
  });

  it("with a typo index, only a Latin-lettered word that starts no indexed word gets its corrections, as whole words", () => {
    const typos = new TypoIndex(["almaty", "notarius"]);
    expect(queryTerms("almati", typos)).toEqual([[{ term: "almati", prefix: true }, { term: "almaty", prefix: false }]]);
    expect(queryTerms("алмати", typos)).toEqual([[{ term: "almati", prefix: true }, { term: "almaty", prefix: false }]]);
    expect(queryTerms("alma", typos)).toEqual([[{ term: "alma", prefix: true }]]);
    expect(queryTerms("almat1", typos)).toEqual([[{ term: "almat1", prefix: true }]]);
    expect(queryTerms("alm1ty", typos)).toEqual([[{ term: "alm1ty", prefix: true }]]);
    expect(queryTerms("notaryus", typos)![0]).toEqual([{ term: "notaryus", prefix: true }, { term: "notarius", prefix: false }]);
  });
});

describe("ftsMatchQuery and tsQuery", () => {
  it("each word's forms ORed, the words ANDed; typo corrections without the prefix star", () => {
    const typos = new TypoIndex(["almaty"]);
    expect(ftsMatchQuery("almati sud", typos)).toBe('("almati"* OR "almaty") AND ("sud"*)');
    expect(tsQuery("almati sud", typos)).toBe("('almati':* | 'almaty') & ('sud':*)");
    expect(ftsMatchQuery("")).toBeNull();
    expect(tsQuery("...")).toBeNull();
  });
});

describe("normalize and words", () => {
  it("composes, lowers and folds ё, keeps digits", () => {
    expect(normalize("Ё\u0435\u0308")).toBe("ее");
    expect(words("Дом №5, кв.12")).toEqual(["дом", "5", "кв", "12"]);
    expect(words("")).toEqual([]);
    expect(words("---")).toEqual([]);
  });
});
