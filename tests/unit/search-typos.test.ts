import { beforeEach, describe, expect, it } from "vitest";
import { editDistance, editLimit, TypoIndex } from "@/lib/search/typos";

describe("editLimit", () => {
  it("0 edits under 5 letters, 1 for 5–8, 2 from 9 (letters, not UTF-16 units)", () => {
    expect(editLimit("")).toBe(0);
    expect(editLimit("abcd")).toBe(0);
    expect(editLimit("abcde")).toBe(1);
    expect(editLimit("abcdefgh")).toBe(1);
    expect(editLimit("abcdefghi")).toBe(2);
    expect(editLimit("абвгд")).toBe(1);
    // Four letters outside the BMP are eight UTF-16 units: still four letters.
    expect(editLimit("𝒜𝒜𝒜𝒜")).toBe(0);
  });
});

describe("editDistance (optimal string alignment)", () => {
  it("counts insertions, deletions, substitutions and a swap of neighbours as one edit each", () => {
    expect(editDistance("almaty", "almaty", 2)).toBe(0);
    expect(editDistance("almaty", "almat", 2)).toBe(1);
    expect(editDistance("almat", "almaty", 2)).toBe(1);
    expect(editDistance("almaty", "alnaty", 2)).toBe(1);
    expect(editDistance("almaty", "lamaty", 2)).toBe(1);
    expect(editDistance("almaty", "almayt", 2)).toBe(1);
    expect(editDistance("almaty", "lamayt", 2)).toBe(2);
    expect(editDistance("abc", "xyz", 3)).toBe(3);
    expect(editDistance("", "abc", 3)).toBe(3);
    expect(editDistance("abc", "", 3)).toBe(3);
    expect(editDistance("ca", "abc", 3)).toBe(3); // OSA, not Damerau: no edit of a swapped pair
  });

  it("stops at max + 1 once the distance exceeds max", () => {
    expect(editDistance("almaty", "astana", 1)).toBe(2);
    expect(editDistance("abcdef", "ab", 2)).toBe(3); // lengths alone too far apart
    expect(editDistance("abcdef", "abcd", 2)).toBe(2);
    expect(editDistance("abcdef", "uvwxyz", 2)).toBe(3);
    expect(editDistance("kostanai", "kostanay", 1)).toBe(1);
    expect(editDistance("karaganda", "karagandy", 0)).toBe(1);
  });
});

describe("TypoIndex", () => {
  // Built in each test, so that a mutant of the index's construction is run against the tests that use it.
  let index: TypoIndex;
  beforeEach(() => {
    index = new TypoIndex(["almaty", "almalyk", "astana", "aktau", "aktobe", "karaganda", "karagandy", "kostanai", "abai", "abai", "sud"]);
  });

  it("keeps each word once, sorted, and answers prefixes by binary search", () => {
    expect(index.size).toBe(10);
    for (const p of ["a", "al", "alma", "almaty", "ak", "aktob", "k", "karagand", "su", "sud", "abai"]) expect(index.hasPrefix(p), p).toBe(true);
    for (const p of ["almatyx", "b", "z", "aa", "kz", "sudy", "ab "]) expect(index.hasPrefix(p), p).toBe(false);
    expect(index.hasPrefix("")).toBe(true);
    expect(new TypoIndex([]).hasPrefix("a")).toBe(false);
    expect(new TypoIndex(["b"]).hasPrefix("a")).toBe(false);
    expect(new TypoIndex(["a"]).hasPrefix("b")).toBe(false);
  });

  it("corrects a 5–8 letter word within one edit, never to the word itself", () => {
    expect(index.corrections("almaty")).toEqual([]);
    expect(index.corrections("almati")).toEqual(["almaty"]);
    expect(index.corrections("almtay")).toEqual(["almaty"]);
    expect(index.corrections("aktaou")).toEqual(["aktau"]);
    expect(index.corrections("astna")).toEqual(["astana"]);
    expect(index.corrections("astaan")).toEqual(["astana"]);
    expect(index.corrections("almtyy")).toEqual([]); // two edits: too many for 6 letters
  });

  it("corrects a 9+ letter word within two edits, closest first, then alphabetically, at most max", () => {
    expect(index.corrections("karagandi")).toEqual(["karaganda", "karagandy"]);
    expect(index.corrections("karagandaa")).toEqual(["karaganda", "karagandy"]);
    expect(index.corrections("karagnadyy")).toEqual(["karagandy"]);
    expect(index.corrections("karagandi", 1)).toEqual(["karaganda"]);
    const many = new TypoIndex(["abcdex", "abcdey", "abcdez", "abcdew", "abcdzz"]);
    expect(many.corrections("abcdea")).toEqual(["abcdew", "abcdex", "abcdey"]);
    expect(many.corrections("abcdea", 5)).toEqual(["abcdew", "abcdex", "abcdey", "abcdez"]);
  });

  it("short words are never corrected, and words under 4 letters never offered", () => {
    expect(index.corrections("sudd")).toEqual([]);
    expect(index.corrections("abay")).toEqual([]);
    expect(new TypoIndex(["abc", "abcd"]).corrections("abcde")).toEqual(["abcd"]);
    expect(new TypoIndex(["abc"]).corrections("abcx")).toEqual([]);
  });

  it("an 8-letter vocabulary word is reachable by a 9-letter query two edits away", () => {
    expect(new TypoIndex(["kostanai"]).corrections("kostanaiy")).toEqual(["kostanai"]);
    expect(new TypoIndex(["kostanai"]).corrections("kostnaaiy")).toEqual(["kostanai"]);
    expect(new TypoIndex(["kostana"]).corrections("kostanaiy")).toEqual(["kostana"]);
  });

  it("a 9+ letter vocabulary word is reachable by a query of its length two substitutions away", () => {
    expect(new TypoIndex(["karaganda"]).corrections("kiragandu")).toEqual(["karaganda"]);
    expect(new TypoIndex(["karaganda"]).corrections("karagxndx")).toEqual(["karaganda"]);
  });

  it("finds exactly what comparing the query with every word finds (1 500 queries over a small alphabet)", () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const word = (min: number, max: number) => Array.from({ length: min + Math.floor(random() * (max - min + 1)) }, () => "abc"[Math.floor(random() * 3)]).join("");
    const vocabulary = [...new Set(Array.from({ length: 400 }, () => word(3, 11)))];
    const typos = new TypoIndex(vocabulary);
    for (let n = 0; n < 1500; n++) {
      const query = word(4, 12);
      const k = editLimit(query);
      const expected = k === 0 ? [] : vocabulary.filter((w) => w !== query && editDistance(query, w, k) <= k);
      expect(typos.corrections(query, Infinity).sort(), query).toEqual(expected.sort());
    }
  });
});
