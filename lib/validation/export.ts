import { z } from "zod";

export const ExportQuerySchema = z.strictObject({ format: z.enum(["csv", "geojson"]).default("csv") });
