import { okJsonOrGeoJson } from "@/lib/api/geojson";
import { NearestFeatureCollectionSchema } from "@/lib/validation/geojson";
import { BAD_INPUT, publicRead } from "@/lib/api/contract";
import { NearestQuerySchema } from "@/lib/validation/query";
import { NearestResponseSchema } from "@/lib/validation/responses";

export const nearestEntries = publicRead("/api/v1/nearest", "Located entries nearest to a point, by great-circle distance; format=geojson returns a FeatureCollection with distanceKm in each feature's properties", { query: NearestQuerySchema }, { 200: okJsonOrGeoJson(NearestResponseSchema, NearestFeatureCollectionSchema), 400: BAD_INPUT });
