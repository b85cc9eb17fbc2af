import { z } from "zod";
import { EntryKindSchema } from "./fields";

/** The largest file an import takes (a 100 000-entry export is about 30 MB). */
export const MAX_IMPORT_BYTES = 64_000_000;

/** Character sets an import reads (lib/import/encoding.ts); auto detects. */
export const IMPORT_ENCODINGS = ["auto", "utf-8", "cp1251", "utf-16le", "utf-16be"] as const;
export type ImportEncoding = (typeof IMPORT_ENCODINGS)[number];

export const ProblemSchema = z
  .object({ row: z.int().meta({ description: "1-based record number in the file" }), field: z.string(), message: z.string() })
  .meta({ id: "ImportProblem" });
export type Problem = z.infer<typeof ProblemSchema>;

export const ImportQuerySchema = z.strictObject({
  format: z.enum(["csv", "geojson", "json"]).optional().meta({ description: "default: from fileName's extension" }),
  fileName: z.string().trim().min(1).max(200).default("upload.csv"),
  kind: EntryKindSchema.default("advocate").meta({ description: "for records that do not say what they are" }),
  dryRun: z.enum(["true", "false", "1", "0"]).default("true").transform((v) => v === "true" || v === "1"),
  encoding: z.enum(IMPORT_ENCODINGS).default("auto").meta({ description: "auto: a byte-order mark, else UTF-8 if valid, else cp1251 if it reads as Cyrillic" }),
});

export const ImportReportSchema = z
  .object({
    dryRun: z.boolean(),
    total: z.int(),
    created: z.int(),
    updated: z.int(),
    unchanged: z.int(),
    located: z.int().meta({ description: "records placed at a point (their own, or the settlement their address names)" }),
    problems: z.array(ProblemSchema).meta({ description: "the first 1 000 problems" }),
    problemCount: z.int().meta({ description: "every problem in the file" }),
    batchId: z.string().optional(),
  })
  .meta({ id: "ImportReport" });
export type ImportReport = z.infer<typeof ImportReportSchema>;

export const ImportJobSchema = z
  .object({
    id: z.string(),
    status: z.enum(["queued", "running", "done", "failed"]),
    phase: z.string().meta({ description: "queued | reading (and checking) | applying | finished" }),
    dryRun: z.boolean(),
    fileName: z.string(),
    format: z.string(),
    encoding: z.string().meta({ description: "as asked, then the one the file was read with" }),
    progress: z.object({ bytes: z.int(), bytesRead: z.int(), rows: z.int(), percent: z.int() }),
    report: ImportReportSchema.nullable().meta({ description: "once done" }),
    error: z
      .object({ status: z.int(), code: z.string(), message: z.string(), field: z.string().optional() })
      .catchall(z.unknown())
      .nullable()
      .meta({ description: "once failed: what the import would have answered (import_problems carries problems and problemCount)" }),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .meta({ id: "ImportJob" });
export type ImportJob = z.infer<typeof ImportJobSchema>;
