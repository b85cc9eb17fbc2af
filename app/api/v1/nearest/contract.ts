import { BAD_INPUT, ok, publicRead } from "@/lib/api/contract";
import { NearestQuerySchema } from "@/lib/validation/query";
import { NearestResponseSchema } from "@/lib/validation/responses";

export const nearestEntries = publicRead("/api/v1/nearest", "Located entries nearest to a point, by great-circle distance", { query: NearestQuerySchema }, { 200: ok(NearestResponseSchema), 400: BAD_INPUT });
