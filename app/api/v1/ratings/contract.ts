import { publicRead } from "@/lib/api/contract";
import { RATING_CSV_COLUMNS } from "@/lib/ratings/open-data";
import { RatingTableQuerySchema, RatingTableSchema } from "@/lib/validation/ratings";
import { z } from "zod";

export const listRatings = publicRead(
  "/api/v1/ratings",
  "The table of rated courts, national or of one region, ranked on one criterion or all four (open data: format=csv)",
  { query: RatingTableQuerySchema },
  {
    200: {
      description: `The table; with format=csv the same rows as CSV (columns ${RATING_CSV_COLUMNS.join(", ")})`,
      content: { "application/json": { schema: RatingTableSchema }, "text/csv": { schema: z.string() } },
    },
  },
);
