import { z } from "zod";
import { EntryKindSchema } from "./fields";

export const ProblemSchema = z
  .object({ row: z.int().meta({ description: "1-based record number in the file" }), field: z.string(), message: z.string() })
  .meta({ id: "ImportProblem" });
export type Problem = z.infer<typeof ProblemSchema>;

export const ImportQuerySchema = z.object({
  format: z.enum(["csv", "geojson", "json"]).optional().meta({ description: "default: from fileName's extension" }),
  fileName: z.string().trim().min(1).max(200).default("upload.csv"),
  kind: EntryKindSchema.default("advocate").meta({ description: "for records that do not say what they are" }),
  dryRun: z.enum(["true", "false", "1", "0"]).default("true").transform((v) => v === "true" || v === "1"),
});

export const ImportReportSchema = z
  .object({
    dryRun: z.boolean(),
    total: z.int(),
    created: z.int(),
    updated: z.int(),
    unchanged: z.int(),
    located: z.int().meta({ description: "records placed at a point (their own, or the settlement their address names)" }),
    problems: z.array(ProblemSchema),
    batchId: z.string().optional(),
  })
  .meta({ id: "ImportReport" });
export type ImportReport = z.infer<typeof ImportReportSchema>;
