import { BAD_INPUT, err, idParams, jsonBody, NOT_FOUND, ok, PUBLIC, RATE_LIMITED, type RouteContract } from "@/lib/api/contract";
import { MAX_PENDING_PER_CLIENT } from "@/lib/directory/corrections";
import { ChangeRequestResultSchema } from "@/lib/validation/admin";
import { CorrectionInputSchema } from "@/lib/validation/corrections";

export const createCorrection: RouteContract = {
  method: "post",
  path: "/api/v1/entries/{id}/corrections",
  summary: "Suggest a correction of an entry (no account): it waits for an editor and is public only once approved",
  security: PUBLIC,
  request: { params: idParams, body: jsonBody(CorrectionInputSchema) },
  responses: {
    202: ok(ChangeRequestResultSchema, "Waiting for review"),
    400: BAD_INPUT,
    403: err("A cross-site request from a browser"),
    404: NOT_FOUND,
    409: err("Your correction of this entry is already waiting (code `pending`)"),
    429: { ...RATE_LIMITED, description: `Too many corrections from this client: the rate limit (code \`rate_limited\`), or ${MAX_PENDING_PER_CLIENT} waiting for review (code \`too_many_pending\`)` },
  },
};
