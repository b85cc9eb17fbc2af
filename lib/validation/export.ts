import { z } from "zod";

export const ExportQuerySchema = z.object({ format: z.enum(["csv", "geojson"]).default("csv") });
