import { BAD_INPUT, ok, publicRead } from "@/lib/api/contract";
import { MarkersQuerySchema } from "@/lib/validation/query";
import { MarkersResponseSchema } from "@/lib/validation/responses";

export const listMarkers = publicRead(
  "/api/v1/markers",
  "The map's markers for a view: clusters and single entries in bbox at zoom (without bbox, the country view at zoom 4), at most 2 500 of them, with the filters' counts per language and area of practice; same filters as /api/v1/entries. The list of every entry is /api/v1/entries (paged). Indexed once per state of the directory: gzip when Accept-Encoding allows it, ETag (If-None-Match gives a 304)",
  { query: MarkersQuerySchema },
  { 200: ok(MarkersResponseSchema), 400: BAD_INPUT },
);
