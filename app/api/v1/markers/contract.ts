import { BAD_INPUT, ok, publicRead } from "@/lib/api/contract";
import { MarkersQuerySchema } from "@/lib/validation/query";
import { MarkersResponseSchema } from "@/lib/validation/responses";

export const listMarkers = publicRead(
  "/api/v1/markers",
  "Every matching entry at once in a compact form (the map's markers and the result list); same filters as /api/v1/entries. Built once per state of the directory: gzip when Accept-Encoding allows it, ETag (If-None-Match gives a 304)",
  { query: MarkersQuerySchema },
  { 200: ok(MarkersResponseSchema), 400: BAD_INPUT },
);
