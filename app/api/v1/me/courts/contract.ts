import { err, jsonBody, ok, write } from "@/lib/api/contract";
import { AcceptedInviteSchema, InviteCodeSchema } from "@/lib/validation/staff-invites";

export const acceptInvite = write("post", "/api/v1/me/courts", "Become a court's staff with an invite code (once; before it expires)", { body: jsonBody(InviteCodeSchema) }, { 200: ok(AcceptedInviteSchema), 409: err("The code was already used (code `invite_used`)"), 429: err("Too many attempts from this client") });
