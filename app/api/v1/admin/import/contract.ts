import { z } from "zod";
import { err, ok, write } from "@/lib/api/contract";
import { ImportJobSchema, ImportQuerySchema } from "@/lib/validation/import";

export const importFile = write(
  "post",
  "/api/v1/admin/import",
  "Start an import of CSV, GeoJSON or registry JSON (the request body is the file, at most 64 MB) as a job. dryRun=true (default) only reports; a real run writes all or nothing",
  { query: ImportQuerySchema, body: { content: { "text/csv": { schema: z.string() }, "application/geo+json": { schema: z.string() }, "application/json": { schema: z.string() } } } },
  { 202: ok(ImportJobSchema, "Started: follow it at /api/v1/admin/import/jobs/{id}"), 409: err("Another import is running"), 413: err("The file is too large") },
);
