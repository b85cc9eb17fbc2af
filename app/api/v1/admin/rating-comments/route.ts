import { db } from "@/lib/db/client";
import { json, parseQuery, route } from "@/lib/api/respond";
import { canReviewRatingComments } from "@/lib/auth/permissions";
import { authorize } from "@/lib/auth/session";
import { commentQueue } from "@/lib/ratings/moderate";
import { RatingCommentQueueQuerySchema } from "@/lib/validation/ratings";

export const GET = route(async (req) => {
  const actor = await authorize(req, canReviewRatingComments);
  return json(await commentQueue(db(), actor, parseQuery(RatingCommentQueueQuerySchema, req.url)));
}, { query: "parsed" });
