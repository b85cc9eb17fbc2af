import { TOO_MANY_PENDING, idParams, jsonBody, ok, write } from "@/lib/api/contract";
import { ChangeRequestResultSchema } from "@/lib/validation/admin";
import { ContactInputSchema } from "@/lib/validation/entry-input";

export const proposeContactChange = write("post", "/api/v1/me/entries/{id}/changes", "Propose new contact details for your own listing (moderated)", { params: idParams, body: jsonBody(ContactInputSchema) }, { 202: ok(ChangeRequestResultSchema, "Waiting for moderation"), 429: TOO_MANY_PENDING });
