import { z } from "zod";
import { BAD_INPUT, publicRead } from "@/lib/api/contract";
import { AccessFeatureCollectionSchema, AccessQuerySchema, AccessResponseSchema } from "@/lib/validation/access";

export const getAccess = publicRead(
  "/api/v1/access",
  "Access to justice: straight-line (not road) distances from every gazetteer settlement to the court serving it, the nearest court of each kind and its regional court, with population-weighted figures per district, region and for the country, and the court buildings of the Supreme Court's 2020 report. The gazetteer lacks villages under ~1 000 inhabitants: every figure states the population it covers. Recomputed whenever a court changes. format=csv: one row per settlement; format=geojson: district outlines with their figures",
  { query: AccessQuerySchema },
  {
    200: {
      description: "JSON; format=csv text/csv (one row per settlement); format=geojson a FeatureCollection of districts",
      content: {
        "application/json": { schema: AccessResponseSchema },
        "text/csv": { schema: z.string() },
        "application/geo+json": { schema: AccessFeatureCollectionSchema },
      },
    },
    400: BAD_INPUT,
  },
);
