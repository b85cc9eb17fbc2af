import { db } from "@/lib/db/client";
import { parseBody } from "@/lib/api/body";
import { json, route } from "@/lib/api/respond";
import { canReviewChanges } from "@/lib/auth/permissions";
import { authorize } from "@/lib/auth/session";
import { rejectChange } from "@/lib/directory/moderation";
import { RejectSchema } from "@/lib/validation/admin";

export const POST = route(async (req, ctx: { params: Promise<{ id: string }> }) => {
  const actor = await authorize(req, canReviewChanges);
  const { id } = await ctx.params;
  const { reason } = await parseBody(RejectSchema, req);
  return json(await rejectChange(db(), actor, id, reason));
});
