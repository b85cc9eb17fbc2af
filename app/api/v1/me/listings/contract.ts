import { TOO_MANY_PENDING, jsonBody, ok, write } from "@/lib/api/contract";
import { ChangeRequestResultSchema } from "@/lib/validation/admin";
import { ListingInputSchema } from "@/lib/validation/entry-input";

export const proposeListing = write("post", "/api/v1/me/listings", "Propose a new listing with a licence or registry number (practitioner; moderated)", { body: jsonBody(ListingInputSchema) }, { 202: ok(ChangeRequestResultSchema, "Waiting for moderation"), 429: TOO_MANY_PENDING });
