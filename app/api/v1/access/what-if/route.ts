import { db } from "@/lib/db/client";
import { whatIfResponse } from "@/lib/access/report";
import { whatIfAt } from "@/lib/access/service";
import { publicPreflight } from "@/lib/api/cors";
import { parseQuery, revalidatedJson, route } from "@/lib/api/respond";
import { WhatIfQuerySchema } from "@/lib/validation/access";

export const GET = route(async (req) => {
  const { lat, lng } = parseQuery(WhatIfQuerySchema, req.url);
  return revalidatedJson(req, whatIfResponse(await whatIfAt(db(), lat, lng)));
}, { limit: "read", access: "public", query: "parsed" });

export const OPTIONS = publicPreflight;
