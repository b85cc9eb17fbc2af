import { z } from "zod";
import { idParams, jsonBody, NOT_FOUND, ok, write } from "@/lib/api/contract";
import { ConflictSchema, WriteResultSchema } from "@/lib/validation/admin";
import { VersionOnlySchema } from "@/lib/validation/entry-input";

/** Close, reopen and restore: a body with the version the change was made on, and 409 when it is stale. */
export const versionedWrite = (path: string, summary: string, params: z.ZodObject = idParams, body: z.ZodObject = VersionOnlySchema) =>
  write("post", path, summary, { params, body: jsonBody(body) }, { 200: ok(WriteResultSchema), 404: NOT_FOUND, 409: ok(ConflictSchema, "Stale version") });
