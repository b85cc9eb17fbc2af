import { okJsonOrGeoJson } from "@/lib/api/geojson";
import { RegionFeatureCollectionSchema } from "@/lib/validation/geojson";
import { BAD_INPUT, publicRead } from "@/lib/api/contract";
import { RegionsQuerySchema } from "@/lib/validation/query";
import { RegionsResponseSchema } from "@/lib/validation/responses";

export const listRegions = publicRead("/api/v1/regions", "The 20 regions with counts per kind; format=geojson adds the outlines", { query: RegionsQuerySchema }, { 200: okJsonOrGeoJson(RegionsResponseSchema, RegionFeatureCollectionSchema), 400: BAD_INPUT });
