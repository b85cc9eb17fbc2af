import { err, idParams, ok, write } from "@/lib/api/contract";
import { ReviewCommentSchema } from "@/lib/validation/ratings";

export const approveRatingComment = write("post", "/api/v1/admin/rating-comments/{id}/approve", "Approve a comment: it becomes public", { params: idParams }, { 200: ok(ReviewCommentSchema), 404: err("No such comment"), 409: err("Already decided") });
