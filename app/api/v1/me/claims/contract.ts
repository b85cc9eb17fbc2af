import { TOO_MANY_PENDING, jsonBody, ok, write } from "@/lib/api/contract";
import { ChangeRequestResultSchema, ClaimSchema } from "@/lib/validation/admin";

export const claimListing = write("post", "/api/v1/me/claims", "Claim an existing listing (practitioner; moderated)", { body: jsonBody(ClaimSchema) }, { 202: ok(ChangeRequestResultSchema, "Waiting for moderation"), 429: TOO_MANY_PENDING });
