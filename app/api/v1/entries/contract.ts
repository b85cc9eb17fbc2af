import { okJsonOrGeoJson } from "@/lib/api/geojson";
import { EntryFeatureCollectionSchema } from "@/lib/validation/geojson";
import { BAD_INPUT, publicRead } from "@/lib/api/contract";
import { EntriesQuerySchema } from "@/lib/validation/query";
import { EntryPageSchema } from "@/lib/validation/responses";

export const searchEntries = publicRead("/api/v1/entries", "Search and filter the directory; format=geojson returns a FeatureCollection", { query: EntriesQuerySchema }, { 200: okJsonOrGeoJson(EntryPageSchema, EntryFeatureCollectionSchema), 400: BAD_INPUT });
