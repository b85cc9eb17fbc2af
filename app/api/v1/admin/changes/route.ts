import { db } from "@/lib/db/client";
import { json, parseQuery, route } from "@/lib/api/respond";
import { canReviewChanges } from "@/lib/auth/permissions";
import { authorize } from "@/lib/auth/session";
import { reviewQueue } from "@/lib/directory/moderation";
import { ChangesQuerySchema } from "@/lib/validation/admin";

export const GET = route(async (req) => {
  const actor = await authorize(req, canReviewChanges);
  return json(await reviewQueue(db(), actor, parseQuery(ChangesQuerySchema, req.url)));
}, { query: "parsed" });
