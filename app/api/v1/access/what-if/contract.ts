import { BAD_INPUT, ok, publicRead } from "@/lib/api/contract";
import { WhatIfQuerySchema, WhatIfResponseSchema } from "@/lib/validation/access";

export const findAccessWhatIf = publicRead(
  "/api/v1/access/what-if",
  "What if a court stood here: a hypothetical court at the point serves the district it falls in; the answer gives the settlements and population that get closer (straight-line, not road), by how much, and the region's and country's figures before and after. Nothing is stored. A point outside every district is a 400 naming lat",
  { query: WhatIfQuerySchema },
  { 200: ok(WhatIfResponseSchema), 400: BAD_INPUT },
);
