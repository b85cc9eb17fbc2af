import { err, idParams, jsonBody, ok, write } from "@/lib/api/contract";
import { ChangeRequestResultSchema, RejectSchema } from "@/lib/validation/admin";

export const rejectChange = write("post", "/api/v1/admin/changes/{id}/reject", "Reject with a reason the practitioner sees", { params: idParams, body: jsonBody(RejectSchema) }, { 200: ok(ChangeRequestResultSchema), 409: err("Already decided") });
