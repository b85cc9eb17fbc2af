import { BAD_INPUT, ok, privateRead } from "@/lib/api/contract";
import { ChangeRequestPageSchema, ChangesQuerySchema } from "@/lib/validation/admin";

export const reviewQueue = privateRead("/api/v1/admin/changes", "The moderation queue, oldest first, a page at a time (editors see their regions)", { query: ChangesQuerySchema }, { 200: ok(ChangeRequestPageSchema), 400: BAD_INPUT });
