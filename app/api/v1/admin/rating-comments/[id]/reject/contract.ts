import { err, idParams, jsonBody, ok, write } from "@/lib/api/contract";
import { ReviewCommentSchema, RejectCommentSchema } from "@/lib/validation/ratings";

export const rejectRatingComment = write("post", "/api/v1/admin/rating-comments/{id}/reject", "Reject a comment with a reason (personal data, insults, details of a case)", { params: idParams, body: jsonBody(RejectCommentSchema) }, { 200: ok(ReviewCommentSchema), 404: err("No such comment"), 409: err("Already decided") });
