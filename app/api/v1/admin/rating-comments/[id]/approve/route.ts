import { db } from "@/lib/db/client";
import { json, route } from "@/lib/api/respond";
import { canReviewRatingComments } from "@/lib/auth/permissions";
import { authorize } from "@/lib/auth/session";
import { approveComment } from "@/lib/ratings/moderate";

export const POST = route(async (req, ctx: { params: Promise<{ id: string }> }) => {
  const actor = await authorize(req, canReviewRatingComments);
  const { id } = await ctx.params;
  return json(await approveComment(db(), actor, id));
});
