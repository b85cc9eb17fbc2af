import { BAD_INPUT, publicRead } from "@/lib/api/contract";
import { ExportQuerySchema } from "@/lib/validation/export";

export const exportDirectory = publicRead("/api/v1/export", "The whole public directory as open data (CSV or GeoJSON); built once per state of the directory, gzip when Accept-Encoding allows it, ETag (If-None-Match gives a 304)", { query: ExportQuerySchema }, { 200: { description: "text/csv or application/geo+json" }, 400: BAD_INPUT });
