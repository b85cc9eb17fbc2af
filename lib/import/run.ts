import { randomUUID } from "node:crypto";
import type { Db } from "../db/client";
import { Invalid } from "../errors";
import { inputToContent } from "../directory/columns";
import type { EntryKind } from "../directory/kinds";
import { DATA_DIR } from "../directory/load";
import { createEntries, updateEntry, writeTransaction, type NewEntry, type WriteActor } from "../directory/write";
import type { ImportReport, Problem } from "../validation/import";
import { normalizeRecord, type NormalizedRecord } from "./normalize";
import { SettlementFinder } from "./places";
import { readRecords, UnreadableFile, type ImportFormat } from "./records";
import { regionMatcher } from "./regions";

export interface ImportOptions {
  format: ImportFormat;
  fileName: string;
  defaultKind: EntryKind;
  dryRun: boolean;
  dataDir?: string;
}

interface Plan {
  creates: NormalizedRecord[];
  updates: { record: NormalizedRecord; id: string }[];
  unchanged: number;
  problems: Problem[];
  total: number;
}

/** Reads and checks every record and decides what each would do; writes nothing. */
async function plan(db: Db, text: string, options: ImportOptions): Promise<Plan> {
  let records;
  try {
    records = readRecords(text, options.format);
  } catch (error) {
    if (error instanceof UnreadableFile) return { creates: [], updates: [], unchanged: 0, total: 0, problems: [{ row: 0, field: "file", message: error.message }] };
    throw error;
  }
  const ctx = {
    defaultKind: options.defaultKind,
    regionOf: regionMatcher(await db.region.findMany({ select: { iso: true, type: true, nameKk: true, nameRu: true, nameRuAlt: true, nameEn: true } })),
    places: SettlementFinder.fromDataDir(options.dataDir ?? DATA_DIR),
  };
  const existing = await db.entry.findMany({ select: { id: true, kind: true, licenceNumber: true, sourceDigest: true } });
  const byId = new Map(existing.map((e) => [e.id, e]));
  const byLicence = new Map(existing.filter((e) => e.licenceNumber).map((e) => [`${e.kind}:${e.licenceNumber}`, e]));
  const seenLicence = new Map<string, number>();
  const result: Plan = { creates: [], updates: [], unchanged: 0, problems: [], total: records.length };
  for (const source of records) {
    const { record, problems } = normalizeRecord(source, ctx);
    result.problems.push(...problems);
    if (!record) continue;
    const licenceKey = record.input.licenceNumber ? `${record.input.kind}:${record.input.licenceNumber}` : null;
    if (licenceKey) {
      const first = seenLicence.get(licenceKey);
      if (first !== undefined) {
        result.problems.push({ row: record.row, field: "licenceNumber", message: `the same licence number as row ${first}` });
        continue;
      }
      seenLicence.set(licenceKey, record.row);
    }
    const match = (record.id ? byId.get(record.id) : undefined) ?? (licenceKey ? byLicence.get(licenceKey) : undefined);
    if (!match) result.creates.push(record);
    else if (match.sourceDigest === record.digest) result.unchanged++;
    else result.updates.push({ record, id: match.id });
  }
  return result;
}

/**
 * A dry run reports every problem and what would happen. A real run writes only when there is no problem
 * at all, everything in one transaction: an import is applied whole or not at all.
 */
export async function importFile(db: Db, actor: WriteActor, text: string, options: ImportOptions): Promise<ImportReport> {
  const p = await plan(db, text, options);
  const located = [...p.creates, ...p.updates.map((u) => u.record)].filter((r) => r.input.location).length;
  const report: ImportReport = { dryRun: options.dryRun, total: p.total, created: p.creates.length, updated: p.updates.length, unchanged: p.unchanged, located, problems: p.problems };
  if (options.dryRun) return report;
  if (p.problems.length > 0) {
    throw new Invalid("file", `Nothing was imported: ${p.problems.length} problem(s); fix them (see the dry run) and import again`, { code: "import_problems", details: { problems: p.problems.slice(0, 1000) } });
  }
  const katoBySourceId = new Map((await db.district.findMany({ select: { kato: true, sourceId: true } })).map((d) => [d.sourceId, d.kato]));
  const batchId = randomUUID();
  const source = (r: NormalizedRecord) => `import:${options.fileName}#${r.sourceKey}`;
  const content = (r: NormalizedRecord) => {
    const c = inputToContent(r.input);
    return { ...c, districtKato: c.districtKato ?? (r.districtSourceId ? katoBySourceId.get(r.districtSourceId) ?? null : null) };
  };
  await writeTransaction(
    db,
    async (tx) => {
      await tx.importBatch.create({ data: { id: batchId, source: options.fileName, format: options.format, actorId: actor.id, actorName: actor.name, created: p.creates.length, updated: p.updates.length } });
      const newEntry = (r: NormalizedRecord): NewEntry => ({ id: r.id, content: content(r), source: source(r), sourceDigest: r.digest, importBatchId: batchId });
      for (let i = 0; i < p.creates.length; i += 2000) await createEntries(tx, actor, p.creates.slice(i, i + 2000).map(newEntry), "import", options.fileName);
      for (const { record, id } of p.updates) {
        await updateEntry(tx, actor, id, content(record), { action: "import", note: options.fileName, extra: { source: source(record), sourceDigest: record.digest, importBatchId: batchId } });
      }
    },
    { timeout: 600_000, maxWait: 30_000 },
  );
  return { ...report, batchId };
}
