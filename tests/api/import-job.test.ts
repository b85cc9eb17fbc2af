import { spawnSync } from "node:child_process";
import { stringify } from "csv-stringify/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { useScratchDatabase } from "./scratch-db";
import { POST as createEntry } from "@/app/api/v1/admin/entries/route";
import { db } from "@/lib/db/client";
import { MAX_IMPORT_BYTES } from "@/lib/validation/import";
import { send, signedIn, type TestActor } from "./actors";
import { finishedJob, getJob, startImport, upload } from "./import-client";

useScratchDatabase("import-job");

let admin: TestActor;
beforeAll(async () => {
  admin = await signedIn("admin");
});

/** A CSV of `count` new advocates (licence numbers tagged so each file's rows are new). */
function advocates(count: number, tag: string, name = (i: number) => `Адвокатов Тест ${i}`): string {
  const rows = Array.from({ length: count }, (_, i) => [name(i), "KZ-75", `${tag}-${i}`, "+7 701 000 00 00", "г. Алматы, ул. Абая 1"]);
  return stringify([["name", "region", "licenseNumber", "contacts", "address"], ...rows]);
}

describe("an import is a job", () => {
  it("POST answers 202 with the job at once; GET follows it through its progress to its report", async () => {
    const started = await startImport(admin, advocates(3000, "JOB"), "fileName=a.csv&dryRun=false");
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ status: expect.stringMatching(/^(queued|running)$/), dryRun: false, fileName: "a.csv", progress: { rows: 0 } });
    const seen: any[] = [];
    const job = await finishedJob(admin, started.body.id, seen);
    expect(job).toMatchObject({ status: "done", phase: "finished", encoding: "utf-8", progress: { rows: 3000, percent: 100 } });
    expect(job.report).toMatchObject({ total: 3000, created: 3000, problems: [], problemCount: 0, batchId: expect.any(String) });
    expect(seen.some((s) => s.status === "running")).toBe(true);
    expect(await db().entry.count({ where: { licenceNumber: { startsWith: "JOB-" } } })).toBe(3000);
    expect(await db().$queryRawUnsafe(`SELECT COUNT(*) AS n FROM "import_stage"`)).toEqual([{ n: 0n }]);
  }, 120_000);

  it("an unknown job is a 404; a second import while one runs is a 409", async () => {
    expect((await getJob(admin, "no-such-job")).status).toBe(404);
    const first = await startImport(admin, advocates(2000, "BUSY"), "fileName=a.csv");
    const second = await startImport(admin, advocates(10, "BUSY2"), "fileName=b.csv");
    expect(second.status).toBe(409);
    expect(second.body.error).toMatchObject({ code: "import_running", jobId: first.body.id });
    await finishedJob(admin, first.body.id);
  }, 120_000);

  it("a job whose process is gone (a restart) is reported failed, not running forever", async () => {
    const dead = spawnSync(process.execPath, ["-e", "console.log(process.pid)"], { encoding: "utf8" });
    const pid = Number(dead.stdout.trim());
    await db().importJob.create({
      data: { id: "orphan", status: "running", phase: "reading", dryRun: false, fileName: "x.csv", format: "csv", kind: "advocate", encoding: "auto", bytes: 10, actorName: "t", ownerPid: pid, ownerToken: "gone" },
    });
    await db().$executeRawUnsafe(`INSERT INTO "import_stage" VALUES ('orphan', 0, 'create', 'x', NULL, '{}', '[]')`);
    const { body } = await getJob(admin, "orphan");
    expect(body).toMatchObject({ status: "failed", error: { code: "import_interrupted" } });
    expect(await db().$queryRawUnsafe(`SELECT COUNT(*) AS n FROM "import_stage"`)).toEqual([{ n: 0n }]);
  });

  it("a job of another machine (instances sharing one PostgreSQL database) runs on while it writes progress; silent for 10 minutes, it is failed", async () => {
    const job = (id: string, updatedAt: Date) => ({
      id, status: "running", phase: "reading", dryRun: false, fileName: "x.csv", format: "csv", kind: "advocate", encoding: "auto", bytes: 10,
      actorName: "t", ownerPid: process.pid, ownerToken: `another-host/${id}`, updatedAt,
    });
    await db().importJob.create({ data: job("elsewhere-busy", new Date()) });
    await db().importJob.create({ data: job("elsewhere-silent", new Date(Date.now() - 11 * 60_000)) });
    expect((await getJob(admin, "elsewhere-busy")).body.status).toBe("running");
    expect((await getJob(admin, "elsewhere-silent")).body).toMatchObject({ status: "failed", error: { code: "import_interrupted" } });
    await db().importJob.update({ where: { id: "elsewhere-busy" }, data: { status: "failed", phase: "finished" } });
  });

  it("the problem list stops at the first 1 000, with the total count", async () => {
    const { status, body } = await upload(admin, advocates(1500, "BAD", () => ""), "fileName=bad.csv");
    expect(status).toBe(200);
    expect(body.problems).toHaveLength(1000);
    expect(body.problemCount).toBe(1500);
    const real = await upload(admin, advocates(1500, "BAD", () => ""), "fileName=bad.csv&dryRun=false");
    expect(real.status).toBe(400);
    expect(real.body.error).toMatchObject({ code: "import_problems", problemCount: 1500 });
    expect(real.body.error.problems).toHaveLength(1000);
  }, 60_000);

  it("a file over the limit is a 413: by its Content-Length before reading, else while reading", async () => {
    const declared = await startImport(admin, "name\nx\n", "fileName=big.csv", { "content-length": String(MAX_IMPORT_BYTES + 1) });
    expect(declared.status).toBe(413);
    expect(declared.body.error).toMatchObject({ code: "too_large", field: "file" });
    const chunk = new Uint8Array(1 << 20).fill(0x41);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > MAX_IMPORT_BYTES + chunk.length) controller.close();
        else {
          sent += chunk.length;
          controller.enqueue(chunk);
        }
      },
    });
    const streamed = await startImport(admin, stream, "fileName=big.csv");
    expect(streamed.status).toBe(413);
    expect(streamed.body.error.code).toBe("too_large");
    // It stopped reading at the limit rather than taking the whole body.
    expect(sent).toBeLessThanOrEqual(MAX_IMPORT_BYTES + 2 * chunk.length);
    expect(await db().importJob.count({ where: { fileName: "big.csv" } })).toBe(0);
  }, 60_000);

  it("a 5 000-deep JSON value, and an unreadable file, are problems naming the field, never a 500", async () => {
    const deep = "[".repeat(5000) + "]".repeat(5000);
    const json = await upload(admin, `{"advocates":[{"name":"Тест","licenseNumber":"D-1","contacts":${deep}}]}`, "fileName=deep.json");
    expect(json.status).toBe(200);
    expect(json.body.problems).toEqual([expect.objectContaining({ row: 1, field: "contacts", message: expect.stringMatching(/nested more than/) })]);
    const geojson = await upload(admin, `{"type":"FeatureCollection","features":[{"properties":{"name":${deep}}}]}`, "fileName=deep.geojson&dryRun=false");
    expect(geojson.status).toBe(400);
    expect(geojson.body.error.problems).toContainEqual(expect.objectContaining({ row: 1, field: "name" }));
    const whole = await upload(admin, deep, "fileName=deep.json");
    expect(whole.status).toBe(200);
    expect(whole.body.problems[0]).toMatchObject({ field: "0" });
    const csv = await upload(admin, 'name,region\n"unclosed,KZ-75\n', "fileName=broken.csv");
    expect(csv.body.problems).toEqual([expect.objectContaining({ field: "file", message: expect.stringMatching(/not a readable CSV/) })]);
  }, 60_000);

  it("while a large import runs, concurrent admin saves through the one writer all succeed", async () => {
    const started = await startImport(admin, advocates(20_000, "LARGE"), "fileName=large.csv&dryRun=false");
    expect(started.status).toBe(202);
    const statuses: number[] = [];
    let job: any;
    for (let i = 0; ; i++) {
      const saved = await send(createEntry, "POST", "/api/v1/admin/entries", {
        as: admin,
        body: { kind: "notary", name: { ru: `Нотариус Параллельный ${i}` }, regionIso: "KZ-75", phones: [], emails: [], languages: [] },
      });
      statuses.push(saved.status);
      job = (await getJob(admin, started.body.id)).body;
      if (job.status === "done" || job.status === "failed") break;
    }
    expect(job.status).toBe("done");
    expect(job.report.created).toBe(20_000);
    expect(statuses.length).toBeGreaterThan(5);
    expect(statuses.filter((s) => s !== 201)).toEqual([]);
  }, 300_000);
});
