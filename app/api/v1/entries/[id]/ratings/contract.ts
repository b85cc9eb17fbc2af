import { BAD_INPUT, err, idParams, jsonBody, NOT_FOUND, ok, publicRead, RATE_LIMITED, type RouteContract } from "@/lib/api/contract";
import { CourtRatingsSchema, EntryRatingsQuerySchema, RatingInputSchema, RatingResultSchema } from "@/lib/validation/ratings";

export const getEntryRatings = publicRead(
  "/api/v1/entries/{id}/ratings",
  "A court's ratings: per criterion the count, mean, distribution, score and monthly trend; approved comments, paged",
  { params: idParams, query: EntryRatingsQuerySchema },
  { 200: ok(CourtRatingsSchema), 404: NOT_FOUND },
);

export const createEntryRating: RouteContract = {
  method: "post",
  path: "/api/v1/entries/{id}/ratings",
  summary: "Rate a court on one criterion (no account; one rating per court, criterion and browser in 30 days, a later one replaces it)",
  description:
    "Courts only: any other entry is a 400 naming `id`. The first rating sets an HttpOnly cookie with the browser's signed token. " +
    "A comment is public only after an editor approves it. Same-origin only (a cross-site request is a 403).",
  security: [],
  request: { params: idParams, body: jsonBody(RatingInputSchema) },
  responses: {
    201: ok(RatingResultSchema, "Counted"),
    400: BAD_INPUT,
    403: err("A cross-site request"),
    404: NOT_FOUND,
    429: RATE_LIMITED,
  },
};
