import { err, idParams, NOT_FOUND, ok, write } from "@/lib/api/contract";
import { CourtInviteSchema } from "@/lib/validation/staff-invites";

export const createInvite = write("post", "/api/v1/admin/entries/{id}/invites", "Invite a court's staff: a one-time code (shown once; valid 14 days)", { params: idParams }, { 201: ok(CourtInviteSchema, "The code, shown this once"), 404: NOT_FOUND, 409: err("The court is closed") });
