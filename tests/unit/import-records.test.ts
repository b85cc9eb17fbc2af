import { describe, expect, it } from "vitest";
import type { Decoding } from "@/lib/import/encoding";
import { formatOf, readRecords, UnreadableFile, type ImportFormat, type SourceRecord } from "@/lib/import/records";

// The records an administrator's file holds, as the importer reads them before checking them.

const UTF8: Decoding = { encoding: "utf-8", lossy: false };
const bytesOf = (text: string) => new TextEncoder().encode(text);

async function read(text: string | Uint8Array, format: ImportFormat, decoding = UTF8): Promise<SourceRecord[]> {
  const out: SourceRecord[] = [];
  for await (const r of readRecords(typeof text === "string" ? bytesOf(text) : text, format, decoding)) out.push(r);
  return out;
}

async function unreadable(text: string, format: ImportFormat): Promise<string> {
  try {
    await read(text, format);
  } catch (error) {
    expect(error).toBeInstanceOf(UnreadableFile);
    return (error as Error).message;
  }
  throw new Error("the file was read");
}

/** A value nested `levels` objects deep. */
const nested = (levels: number): unknown => (levels === 0 ? "дно" : { inner: nested(levels - 1) });

describe("the format of a file, by its name", () => {
  it.each([
    ["advocates.csv", "csv"],
    ["REESTR.CSV", "csv"],
    ["notaries.GeoJSON", "geojson"],
    ["advokattar_tizimi14.json", "json"],
    ["list.csv.json", "json"],
  ])("%s is %s", (name, format) => expect(formatOf(name)).toBe(format));

  it.each(["list.txt", "list.xlsx", "list.json.bak"])("%s is none it reads", (name) => expect(formatOf(name)).toBeNull());
});

describe("CSV records", () => {
  it("headers and cells are trimmed; blank lines are no records; a short row has the fields it has", async () => {
    const records = await read(" name , region ,licenseNumber\n Тестова Алия , KZ-75 ,CSV-1\n\n\nКасымов Галым,KZ-71\n", "csv");
    expect(records).toEqual([
      { row: 1, fields: { name: "Тестова Алия", region: "KZ-75", licenseNumber: "CSV-1" } },
      { row: 2, fields: { name: "Касымов Галым", region: "KZ-71" } },
    ]);
  });

  it("takes off the one quote our export puts before a formula-looking cell, and only at the start", async () => {
    const records = await read("name,contacts,address\n'=Иванов,'+7 701 463 13 53,Юрфирма 'Закон'-Плюс\n", "csv");
    expect(records[0]!.fields).toEqual({ name: "=Иванов", contacts: "+7 701 463 13 53", address: "Юрфирма 'Закон'-Плюс" });
  });

  it("a file the CSV parser cannot read is unreadable, with the parser's reason", async () => {
    expect(await unreadable('name,address\nТестова,"г. Алматы\n', "csv")).toMatch(/^not a readable CSV file: .*quote/i);
  });

  it("a U+FFFD the file really holds is no problem; in a lossy decoding it marks invalid bytes, field by field", async () => {
    const text = "name,address\nТестова \uFFFD Алия,г. Алматы\n";
    expect(await read(text, "csv")).toEqual([{ row: 1, fields: { name: "Тестова \uFFFD Алия", address: "г. Алматы" } }]);
    const lossy: Decoding = { encoding: "utf-8", lossy: true };
    expect(await read(text + "Касымов,г. Астана\n", "csv", lossy)).toEqual([
      { row: 1, fields: { name: "Тестова \uFFFD Алия", address: "г. Алматы" }, unreadable: [{ field: "name", message: "bytes that are not valid utf-8 (a cp1251 file? import it with encoding=cp1251)" }] },
      { row: 2, fields: { name: "Касымов", address: "г. Астана" } },
    ]);
  });

  it("is parsed as it is decoded: when the first record of a 4 MB file is read, not all of it has been decoded", async () => {
    const bytes = bytesOf("name,address\n" + "Тестова Алия,г. Алматы ул. Абая 1\n".repeat(80_000));
    expect(bytes.length).toBeGreaterThan(4 << 20);
    const read = { bytes: 0 };
    for await (const record of readRecords(bytes, "csv", UTF8, read)) {
      expect(record.row).toBe(1);
      break;
    }
    expect(read.bytes).toBeGreaterThan(0);
    expect(read.bytes).toBeLessThanOrEqual(3 << 20);
  });
});

describe("JSON records in the Ministry's registry shape", () => {
  it("an array of records, or an object holding one; values as text, nested ones as JSON, null as empty", async () => {
    const record = { name: "Тестова Алия", licenseNumber: 14006487, active: true, phones: ["+7 701 463 13 53"], office: { floor: 2 }, email: null };
    const fields = { name: "Тестова Алия", licenseNumber: "14006487", active: "true", phones: '["+7 701 463 13 53"]', office: '{"floor":2}', email: "" };
    expect(await read(JSON.stringify([record]), "json")).toEqual([{ row: 1, fields }]);
    expect(await read(JSON.stringify({ meta: { note: "fictional" }, total: 1, advocates: [record] }), "json")).toEqual([{ row: 1, fields }]);
  });

  it("a record that is not an object is a row with no fields", async () => {
    expect(await read(JSON.stringify([null, "Тестова", 5, { name: "Касымов" }]), "json")).toEqual([
      { row: 1, fields: {} },
      { row: 2, fields: {} },
      { row: 3, fields: {} },
      { row: 4, fields: { name: "Касымов" } },
    ]);
  });

  it("a value nested more than 32 levels deep is reported by its field, not read; 32 levels are read", async () => {
    const [deep] = await read(JSON.stringify([{ name: "Тестова", ok: nested(32), bad: { shallow: 1, deep: nested(33) } }]), "json");
    expect(deep!.fields).toEqual({ name: "Тестова", ok: JSON.stringify(nested(32)) });
    expect(deep!.unreadable).toEqual([{ field: "bad", message: "nested more than 32 levels deep: not a value this importer reads" }]);
    const longName = "поле".repeat(40);
    const [long] = await read(JSON.stringify([{ [longName]: nested(40) }]), "json");
    expect(long!.unreadable).toEqual([{ field: longName.slice(0, 100), message: expect.stringMatching(/^nested more than 32/) }]);
  });

  it("a file that is not JSON, or holds no list, is unreadable", async () => {
    expect(await unreadable("{", "json")).toBe("not valid JSON");
    for (const text of ['{"advocates": {"a": 1}}', "5", '"реестр"', "true", "null"]) expect(await unreadable(text, "json")).toBe("no list of records in this JSON file");
  });
});

describe("GeoJSON records", () => {
  const feature = (geometry: unknown, properties: unknown = { name_ru: "Нотариус Точкова" }) => ({ type: "Feature", geometry, properties });
  const collection = (...features: unknown[]) => JSON.stringify({ type: "FeatureCollection", features });

  it("a Point's coordinates are longitude then latitude; anything else is no point", async () => {
    const records = await read(
      collection(
        feature({ type: "Point", coordinates: [71.4, 51.1] }),
        feature({ type: "Point", coordinates: ["71.4", 51.1] }),
        feature({ type: "Point", coordinates: [71.4, "51.1"] }),
        feature({ type: "LineString", coordinates: [71.4, 51.1] }),
        feature({ type: "Point", coordinates: "71.4 51.1" }),
        feature(null),
      ),
      "geojson",
    );
    expect(records.map((r) => r.point)).toEqual([{ lng: 71.4, lat: 51.1 }, undefined, undefined, undefined, undefined, undefined]);
    expect(records.map((r) => r.row)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(records[0]).toEqual({ row: 1, fields: { name_ru: "Нотариус Точкова" }, point: { lng: 71.4, lat: 51.1 } });
  });

  it("a feature with null, text or no properties, or no feature at all, is a row with no fields", async () => {
    const point = { type: "Point", coordinates: [71.4, 51.1] };
    const records = await read(collection(feature(point, null), feature(point, "Точкова"), { type: "Feature", geometry: point }, null), "geojson");
    expect(records.map((r) => [r.row, r.fields])).toEqual([
      [1, {}],
      [2, {}],
      [3, {}],
      [4, {}],
    ]);
  });

  it("a file that is not a FeatureCollection is unreadable", async () => {
    expect(await unreadable("[", "geojson")).toBe("not valid JSON");
    for (const text of ['{"type": "Feature"}', '{"features": {}}', "null", "[]"]) expect(await unreadable(text, "geojson")).toBe("not a GeoJSON FeatureCollection");
  });
});
