import { BAD_INPUT, ok, publicRead } from "@/lib/api/contract";
import { EntriesQuerySchema } from "@/lib/validation/query";
import { EntryPageSchema } from "@/lib/validation/responses";

export const searchEntries = publicRead("/api/v1/entries", "Search and filter the directory; format=geojson returns a FeatureCollection", { query: EntriesQuerySchema }, { 200: ok(EntryPageSchema), 400: BAD_INPUT });
