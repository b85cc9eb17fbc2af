import { afterEach, describe, expect, it, vi } from "vitest";
import { useScratchDatabase } from "./scratch-db";
import { db } from "@/lib/db/client";
import { Invalid } from "@/lib/errors";
import { MAX_REPORTED_PROBLEMS, runImport, type ImportOptions, type ImportProgress } from "@/lib/import/run";
import { Stage } from "@/lib/import/stage";

useScratchDatabase("import-run");

// runImport called in this process (the import jobs run it in a worker thread, out of a mutation run's
// sight): what a dry run reports and what a real run stages and writes.

const ACTOR = { id: null, name: "test" };
const DRY: ImportOptions = { format: "csv", fileName: "run.csv", defaultKind: "mediator", dryRun: true };
const REAL: ImportOptions = { ...DRY, dryRun: false };
const csv = (header: string, rows: string[]) => new TextEncoder().encode([header, ...rows].join("\n") + "\n");
const HEADER = "name,region,licenseNumber,address";
/** `n` good mediators in Kokshetau, licence numbers `${tag}-1`…, the address naming the town. */
const good = (tag: string, n: number, street = "Абая") => Array.from({ length: n }, (_, i) => `Медиатор ${tag} ${i + 1},Акмолинская область,${tag}-${i + 1},г.Кокшетау ул.${street} ${i + 1}`);
const dry = (bytes: Uint8Array, progress?: (p: ImportProgress) => void) => runImport(db(), ACTOR, bytes, DRY, { id: "dry", progress });

async function refused(bytes: Uint8Array, jobId: string): Promise<Invalid> {
  try {
    await runImport(db(), ACTOR, bytes, REAL, { id: jobId });
  } catch (error) {
    expect(error).toBeInstanceOf(Invalid);
    return error as Invalid;
  }
  throw new Error("the import went through");
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("a dry run's report", () => {
  it("lists the first 1 000 problems and counts them all", async () => {
    const rows = Array.from({ length: MAX_REPORTED_PROBLEMS + 1 }, (_, i) => `,Акмолинская область,EMPTY-${i},г.Кокшетау`);
    const report = await dry(csv(HEADER, rows));
    expect(report.problemCount).toBe(1001);
    expect(report.problems).toHaveLength(1000);
    expect(report.problems[999]).toEqual({ row: 1000, field: "name", message: "the name is empty" });
  });

  it("a licence number or an id a second time is a problem of the later row, naming the first", async () => {
    const report = await dry(csv("id,name,licenseNumber", ["mediator-aaa111,Первый,DUP-1", "mediator-bbb222,Второй,DUP-1", "mediator-aaa111,Третий,DUP-3"]));
    expect(report.problems).toEqual([
      { row: 2, field: "licenceNumber", message: "the same licence number as row 1" },
      { row: 3, field: "id", message: "the same id as row 1" },
    ]);
    expect(report).toMatchObject({ total: 3, created: 1, problemCount: 2 });
  });

  it("counts what it would create, update and place: an entry is matched by its id or by kind and licence", async () => {
    const report = await dry(
      csv("id,kind,name,licenseNumber,address", [
        ",advocate,Адвокат Новый,NEW-1,г.Кокшетау ул. Абая 1",
        ",advocate,Адвокат Обновлённый,SAMPLE-A-00001,нигде",
        "sample-advocate-00002,advocate,Адвокат По Номеру,,г.Кокшетау ул. Абая 2",
        // A licence number of another kind's entry is a new entry.
        ",notary,Нотариус С Тем Же Номером,SAMPLE-A-00003,",
      ]),
    );
    expect(report).toMatchObject({ total: 4, created: 2, updated: 2, unchanged: 0, located: 2, problemCount: 0 });
  });

  it('a licence number written "null" matches no entry that has none', async () => {
    const report = await dry(csv("kind,name,courtKind,licenseNumber", ["court,Суд Без Номера,district,null"]));
    expect(report).toMatchObject({ created: 1, updated: 0, unchanged: 0 });
  });

  it("tells its progress every 1 000 records while reading", async () => {
    const seen: ImportProgress[] = [];
    const bytes = csv(HEADER, good("PROG", 2500));
    await dry(bytes, (p) => seen.push({ ...p }));
    expect(seen).toEqual([
      { phase: "reading", bytesRead: bytes.length, rows: 1000, encoding: "utf-8" },
      { phase: "reading", bytesRead: bytes.length, rows: 2000, encoding: "utf-8" },
    ]);
  });

  it("a file that breaks off is a problem of the record where it did; one that cannot be read at all, of row 0", async () => {
    // Past the first megabyte, so that records were read before the parser met the open quote.
    const note = "примечание ".repeat(500);
    const rows = Array.from({ length: 300 }, (_, i) => `Медиатор ${i},г.Кокшетау,${note}`);
    const broken = await dry(csv("name,address,note", [...rows, 'Третий,"г.Кокшетау,']));
    expect(broken.total).toBeGreaterThan(0);
    expect(broken.problems).toEqual([{ row: broken.total + 1, field: "file", message: expect.stringMatching(/^not a readable CSV file: /) }]);
    const json = await runImport(db(), ACTOR, new TextEncoder().encode("{"), { ...DRY, format: "json" }, { id: "dry" });
    expect(json.problems).toEqual([{ row: 0, field: "file", message: "not valid JSON" }]);
  });
});

describe("a real run", () => {
  it("stores each entry's source, its district by the settlement it is placed at, and its history in file order", async () => {
    const report = await runImport(db(), ACTOR, csv(HEADER, good("SRC", 3)), REAL, { id: "job-src" });
    expect(report).toMatchObject({ created: 3, located: 3, problemCount: 0 });
    const entries = await db().entry.findMany({ where: { importBatchId: report.batchId }, orderBy: { licenceNumber: "asc" } });
    expect(entries.map((e) => [e.licenceNumber, e.source, e.districtKato, e.precision])).toEqual([
      ["SRC-1", "import:run.csv#1", "111000000", "settlement"],
      ["SRC-2", "import:run.csv#2", "111000000", "settlement"],
      ["SRC-3", "import:run.csv#3", "111000000", "settlement"],
    ]);
    const history = await db().revision.findMany({ where: { entryId: { in: entries.map((e) => e.id) } }, orderBy: { id: "asc" } });
    const licenceOf = new Map(entries.map((e) => [e.id, e.licenceNumber]));
    expect(history.map((r) => licenceOf.get(r.entryId))).toEqual(["SRC-1", "SRC-2", "SRC-3"]);
  });

  it("stages a thousand entries at a time, creates and updates together", async () => {
    const write = vi.spyOn(Stage.prototype, "write");
    await runImport(db(), ACTOR, csv(HEADER, good("CHUNK", 2100)), REAL, { id: "job-chunk" });
    expect(write.mock.calls.map(([creates, updates]) => [creates.length, updates.length])).toEqual([
      [1000, 0],
      [1000, 0],
      [100, 0],
    ]);
    write.mockClear();
    // The same entries at a new address, and new ones after them.
    const report = await runImport(db(), ACTOR, csv(HEADER, [...good("CHUNK", 1500, "Ленина"), ...good("MORE", 700)]), REAL, { id: "job-chunk-2" });
    expect(report).toMatchObject({ created: 700, updated: 1500 });
    expect(write.mock.calls.map(([creates, updates]) => [creates.length, updates.length])).toEqual([
      [0, 1000],
      [500, 500],
      [200, 0],
    ]);
    expect(await db().entry.count({ where: { licenceNumber: "CHUNK-1500", address: "г.Кокшетау ул.Ленина 1500" } })).toBe(1);
  });

  it("stages nothing once a record has a problem, and refuses the file naming the file", async () => {
    const write = vi.spyOn(Stage.prototype, "write");
    const error = await refused(csv(HEADER, ["Без региона,Несуществующая область,BAD-1,г.Кокшетау", ...good("AFTER", 1500)]), "job-bad");
    expect(write).not.toHaveBeenCalled();
    expect(error).toMatchObject({ code: "import_problems", field: "file", details: { problemCount: 1 } });
    expect(error.message).toBe("Nothing was imported: 1 problem(s); fix them (see the dry run) and import again");
    expect(await db().entry.count({ where: { licenceNumber: { startsWith: "AFTER-" } } })).toBe(0);
  });
});
