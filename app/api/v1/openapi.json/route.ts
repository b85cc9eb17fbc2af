import { openApiDocument } from "@/lib/api/openapi";
import { json, route } from "@/lib/api/respond";
import { CONTRACTS } from "../contracts";

export const GET = route(() => json(openApiDocument(CONTRACTS)), { limit: "read" });
