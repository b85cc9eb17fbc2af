import { z } from "zod";
import { ok, write } from "@/lib/api/contract";
import { ImportQuerySchema, ImportReportSchema } from "@/lib/validation/import";

export const importFile = write(
  "post",
  "/api/v1/admin/import",
  "Import CSV, GeoJSON or registry JSON (the request body is the file). dryRun=true (default) only reports; a real run writes all or nothing",
  { query: ImportQuerySchema, body: { content: { "text/csv": { schema: z.string() }, "application/geo+json": { schema: z.string() }, "application/json": { schema: z.string() } } } },
  { 200: ok(ImportReportSchema) },
);
