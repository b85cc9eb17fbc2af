import { idParams, jsonBody, NOT_FOUND, ok, privateRead, write } from "@/lib/api/contract";
import { AdminEntrySchema, ConflictSchema, WriteResultSchema } from "@/lib/validation/admin";
import { EntryUpdateSchema } from "@/lib/validation/entry-input";

export const getAdminEntry = privateRead("/api/v1/admin/entries/{id}", "One entry with its version", { params: idParams }, { 200: ok(AdminEntrySchema), 404: NOT_FOUND });
export const saveEntry = write(
  "put",
  "/api/v1/admin/entries/{id}",
  "Save an edit: only the fields named in `entry` are written (null clears one; the others keep their stored values); `version` is the version the edit started from",
  { params: idParams, body: jsonBody(EntryUpdateSchema) },
  { 200: ok(WriteResultSchema), 404: NOT_FOUND, 409: ok(ConflictSchema, "Someone else saved in the meantime: what changed since your version") },
);
