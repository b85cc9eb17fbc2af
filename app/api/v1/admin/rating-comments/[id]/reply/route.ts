import { db } from "@/lib/db/client";
import { parseBody } from "@/lib/api/body";
import { json, route } from "@/lib/api/respond";
import { canReviewRatingComments } from "@/lib/auth/permissions";
import { authorize } from "@/lib/auth/session";
import { answerComment } from "@/lib/ratings/moderate";
import { ReplySchema } from "@/lib/validation/ratings";

export const POST = route(async (req, ctx: { params: Promise<{ id: string }> }) => {
  const actor = await authorize(req, canReviewRatingComments);
  const { id } = await ctx.params;
  const { text } = await parseBody(ReplySchema, req);
  return json(await answerComment(db(), actor, id, text));
});
