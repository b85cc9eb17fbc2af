import { err, idParams, jsonBody, ok, write } from "@/lib/api/contract";
import { ApproveSchema, ChangeRequestResultSchema } from "@/lib/validation/admin";

export const approveChange = write("post", "/api/v1/admin/changes/{id}/approve", "Approve a practitioner's request: it is applied and becomes public", { params: idParams, body: jsonBody(ApproveSchema) }, { 200: ok(ChangeRequestResultSchema), 409: err("Already decided") });
