import { z } from "zod";
import { idParams, NOT_FOUND, ok, privateRead } from "@/lib/api/contract";
import { RevisionSchema } from "@/lib/validation/admin";

export const entryHistory = privateRead("/api/v1/admin/entries/{id}/revisions", "The entry's history, newest first (editors: entries of their regions; other staff's e-mails only for admins)", { params: idParams }, { 200: ok(z.object({ items: z.array(RevisionSchema) })), 404: NOT_FOUND });
