import { okJsonOrGeoJson } from "@/lib/api/geojson";
import { LocateFeatureCollectionSchema } from "@/lib/validation/geojson";
import { BAD_INPUT, publicRead } from "@/lib/api/contract";
import { LocateQuerySchema } from "@/lib/validation/query";
import { LocateResponseSchema } from "@/lib/validation/responses";

export const locatePoint = publicRead("/api/v1/locate", "The region and district containing a point, and the courts that serve it; format=geojson returns a FeatureCollection: the district outline, then the courts as points", { query: LocateQuerySchema }, { 200: okJsonOrGeoJson(LocateResponseSchema, LocateFeatureCollectionSchema), 400: BAD_INPUT });
