import { okJsonOrGeoJson } from "@/lib/api/geojson";
import { BAD_INPUT, publicRead } from "@/lib/api/contract";
import { DistrictFeatureCollectionSchema } from "@/lib/validation/geojson";
import { DistrictsQuerySchema } from "@/lib/validation/query";
import { DistrictsResponseSchema } from "@/lib/validation/responses";

export const listDistricts = publicRead(
  "/api/v1/districts",
  "The 224 districts (and cities of district rank), names kk/ru/en and region; format=geojson adds the outlines (with v=, cacheable for a year); region= limits them to one region",
  { query: DistrictsQuerySchema },
  { 200: okJsonOrGeoJson(DistrictsResponseSchema, DistrictFeatureCollectionSchema), 400: BAD_INPUT },
);
