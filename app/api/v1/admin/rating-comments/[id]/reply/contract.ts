import { err, idParams, jsonBody, ok, write } from "@/lib/api/contract";
import { ReviewCommentSchema, ReplySchema } from "@/lib/validation/ratings";

export const replyToRatingComment = write("post", "/api/v1/admin/rating-comments/{id}/reply", "The court's public answer to an approved comment", { params: idParams, body: jsonBody(ReplySchema) }, { 200: ok(ReviewCommentSchema), 404: err("No such comment"), 409: err("The comment is not approved") });
