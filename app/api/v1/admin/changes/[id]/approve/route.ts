import { db } from "@/lib/db/client";
import { parseBody } from "@/lib/api/body";
import { json, route } from "@/lib/api/respond";
import { canReviewChanges } from "@/lib/auth/permissions";
import { authorize } from "@/lib/auth/session";
import { approveChange } from "@/lib/directory/moderation";
import { ApproveSchema } from "@/lib/validation/admin";

export const POST = route(async (req, ctx: { params: Promise<{ id: string }> }) => {
  const actor = await authorize(req, canReviewChanges);
  const { id } = await ctx.params;
  return json(await approveChange(db(), actor, id, await parseBody(ApproveSchema, req)));
});
