import { z } from "zod";
import { CORRECTABLE_FIELDS } from "../directory/correctable";
import { EntryPatchSchema, textField, type EntryPatch } from "./entry-input";

// A visitor's correction of one entry, no account needed. Each proposed value is checked by the very field
// schema the admin form's save uses (EntryPatchSchema's), so a correction can hold nothing an editor could
// not have typed.

const FieldNameSchema = z.enum(CORRECTABLE_FIELDS);
const ChangeSchema = z.strictObject({ field: FieldNameSchema, value: z.unknown() });

/** The pieces of a correction, as the route receives them. */
export const CorrectionInputSchema = z
  .strictObject({
    field: FieldNameSchema.optional().meta({ description: "the one field corrected (or give `changes`)" }),
    value: z.unknown().optional().meta({ description: "its new value, in the shape of the field in EntryPatch (phones: [{number}])" }),
    changes: z.array(ChangeSchema).min(1).max(CORRECTABLE_FIELDS.length).optional().meta({ description: "several fields at once, instead of field and value" }),
    source: z.preprocess((v) => (v === "" ? undefined : v), z.url({ protocol: /^https?$/, error: "must be an http(s) address" }).max(300).optional()).meta({
      description: "where the new value is published",
    }),
    contact: textField(200).meta({ description: "how an editor may reach the sender; shown to editors only, never published" }),
  })
  .meta({ id: "CorrectionInput" });

export interface Correction {
  patch: EntryPatch;
  source?: string;
  contact?: string;
}

/** The correction with each value checked by its field's schema; an issue names the field ("phones.0.number"). */
export const CorrectionSchema = CorrectionInputSchema.transform((body, ctx): Correction => {
  const changes = body.changes ?? (body.field ? [{ field: body.field, value: body.value }] : []);
  if (changes.length === 0) ctx.addIssue({ code: "custom", path: ["field"], message: "name the field you correct" });
  if (body.changes && body.field) ctx.addIssue({ code: "custom", path: ["field"], message: "give either field and value or changes, not both" });
  const patch: Record<string, unknown> = {};
  for (const { field, value } of changes) {
    if (field in patch) ctx.addIssue({ code: "custom", path: [field], message: "is corrected twice" });
    const parsed = EntryPatchSchema.shape[field].safeParse(value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", path: [field, ...issue.path.map(String)], message: issue.message });
    } else if (parsed.data === undefined || (Array.isArray(parsed.data) && parsed.data.length === 0)) {
      ctx.addIssue({ code: "custom", path: [field], message: "give the new value" });
    } else patch[field] = parsed.data;
  }
  return { patch: patch, source: body.source, contact: body.contact };
});
