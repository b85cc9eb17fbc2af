import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { useScratchDatabase } from "./scratch-db";
import { GET as exportRoute } from "@/app/api/v1/export/route";
import { db } from "@/lib/db/client";
import { ORIGIN, signedIn, type TestActor } from "./actors";
import { upload as uploadAs } from "./import-client";

useScratchDatabase("import");

const FIXTURE = fs.readFileSync(path.join(__dirname, "..", "fixtures", "registries", "advocates-fictional.json"), "utf8");
const fixture = JSON.parse(FIXTURE) as { advocates: Record<string, string>[] };

let admin: TestActor;
beforeAll(async () => {
  admin = await signedIn("admin");
});

const upload = (text: string, query: string) => uploadAs(admin, text, query);

const entryCount = () => db().entry.count();

describe("import of the Ministry of Justice registry shape", () => {
  it("the dry run reports rows 41-43 field by field and writes nothing", async () => {
    const before = await entryCount();
    const { status, body } = await upload(FIXTURE, "fileName=advocates.json&kind=advocate&dryRun=true");
    expect(status).toBe(200);
    expect(body.total).toBe(43);
    expect(body.created).toBe(40);
    const rows = new Set(body.problems.map((p: any) => p.row));
    expect([...rows].sort()).toEqual([41, 42, 43]);
    const at = (row: number, field: string) => body.problems.filter((p: any) => p.row === row && p.field === field);
    expect(at(41, "name")[0].message).toMatch(/empty/);
    expect(at(41, "licenseIssuedAt")[0].message).toMatch(/31\.02\.2019.*not a real date/);
    expect(at(41, "joinedAt")[0].message).toMatch(/not a real date/);
    expect(at(41, "contacts")[0].message).toMatch(/not a phone number/);
    expect(at(42, "region")[0].message).toMatch(/Несуществующая область/);
    expect(at(43, "name")[0].message).toMatch(/markup/);
    expect(at(43, "address")[0].message).toMatch(/markup/);
    expect(await entryCount()).toBe(before);
  });

  it("a real import with one bad row writes nothing at all", async () => {
    const before = await entryCount();
    const oneBad = JSON.stringify({ advocates: [...fixture.advocates.slice(0, 40), fixture.advocates[41]] });
    const { status, body } = await upload(oneBad, "fileName=advocates.json&dryRun=false");
    expect(status).toBe(400);
    expect(body.error.code).toBe("import_problems");
    expect(body.error.problems).toEqual([expect.objectContaining({ row: 41, field: "region" })]);
    expect(await entryCount()).toBe(before);
    expect(await db().revision.count({ where: { action: "import" } })).toBe(0);
  });

  it("the good rows import with E.164 phones, ISO regions, dates, the settlement and their source", async () => {
    const good = JSON.stringify({ advocates: fixture.advocates.slice(0, 40) });
    const { status, body } = await upload(good, "fileName=advocates.json&dryRun=false");
    expect(status).toBe(200);
    expect(body).toMatchObject({ created: 40, problems: [] });
    const row3 = await db().entry.findFirstOrThrow({ where: { licenceNumber: "14006487" } });
    expect(row3).toMatchObject({ kind: "advocate", regionIso: "KZ-55", licenceIssuedOn: "2017-12-21", memberSince: "2004-05-16", precision: "settlement", source: "import:advocates.json#3" });
    expect(JSON.parse(row3.phones)).toEqual([{ number: "+77000000003" }]);
    const row39 = await db().entry.findFirstOrThrow({ where: { licenceNumber: "20080735" } });
    expect(JSON.parse(row39.phones)).toEqual([{ number: "+77000000039" }, { number: "+77000000139" }]);
    expect(row39.regionIso).toBe("KZ-75");
    const abai = await db().entry.findFirstOrThrow({ where: { source: "import:advocates.json#28" } });
    expect(abai.regionIso).toBe("KZ-10");
    // Болашак is not in the gazetteer: no location rather than a guess.
    const bolashak = await db().entry.findFirstOrThrow({ where: { source: "import:advocates.json#1" } });
    expect(bolashak.lat).toBeNull();
    expect(await db().revision.count({ where: { action: "import" } })).toBe(40);
    // Importing the same file again changes nothing.
    const again = await upload(good, "fileName=advocates.json&dryRun=false");
    expect(again.body).toMatchObject({ created: 0, updated: 0, unchanged: 40 });
  });

  it("CSV and GeoJSON import the same way", async () => {
    const csv = "name,region,licenseNumber,contacts,address\nТестова Алия,Акмолинская область,CSV-1,8 701 463 13 53,г.Кокшетау ул.Абая 1\n";
    const c = await upload(csv, "fileName=list.csv&kind=mediator");
    expect(c.body).toMatchObject({ created: 1, located: 1, problems: [] });
    const geojson = JSON.stringify({
      type: "FeatureCollection",
      features: [{ type: "Feature", geometry: { type: "Point", coordinates: [71.4, 51.1] }, properties: { name_ru: "Нотариус Точкова", kind: "notary", region: "KZ-71", licenceNumber: "G-1" } }],
    });
    const g = await upload(geojson, "fileName=list.geojson");
    expect(g.body).toMatchObject({ created: 1, located: 1, problems: [] });
    const bad = await upload("{", "fileName=x.geojson");
    expect(bad.body.problems).toEqual([{ row: 0, field: "file", message: "not valid JSON" }]);
  });
});

describe("export", () => {
  it("CSV has the importer's columns and round-trips through the dry run", async () => {
    const res = await exportRoute(new Request(`${ORIGIN}/api/v1/export?format=csv`));
    expect(res.headers.get("content-type")).toMatch(/text\/csv/);
    const text = await res.text();
    const lines = text.split("\n");
    expect(lines[0]).toMatch(/^id,kind,courtKind,name_ru/) // (text() drops the BOM);
    expect(lines.length - 2).toBe(await db().entry.count({ where: { status: "active" } }));
    const firstRows = lines.slice(0, 200).join("\n");
    const { body } = await upload(firstRows, "fileName=export.csv");
    expect(body.problems).toEqual([]);
    expect(body.unchanged + body.updated).toBe(199);
  });

  it("GeoJSON is a FeatureCollection of every active entry", async () => {
    const res = await exportRoute(new Request(`${ORIGIN}/api/v1/export?format=geojson`));
    const body = await res.json();
    expect(body.type).toBe("FeatureCollection");
    expect(body.features.length).toBe(await db().entry.count({ where: { status: "active" } }));
    expect(body.features.find((f: any) => f.geometry)?.geometry.type).toBe("Point");
  });
});
