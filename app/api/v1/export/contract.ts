import { BAD_INPUT, publicRead } from "@/lib/api/contract";
import { ExportQuerySchema } from "@/lib/validation/export";

export const exportDirectory = publicRead("/api/v1/export", "The whole public directory as open data (CSV or GeoJSON)", { query: ExportQuerySchema }, { 200: { description: "text/csv or application/geo+json" }, 400: BAD_INPUT });
