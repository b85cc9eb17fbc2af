import { openApiDocument } from "@/lib/api/openapi";
import { publicPreflight } from "@/lib/api/cors";
import { revalidatedJson, route } from "@/lib/api/respond";
import { OPERATIONS } from "../contracts";

export const GET = route((req) => revalidatedJson(req, openApiDocument(OPERATIONS)), { limit: "read", access: "public" });

export const OPTIONS = publicPreflight;
