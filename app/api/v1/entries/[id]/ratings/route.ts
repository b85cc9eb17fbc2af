import { db } from "@/lib/db/client";
import { parseBody } from "@/lib/api/body";
import { publicPreflight } from "@/lib/api/cors";
import { browserTokenOf, ratingCookie } from "@/lib/api/rating-cookie";
import { json, parseQuery, revalidatedJson, route } from "@/lib/api/respond";
import { assertSameOrigin } from "@/lib/auth/origin";
import { requestClientKey } from "@/lib/net/client-address";
import { courtRatings } from "@/lib/ratings/aggregates";
import { rateCourt } from "@/lib/ratings/rate";
import { EntryRatingsQuerySchema, RatingInputSchema } from "@/lib/validation/ratings";

type Ctx = { params: Promise<{ id: string }> };

export const GET = route(async (req, ctx: Ctx) => {
  const { id } = await ctx.params;
  const query = parseQuery(EntryRatingsQuerySchema, req.url);
  return revalidatedJson(req, await courtRatings(db(), id, query));
}, { limit: "read", access: "public", query: "parsed" });

// No account: the browser's signed token (issued with the first rating) and the client's address key,
// each stored only as a keyed hash. Same-origin only, like every write.
export const POST = route(async (req, ctx: Ctx) => {
  assertSameOrigin(req);
  const { id } = await ctx.params;
  const input = await parseBody(RatingInputSchema, req);
  const { token, issued } = browserTokenOf(req);
  const recorded = await rateCourt(db(), id, input, { browserToken: token, clientKey: requestClientKey(req.headers) });
  const body = { id: recorded.id, replaced: recorded.replaced, commentStatus: recorded.commentPending ? ("pending" as const) : null };
  return json(body, { status: 201, headers: issued ? { "set-cookie": ratingCookie(req, token) } : {} });
}, { limit: "rating" });

export const OPTIONS = publicPreflight;
