import iconv from "iconv-lite";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { DATA_DIR } from "@/lib/directory/load";
import { detectEncoding, type ImportEncoding } from "@/lib/import/encoding";
import { normalizeRecord, type NormalizeContext } from "@/lib/import/normalize";
import { SettlementFinder } from "@/lib/import/places";
import { readRecords, type ImportFormat, type SourceRecord } from "@/lib/import/records";
import { regionMatcher } from "@/lib/import/regions";

const ascii = (s: string) => [...Buffer.from(s, "ascii")];
// Windows-1251 bytes as Excel writes them, byte by byte (not made with the decoder under test):
// "Жумабеков Ерік" (і is 0xB3) and "г. Алматы".
const ZHUMABEKOV = [0xc6, 0xf3, 0xec, 0xe0, 0xe1, 0xe5, 0xea, 0xee, 0xe2, 0x20, 0xc5, 0xf0, 0xb3, 0xea];
const ALMATY = [0xe3, 0x2e, 0x20, 0xc0, 0xeb, 0xec, 0xe0, 0xf2, 0xfb];
const CP1251_CSV = Uint8Array.from([...ascii("name,address,licenseNumber\r\n"), ...ZHUMABEKOV, 0x2c, ...ALMATY, ...ascii(",ENC-1\r\n")]);

async function records(bytes: Uint8Array, declared: ImportEncoding = "auto", format: ImportFormat = "csv") {
  const decoding = detectEncoding(bytes, declared);
  const out: SourceRecord[] = [];
  for await (const r of readRecords(bytes, format, decoding)) out.push(r);
  return { decoding, out };
}

describe("the character set of an import", () => {
  it("cp1251 (Excel in Kazakhstan) is detected and read as Cyrillic", async () => {
    const { decoding, out } = await records(CP1251_CSV);
    expect(decoding).toEqual({ encoding: "cp1251", lossy: false });
    expect(out[0]!.fields).toEqual({ name: "Жумабеков Ерік", address: "г. Алматы", licenseNumber: "ENC-1" });
    expect(out[0]!.unreadable).toBeUndefined();
  });

  it("UTF-16 with a byte-order mark, little- or big-endian, is read as such", async () => {
    const text = "name,address\nСейтказина Әсел,г. Алматы ул. Абая 1\n";
    for (const [encoding, bom] of [["utf16le", [0xff, 0xfe]], ["utf16be", [0xfe, 0xff]]] as const) {
      const body = encoding === "utf16le" ? iconv.encode(text, "utf16le") : Buffer.from(iconv.encode(text, "utf16le")).swap16();
      const { decoding, out } = await records(Uint8Array.from([...bom, ...body]));
      expect(decoding.encoding).toBe(encoding === "utf16le" ? "utf-16le" : "utf-16be");
      expect(out[0]!.fields).toEqual({ name: "Сейтказина Әсел", address: "г. Алматы ул. Абая 1" });
    }
  });

  it("valid UTF-8, with or without a BOM, stays UTF-8 (Kazakh letters included)", async () => {
    for (const prefix of [[], [0xef, 0xbb, 0xbf]]) {
      const { decoding, out } = await records(Uint8Array.from([...prefix, ...Buffer.from("name\nҚасымов Ғалым Өмірұлы\n")]));
      expect(decoding).toEqual({ encoding: "utf-8", lossy: false });
      expect(out[0]!.fields.name).toBe("Қасымов Ғалым Өмірұлы");
    }
  });

  it("encoding=utf-8 on a cp1251 file: every field with invalid bytes is a problem with its row and column, not U+FFFD", async () => {
    const { decoding, out } = await records(CP1251_CSV, "utf-8");
    expect(decoding).toEqual({ encoding: "utf-8", lossy: true });
    const ctx: NormalizeContext = { defaultKind: "advocate", regionOf: regionMatcher(await db().region.findMany()), places: SettlementFinder.fromDataDir(DATA_DIR) };
    const { record, problems } = normalizeRecord(out[0]!, ctx);
    expect(record).toBeUndefined();
    expect(problems.filter((p) => /not valid utf-8/.test(p.message)).map((p) => [p.row, p.field])).toEqual([
      [1, "name"],
      [1, "address"],
    ]);
  });

  let ctx: NormalizeContext;
  beforeAll(async () => {
    ctx = { defaultKind: "advocate", regionOf: regionMatcher(await db().region.findMany()), places: SettlementFinder.fromDataDir(DATA_DIR) };
  });

  it("a UTF-8 file with a stray invalid byte is not taken for cp1251: the row and field are reported", async () => {
    const bytes = Uint8Array.from([...Buffer.from("name,address\nТестова Алия,г. Алматы\nИванов Иван,ул. "), 0xff, ...Buffer.from(" 5\n")]);
    const { decoding, out } = await records(bytes);
    expect(decoding).toEqual({ encoding: "utf-8", lossy: true });
    expect(normalizeRecord(out[0]!, ctx).problems).toEqual([]);
    expect(normalizeRecord(out[1]!, ctx).problems).toContainEqual({ row: 2, field: "address", message: expect.stringMatching(/not valid utf-8/) });
  });

  it("JSON in cp1251 is read too, and the encoding can be chosen", async () => {
    const json = Uint8Array.from([...ascii('[{"name":"'), ...ZHUMABEKOV, ...ascii('"}]')]);
    expect((await records(json, "auto", "json")).out[0]!.fields.name).toBe("Жумабеков Ерік");
    expect((await records(json, "cp1251", "json")).out[0]!.fields.name).toBe("Жумабеков Ерік");
  });
});
