import { describe, expect, it } from "vitest";
import { decodeAll, decodedChunks, detectEncoding } from "@/lib/import/encoding";

// How an uploaded file's character set is told, and how its text is read a megabyte at a time.

const ascii = (s: string) => [...Buffer.from(s, "ascii")];
// Windows-1251 bytes, written out by hand: "пр. Абая 1" starts with 0xEF (п), the first byte of UTF-8's
// byte-order mark; "язык" with 0xFF (я), the first of UTF-16 LE's.
const PR_ABAYA = [0xef, 0xf0, 0x2e, 0x20, 0xc0, 0xe1, 0xe0, 0xff, 0x20, 0x31];
const YAZYK = [0xff, 0xe7, 0xfb, 0xea];
const ZHUMABEKOV = [0xc6, 0xf3, 0xec, 0xe0, 0xe1, 0xe5, 0xea, 0xee, 0xe2]; // 9 letters
const NUMERO = 0xb9; // "№": not a letter
const MB = 1 << 20;

describe("telling a file's character set", () => {
  it("a cp1251 file that starts with п or я is not taken for one with a byte-order mark", () => {
    expect(detectEncoding(Uint8Array.from([...PR_ABAYA, ...ascii(",x\n")]))).toEqual({ encoding: "cp1251", lossy: false });
    expect(detectEncoding(Uint8Array.from([...YAZYK, ...ascii(",x\n")]))).toEqual({ encoding: "cp1251", lossy: false });
  });

  it("cp1251 when at least 9 in 10 of the non-ASCII characters are Cyrillic letters; fewer, UTF-8 with its invalid bytes", () => {
    expect(detectEncoding(Uint8Array.from([...ZHUMABEKOV, 0x20, NUMERO, ...ascii(" 5")]))).toEqual({ encoding: "cp1251", lossy: false });
    expect(detectEncoding(Uint8Array.from([...ZHUMABEKOV.slice(1), 0x20, NUMERO, ...ascii(" 5")]))).toEqual({ encoding: "utf-8", lossy: true });
  });

  it("valid UTF-8 stays UTF-8 even when its bytes would read as Cyrillic in cp1251 too", () => {
    // г и в и are D0 B3, D0 B8, D0 B2, D0 B8 in UTF-8: in cp1251 every one of those bytes is a Cyrillic letter.
    expect(detectEncoding(Uint8Array.from(Buffer.from("name\nгиви\n")))).toEqual({ encoding: "utf-8", lossy: false });
  });

  it("a file with UTF-8's byte-order mark is UTF-8 even where its bytes are not: those are reported, not guessed at", () => {
    const cp1251Body = Array.from({ length: 20 }, () => [...ZHUMABEKOV, 0x20]).flat();
    expect(detectEncoding(Uint8Array.from([0xef, 0xbb, 0xbf, ...ascii("name\n"), ...cp1251Body]))).toEqual({ encoding: "utf-8", lossy: true });
  });

  it("a declared or byte-order-marked encoding is taken as it is, with no bytes reported invalid", () => {
    const bytes = Uint8Array.from([...ZHUMABEKOV, 0xff]);
    expect(detectEncoding(bytes, "cp1251")).toEqual({ encoding: "cp1251", lossy: false });
    expect(detectEncoding(bytes, "utf-16be")).toEqual({ encoding: "utf-16be", lossy: false });
    expect(detectEncoding(Uint8Array.from([0xff, 0xfe, 0x41, 0x04]))).toEqual({ encoding: "utf-16le", lossy: false });
    expect(detectEncoding(Uint8Array.from([0xfe, 0xff, 0x04, 0x41]))).toEqual({ encoding: "utf-16be", lossy: false });
  });
});

describe("reading the text a megabyte at a time", () => {
  it("drops the byte-order mark", () => {
    expect(decodeAll(Uint8Array.from([0xef, 0xbb, 0xbf, ...Buffer.from("name")]), "utf-8")).toBe("name");
    expect(decodeAll(Uint8Array.from([0xff, 0xfe, 0x61, 0x00]), "utf-16le")).toBe("a");
  });

  it("a file over a megabyte comes whole, a letter cut by a chunk's end included, and read.bytes follows each chunk", () => {
    // "Ә" is two bytes in UTF-8: one falls on each side of the first megabyte.
    const text = "x".repeat(MB - 1) + "Әлия" + "y".repeat(MB / 2);
    const bytes = Uint8Array.from(Buffer.from(text));
    const read = { bytes: 0 };
    const seen: number[] = [];
    const chunks: string[] = [];
    for (const chunk of decodedChunks(bytes, "utf-8", read)) {
      chunks.push(chunk);
      seen.push(read.bytes);
    }
    expect(chunks.join("")).toBe(text);
    expect(seen).toEqual([MB, bytes.length]);
    expect(decodeAll(bytes, "utf-8")).toBe(text);
  });

  it("reads only its own bytes when they lie inside a larger buffer", () => {
    const text = "a".repeat(MB) + "ЖЕТІСУ" + "b".repeat(1000);
    const file = Buffer.from(text);
    const buffer = new Uint8Array(file.length + 20).fill(0x3f);
    buffer.set(file, 10);
    expect(decodeAll(buffer.subarray(10, 10 + file.length), "utf-8")).toBe(text);
  });
});
