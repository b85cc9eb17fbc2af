import "@/lib/api/openapi-write";
import { openApiDocument } from "@/lib/api/openapi";
import { json, route } from "@/lib/api/respond";

export const GET = route(() => json(openApiDocument()), { limit: "read" });
