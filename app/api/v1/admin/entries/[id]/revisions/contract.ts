import { z } from "zod";
import { idParams, ok, privateRead } from "@/lib/api/contract";
import { RevisionSchema } from "@/lib/validation/admin";

export const entryHistory = privateRead("/api/v1/admin/entries/{id}/revisions", "The entry's history, newest first", { params: idParams }, { 200: ok(z.object({ items: z.array(RevisionSchema) })) });
