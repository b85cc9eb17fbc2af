import { db } from "@/lib/db/client";
import { parseBody } from "@/lib/api/body";
import { json, route } from "@/lib/api/respond";
import { assertSameOrigin } from "@/lib/auth/origin";
import { proposeCorrection } from "@/lib/directory/corrections";
import { clientHash } from "@/lib/net/client-hash";
import { CorrectionSchema } from "@/lib/validation/corrections";

// No account: any visitor may send one, counted against the "contribution" bucket and the caps per client.
// Not open to other sites' pages (no CORS grant, and a browser's cross-site POST is refused).
export const POST = route(async (req, ctx: { params: Promise<{ id: string }> }) => {
  assertSameOrigin(req);
  const { id } = await ctx.params;
  const correction = await parseBody(CorrectionSchema, req);
  return json(await proposeCorrection(db(), id, clientHash(req.headers), correction), { status: 202 });
}, { limit: "contribution" });
