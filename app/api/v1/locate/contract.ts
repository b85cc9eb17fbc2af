import { BAD_INPUT, ok, publicRead } from "@/lib/api/contract";
import { LocateQuerySchema } from "@/lib/validation/query";
import { LocateResponseSchema } from "@/lib/validation/responses";

export const locatePoint = publicRead("/api/v1/locate", "The region and district containing a point, and the courts that serve it", { query: LocateQuerySchema }, { 200: ok(LocateResponseSchema), 400: BAD_INPUT });
