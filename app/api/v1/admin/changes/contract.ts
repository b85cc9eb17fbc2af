import { privateRead } from "@/lib/api/contract";
import { ChangesQuerySchema } from "@/lib/validation/admin";

export const reviewQueue = privateRead("/api/v1/admin/changes", "The moderation queue (editors see their regions)", { query: ChangesQuerySchema }, { 200: { description: "Change requests" } });
