import { openApiDocument } from "@/lib/api/openapi";
import { json, route } from "@/lib/api/respond";
import { OPERATIONS } from "../contracts";

export const GET = route(() => json(openApiDocument(OPERATIONS)), { limit: "read" });
