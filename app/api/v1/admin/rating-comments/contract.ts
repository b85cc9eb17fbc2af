import { BAD_INPUT, ok, privateRead } from "@/lib/api/contract";
import { RatingCommentQueueQuerySchema, ReviewCommentPageSchema } from "@/lib/validation/ratings";

export const ratingCommentQueue = privateRead("/api/v1/admin/rating-comments", "Citizens' comments on courts to review, oldest first, a page at a time (editors see their regions)", { query: RatingCommentQueueQuerySchema }, { 200: ok(ReviewCommentPageSchema), 400: BAD_INPUT });
