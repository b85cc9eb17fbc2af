import { err, idParams, jsonBody, ok, write } from "@/lib/api/contract";
import { ApproveSchema, ChangeRequestResultSchema } from "@/lib/validation/admin";

export const approveChange = write("post", "/api/v1/admin/changes/{id}/approve", "Approve a request, whole or field by field (decisions): the accepted fields are applied, with their provenance, and become public", { params: idParams, body: jsonBody(ApproveSchema) }, { 200: ok(ChangeRequestResultSchema), 409: err("Already decided") });
