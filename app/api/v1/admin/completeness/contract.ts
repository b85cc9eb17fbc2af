import { ok, privateRead } from "@/lib/api/contract";
import { CompletenessQuerySchema, CompletenessSchema } from "@/lib/validation/admin";

export const courtCompleteness = privateRead(
  "/api/v1/admin/completeness",
  "Per region, the active courts lacking an address, phone, opening hours or a Kazakh name (editors see their regions); ?format=csv for a spreadsheet",
  { query: CompletenessQuerySchema },
  { 200: { ...ok(CompletenessSchema), content: { ...ok(CompletenessSchema).content, "text/csv": { schema: { type: "string" } } } } },
);
