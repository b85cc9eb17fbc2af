import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { useScratchDatabase } from "./scratch-db";
import { db } from "@/lib/db/client";
import { EXPORT_COLUMNS, exportStream } from "@/lib/directory/export";
import { inputToContent } from "@/lib/directory/columns";
import { createEntries, writeTransaction } from "@/lib/directory/write";
import { EntryInputSchema } from "@/lib/validation/entry-input";

useScratchDatabase("export-inert");

// The export's own rows, not only the inert() rule: every cell of an exported entry whose fields start like a
// formula gets its leading quote (the export is built in a worker thread in production; exportStream is what
// that thread streams, called here directly).

const HOSTILE = {
  nameRu: "=HYPERLINK(\"http://attacker.example\",\"x\")",
  nameKk: "@SUM(1+1)",
  nameEn: "-2+3",
  locality: "\t=1+1",
  address: "'quoted",
  website: "+cmd|' /C calc'!A0",
  licenceNumber: "=1",
};
let hostileId: string;
let plainId: string;
let richId: string;

// Every list column filled, and a location: each exported as the importer reads it back.
const RICH = EntryInputSchema.parse({
  kind: "court",
  courtKind: "district",
  name: { ru: "Районный суд", kk: "Аудандық сот", en: "District court" },
  regionIso: "KZ-75",
  locality: "Алматы",
  address: "ул. Абая, 1",
  phones: [{ number: "87011234567" }, { number: "87017654321" }],
  emails: [{ address: "a@sud.kz" }, { address: "b@sud.kz" }],
  website: "https://sud.kz",
  openingHours: "Mo-Fr 09:00-18:00",
  services: ["reception", "digital_queue"],
  languages: ["kk", "ru"],
  location: { lat: 43.25, lng: 76.95, precision: "building" },
});

beforeAll(async () => {
  [hostileId, plainId, richId] = (await writeTransaction(db(), (tx) =>
    createEntries(tx, { id: null, name: "test" }, [
      { content: { kind: "notary", regionIso: "KZ-75", phones: JSON.stringify([{ number: "+77012345678" }]), ...HOSTILE }, source: "test" },
      { content: { kind: "notary", regionIso: "KZ-75", phones: "[]", nameRu: "Нотариус Обычный", locality: "Алматы" }, source: "test" },
      { content: inputToContent(RICH), source: "registry:rich" },
    ]),
  )) as [string, string, string];
});

/** The bytes as streamed, decoded without dropping the byte-order mark (Response.text() drops it). */
async function exported(format: "csv" | "geojson"): Promise<string> {
  const bytes = new Uint8Array(await new Response(exportStream(db(), format)).arrayBuffer());
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
}

describe("the CSV export makes formula-looking cells inert", () => {
  it("each such cell of an entry gets one leading quote; plain cells are left as they are", async () => {
    const text = await exported("csv");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = parse<Record<string, string>>(text.slice(1), { columns: true });
    expect(Object.keys(rows[0]!)).toEqual([...EXPORT_COLUMNS]);
    const hostile = rows.find((r) => r.id === hostileId)!;
    expect(hostile.name_ru).toBe(`'${HOSTILE.nameRu}`);
    expect(hostile.name_kk).toBe(`'${HOSTILE.nameKk}`);
    expect(hostile.name_en).toBe(`'${HOSTILE.nameEn}`);
    expect(hostile.locality).toBe(`'${HOSTILE.locality}`);
    expect(hostile.address).toBe(`'${HOSTILE.address}`);
    expect(hostile.website).toBe(`'${HOSTILE.website}`);
    expect(hostile.licenceNumber).toBe(`'${HOSTILE.licenceNumber}`);
    expect(hostile.phones).toBe("'+77012345678");
    const plain = rows.find((r) => r.id === plainId)!;
    expect(plain.name_ru).toBe("Нотариус Обычный");
    expect(plain.locality).toBe("Алматы");
    expect(plain.kind).toBe("notary");
    expect(plain.sample).toBe("false");
    const rich = rows.find((r) => r.id === richId)!;
    expect(rich).toMatchObject({
      kind: "court", courtKind: "district", name_ru: "Районный суд", name_kk: "Аудандық сот", name_en: "District court", region_iso: "KZ-75",
      locality: "Алматы", address: "ул. Абая, 1", phones: "'+77011234567; +77017654321", emails: "a@sud.kz; b@sud.kz", website: "https://sud.kz",
      openingHours: "Mo-Fr 09:00-18:00", services: "reception; digital_queue", languages: "kk, ru", lat: "43.25", lng: "76.95", precision: "building",
      source: "registry:rich", sample: "false", licenceNumber: "", accessibility: "",
    });
    expect(rich.updatedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    // A sample practitioner says so.
    expect(rows.some((r) => r.sample === "true")).toBe(true);
    // No cell of any row starts like a formula.
    for (const r of rows) for (const [column, cell] of Object.entries(r)) expect(/^[=+\-@\t\r]/.test(cell), `${r.id} ${column}`).toBe(false);
    expect(rows.length).toBe(await db().entry.count({ where: { status: "active" } }));
  });

  it("GeoJSON keeps the text as it is (it is not opened by spreadsheets)", async () => {
    const body = JSON.parse(await exported("geojson")) as { type: string; features: { properties: { id: string; name: { ru?: string } } }[] };
    expect(body.type).toBe("FeatureCollection");
    const hostile = body.features.find((f) => f.properties.id === hostileId)!;
    expect(hostile.properties.name.ru).toBe(HOSTILE.nameRu);
    expect(body.features.length).toBe(await db().entry.count({ where: { status: "active" } }));
    expect(new Set(body.features.map((f) => f.properties.id)).size).toBe(body.features.length);
  });

  it("a failing read ends the stream with the error, never with a file that looks complete", async () => {
    const broken = new Proxy({}, { get: () => { throw new Error("the database went away"); } }) as ReturnType<typeof db>;
    for (const format of ["csv", "geojson"] as const) {
      await expect(new Response(exportStream(broken, format)).text()).rejects.toThrow("the database went away");
    }
  });
});
