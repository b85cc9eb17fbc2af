import { randomUUID } from "node:crypto";
import type { Db } from "../db/client";
import { Invalid } from "../errors";
import { inputToContent } from "../directory/columns";
import type { EntryKind } from "../directory/kinds";
import { DATA_DIR } from "../directory/load";
import { applyStagedImport, type NewEntry, type WriteActor } from "../directory/write";
import type { ImportReport, Problem } from "../validation/import";
import { detectEncoding, type ImportEncoding, type TextEncoding } from "./encoding";
import { normalizeRecord, type NormalizedRecord } from "./normalize";
import { SettlementFinder } from "./places";
import { readRecords, UnreadableFile, type ImportFormat } from "./records";
import { regionMatcher } from "./regions";
import { Stage, type StagedUpdate } from "./stage";

export interface ImportOptions {
  format: ImportFormat;
  fileName: string;
  defaultKind: EntryKind;
  dryRun: boolean;
  encoding?: ImportEncoding;
  dataDir?: string;
}

export interface ImportProgress {
  phase: "reading" | "applying";
  bytesRead: number;
  rows: number;
  encoding: TextEncoding;
}

/** A report lists the first problems of a file; problemCount says how many there were in all. */
export const MAX_REPORTED_PROBLEMS = 1000;
const STAGE_CHUNK = 1000;

class Problems {
  readonly list: Problem[] = [];
  count = 0;
  add(...problems: Problem[]) {
    this.count += problems.length;
    for (const p of problems) if (this.list.length < MAX_REPORTED_PROBLEMS) this.list.push(p);
  }
}

/**
 * Reads the file record by record, checks each, and decides what it would do. A dry run reports every
 * problem (the first MAX_REPORTED_PROBLEMS of them) and what would happen. A real run stages what it will
 * write as it goes and applies it only when the whole file has no problem at all, in one short transaction at
 * the end: an import is applied whole or not at all. `jobId` names the staged rows (an ImportJob's id).
 */
export async function runImport(
  db: Db,
  actor: WriteActor,
  bytes: Uint8Array,
  options: ImportOptions,
  job: { id: string; progress?: (p: ImportProgress) => void; recordsJob?: boolean },
): Promise<ImportReport> {
  const decoding = detectEncoding(bytes, options.encoding);
  const ctx = {
    defaultKind: options.defaultKind,
    // Stryker disable next-line ObjectLiteral: the select only spares reading columns nothing here uses
    regionOf: regionMatcher(await db.region.findMany({ select: { iso: true, type: true, nameKk: true, nameRu: true, nameRuAlt: true, nameEn: true } })),
    places: SettlementFinder.fromDataDir(options.dataDir ?? DATA_DIR),
  };
  // Stryker disable next-line ObjectLiteral: the select only spares reading columns nothing here uses
  const katoBySourceId = new Map((await db.district.findMany({ select: { kato: true, sourceId: true } })).map((d) => [d.sourceId, d.kato]));
  // Stryker disable next-line ObjectLiteral: the select only spares reading columns nothing here uses
  const existing = await db.entry.findMany({ select: { id: true, kind: true, licenceNumber: true, sourceDigest: true } });
  const byId = new Map(existing.map((e) => [e.id, e]));
  const byLicence = new Map(existing.filter((e) => e.licenceNumber).map((e) => [`${e.kind}:${e.licenceNumber}`, e]));
  const seenLicence = new Map<string, number>();
  const seenId = new Map<string, number>();

  const batchId = randomUUID();
  const source = (r: NormalizedRecord) => `import:${options.fileName}#${r.sourceKey}`;
  const content = (r: NormalizedRecord) => {
    // Import files have no columns for these: an import that updates an entry keeps what it holds.
    const { formerNames: _f, visitingAddress: _v, postalAddress: _p, accessibilityFeatures: _a, ...c } = inputToContent(r.input);
    return { ...c, districtKato: c.districtKato ?? (r.districtSourceId ? katoBySourceId.get(r.districtSourceId) ?? null : null) };
  };
  const stage = options.dryRun ? null : new Stage(db, job.id);
  let creates: NewEntry[] = [];
  let updates: StagedUpdate[] = [];
  const flush = async () => {
    if (stage) await stage.write(creates, updates);
    creates = [];
    updates = [];
  };

  const problems = new Problems();
  const counts = { total: 0, created: 0, updated: 0, unchanged: 0, located: 0 };
  const read = { bytes: 0 };
  const progress = (phase: ImportProgress["phase"]) => job.progress?.({ phase, bytesRead: read.bytes, rows: counts.total, encoding: decoding.encoding });
  try {
    for await (const sourceRecord of readRecords(bytes, options.format, decoding, read)) {
      counts.total++;
      const { record, problems: found } = normalizeRecord(sourceRecord, ctx);
      problems.add(...found);
      if (!record) continue;
      const licenceKey = record.input.licenceNumber ? `${record.input.kind}:${record.input.licenceNumber}` : null;
      const firstWithLicence = licenceKey ? seenLicence.get(licenceKey) : undefined;
      if (firstWithLicence !== undefined) {
        problems.add({ row: record.row, field: "licenceNumber", message: `the same licence number as row ${firstWithLicence}` });
        continue;
      }
      if (licenceKey) seenLicence.set(licenceKey, record.row);
      const firstWithId = record.id ? seenId.get(record.id) : undefined;
      if (firstWithId !== undefined) {
        problems.add({ row: record.row, field: "id", message: `the same id as row ${firstWithId}` });
        continue;
      }
      if (record.id) seenId.set(record.id, record.row);
      const match = (record.id ? byId.get(record.id) : undefined) ?? (licenceKey ? byLicence.get(licenceKey) : undefined);
      if (match && match.sourceDigest === record.digest) {
        counts.unchanged++;
        continue;
      }
      if (record.input.location) counts.located++;
      const extra = { source: source(record), sourceDigest: record.digest, importBatchId: batchId };
      if (!match) {
        counts.created++;
        creates.push({ id: record.id, content: content(record), ...extra });
      } else {
        counts.updated++;
        updates.push({ id: match.id, content: content(record), extra });
      }
      // Once there is a problem nothing will be written: the rest of the file is only checked.
      if (problems.count > 0) {
        creates = [];
        updates = [];
      } else if (creates.length + updates.length >= STAGE_CHUNK) await flush();
      if (counts.total % STAGE_CHUNK === 0) progress("reading");
    }
  } catch (error) {
    if (!(error instanceof UnreadableFile)) {
      await stage?.discard();
      throw error;
    }
    // Row 0: the file as a whole; else the record where reading broke off.
    problems.add({ row: counts.total === 0 ? 0 : counts.total + 1, field: "file", message: error.message });
  }

  const report: ImportReport = { dryRun: options.dryRun, ...counts, problems: problems.list, problemCount: problems.count };
  if (!stage) return report;
  if (problems.count > 0) {
    await stage.discard();
    throw new Invalid("file", `Nothing was imported: ${problems.count} problem(s); fix them (see the dry run) and import again`, {
      code: "import_problems",
      details: { problems: problems.list, problemCount: problems.count },
    });
  }
  await flush();
  progress("applying");
  const applied = { ...report, batchId };
  await applyStagedImport(db, actor, {
    jobId: job.id,
    batch: { id: batchId, source: options.fileName, format: options.format, created: counts.created, updated: counts.updated },
    note: options.fileName,
    jobDone: job.recordsJob ? { report: JSON.stringify(applied), rows: applied.total, bytesRead: bytes.length } : undefined,
  });
  return applied;
}
